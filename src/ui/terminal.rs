//! The terminal pane: a scrollback of what ran and a prompt. Command lines go
//! to the session (the engine's shell, watched by the open lesson); its
//! answer is printed as it came, stdout and stderr apart. Tab completes as
//! bash does (see `view_model::prompt`).

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;

use super::app::Locale;
use super::session::Session;
use crate::i18n::Msg;
use crate::view_model::prompt::{self, Tab};

pub const PROMPT: &str = "$ ";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Command,
    Stdout,
    Stderr,
    /// What the page itself says: a lesson opened, a step done.
    Note,
}

#[derive(Clone)]
struct Entry {
    id: usize,
    kind: EntryKind,
    text: String,
}

/// What the terminal shows above the prompt, and the prompt itself.
#[derive(Clone, Copy)]
pub struct Scrollback {
    entries: RwSignal<Vec<Entry>>,
    next_id: StoredValue<usize>,
    input: NodeRef<html::Input>,
}

impl Scrollback {
    pub fn new() -> Self {
        Scrollback { entries: RwSignal::new(Vec::new()), next_id: StoredValue::new(0), input: NodeRef::new() }
    }

    pub fn push(self, kind: EntryKind, text: String) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.entries.update(|entries| entries.push(Entry { id, kind, text }));
    }

    pub fn clear(self) {
        self.entries.update(Vec::clear);
    }

    fn focus(self) {
        if let Some(input) = self.input.get_untracked() {
            let _ = input.focus();
        }
    }
}

/// Whether the learner has selected text (to copy output): a click that ends
/// a selection must not move the focus and drop it.
fn selecting_text() -> bool {
    window().get_selection().ok().flatten().is_some_and(|s| !s.is_collapsed())
}

#[component]
pub fn Terminal(session: Session) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let scrollback = session.scrollback;
    let shell = session.shell;
    let text = RwSignal::new(String::new());
    // Position while browsing history with ↑/↓; None = editing a new line.
    let recall = RwSignal::new(None::<usize>);
    // Whether the key before was Tab: a second Tab lists the candidates.
    let tabbed = StoredValue::new(false);
    let scroller = NodeRef::<html::Div>::new();

    Effect::new(move |_| {
        scrollback.entries.track();
        if let Some(el) = scroller.get() {
            el.set_scroll_top(el.scroll_height());
        }
    });

    let complete = move |ev: &KeyboardEvent| {
        let Some(input) = scrollback.input.get_untracked() else { return };
        let line = text.get_untracked();
        let cursor = input.selection_start().ok().flatten().unwrap_or(u32::MAX);
        let again = tabbed.get_value();
        tabbed.set_value(true);
        match shell.with_untracked(|shell| prompt::tab(shell, &line, cursor, again)) {
            Tab::Edit { line, cursor } => {
                input.set_value(&line);
                let _ = input.set_selection_range(cursor, cursor);
                text.set(line);
            }
            Tab::List(columns) => {
                scrollback.push(EntryKind::Command, format!("{PROMPT}{line}"));
                scrollback.push(EntryKind::Stdout, columns);
            }
            Tab::Nothing => {}
        }
        ev.prevent_default();
    };

    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() != "Tab" {
            tabbed.set_value(false);
        }
        let history_len = shell.with_untracked(|s| s.history().len());
        let recall_line =
            |i: usize| shell.with_untracked(|s| s.history().get(i).cloned()).unwrap_or_default();
        match (ev.key().as_str(), ev.ctrl_key()) {
            // On an empty line Tab moves the focus on, so the terminal never
            // traps the keyboard; Shift+Tab always does.
            ("Tab", false) if !ev.shift_key() && !text.get_untracked().is_empty() => complete(&ev),
            ("Enter", _) => {
                ev.prevent_default();
                let line = text.get_untracked();
                text.set(String::new());
                recall.set(None);
                session.run(line);
            }
            ("ArrowUp", _) if history_len > 0 => {
                ev.prevent_default();
                let i = recall.get_untracked().map_or(history_len - 1, |i| i.saturating_sub(1));
                recall.set(Some(i));
                text.set(recall_line(i));
            }
            ("ArrowDown", _) => {
                ev.prevent_default();
                match recall.get_untracked() {
                    Some(i) if i + 1 < history_len => {
                        recall.set(Some(i + 1));
                        text.set(recall_line(i + 1));
                    }
                    _ => {
                        recall.set(None);
                        text.set(String::new());
                    }
                }
            }
            ("l", true) => {
                ev.prevent_default();
                session.clear_screen();
            }
            ("c", true) => {
                ev.prevent_default();
                session.interrupt(text.get_untracked());
                text.set(String::new());
                recall.set(None);
            }
            _ => {}
        }
    };

    view! {
        <section class="pane pane--terminal" aria-labelledby="terminal-title">
            <h2 class="pane__title" id="terminal-title">{locale.t(Msg::TerminalPane)}</h2>
            <div class="terminal" on:click=move |_| if !selecting_text() { scrollback.focus() }>
                <div class="terminal__scrollback" node_ref=scroller>
                    <p class="terminal__hint">{locale.t(Msg::TerminalWelcome)}</p>
                    <div role="log" aria-live="polite">
                        <For
                            each=move || scrollback.entries.get()
                            key=|entry| entry.id
                            children=|entry| {
                                let class = match entry.kind {
                                    EntryKind::Command => "terminal__line terminal__line--command",
                                    EntryKind::Stdout => "terminal__line",
                                    EntryKind::Stderr => "terminal__line terminal__line--stderr",
                                    EntryKind::Note => "terminal__note",
                                };
                                view! { <pre class=class>{entry.text}</pre> }
                            }
                        />
                    </div>
                    <label class="terminal__prompt">
                        <span class="terminal__sigil" aria-hidden="true">{PROMPT.trim_end()}</span>
                        <input
                            class="terminal__input"
                            type="text"
                            node_ref=scrollback.input
                            aria-label=locale.t(Msg::TerminalInput)
                            autocomplete="off"
                            autocapitalize="off"
                            spellcheck="false"
                            autofocus
                            prop:value=move || text.get()
                            on:input=move |ev| text.set(event_target_value(&ev))
                            on:keydown=on_keydown
                        />
                    </label>
                </div>
            </div>
        </section>
    }
}

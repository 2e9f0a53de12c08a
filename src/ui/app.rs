use kubesim::{scenario, Shell};
use leptos::prelude::*;

use super::clock::Clock;
use super::cluster::ClusterPane;
use super::lesson::LessonPane;
use super::preferences;
use super::terminal::{Terminal, TerminalHandle};
use crate::i18n::{Lang, Msg};

/// The interface language, read by every component that shows text.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

impl Locale {
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || msg.text(self.0.get())
    }
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(preferences::initial_lang());
    let locale = Locale(lang);
    provide_context(locale);
    let shell = RwSignal::new(Shell::new(scenario::default_cluster()));
    let terminal = TerminalHandle::new(shell, locale);

    Effect::new(move |_| {
        let lang = lang.get();
        preferences::save_lang(lang);
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(&format!("KubeLab — {}", Msg::Tagline.text(lang)));
    });

    view! {
        <header class="topbar">
            <h1 class="topbar__title">"KubeLab"</h1>
            <p class="topbar__tagline">{locale.t(Msg::Tagline)}</p>
            <Clock shell=shell/>
            <LangToggle/>
        </header>
        <main class="panes">
            <LessonPane on_run=move |command: String| terminal.run(command)/>
            <ClusterPane shell=shell/>
            <Terminal handle=terminal/>
        </main>
    }
}

#[component]
fn LangToggle() -> impl IntoView {
    let locale = expect_context::<Locale>();
    view! {
        <div class="lang-toggle" role="group" aria-label=locale.t(Msg::LanguageLabel)>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            class="lang-toggle__option"
                            lang=lang.code()
                            aria-pressed=move || (locale.0.get() == lang).to_string()
                            on:click=move |_| locale.0.set(lang)
                        >
                            {lang.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

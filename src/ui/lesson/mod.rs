//! The lesson pane: a chooser of lessons (with how many steps of each are
//! done) and the sandbox, then the open lesson or the sandbox's page. Text
//! is HTML rendered at build time; its run buttons run their command.

mod sandbox;
mod step_card;
mod steps;

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::Locale;
use super::confirm::Confirm;
use super::session::Session;
use crate::course::LESSONS;
use crate::i18n::Msg;
use crate::view_model::course::Opened;
use sandbox::SandboxPage;
use steps::LessonView;

/// The command of the run button a click landed on, if any.
fn clicked_command(ev: &MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("button[data-command]").ok()??.get_attribute("data-command")
}

/// Runs the command of a run button clicked inside prose; the focus stays
/// on the button, so a keyboard user keeps their place in the lesson.
fn run_clicked(session: Session) -> impl Fn(MouseEvent) + Copy {
    move |ev| {
        if let Some(command) = clicked_command(&ev) {
            session.run(command);
        }
    }
}

#[component]
pub fn LessonPane(session: Session) -> impl IntoView {
    let locale = expect_context::<Locale>();
    view! {
        <section class="pane pane--lesson" aria-labelledby="lesson-pane-title">
            <h2 class="pane__title" id="lesson-pane-title">{locale.t(Msg::LessonPane)}</h2>
            <div class="lesson">
                <Chooser session=session/>
                {move || match session.opened.get() {
                    Opened::Lesson(index) => view! { <LessonView session=session index=index/> }.into_any(),
                    Opened::Sandbox => view! { <SandboxPage session=session/> }.into_any(),
                }}
            </div>
        </section>
    }
}

/// The `<select>` of lessons and the sandbox. Leaving a sandbox with work
/// in it asks first.
#[component]
fn Chooser(session: Session) -> impl IntoView {
    let locale = expect_context::<Locale>();
    // The page asked about before leaving the sandbox, if any.
    let asking = RwSignal::new(None::<Opened>);
    // The select shows the page asked about, else the open one; a "no"
    // puts it back.
    let chosen = move || asking.get().unwrap_or_else(|| session.opened.get()).query_value();

    let go = move |target: Opened| {
        asking.set(None);
        session.open(target);
    };
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        let Some(target) = Opened::from_query(&value, session.lesson_count()) else { return };
        if target == session.opened.get_untracked() {
            return;
        }
        if session.sandbox_has_work() {
            asking.set(Some(target));
        } else {
            go(target);
        }
    };
    let option_label = move |i: usize| {
        let lang = locale.0.get();
        let title = LESSONS.get(i).map_or("", |l| l.prose(lang).title);
        let total = LESSONS.get(i).map_or(0, |l| l.prose(lang).steps.len());
        let done = session.saved.with(|s| LESSONS.get(i).map_or(0, |l| s.done(l.slug))).min(total);
        let mark = if total > 0 && done == total { " ✓" } else { "" };
        format!("{}. {title} ({done}/{total}){mark}", i + 1)
    };

    view! {
        <div class="chooser">
            <label class="chooser__label" for="lesson-chooser">{locale.t(Msg::CourseLabel)}</label>
            <select id="lesson-chooser" class="chooser__select" prop:value=chosen on:change=on_change>
                {(0..LESSONS.len())
                    .map(|i| {
                        let value = Opened::Lesson(i).query_value();
                        let selected = {
                            let value = value.clone();
                            move || chosen() == value
                        };
                        view! {
                            <option value=value prop:selected=selected>
                                {move || option_label(i)}
                            </option>
                        }
                    })
                    .collect_view()}
                <option value="sandbox" prop:selected=move || chosen() == "sandbox">
                    {locale.t(Msg::SandboxOption)}
                </option>
            </select>
            {move || {
                asking
                    .get()
                    .map(|target| {
                        view! {
                            <Confirm
                                message=Msg::LeaveSandboxAsk
                                yes=Msg::LeaveSandboxYes
                                no=Msg::Stay
                                on_yes=move |()| go(target)
                                on_no=move |()| asking.set(None)
                            />
                        }
                    })
            }}
        </div>
    }
}

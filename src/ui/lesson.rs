//! The lesson pane: the lesson's text (HTML rendered at build time) in the
//! current language. Its run buttons type their command into the terminal.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::Locale;
use crate::i18n::Msg;
use crate::lessons::LESSONS;

/// The command of the run button a click landed on, if any.
fn clicked_command(ev: &MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("button[data-command]").ok()??.get_attribute("data-command")
}

#[component]
pub fn LessonPane(#[prop(into)] on_run: Callback<String>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let lesson = LESSONS.first();
    let page = move || lesson.map(|l| l.page(locale.0.get()));
    view! {
        <section class="pane pane--lesson" aria-labelledby="lesson-title">
            <h2 class="pane__title">{locale.t(Msg::LessonPane)}</h2>
            <article class="lesson">
                <h3 class="lesson__title" id="lesson-title">{move || page().map(|p| p.title)}</h3>
                <div
                    class="lesson__body"
                    inner_html=move || page().map(|p| p.html)
                    on:click=move |ev| {
                        if let Some(command) = clicked_command(&ev) {
                            on_run.run(command);
                        }
                    }
                ></div>
            </article>
        </section>
    }
}

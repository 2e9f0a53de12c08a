//! An open lesson: its title and progress, its introduction, the steps
//! with their ticks (the current one marked), the step being read, and
//! once every step is done, the summary and the way on.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::step_card::StepCard;
use super::{run_clicked, Session};
use crate::course::LESSONS;
use crate::i18n::Msg;
use crate::ui::app::Locale;
use crate::ui::confirm::Confirm;
use crate::view_model::course::Opened;

/// Where a step stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    Done,
    Current,
    Ahead,
}

#[component]
pub fn LessonView(session: Session, index: usize) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let Some(text) = LESSONS.get(index) else { return ().into_any() };
    let total = text.en.steps.len();
    let done = Memo::new(move |_| session.done());
    // The step the learner chose to read, while the progress is what it was
    // when they chose; otherwise the current step (the last, once done).
    let browsing = RwSignal::new(None::<(usize, usize)>);
    let shown = Memo::new(move |_| match browsing.get() {
        Some((step, at)) if at == done.get() => step,
        _ => done.get().min(total.saturating_sub(1)),
    });
    let show = Callback::new(move |step: usize| browsing.set(Some((step, done.get_untracked()))));
    let standing = move |step: usize| match step.cmp(&done.get()) {
        std::cmp::Ordering::Less => Standing::Done,
        std::cmp::Ordering::Equal => Standing::Current,
        std::cmp::Ordering::Greater => Standing::Ahead,
    };
    let finished = move || done.get() >= total;
    let resetting = RwSignal::new(false);
    // When a step is done, the pane scrolls to what comes next: the next
    // step, or the summary. A keyboard user whose focus went with the step
    // (a run button of its solution) is taken there too.
    let card = NodeRef::<html::Div>::new();
    let summary = NodeRef::<html::Section>::new();
    Effect::new(move |before: Option<usize>| {
        let now = done.get();
        if before.is_some_and(|b| b != now) {
            let target = if now >= total {
                summary.get_untracked().map(Into::into)
            } else {
                card.get_untracked().map(Into::into)
            };
            if let Some(target) = target {
                scroll_pane_to(&target);
                if focus_was_lost() {
                    focus_heading(&target);
                }
            }
        }
        now
    });
    let prose = move || text.prose(locale.0.get());

    let step_item = move |step: usize| {
        let class = move || match standing(step) {
            Standing::Done => "steps__item steps__item--done",
            Standing::Current => "steps__item steps__item--current",
            Standing::Ahead => "steps__item",
        };
        let mark = move || match standing(step) {
            Standing::Done => "✓",
            Standing::Current => "▶",
            Standing::Ahead => "",
        };
        let state = move || match standing(step) {
            Standing::Done => Some(Msg::StepDoneMark.text(locale.0.get())),
            Standing::Current => Some(Msg::StepCurrentMark.text(locale.0.get())),
            Standing::Ahead => None,
        };
        view! {
            <li class=class data-step=step + 1 aria-current=move || (standing(step) == Standing::Current).then_some("step")>
                <button
                    type="button"
                    class="steps__button"
                    aria-pressed=move || (shown.get() == step).to_string()
                    on:click=move |_| show.run(step)
                >
                    <span class="steps__mark" aria-hidden="true">{mark}</span>
                    <span class="steps__number">{step + 1}"."</span>
                    <span inner_html=move || prose().steps.get(step).map_or("", |s| s.title)></span>
                    {move || state().map(|s| view! { <span class="visually-hidden">" ("{s}")"</span> })}
                </button>
            </li>
        }
    };

    let next = move || {
        let lang = locale.0.get();
        if index + 1 < LESSONS.len() {
            (
                Opened::Lesson(index + 1),
                format!("{} → {}", Msg::NextLesson.text(lang), LESSONS[index + 1].prose(lang).title),
            )
        } else {
            (Opened::Sandbox, format!("{} →", Msg::ToSandbox.text(lang)))
        }
    };

    view! {
        <article class="lesson__article" aria-labelledby="lesson-title">
            <h3 class="lesson__title" id="lesson-title">
                <span class="lesson__number">{move || locale.0.get().lesson_number(index + 1)}</span>
                {move || prose().title}
            </h3>
            <p class="lesson__progress" role="status">{move || locale.0.get().steps_done(done.get(), total)}</p>
            <div class="lesson__body" inner_html=move || prose().intro on:click=run_clicked(session)></div>
            <h4 class="steps__heading">{locale.t(Msg::StepsHeading)}</h4>
            <ol class="steps">{(0..total).map(step_item).collect_view()}</ol>
            <div node_ref=card>
                <StepCard session=session index=index step=shown total=total show=show/>
            </div>
            <Show when=finished>
                <section class="lesson__summary" aria-labelledby="summary-title" node_ref=summary>
                    <h4 id="summary-title" tabindex="-1">{locale.t(Msg::LessonComplete)}</h4>
                    <div class="lesson__body" inner_html=move || prose().summary on:click=run_clicked(session)></div>
                    <button type="button" class="button button--primary lesson__next" on:click=move |_| session.open(next().0)>
                        {move || next().1}
                    </button>
                </section>
            </Show>
            <div class="lesson__footer">
                <Show
                    when=move || resetting.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="button" on:click=move |_| resetting.set(true)>
                                {locale.t(Msg::ResetLesson)}
                            </button>
                        }
                    }
                >
                    <Confirm
                        message=Msg::ResetAsk
                        yes=Msg::ResetYes
                        no=Msg::Cancel
                        on_yes=move |()| {
                            resetting.set(false);
                            session.reset_lesson();
                        }
                        on_no=move |()| resetting.set(false)
                    />
                </Show>
            </div>
        </article>
    }
    .into_any()
}

/// Scrolls the lesson pane, and only it, so that `target`'s top shows: the
/// page itself stays put (on a phone, the terminal below keeps its place).
fn scroll_pane_to(target: &web_sys::Element) {
    let Ok(Some(pane)) = target.closest(".lesson") else { return };
    let offset = target.get_bounding_client_rect().top() - pane.get_bounding_client_rect().top();
    pane.set_scroll_top(pane.scroll_top() + offset as i32 - 8);
}

/// Whether the focused element is gone (the page's body has the focus).
fn focus_was_lost() -> bool {
    let document = document();
    match (document.active_element(), document.body()) {
        (Some(active), Some(body)) => active == *body.as_ref(),
        _ => true,
    }
}

/// Moves the focus to the heading inside `target`.
fn focus_heading(target: &web_sys::Element) {
    let heading =
        target.query_selector("h4").ok().flatten().and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

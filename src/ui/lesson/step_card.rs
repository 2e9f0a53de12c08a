//! The step being read: its text, a hint, the solution (asked for first,
//! then shown with run buttons), what ECS does instead, and the way to the
//! steps before and after.

use leptos::prelude::*;

use super::{run_clicked, Session};
use crate::course::LESSONS;
use crate::i18n::Msg;
use crate::ui::app::Locale;
use crate::ui::confirm::Confirm;

/// How far the solution is shown.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Solution {
    #[default]
    Hidden,
    Asking,
    Shown,
}

/// What the learner opened on one step.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Reveal {
    hint: bool,
    solution: Solution,
}

#[component]
pub fn StepCard(
    session: Session,
    index: usize,
    #[prop(into)] step: Signal<usize>,
    total: usize,
    show: Callback<usize>,
) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let Some(text) = LESSONS.get(index) else { return ().into_any() };
    let lesson = StoredValue::new(session.lesson(index));
    // What is open belongs to the step it was opened on.
    let opened = RwSignal::new((usize::MAX, Reveal::default()));
    let reveal = move || match opened.get() {
        (at, reveal) if at == step.get() => reveal,
        _ => Reveal::default(),
    };
    let set = move |change: fn(&mut Reveal)| {
        let mut next = reveal();
        change(&mut next);
        opened.set((step.get_untracked(), next));
    };
    let prose = move || text.prose(locale.0.get()).steps.get(step.get());
    let done = move || step.get() < session.done();
    let solution = move || {
        lesson.with_value(|l| l.as_ref().and_then(|l| l.step(step.get())).map(|s| s.solution.clone()))
    };
    let ecs =
        move || lesson.with_value(|l| l.as_ref().and_then(|l| l.step(step.get())).map(|s| s.ecs.clone()));

    // A closure of its own: `>=` inside the view! macro would end the tag.
    let is_last = move || step.get() + 1 >= total;
    let run_button = move |line: String| {
        let command = line.clone();
        let label = {
            let line = line.clone();
            move || format!("{}: {line}", Msg::RunLabel.text(locale.0.get()))
        };
        view! {
            <div class="command">
                <code>{line.clone()}</code>
                <button
                    type="button"
                    class="command__run"
                    data-command=line.clone()
                    aria-label=label
                    on:click=move |_| session.run(command.clone())
                >
                    {locale.t(Msg::RunLabel)}
                </button>
            </div>
        }
    };

    view! {
        <section class="step" aria-labelledby="step-title">
            <p class="step__count">
                {move || locale.0.get().step_of(step.get() + 1, total)}
                {move || done().then(|| view! { <span class="step__done">" ✓ "{Msg::StepDoneMark.text(locale.0.get())}</span> })}
            </p>
            <h4 class="step__title" id="step-title" tabindex="-1" inner_html=move || prose().map_or("", |p| p.title)></h4>
            <div class="lesson__body step__text" inner_html=move || prose().map_or("", |p| p.text) on:click=run_clicked(session)></div>
            <div class="step__actions">
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || reveal().hint.to_string()
                    aria-controls="step-hint"
                    on:click=move |_| set(|r| r.hint = !r.hint)
                >
                    {locale.t(Msg::Hint)}
                </button>
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || (reveal().solution == Solution::Shown).to_string()
                    on:click=move |_| set(|r| if r.solution == Solution::Hidden { r.solution = Solution::Asking })
                >
                    {locale.t(Msg::ShowSolution)}
                </button>
            </div>
            <Show when=move || reveal().hint>
                <div class="step__hint lesson__body" id="step-hint" inner_html=move || prose().map_or("", |p| p.hint)></div>
            </Show>
            <Show when=move || reveal().solution == Solution::Asking>
                <Confirm
                    message=Msg::SolutionAsk
                    yes=Msg::SolutionYes
                    no=Msg::SolutionNo
                    on_yes=move |()| set(|r| r.solution = Solution::Shown)
                    on_no=move |()| set(|r| r.solution = Solution::Hidden)
                />
            </Show>
            <Show when=move || reveal().solution == Solution::Shown>
                <div class="step__solution" role="group" aria-label=locale.t(Msg::SolutionHeading)>
                    <p class="step__label">{locale.t(Msg::SolutionHeading)}</p>
                    {move || solution().unwrap_or_default().into_iter().map(run_button).collect_view()}
                </div>
            </Show>
            <div class="step__ecs">
                <p class="step__label">{locale.t(Msg::StepEcs)}</p>
                <div class="lesson__body" inner_html=move || prose().map_or("", |p| p.ecs)></div>
                {move || {
                    ecs()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|line| view! { <pre class="step__ecs-command"><code>{line}</code></pre> })
                        .collect_view()
                }}
            </div>
            <nav class="step__nav" aria-label=locale.t(Msg::StepsHeading)>
                <button
                    type="button"
                    class="button"
                    disabled=move || step.get() == 0
                    on:click=move |_| show.run(step.get_untracked().saturating_sub(1))
                >
                    "← "{locale.t(Msg::PreviousStep)}
                </button>
                <button
                    type="button"
                    class="button"
                    disabled=is_last
                    on:click=move |_| show.run(step.get_untracked() + 1)
                >
                    {locale.t(Msg::NextStep)}" →"
                </button>
            </nav>
        </section>
    }
    .into_any()
}

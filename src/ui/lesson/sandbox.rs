//! The sandbox: the full cluster with no goals, from the scenario the
//! learner picks, and a way to start over.

use leptos::prelude::*;

use super::{run_clicked, Session};
use crate::course::SANDBOX;
use crate::i18n::Msg;
use crate::ui::app::Locale;
use crate::ui::confirm::Confirm;
use crate::view_model::course::{Saved, SANDBOX_SCENARIOS};

fn scenario_label(name: &str) -> Msg {
    match name {
        "fargate" => Msg::ScenarioFargate,
        "outdated-nodegroup" => Msg::ScenarioOutdated,
        _ => Msg::ScenarioBasic,
    }
}

#[component]
pub fn SandboxPage(session: Session) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let prose = move || SANDBOX.prose(locale.0.get());
    let current = move || session.saved.with(Saved::sandbox_scenario);
    // The scenario picked and waiting for a yes, when work would be lost.
    let asking = RwSignal::new(None::<&'static str>);
    let picked = move || asking.get().unwrap_or_else(current);
    let restart = move |name: &'static str| {
        if session.sandbox_has_work() {
            asking.set(Some(name));
        } else {
            session.restart_sandbox(name);
        }
    };
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        if let Some(name) = SANDBOX_SCENARIOS.into_iter().find(|s| *s == value) {
            restart(name);
        }
    };

    view! {
        <article class="lesson__article" aria-labelledby="lesson-title">
            <h3 class="lesson__title" id="lesson-title">{move || prose().title}</h3>
            <div class="lesson__body" inner_html=move || prose().intro on:click=run_clicked(session)></div>
            <div class="sandbox__controls">
                <label class="chooser__label" for="sandbox-scenario">{locale.t(Msg::SandboxScenario)}</label>
                <select id="sandbox-scenario" class="chooser__select" prop:value=picked on:change=on_change>
                    {SANDBOX_SCENARIOS
                        .into_iter()
                        .map(|name| {
                            view! {
                                <option value=name prop:selected=move || picked() == name>
                                    {locale.t(scenario_label(name))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button type="button" class="button" on:click=move |_| restart(current())>
                    {locale.t(Msg::SandboxRestart)}
                </button>
            </div>
            {move || {
                asking
                    .get()
                    .map(|name| {
                        view! {
                            <Confirm
                                message=Msg::SandboxRestartAsk
                                yes=Msg::SandboxRestart
                                no=Msg::Cancel
                                on_yes=move |()| {
                                    asking.set(None);
                                    session.restart_sandbox(name);
                                }
                                on_no=move |()| asking.set(None)
                            />
                        }
                    })
            }}
        </article>
    }
}

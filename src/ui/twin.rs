//! The ECS twin beside the EKS cluster: container instances by Availability
//! Zone with their tasks, the services, and the EKS ⇄ ECS reference.

use kubesim::ecs::InstanceStatus;
use kubesim::Shell;
use leptos::prelude::*;

use super::app::Locale;
use crate::i18n::Msg;
use crate::view_model::ecs::{self, EcsZone, InstanceCard, ServiceRow, TaskChip};
use crate::view_model::reference;

#[component]
pub fn EcsTwin(shell: RwSignal<Shell>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let zones = Memo::new(move |_| shell.with(|s| ecs::zones(s.cluster().ecs())));
    let fargate = Memo::new(move |_| shell.with(|s| ecs::fargate_tasks(s.cluster().ecs())));
    let services = Memo::new(move |_| shell.with(|s| ecs::services(s.cluster().ecs())));
    let cluster_name = move || shell.with(|s| s.cluster().ecs().name().to_owned());

    view! {
        <div class="cluster__side cluster__side--ecs">
            <div class="cluster__header">
                <h3 class="cluster__heading">{locale.t(Msg::EcsHeading)}</h3>
                <p class="cluster__meta">{cluster_name}</p>
            </div>
            <p class="cluster__note">{locale.t(Msg::EcsIntro)}</p>
            <section class="ecs-zones" aria-label=locale.t(Msg::EcsCluster)>
                {move || {
                    let zones = zones.get();
                    if zones.is_empty() {
                        view! { <p class="cluster__note">{locale.t(Msg::NoInstances)}</p> }.into_any()
                    } else {
                        zones.into_iter().map(|zone| view! { <EcsZoneRow zone=zone/> }).collect_view().into_any()
                    }
                }}
            </section>
            <Show when=move || !fargate.get().is_empty()>
                <section class="ecs-fargate" aria-labelledby="ecs-fargate-title">
                    <h4 class="ecs-section__title" id="ecs-fargate-title">{locale.t(Msg::FargateTasks)}</h4>
                    <TaskChips tasks=Signal::derive(move || fargate.get())/>
                </section>
            </Show>
            <Services rows=services/>
            <Reference/>
        </div>
    }
}

#[component]
fn EcsZoneRow(zone: EcsZone) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let label = zone.zone.clone();
    view! {
        <section class="ecs-zone" aria-label=label>
            <h4 class="ecs-zone__title">
                <span class="visually-hidden">{locale.t(Msg::ZoneLabel)}</span>
                {zone.zone}
            </h4>
            <ul class="ecs-zone__instances">
                {zone.instances.into_iter().map(|card| view! { <Instance card=card/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Instance(card: InstanceCard) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let status_class = match card.status {
        InstanceStatus::Active => "instance--active",
        InstanceStatus::Draining => "instance--draining",
        InstanceStatus::Inactive => "instance--inactive",
    };
    let class = if card.agent_connected {
        format!("instance {status_class}")
    } else {
        format!("instance {status_class} instance--disconnected")
    };
    let title = format!("container-instance {} · {}", card.container_instance_id, card.ec2_instance_id);
    let instance = card.ec2_instance_id.clone();
    view! {
        <li class=class title=title data-instance=instance data-status=card.status.as_str()>
            <span class="instance__id">{card.ec2_instance_id}</span>
            <span class="instance__status">
                <span class="instance__state">{card.status.as_str()}</span>
                {(!card.agent_connected)
                    .then(|| view! { <span class="instance__agent">{locale.t(Msg::AgentDisconnected)}</span> })}
            </span>
            <TaskChips tasks=Signal::stored(card.tasks)/>
        </li>
    }
}

#[component]
fn TaskChips(#[prop(into)] tasks: Signal<Vec<TaskChip>>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    view! {
        <ul class="tasks" aria-label=locale.t(Msg::TasksOnInstance)>
            {move || tasks.get().into_iter().map(|task| view! { <Task task=task/> }).collect_view()}
        </ul>
    }
}

#[component]
fn Task(task: TaskChip) -> impl IntoView {
    let mut class = format!("task task--{}", task.class());
    if task.daemon {
        class.push_str(" task--daemon");
    }
    let status = task.status.as_str();
    view! {
        <li class=class title=format!("task {} · {status}", task.id) data-task=task.id data-status=status>
            <span class="task__name">{task.label}</span>
            <span class="task__status">{status}</span>
        </li>
    }
}

#[component]
fn Services(rows: Memo<Vec<ServiceRow>>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    view! {
        <section class="ecs-services" aria-labelledby="ecs-services-title">
            <h4 class="ecs-section__title" id="ecs-services-title">{locale.t(Msg::ServicesHeading)}</h4>
            <table class="services">
                <thead>
                    <tr>
                        <th scope="col">{locale.t(Msg::ServiceName)}</th>
                        <th scope="col" class="services__count">{locale.t(Msg::ServiceDesired)}</th>
                        <th scope="col" class="services__count">{locale.t(Msg::ServiceRunning)}</th>
                        <th scope="col" class="services__count">{locale.t(Msg::ServicePending)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|row| {
                                let key = row.name.clone();
                                view! {
                                    <tr data-service=key>
                                        <th scope="row" class="services__name">
                                            {row.name}
                                            <span class="services__strategy" title=locale.t(Msg::ServiceStrategy)>
                                                {row.strategy}
                                            </span>
                                        </th>
                                        <td class="services__count">{row.desired}</td>
                                        <td class="services__count">{row.running}</td>
                                        <td class="services__count">{row.pending}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
}

/// Every EKS action beside its ECS counterpart, folded away until asked for.
#[component]
fn Reference() -> impl IntoView {
    let locale = expect_context::<Locale>();
    view! {
        <details class="reference">
            <summary class="reference__summary">{locale.t(Msg::ReferenceSummary)}</summary>
            <ul class="reference__list">
                {move || {
                    reference::rows(locale.0.get())
                        .into_iter()
                        .map(|row| {
                            let ecs = match row.ecs_command {
                                Some(command) => view! { <code class="reference__ecs">{command}</code> }.into_any(),
                                None => {
                                    view! {
                                        <span class="reference__ecs reference__ecs--none">{locale.t(Msg::NoCounterpart)}</span>
                                    }
                                        .into_any()
                                }
                            };
                            view! {
                                <li class="reference__row">
                                    <code class="reference__eks">{row.eks_command}</code>
                                    <span class="reference__arrow" aria-hidden="true">"⇄"</span>
                                    {ecs}
                                    <p class="reference__text">{row.explanation}</p>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </details>
    }
}

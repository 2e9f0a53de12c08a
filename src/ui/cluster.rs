//! The cluster pane: the EKS cluster drawn from engine state (nodes grouped by
//! Availability Zone, each with its pods) and, beside it, its ECS twin.

use kubesim::sim::NodeCondition;
use kubesim::Shell;
use leptos::prelude::*;

use super::app::Locale;
use super::twin::EcsTwin;
use crate::i18n::Msg;
use crate::view_model::eks::{self, NodeCard, NodeKind, PodChip, PodState, ZoneView};

#[component]
pub fn ClusterPane(shell: RwSignal<Shell>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let zones = Memo::new(move |_| shell.with(|s| eks::zones(s.cluster())));
    let unscheduled = Memo::new(move |_| shell.with(|s| eks::unscheduled(s.cluster())));
    let cluster_name = move || {
        shell.with(|s| {
            format!("{} · {} · {}", s.cluster().name, s.cluster().region, s.cluster().server_version())
        })
    };

    view! {
        <section class="pane pane--cluster" aria-labelledby="cluster-title">
            <h2 class="pane__title" id="cluster-title">{locale.t(Msg::ClusterPane)}</h2>
            <div class="cluster">
                <div class="cluster__side cluster__side--eks">
                    <div class="cluster__header">
                        <h3 class="cluster__heading">{locale.t(Msg::EksHeading)}</h3>
                        <p class="cluster__meta">{cluster_name}</p>
                    </div>
                    <div class="control-plane">{locale.t(Msg::ControlPlane)}</div>
                    <div class="zones">
                        {move || zones.get().into_iter().map(|zone| view! { <Zone zone=zone/> }).collect_view()}
                    </div>
                    <Show when=move || !unscheduled.get().is_empty()>
                        <section class="unscheduled" aria-labelledby="unscheduled-title">
                            <h4 class="unscheduled__title" id="unscheduled-title">{locale.t(Msg::Unscheduled)}</h4>
                            <PodChips chips=Signal::derive(move || unscheduled.get())/>
                        </section>
                    </Show>
                    <Legend/>
                </div>
                <EcsTwin shell=shell/>
            </div>
        </section>
    }
}

#[component]
fn Zone(zone: ZoneView) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let count = zone.nodes.len();
    let label = zone.zone.clone();
    view! {
        <section class="zone" aria-label=label>
            <h4 class="zone__title">
                <span class="visually-hidden">{locale.t(Msg::ZoneLabel)}</span>
                <span class="zone__name">{zone.zone}</span>
                <span class="zone__count">{move || locale.0.get().node_count(count)}</span>
            </h4>
            <ul class="zone__nodes">
                {zone.nodes.into_iter().map(|card| view! { <NodeBox card=card/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn NodeBox(card: NodeCard) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let (status, condition_class) = match card.condition {
        NodeCondition::Ready => (Msg::NodeReady, "node--ready"),
        NodeCondition::NotReady => (Msg::NodeNotReady, "node--not-ready"),
        NodeCondition::Unknown => (Msg::NodeUnknown, "node--not-ready"),
    };
    let mut class = format!("node {condition_class}");
    if card.scheduling_disabled {
        class.push_str(" node--disabled");
    }
    let meta = match card.kind {
        NodeKind::Ec2 { instance_type, nodegroup } => view! {
            <span class="node__meta">
                <span>{instance_type}</span>
                <span>{nodegroup}</span>
            </span>
        }
        .into_any(),
        NodeKind::Fargate => {
            view! { <span class="node__meta node__meta--fargate">{locale.t(Msg::FargateNode)}</span> }
                .into_any()
        }
    };
    let chips = card.pods;
    view! {
        <li class=class title=card.name.clone() data-node=card.name>
            <span class="node__name">{card.short_name}</span>
            <span class="node__status">
                <span class="node__condition">{locale.t(status)}</span>
                {card
                    .scheduling_disabled
                    .then(|| {
                        view! {
                            <span class="node__disabled">
                                {move || breakable(Msg::NodeSchedulingDisabled.text(locale.0.get()))}
                            </span>
                        }
                    })}
            </span>
            {meta}
            <PodChips chips=Signal::stored(chips)/>
        </li>
    }
}

/// Splits a CamelCase word where a lower-case letter meets a capital, so
/// `SchedulingDisabled` can wrap between its words in a narrow card.
fn camel_case_parts(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    // ASCII bytes never occur inside a multi-byte character, so every split
    // index is a character boundary.
    let splits =
        (1..bytes.len()).filter(|&i| bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase());
    let mut parts = Vec::new();
    let mut start = 0;
    for i in splits {
        parts.push(&text[start..i]);
        start = i;
    }
    parts.push(&text[start..]);
    parts
}

/// The text with a line-break opportunity (`<wbr>`) inside CamelCase words.
fn breakable(text: &'static str) -> impl IntoView {
    camel_case_parts(text)
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {(i > 0).then(|| view! { <wbr/> })} {part} })
        .collect_view()
}

/// The glyph that tells the pod states apart without colour.
fn state_glyph(state: PodState) -> &'static str {
    match state {
        PodState::Running => "●",
        PodState::Starting => "○",
        PodState::Terminating => "✕",
        PodState::NotReady => "!",
    }
}

#[component]
fn PodChips(#[prop(into)] chips: Signal<Vec<PodChip>>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    view! {
        <ul class="pods" aria-label=locale.t(Msg::PodsOnNode)>
            {move || chips.get().into_iter().map(|chip| view! { <Pod chip=chip/> }).collect_view()}
        </ul>
    }
}

#[component]
fn Pod(chip: PodChip) -> impl IntoView {
    let mut class = format!("pod pod--{}", chip.state.class());
    if chip.daemon {
        class.push_str(" pod--daemon");
    }
    let title = format!("{}/{} · {}", chip.namespace, chip.name, chip.status);
    view! {
        <li class=class title=title data-pod=chip.name data-status=chip.status.clone()>
            <span class="pod__glyph" aria-hidden="true">{state_glyph(chip.state)}</span>
            <span class="pod__name">{chip.short_name}</span>
            <span class="visually-hidden">{format!(" {}", chip.status)}</span>
        </li>
    }
}

/// What the chips' glyphs and colours mean.
#[component]
fn Legend() -> impl IntoView {
    let locale = expect_context::<Locale>();
    let entries = [
        (PodState::Running, Msg::LegendRunning),
        (PodState::Starting, Msg::LegendStarting),
        (PodState::Terminating, Msg::LegendTerminating),
        (PodState::NotReady, Msg::LegendNotReady),
    ];
    view! {
        <ul class="legend" aria-label=locale.t(Msg::LegendLabel)>
            {entries
                .into_iter()
                .map(|(state, msg)| {
                    view! {
                        <li class=format!("legend__item pod pod--{}", state.class())>
                            <span class="pod__glyph" aria-hidden="true">{state_glyph(state)}</span>
                            {locale.t(msg)}
                        </li>
                    }
                })
                .collect_view()}
            <li class="legend__item pod pod--running pod--daemon">{locale.t(Msg::LegendDaemon)}</li>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::camel_case_parts;

    #[test]
    fn camel_case_words_split_between_words_only() {
        assert_eq!(camel_case_parts("SchedulingDisabled"), ["Scheduling", "Disabled"]);
        assert_eq!(
            camel_case_parts("SchedulingDisabled (cordon 済み)"),
            ["Scheduling", "Disabled (cordon 済み)"]
        );
        assert_eq!(camel_case_parts("NotReady"), ["Not", "Ready"]);
        assert_eq!(camel_case_parts("ACTIVE"), ["ACTIVE"]);
        assert_eq!(camel_case_parts(""), [""]);
    }
}

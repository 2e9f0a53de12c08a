//! The cluster pane: the EKS cluster drawn from engine state (nodes grouped by
//! Availability Zone) and, beside it, the room for its ECS twin.

use kubesim::sim::{Node, NodeCondition};
use kubesim::Shell;
use leptos::prelude::*;

use super::app::Locale;
use crate::i18n::Msg;

/// What a node card shows, copied out of the engine state.
#[derive(Clone, PartialEq)]
struct NodeCard {
    name: String,
    short_name: String,
    ready: bool,
    cordoned: bool,
    instance_type: String,
    nodegroup: String,
}

impl NodeCard {
    fn of(node: &Node) -> Self {
        NodeCard {
            short_name: node.name.split('.').next().unwrap_or(&node.name).to_owned(),
            name: node.name.clone(),
            ready: node.ready == NodeCondition::Ready,
            cordoned: node.unschedulable,
            instance_type: node.instance_type().unwrap_or("fargate").to_owned(),
            nodegroup: node.nodegroup().unwrap_or_default().to_owned(),
        }
    }
}

#[component]
pub fn ClusterPane(shell: RwSignal<Shell>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let zones = Memo::new(move |_| {
        shell.with(|s| {
            s.cluster()
                .nodes_by_zone()
                .into_iter()
                .map(|(zone, nodes)| {
                    (zone.to_owned(), nodes.into_iter().map(NodeCard::of).collect::<Vec<_>>())
                })
                .collect::<Vec<_>>()
        })
    });
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
                    <h3 class="cluster__heading">{locale.t(Msg::EksHeading)}</h3>
                    <p class="cluster__meta">{cluster_name}</p>
                    <div class="control-plane">{locale.t(Msg::ControlPlane)}</div>
                    <div class="zones">
                        {move || {
                            zones
                                .get()
                                .into_iter()
                                .map(|(zone, cards)| view! { <Zone zone=zone cards=cards/> })
                                .collect_view()
                        }}
                    </div>
                </div>
                <div class="cluster__side cluster__side--ecs">
                    <h3 class="cluster__heading">{locale.t(Msg::EcsHeading)}</h3>
                    <p class="cluster__note">{locale.t(Msg::EcsPending)}</p>
                </div>
            </div>
        </section>
    }
}

#[component]
fn Zone(zone: String, cards: Vec<NodeCard>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let count = cards.len();
    let label = zone.clone();
    view! {
        <section class="zone" aria-label=label>
            <h4 class="zone__title">
                <span class="zone__label">{locale.t(Msg::ZoneLabel)}</span>
                <span class="zone__name">{zone}</span>
                <span class="zone__count">{move || locale.0.get().node_count(count)}</span>
            </h4>
            <ul class="zone__nodes">
                {cards.into_iter().map(|card| view! { <NodeBox card=card/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn NodeBox(card: NodeCard) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let status = if card.ready { Msg::NodeReady } else { Msg::NodeNotReady };
    let class = if card.ready { "node node--ready" } else { "node node--not-ready" };
    view! {
        <li class=class title=card.name.clone() data-node=card.name>
            <span class="node__name">{card.short_name}</span>
            <span class="node__status">
                {locale.t(status)}
                {card.cordoned.then(|| view! { <span class="node__cordoned">" · " {locale.t(Msg::NodeCordoned)}</span> })}
            </span>
            <span class="node__meta">{card.instance_type}</span>
            <span class="node__meta">{card.nodegroup}</span>
        </li>
    }
}

//! A Deployment: its spec with the API defaults, and the status its
//! controller sums up from the ReplicaSets it owns.

use super::{match_labels, metadata, object, pod_spec, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::meta::IntOrPercent;
use crate::sim::workload::{Deployment, ReplicaSet};
use crate::sim::{Cluster, Timestamp};

pub(super) fn manifest(cluster: &Cluster, d: &Deployment) -> Value {
    let generation = i64::from(d.revision.max(1));
    let mut annotations = d.meta.annotations.clone();
    if d.revision > 0 {
        annotations.insert("deployment.kubernetes.io/revision".to_owned(), d.revision.to_string());
    }
    let meta = metadata(&d.meta.name, &d.meta.namespace, d.meta.uid, d.meta.created)
        .maybe("labels", string_map(&d.meta.labels))
        .maybe("annotations", string_map(&annotations))
        .int("generation", generation);
    let strategy = Value::object([
        (
            "rollingUpdate",
            Value::object([
                ("maxSurge", int_or_percent(d.strategy.max_surge)),
                ("maxUnavailable", int_or_percent(d.strategy.max_unavailable)),
            ]),
        ),
        ("type", Value::str("RollingUpdate")),
    ]);
    let spec = Fields::new()
        .int("progressDeadlineSeconds", 600)
        .int("replicas", d.replicas)
        .int("revisionHistoryLimit", 10)
        .set("selector", match_labels(&d.selector.0))
        .set("strategy", strategy)
        .set("template", pod_spec::template(&d.template))
        .build();
    object("apps/v1", "Deployment", meta.build())
        .set("spec", spec)
        .set("status", status(cluster, d, generation))
        .build()
}

/// `25%` stays a string, `1` is a number, as in the API's IntOrString.
pub(super) fn int_or_percent(v: IntOrPercent) -> Value {
    match v {
        IntOrPercent::Int(n) => Value::Int(i64::from(n)),
        IntOrPercent::Percent(_) => Value::str(v.to_string()),
    }
}

/// Pods a ReplicaSet has: (active, ready, available).
pub(super) fn replica_counts(cluster: &Cluster, rs: &ReplicaSet) -> (u32, u32, u32) {
    let active: Vec<_> = cluster.pods().owned_by(rs.meta.uid).filter(|p| p.is_active()).collect();
    let ready = active.iter().filter(|p| p.ready).count();
    (active.len() as u32, ready as u32, cluster.available_pods(rs))
}

fn status(cluster: &Cluster, d: &Deployment, generation: i64) -> Value {
    let sets = cluster.replicasets_of(&d.meta.namespace, &d.meta.name);
    let newest_name = format!("{}-{}", d.meta.name, d.template.hash());
    let newest = sets.iter().find(|rs| rs.meta.name == newest_name);
    let (mut replicas, mut ready, mut available, mut desired_total) = (0, 0, 0, 0);
    for rs in &sets {
        let (r, re, a) = replica_counts(cluster, rs);
        replicas += r;
        ready += re;
        available += a;
        desired_total += rs.replicas;
    }
    let updated = newest.map_or(0, |rs| replica_counts(cluster, rs).0);
    let (_, max_unavailable) = d.strategy.resolve(d.replicas);
    let minimum_available = available >= d.replicas.saturating_sub(max_unavailable);
    let available_condition = if minimum_available {
        condition(
            "Available",
            true,
            "MinimumReplicasAvailable",
            "Deployment has minimum availability.",
            d.meta.created,
            d.meta.created,
        )
    } else {
        condition(
            "Available",
            false,
            "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.",
            d.meta.created,
            d.meta.created,
        )
    };
    let progressing = newest.map(|rs| {
        let complete = updated == d.replicas && replicas == d.replicas && available >= d.replicas;
        let (reason, verb) = if complete {
            ("NewReplicaSetAvailable", "has successfully progressed")
        } else {
            ("ReplicaSetUpdated", "is progressing")
        };
        let message = format!("ReplicaSet \"{}\" {verb}.", rs.meta.name);
        condition("Progressing", true, reason, &message, d.meta.created, rs.meta.created)
    });
    let conditions: Vec<Value> = std::iter::once(available_condition).chain(progressing).collect();
    Fields::new()
        .count("observedGeneration", generation)
        .count("replicas", replicas)
        .count("updatedReplicas", updated)
        .count("readyReplicas", ready)
        .count("availableReplicas", available)
        .count("unavailableReplicas", desired_total.saturating_sub(available))
        .set("conditions", Value::Array(conditions))
        .build()
}

fn condition(
    kind: &str,
    status: bool,
    reason: &str,
    message: &str,
    since: Timestamp,
    updated: Timestamp,
) -> Value {
    Fields::new()
        .time("lastTransitionTime", since)
        .time("lastUpdateTime", updated)
        .str("message", message)
        .str("reason", reason)
        .str("status", if status { "True" } else { "False" })
        .str("type", kind)
        .build()
}

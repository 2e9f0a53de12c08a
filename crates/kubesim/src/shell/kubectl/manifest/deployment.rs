//! A Deployment: its spec with the API defaults, and the status its
//! controller sums up from the ReplicaSets it owns.

use super::{match_labels, metadata, object, pod_spec, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::meta::IntOrPercent;
use crate::sim::workload::Deployment;
use crate::sim::workload_status::{Progress, WorkloadCondition};
use crate::sim::{Cluster, Timestamp};

pub(super) fn manifest(cluster: &Cluster, d: &Deployment) -> Value {
    let generation = i64::from(d.revision.max(1));
    let annotations = d.annotations();
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

fn status(cluster: &Cluster, d: &Deployment, generation: i64) -> Value {
    let status = cluster.deployment_status(d);
    let [available, progressing] = status.conditions();
    let available_message = if status.minimum_available {
        "Deployment has minimum availability."
    } else {
        "Deployment does not have minimum availability."
    };
    let available = condition(available, available_message, d.meta.created, d.meta.created);
    let progressing = cluster.new_replicaset_of(d).map(|rs| {
        let (verb, turned_false) = match status.progress {
            Progress::NewReplicaSetAvailable => ("has successfully progressed", None),
            Progress::ReplicaSetUpdated => ("is progressing", None),
            Progress::ProgressDeadlineExceeded => ("has timed out progressing", cluster.progress_deadline(d)),
        };
        let message = format!("ReplicaSet \"{}\" {verb}.", rs.meta.name);
        // True since the Deployment was made, written when its newest
        // ReplicaSet was; or False since the deadline passed.
        let since = turned_false.unwrap_or(d.meta.created);
        condition(progressing, &message, since, turned_false.unwrap_or(rs.meta.created))
    });
    let conditions: Vec<Value> = std::iter::once(available).chain(progressing).collect();
    Fields::new()
        .count("observedGeneration", generation)
        .count("replicas", status.replicas)
        .count("updatedReplicas", status.updated)
        .count("readyReplicas", status.ready)
        .count("availableReplicas", status.available)
        .count("unavailableReplicas", status.unavailable)
        .set("conditions", Value::Array(conditions))
        .build()
}

/// One condition, with the times it last changed status and was last
/// written.
fn condition(c: WorkloadCondition, message: &str, since: Timestamp, updated: Timestamp) -> Value {
    Fields::new()
        .time("lastTransitionTime", since)
        .time("lastUpdateTime", updated)
        .str("message", message)
        .str("reason", c.reason)
        .str("status", c.status.as_str())
        .str("type", c.kind)
        .build()
}

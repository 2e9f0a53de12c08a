//! A DaemonSet: one pod per node its template fits, and the counts its
//! controller reports.

use super::{match_labels, metadata, object, pod_spec, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::workload::DaemonSet;
use crate::sim::Cluster;

pub(super) fn manifest(cluster: &Cluster, ds: &DaemonSet) -> Value {
    let generation = 1;
    let mut annotations = ds.meta.annotations.clone();
    annotations.insert("deprecated.daemonset.template.generation".to_owned(), generation.to_string());
    let meta = metadata(&ds.meta.name, &ds.meta.namespace, ds.meta.uid, ds.meta.created)
        .maybe("labels", string_map(&ds.meta.labels))
        .maybe("annotations", string_map(&annotations))
        .int("generation", generation);
    let update_strategy = Value::object([
        ("rollingUpdate", Value::object([("maxSurge", Value::Int(0)), ("maxUnavailable", Value::Int(1))])),
        ("type", Value::str("RollingUpdate")),
    ]);
    let spec = Fields::new()
        .int("revisionHistoryLimit", 10)
        .set("selector", match_labels(&ds.selector.0))
        .set("template", pod_spec::template(&ds.template))
        .set("updateStrategy", update_strategy)
        .build();
    // The controller gives every node that should run the pod one at once,
    // so the active pods are the desired ones.
    let active: Vec<_> = cluster.pods().owned_by(ds.meta.uid).filter(|p| p.is_active()).collect();
    let desired = active.len();
    let scheduled = active.iter().filter(|p| p.node().is_some()).count();
    let ready = active.iter().filter(|p| p.ready).count();
    let status = Fields::new()
        .int("currentNumberScheduled", scheduled as i64)
        .int("desiredNumberScheduled", desired as i64)
        .int("numberMisscheduled", 0)
        .int("numberReady", ready as i64)
        .count("numberAvailable", ready as i64)
        .count("numberUnavailable", desired.saturating_sub(ready) as i64)
        .count("observedGeneration", generation)
        .count("updatedNumberScheduled", scheduled as i64)
        .build();
    object("apps/v1", "DaemonSet", meta.build()).set("spec", spec).set("status", status).build()
}

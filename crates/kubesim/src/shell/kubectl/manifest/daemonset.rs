//! A DaemonSet: one pod per node its template fits, and the counts its
//! controller reports.

use super::{match_labels, metadata, object, pod_spec, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::workload::DaemonSet;
use crate::sim::Cluster;

pub(super) fn manifest(cluster: &Cluster, ds: &DaemonSet) -> Value {
    let generation = 1;
    let annotations = ds.annotations();
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
    let counts = cluster.daemonset_status(ds);
    let status = Fields::new()
        .int("currentNumberScheduled", counts.current)
        .int("desiredNumberScheduled", counts.desired)
        .int("numberMisscheduled", counts.misscheduled)
        .int("numberReady", counts.ready)
        .count("numberAvailable", counts.available)
        .count("numberUnavailable", counts.unavailable())
        .count("observedGeneration", generation)
        .count("updatedNumberScheduled", counts.updated)
        .build();
    object("apps/v1", "DaemonSet", meta.build()).set("spec", spec).set("status", status).build()
}

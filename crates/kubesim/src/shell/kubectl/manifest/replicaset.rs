//! A ReplicaSet a Deployment rolls through: the Deployment's annotations,
//! its owner reference, and the pod counts its controller reports.

use super::{match_labels, metadata, object, owner_references, pod_spec, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::workload::ReplicaSet;
use crate::sim::Cluster;

pub(super) fn manifest(cluster: &Cluster, rs: &ReplicaSet) -> Value {
    let owner = rs.deployment.as_deref().and_then(|name| cluster.deployment(&rs.meta.namespace, name));
    let annotations = rs.annotations(owner);
    let generation = 1;
    let meta = metadata(&rs.meta.name, &rs.meta.namespace, rs.meta.uid, rs.meta.created)
        .maybe("labels", string_map(&rs.meta.labels))
        .maybe("annotations", string_map(&annotations))
        .int("generation", generation)
        .maybe(
            "ownerReferences",
            owner.map(|d| owner_references("apps/v1", "Deployment", &d.meta.name, d.meta.uid)),
        );
    let spec = Fields::new()
        .int("replicas", rs.replicas)
        .set("selector", match_labels(&rs.selector.0))
        .set("template", pod_spec::template(&rs.template))
        .build();
    let counts = cluster.replicaset_status(rs);
    let status = Fields::new()
        .int("replicas", counts.replicas)
        .count("fullyLabeledReplicas", counts.replicas)
        .count("readyReplicas", counts.ready)
        .count("availableReplicas", counts.available)
        .count("observedGeneration", generation)
        .build();
    object("apps/v1", "ReplicaSet", meta.build()).set("spec", spec).set("status", status).build()
}

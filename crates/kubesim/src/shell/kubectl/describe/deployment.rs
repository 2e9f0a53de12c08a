//! `kubectl describe deployment` (`describeDeployment`).

use super::events::write_events;
use super::format::rfc1123z;
use super::pod_template::write_pod_template;
use super::writer::DescribeWriter;
use crate::sim::event::Event;
use crate::sim::workload::{Deployment, ReplicaSet};
use crate::sim::{Cluster, Labels};

/// `LabelSelectorAsSelector(...).String()`: `key=value` requirements sorted
/// by key, comma-joined.
pub fn selector_string(selector: &Labels) -> String {
    selector.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")
}

pub fn describe(cluster: &Cluster, d: &Deployment, events: Option<&[&Event]>) -> String {
    let status = cluster.deployment_status(d);
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", d.meta.name));
    w.write(0, &format!("Namespace:\t{}\n", d.meta.namespace));
    w.write(0, &format!("CreationTimestamp:\t{}\n", rfc1123z(d.meta.created)));
    w.labels("Labels", &d.meta.labels);
    w.annotations("Annotations", &d.annotations());
    w.write(0, &format!("Selector:\t{}\n", selector_string(&d.selector.0)));
    w.write(
        0,
        &format!(
            "Replicas:\t{} desired | {} updated | {} total | {} available | {} unavailable\n",
            d.replicas, status.updated, status.replicas, status.available, status.unavailable
        ),
    );
    w.write(0, "StrategyType:\tRollingUpdate\n");
    w.write(0, "MinReadySeconds:\t0\n");
    w.write(
        0,
        &format!(
            "RollingUpdateStrategy:\t{} max unavailable, {} max surge\n",
            d.strategy.max_unavailable, d.strategy.max_surge
        ),
    );
    write_pod_template(&mut w, &d.template);
    w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
    w.write(1, "----\t------\t------\n");
    for c in &status.conditions() {
        w.write(1, &format!("{} \t{}\t{}\n", c.kind, c.status.as_str(), c.reason));
    }
    let new = cluster.new_replicaset_of(d);
    let mut old: Vec<&ReplicaSet> = cluster
        .replicasets_of(&d.meta.namespace, &d.meta.name)
        .into_iter()
        .filter(|rs| new.is_none_or(|n| n.meta.uid != rs.meta.uid))
        .collect();
    // Oldest first, by creation time and then name.
    old.sort_by(|a, b| (a.meta.created, &a.meta.name).cmp(&(b.meta.created, &b.meta.name)));
    if !old.is_empty() || new.is_some() {
        w.write(0, &format!("OldReplicaSets:\t{}\n", replica_sets(cluster, &old)));
        w.write(
            0,
            &format!("NewReplicaSet:\t{}\n", replica_sets(cluster, &new.into_iter().collect::<Vec<_>>())),
        );
    }
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

/// `printReplicaSetsByLabels`: `name (current/desired replicas created)`.
fn replica_sets(cluster: &Cluster, sets: &[&ReplicaSet]) -> String {
    if sets.is_empty() {
        return "<none>".to_owned();
    }
    sets.iter()
        .map(|rs| {
            format!(
                "{} ({}/{} replicas created)",
                rs.meta.name,
                cluster.replicaset_status(rs).replicas,
                rs.replicas
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

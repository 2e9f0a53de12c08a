//! `kubectl describe replicaset` (`describeReplicaSet`).

use super::deployment::selector_string;
use super::events::write_events;
use super::pod_template::write_pod_template;
use super::writer::DescribeWriter;
use crate::sim::event::Event;
use crate::sim::workload::ReplicaSet;
use crate::sim::Cluster;

pub fn describe(cluster: &Cluster, rs: &ReplicaSet, events: Option<&[&Event]>) -> String {
    let owner = rs.deployment.as_deref().and_then(|d| cluster.deployment(&rs.meta.namespace, d));
    let status = cluster.replicaset_status(rs);
    let pods = cluster.pod_phase_counts(rs.meta.uid);
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", rs.meta.name));
    w.write(0, &format!("Namespace:\t{}\n", rs.meta.namespace));
    w.write(0, &format!("Selector:\t{}\n", selector_string(&rs.selector.0)));
    w.labels("Labels", &rs.meta.labels);
    w.annotations("Annotations", &rs.annotations(owner));
    if let Some(d) = &rs.deployment {
        w.write(0, &format!("Controlled By:\tDeployment/{d}\n"));
    }
    w.write(0, &format!("Replicas:\t{} current / {} desired\n", status.replicas, rs.replicas));
    w.write(0, "Pods Status:\t");
    w.write(
        0,
        &format!(
            "{} Running / {} Waiting / {} Succeeded / {} Failed\n",
            pods.running, pods.waiting, pods.succeeded, pods.failed
        ),
    );
    write_pod_template(&mut w, &rs.template);
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

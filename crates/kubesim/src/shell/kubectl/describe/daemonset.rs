//! `kubectl describe daemonset` (`describeDaemonSet`).

use super::deployment::selector_string;
use super::events::write_events;
use super::pod_template::write_pod_template;
use super::writer::DescribeWriter;
use crate::shell::printer::format_labels;
use crate::sim::event::Event;
use crate::sim::workload::DaemonSet;
use crate::sim::Cluster;

pub fn describe(cluster: &Cluster, ds: &DaemonSet, events: Option<&[&Event]>) -> String {
    let status = cluster.daemonset_status(ds);
    let pods = cluster.pod_phase_counts(ds.meta.uid);
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", ds.meta.name));
    w.write(0, &format!("Selector:\t{}\n", selector_string(&ds.selector.0)));
    w.write(0, &format!("Node-Selector:\t{}\n", format_labels(&ds.template.spec.node_selector)));
    w.labels("Labels", &ds.meta.labels);
    w.annotations("Annotations", &ds.annotations());
    w.write(0, &format!("Desired Number of Nodes Scheduled: {}\n", status.desired));
    w.write(0, &format!("Current Number of Nodes Scheduled: {}\n", status.current));
    w.write(0, &format!("Number of Nodes Scheduled with Up-to-date Pods: {}\n", status.updated));
    w.write(0, &format!("Number of Nodes Scheduled with Available Pods: {}\n", status.available));
    w.write(0, &format!("Number of Nodes Misscheduled: {}\n", status.misscheduled));
    w.write(
        0,
        &format!(
            "Pods Status:\t{} Running / {} Waiting / {} Succeeded / {} Failed\n",
            pods.running, pods.waiting, pods.succeeded, pods.failed
        ),
    );
    write_pod_template(&mut w, &ds.template);
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

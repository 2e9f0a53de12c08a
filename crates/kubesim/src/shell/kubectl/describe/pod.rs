//! `kubectl describe pod` (`describePod`).

use super::events::write_events;
use super::format::rfc1123z;
use super::pod_template::{write_containers, write_volumes};
use super::writer::DescribeWriter;
use crate::shell::printer::human_duration;
use crate::sim::event::Event;
use crate::sim::{Cluster, Pod};

pub fn describe(cluster: &Cluster, pod: &Pod, events: Option<&[&Event]>) -> String {
    let spec = &pod.spec;
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", pod.meta.name));
    w.write(0, &format!("Namespace:\t{}\n", pod.meta.namespace));
    w.write(0, &format!("Priority:\t{}\n", spec.priority));
    if let Some(class) = &spec.priority_class {
        w.write(0, &format!("Priority Class Name:\t{class}\n"));
    }
    w.write(0, &format!("Service Account:\t{}\n", spec.service_account));
    match pod.node() {
        None => w.write(0, "Node:\t<none>\n"),
        Some(node) => {
            let host_ip = cluster.node(node).map(|n| n.internal_ip.as_str()).unwrap_or_default();
            w.write(0, &format!("Node:\t{node}/{host_ip}\n"));
        }
    }
    if let Some(started) = pod.scheduled {
        w.write(0, &format!("Start Time:\t{}\n", rfc1123z(started)));
    }
    w.labels("Labels", &pod.meta.labels);
    w.annotations("Annotations", &pod.meta.annotations);
    match pod.deletion {
        Some(deletion) if !pod.is_finished() => {
            w.write(
                0,
                &format!("Status:\tTerminating (lasts {})\n", human_duration(cluster.now() - deletion)),
            );
            w.write(0, &format!("Termination Grace Period:\t{}s\n", spec.termination_grace_secs));
        }
        _ => w.write(0, &format!("Status:\t{}\n", pod.phase.as_str())),
    }
    if let Some(reason) = pod.reason {
        w.write(0, &format!("Reason:\t{reason}\n"));
    }
    let ip = pod.ip.as_deref().unwrap_or_default();
    w.write(0, &format!("IP:\t{ip}\n"));
    if ip.is_empty() {
        w.write(0, "IPs:\t<none>\n");
    } else {
        w.write(0, "IPs:\n");
        w.write(1, &format!("IP:\t{ip}\n"));
    }
    if let Some(owner) = &pod.owner {
        w.write(0, &format!("Controlled By:\t{}/{}\n", owner.kind.as_str(), owner.name));
    }
    write_containers(&mut w, spec, Some(pod), "");
    let conditions = pod.conditions();
    if !conditions.is_empty() {
        w.write(0, "Conditions:\n  Type\tStatus\n");
        for c in conditions {
            w.write(1, &format!("{} \t{} \n", c.kind, c.status));
        }
    }
    write_volumes(&mut w, spec, Some(pod), "");
    w.write(0, &format!("QoS Class:\t{}\n", pod.qos_class()));
    w.labels("Node-Selectors", &spec.node_selector);
    w.tolerations("Tolerations", &spec.tolerations);
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

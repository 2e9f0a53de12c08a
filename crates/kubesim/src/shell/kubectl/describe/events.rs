//! The Events section every describer ends with (`DescribeEvents`), which
//! events belong to an object, and `describe event` itself: kubectl has no
//! describer for Events, so its generic one lists the object's fields.

use std::collections::BTreeMap;

use super::writer::DescribeWriter;
use crate::shell::printer::human_duration;
use crate::sim::event::Event;
use crate::sim::{Cluster, Timestamp, Uid};

/// The events of one command's objects, looked up by involved object:
/// indexed once, so describing many objects reads the event log once.
pub struct EventIndex<'a> {
    by_object: BTreeMap<String, Vec<&'a Event>>,
}

/// `kind/namespace/name`: none of them can hold a slash.
fn object_key(kind: &str, namespace: &str, name: &str) -> String {
    format!("{kind}/{namespace}/{name}")
}

impl<'a> EventIndex<'a> {
    pub fn new(cluster: &'a Cluster) -> Self {
        let mut by_object: BTreeMap<String, Vec<&Event>> = BTreeMap::new();
        for e in cluster.events().all() {
            by_object
                .entry(object_key(e.object.kind, &e.object.namespace, &e.object.name))
                .or_default()
                .push(e);
        }
        EventIndex { by_object }
    }

    /// The events whose involved object is this one (namespace empty for
    /// nodes), in API order.
    pub fn of(&self, kind: &str, namespace: &str, name: &str) -> &[&'a Event] {
        self.by_object.get(&object_key(kind, namespace, name)).map_or(&[], Vec::as_slice)
    }
}

/// `DescribeEvents`: `Events:  <none>` inside the current column blocks, or
/// a table of its own, oldest last-seen first.
pub fn write_events(w: &mut DescribeWriter, events: &[&Event], now: Timestamp) {
    if events.is_empty() {
        w.write(0, "Events:\t<none>\n");
        return;
    }
    w.flush();
    let mut sorted = events.to_vec();
    sorted.sort_by_key(|e| e.last);
    w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
    w.write(1, "----\t------\t----\t----\t-------\n");
    for e in sorted {
        let first = human_duration(now - e.first);
        let age = if e.count > 1 {
            format!("{} (x{} over {first})", human_duration(now - e.last), e.count)
        } else {
            first
        };
        w.write(
            1,
            &format!("{}\t{}\t{age}\t{}\t{}\n", e.event_type.as_str(), e.reason, e.source, e.message.trim()),
        );
    }
}

/// The API version of an involved object's kind.
fn api_version(kind: &str) -> &'static str {
    match kind {
        "Deployment" | "ReplicaSet" | "DaemonSet" => "apps/v1",
        "PodDisruptionBudget" => "policy/v1",
        _ => "v1",
    }
}

/// The involved object's UID, while it exists; kubelets name nodes by name.
fn involved_uid(cluster: &Cluster, e: &Event) -> Option<String> {
    let (ns, name) = (e.object.namespace.as_str(), e.object.name.as_str());
    match e.object.kind {
        "Node" if e.source == "kubelet" => Some(name.to_owned()),
        "Node" => cluster.node(name).map(|n| n.uid.to_string()),
        "Pod" => cluster.pods().by_name(ns, name).map(|p| p.meta.uid.to_string()),
        "Deployment" => cluster.deployment(ns, name).map(|d| d.meta.uid.to_string()),
        "ReplicaSet" => cluster
            .replicasets()
            .find(|r| r.meta.namespace == ns && r.meta.name == name)
            .map(|r| r.meta.uid.to_string()),
        "DaemonSet" => cluster
            .daemonsets()
            .find(|d| d.meta.namespace == ns && d.meta.name == name)
            .map(|d| d.meta.uid.to_string()),
        _ => None,
    }
}

/// The node a kubelet event came from.
fn source_host(cluster: &Cluster, e: &Event) -> Option<String> {
    if e.source != "kubelet" {
        return None;
    }
    match e.object.kind {
        "Node" => Some(e.object.name.clone()),
        "Pod" => cluster.pods().by_name(&e.object.namespace, &e.object.name)?.node().map(str::to_owned),
        _ => None,
    }
}

/// kubectl's generic describer over an Event: its fields in key order,
/// each labelled as `smartLabelFor` spells it.
pub fn describe_event(cluster: &Cluster, e: &Event, events: Option<&[&Event]>) -> String {
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", e.name()));
    w.write(0, &format!("Namespace:\t{}\n", e.namespace()));
    w.labels("Labels", &Default::default());
    w.annotations("Annotations", &Default::default());
    w.write(0, "API Version:\tv1\n");
    w.write(0, &format!("Count:\t{}\n", e.count));
    w.write(0, "Event Time:\t<nil>\n");
    w.write(0, &format!("First Timestamp:\t{}\n", e.first));
    w.write(0, "Involved Object:\n");
    w.write(1, &format!("API Version:\t{}\n", api_version(e.object.kind)));
    w.write(1, &format!("Kind:\t{}\n", e.object.kind));
    w.write(1, &format!("Name:\t{}\n", e.object.name));
    if !e.object.namespace.is_empty() {
        w.write(1, &format!("Namespace:\t{}\n", e.object.namespace));
    }
    if let Some(uid) = involved_uid(cluster, e) {
        w.write(1, &format!("UID:\t{uid}\n"));
    }
    w.write(0, "Kind:\tEvent\n");
    w.write(0, &format!("Last Timestamp:\t{}\n", e.last));
    w.write(0, &format!("Message:\t{}\n", e.message));
    w.write(0, "Metadata:\n");
    w.write(1, &format!("Creation Timestamp:\t{}\n", e.first));
    // The log keeps no UID per event: its unique stamp stands in.
    w.write(1, &format!("UID:\t{}\n", Uid(e.stamp)));
    w.write(0, &format!("Reason:\t{}\n", e.reason));
    w.write(0, "Reporting Component:\t\n");
    w.write(0, "Reporting Instance:\t\n");
    w.write(0, "Source:\n");
    w.write(1, &format!("Component:\t{}\n", e.source));
    if let Some(host) = source_host(cluster, e) {
        w.write(1, &format!("Host:\t{host}\n"));
    }
    w.write(0, &format!("Type:\t{}\n", e.event_type.as_str()));
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

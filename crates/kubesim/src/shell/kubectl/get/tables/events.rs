//! Events (`printEvent`): when last seen, type, reason, the object and the
//! message; `-o wide` adds the sub-object, the source, when first seen, the
//! count and the event's own name (its NAME column comes last).

use super::row::Row;
use super::{column, escape, wide, Column};
use crate::sim::event::Event;
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[
    column("LAST SEEN"),
    column("TYPE"),
    column("REASON"),
    column("OBJECT"),
    wide("SUBOBJECT"),
    wide("SOURCE"),
    column("MESSAGE"),
    wide("FIRST SEEN"),
    wide("COUNT"),
    wide("NAME"),
];

/// Where the event's name is: last, and shown only with `-o wide`.
pub const NAME_COLUMN: usize = 9;

pub fn write(cluster: &Cluster, event: &Event, row: &mut Row<'_>) {
    let object = &event.object;
    row.age(cluster, event.last);
    row.text(event.event_type.as_str());
    row.text(event.reason);
    row.display(format_args!("{}/{}", object.kind.to_lowercase(), object.name));
    row.text("");
    match host(cluster, event) {
        Some(host) => row.display(format_args!("{}, {host}", event.source)),
        None => row.text(event.source),
    }
    row.text(&escape(event.message.trim()));
    row.age(cluster, event.first);
    row.display(event.count);
    row.text(&event.name());
}

/// A kubelet reports events with its node's name as the source host: the
/// node itself, or the node of the pod the event is about while it exists.
fn host(cluster: &Cluster, event: &Event) -> Option<String> {
    if event.source != "kubelet" {
        return None;
    }
    let object = &event.object;
    match object.kind {
        "Node" => Some(object.name.clone()),
        "Pod" => {
            cluster.pods().by_name(&object.namespace, &object.name).and_then(|p| p.node()).map(str::to_owned)
        }
        _ => None,
    }
}

//! Nodes (`printNode`): the Ready condition and cordoning as STATUS, roles
//! from labels, the kubelet's version; `-o wide` adds addresses and what
//! the node runs.

use super::row::Row;
use super::{column, wide, Column, NONE};
use crate::sim::{Cluster, Node, NodeCondition};

pub const COLUMNS: &[Column] = &[
    column("NAME"),
    column("STATUS"),
    column("ROLES"),
    column("AGE"),
    column("VERSION"),
    wide("INTERNAL-IP"),
    wide("EXTERNAL-IP"),
    wide("OS-IMAGE"),
    wide("KERNEL-VERSION"),
    wide("CONTAINER-RUNTIME"),
];

pub fn write(cluster: &Cluster, node: &Node, row: &mut Row<'_>) {
    let roles = node.roles().join(",");
    row.text(&node.name);
    row.text(&status(node));
    row.text(if roles.is_empty() { NONE } else { &roles });
    row.age(cluster, node.created);
    row.text(&node.kubelet_version);
    row.text(&node.internal_ip);
    row.text(node.external_ip.as_deref().unwrap_or(NONE));
    row.text(or_unknown(&node.os_image));
    row.text(or_unknown(&node.kernel_version));
    row.text(or_unknown(&node.container_runtime));
}

/// Only the Ready condition counts (`Ready`, else `NotReady`), then
/// `SchedulingDisabled` when cordoned.
fn status(node: &Node) -> String {
    let ready = match node.ready {
        NodeCondition::Ready => "Ready",
        NodeCondition::NotReady | NodeCondition::Unknown => "NotReady",
    };
    if node.unschedulable {
        format!("{ready},SchedulingDisabled")
    } else {
        ready.to_owned()
    }
}

fn or_unknown(value: &str) -> &str {
    if value.is_empty() {
        "<unknown>"
    } else {
        value
    }
}

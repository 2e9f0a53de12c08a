//! ReplicaSets (`printReplicaSet`): desired, current and ready counts;
//! `-o wide` adds the template's containers and the selector.

use super::row::Row;
use super::{column, containers_and_images, format_selector, wide, Column};
use crate::sim::workload::ReplicaSet;
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[
    column("NAME"),
    column("DESIRED"),
    column("CURRENT"),
    column("READY"),
    column("AGE"),
    wide("CONTAINERS"),
    wide("IMAGES"),
    wide("SELECTOR"),
];

pub fn write(cluster: &Cluster, rs: &ReplicaSet, row: &mut Row<'_>) {
    let status = cluster.replicaset_status(rs);
    let [containers, images] = containers_and_images(&rs.template.spec.containers);
    row.text(&rs.meta.name);
    row.display(rs.replicas);
    row.display(status.replicas);
    row.display(status.ready);
    row.age(cluster, rs.meta.created);
    row.text(&containers);
    row.text(&images);
    row.text(&format_selector(&rs.selector));
}

//! DaemonSets (`printDaemonSet`): the per-node counts and the template's
//! node selector; `-o wide` adds its containers and the selector.

use super::row::Row;
use super::{column, containers_and_images, format_selector, wide, Column};
use crate::shell::printer::format_labels;
use crate::sim::workload::DaemonSet;
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[
    column("NAME"),
    column("DESIRED"),
    column("CURRENT"),
    column("READY"),
    column("UP-TO-DATE"),
    column("AVAILABLE"),
    column("NODE SELECTOR"),
    column("AGE"),
    wide("CONTAINERS"),
    wide("IMAGES"),
    wide("SELECTOR"),
];

pub fn write(cluster: &Cluster, ds: &DaemonSet, row: &mut Row<'_>) {
    let status = cluster.daemonset_status(ds);
    let [containers, images] = containers_and_images(&ds.template.spec.containers);
    row.text(&ds.meta.name);
    row.display(status.desired);
    row.display(status.current);
    row.display(status.ready);
    row.display(status.updated);
    row.display(status.available);
    row.text(&format_labels(&ds.template.spec.node_selector));
    row.age(cluster, ds.meta.created);
    row.text(&containers);
    row.text(&images);
    row.text(&format_selector(&ds.selector));
}

//! Namespaces (`printNamespace`): the phase, always `Active` here.

use super::row::Row;
use super::{column, Column};
use crate::sim::cluster::Namespace;
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[column("NAME"), column("STATUS"), column("AGE")];

pub fn write(cluster: &Cluster, namespace: &Namespace, row: &mut Row<'_>) {
    row.text(&namespace.name);
    row.text("Active");
    row.age(cluster, namespace.created);
}

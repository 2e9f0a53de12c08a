//! Leases (`printLease`): the holder (empty when nobody holds it) and the
//! age.

use super::row::Row;
use super::{column, Column};
use crate::sim::lease::Lease;
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[column("NAME"), column("HOLDER"), column("AGE")];

pub fn write(cluster: &Cluster, lease: &Lease, row: &mut Row<'_>) {
    row.text(&lease.meta.name);
    row.text(&lease.holder_identity);
    row.age(cluster, lease.meta.created);
}

//! PodDisruptionBudgets (`printPodDisruptionBudget`): the budget as given
//! (`N/A` for the side not set) and the disruptions allowed now.

use super::row::Row;
use super::{column, Column};
use crate::sim::service::{Budget, PodDisruptionBudget};
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[
    column("NAME"),
    column("MIN AVAILABLE"),
    column("MAX UNAVAILABLE"),
    column("ALLOWED DISRUPTIONS"),
    column("AGE"),
];

pub fn write(cluster: &Cluster, pdb: &PodDisruptionBudget, row: &mut Row<'_>) {
    row.text(&pdb.meta.name);
    match pdb.budget {
        Budget::MinAvailable(n) => {
            row.display(n);
            row.text(NOT_SET);
        }
        Budget::MaxUnavailable(n) => {
            row.text(NOT_SET);
            row.display(n);
        }
    }
    row.display(cluster.pdb_status(pdb).disruptions_allowed);
    row.age(cluster, pdb.meta.created);
}

/// The side of the budget that was not given.
const NOT_SET: &str = "N/A";

//! `kubectl describe poddisruptionbudget` (`describePodDisruptionBudgetV1`).

use super::deployment::selector_string;
use super::events::write_events;
use super::writer::DescribeWriter;
use crate::sim::event::Event;
use crate::sim::service::{Budget, PodDisruptionBudget};
use crate::sim::Cluster;

pub fn describe(cluster: &Cluster, pdb: &PodDisruptionBudget, events: Option<&[&Event]>) -> String {
    let status = cluster.pdb_status(pdb);
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", pdb.meta.name));
    w.write(0, &format!("Namespace:\t{}\n", pdb.meta.namespace));
    match pdb.budget {
        Budget::MinAvailable(n) => w.write(0, &format!("Min available:\t{n}\n")),
        Budget::MaxUnavailable(n) => w.write(0, &format!("Max unavailable:\t{n}\n")),
    }
    let selector = selector_string(&pdb.selector.0);
    w.write(0, &format!("Selector:\t{}\n", if selector.is_empty() { "<none>" } else { &selector }));
    w.write(0, "Status:\n");
    w.write(2, &format!("Allowed disruptions:\t{}\n", status.disruptions_allowed));
    w.write(2, &format!("Current:\t{}\n", status.current_healthy));
    w.write(2, &format!("Desired:\t{}\n", status.desired_healthy));
    w.write(2, &format!("Total:\t{}\n", status.expected_pods));
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

//! Scenarios: the starting states a lesson or a test opens with. Each fixes the
//! clock, so ages print the same on every run.

mod basic;

use crate::sim::Cluster;

/// The scenario the app and the `kubesim` terminal open with.
pub const DEFAULT: &str = "basic";

/// Names of the built-in scenarios, in the order they are listed.
pub const BUILTIN: &[&str] = &["basic"];

/// Builds a built-in scenario by name.
pub fn builtin(name: &str) -> Option<Cluster> {
    match name {
        "basic" => Some(basic::cluster()),
        _ => None,
    }
}

/// The default scenario.
pub fn default_cluster() -> Cluster {
    basic::cluster()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_scenario_builds() {
        for name in BUILTIN {
            let cluster = builtin(name).unwrap_or_else(|| panic!("{name} is listed but does not build"));
            assert!(!cluster.nodes().is_empty(), "{name} has no nodes");
        }
        assert!(BUILTIN.contains(&DEFAULT));
        assert!(builtin("no-such-scenario").is_none());
    }

    #[test]
    fn basic_has_one_ready_node_per_zone() {
        let cluster = default_cluster();
        let zones: Vec<&str> = cluster
            .nodes_by_zone()
            .iter()
            .map(|(zone, nodes)| {
                assert_eq!(nodes.len(), 1, "{zone}");
                *zone
            })
            .collect();
        assert_eq!(zones, ["us-west-2a", "us-west-2b", "us-west-2c"]);
        assert!(cluster
            .nodes()
            .iter()
            .all(|n| n.ready == crate::sim::NodeCondition::Ready && !n.unschedulable));
    }
}

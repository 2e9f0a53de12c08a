//! Scenarios: the starting states a lesson or a test opens with, as data
//! files (format: `docs/SCENARIOS.md`). Each fixes the clock and the objects'
//! creation times, so ages print the same on every run; a seed fixes every
//! generated name and address.

mod build;
mod format;
mod materialize;
mod workloads;

pub use build::{About, StartingKubeconfig};
pub use format::ScenarioError;

use crate::sim::Cluster;

/// The scenario the app and the `kubesim` terminal open with.
pub const DEFAULT: &str = "basic";

/// The stock scenarios, in the order they are listed.
pub const BUILTIN: &[(&str, &str)] = &[
    ("basic", include_str!("files/basic.scenario")),
    ("fargate", include_str!("files/fargate.scenario")),
    ("outdated-nodegroup", include_str!("files/outdated-nodegroup.scenario")),
    ("first-day", include_str!("files/first-day.scenario")),
    ("maintenance", include_str!("files/maintenance.scenario")),
    ("stress", include_str!("files/stress.scenario")),
];

/// Builds a cluster from scenario text. `seed` overrides the file's own.
pub fn from_source(text: &str, seed: Option<u64>) -> Result<(About, Cluster), ScenarioError> {
    let directives = directives(text)?;
    let (about, mut cluster) = build::build(&directives, seed)?;
    materialize::materialize(&mut cluster);
    Ok((about, cluster))
}

/// The objects a scenario declares, before any controller has run: no node
/// has registered and no pod exists yet. The first `reconcile` does it all.
pub fn declared(text: &str, seed: Option<u64>) -> Result<(About, Cluster), ScenarioError> {
    build::build(&directives(text)?, seed)
}

/// A scenario's lines, with `based-on NAME` replaced by the lines of that
/// stock scenario (its own `scenario` line aside), so one scenario adds to
/// another without copying it. A base may not itself have a base.
fn directives(text: &str) -> Result<Vec<format::Directive>, ScenarioError> {
    let mut directives = Vec::new();
    for d in format::parse(text)? {
        if d.kind != "based-on" {
            directives.push(d);
            continue;
        }
        d.allow(&[], &[])?;
        d.max_args(1)?;
        let name = d.arg(0, "name")?;
        let base =
            builtin_source(name).ok_or_else(|| d.error(format!("based-on {name}: not a stock scenario")))?;
        for b in format::parse(base)? {
            if b.kind == "based-on" {
                return Err(d.error(format!("based-on {name}: that scenario has a base of its own")));
            }
            if b.kind != "scenario" {
                directives.push(b);
            }
        }
    }
    Ok(directives)
}

/// The one-line description on a scenario's `scenario` line, read without
/// building it.
pub fn describe(text: &str) -> String {
    format::parse(text)
        .ok()
        .and_then(|lines| lines.into_iter().find(|d| d.kind == "scenario"))
        .and_then(|d| d.args.get(1).cloned())
        .unwrap_or_default()
}

/// A stock scenario's text by name.
pub fn builtin_source(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

/// A stock scenario by name.
pub fn builtin(name: &str, seed: Option<u64>) -> Option<Result<(About, Cluster), ScenarioError>> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, text)| from_source(text, seed))
}

/// The default scenario with its own seed.
pub fn default_cluster() -> Cluster {
    match builtin(DEFAULT, None) {
        Some(Ok((_, cluster))) => cluster,
        // Unreachable: the stock files are compiled in and the test
        // `every_stock_scenario_builds` builds each of them.
        Some(Err(e)) => panic!("the stock scenario {DEFAULT} is broken: {e}"),
        None => panic!("the stock scenario {DEFAULT} is missing"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::NodeCondition;

    #[test]
    fn every_stock_scenario_builds() {
        for (name, _) in BUILTIN {
            let (about, cluster) = match builtin(name, None) {
                Some(Ok(built)) => built,
                Some(Err(e)) => panic!("{name}: {e}"),
                None => panic!("{name} is listed but missing"),
            };
            assert_eq!(about.name, *name);
            assert!(cluster.nodes().count() > 0, "{name} has no nodes");
            assert!(!cluster.pods().has_unbound(), "{name} starts with pending pods");
        }
        assert!(builtin("no-such-scenario", None).is_none());
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
        assert!(cluster.nodes().all(|n| n.ready == NodeCondition::Ready && !n.unschedulable));
    }

    #[test]
    fn the_stress_cluster_has_its_size() {
        let Some(Ok((_, cluster))) = builtin("stress", None) else { panic!("stress does not build") };
        assert_eq!(cluster.nodes().count(), 1_000);
        assert_eq!(cluster.pods().len(), 20_000);
    }

    #[test]
    fn a_scenario_may_start_without_a_kubeconfig() {
        let basic = builtin_source(DEFAULT).unwrap_or_default();
        let Ok((about, _)) = from_source(basic, None) else { panic!("basic builds") };
        assert_eq!(about.kubeconfig, StartingKubeconfig::Written);
        let Ok((about, _)) = from_source(&format!("kubeconfig none\n{basic}"), None) else {
            panic!("kubeconfig none is a directive")
        };
        assert_eq!(about.kubeconfig, StartingKubeconfig::None);
        let err = from_source(&format!("kubeconfig maybe\n{basic}"), None).expect_err("not a state");
        assert_eq!(err.to_string(), "line 1: kubeconfig maybe: not none or written");
    }

    #[test]
    fn mistakes_in_a_scenario_name_their_line() {
        let text =
            "cluster x now=2025-06-12T09:00:00Z version=v1.30.4-eks-a737599\ndeployment web replicas=lots\n";
        let err = from_source(text, None).expect_err("replicas is not a number");
        assert_eq!(err.to_string(), "line 2: replicas=lots: not a whole number");
        let err = from_source("namespace x\n", None).expect_err("no cluster line");
        assert_eq!(err.to_string(), "line 1: namespace: the cluster line must come first");
        let err = from_source(
            &format!("{}\nnodegroup ng instance-type=z9.huge", text.lines().next().unwrap_or_default()),
            None,
        )
        .expect_err("unknown instance type");
        assert_eq!(err.to_string(), "line 2: unknown instance type z9.huge");
    }
}

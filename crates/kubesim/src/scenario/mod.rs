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

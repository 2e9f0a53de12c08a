//! `kubectl cordon` and `kubectl uncordon`.

use crate::shell::Output;
use crate::sim::Cluster;

pub fn run(cluster: &mut Cluster, args: &[String], unschedulable: bool) -> Output {
    let _ = (cluster, args, unschedulable);
    super::not_simulated(
        if unschedulable { "\"kubectl cordon\"" } else { "\"kubectl uncordon\"" },
        "\"kubectl get nodes\"",
    )
}

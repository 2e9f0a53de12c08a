//! `kubectl describe`.

use crate::shell::Output;
use crate::sim::Cluster;

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = (cluster, args);
    crate::shell::kubectl::not_simulated("\"kubectl describe\"", "\"kubectl get nodes\"")
}

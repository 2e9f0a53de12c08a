//! `kubectl version`.

use crate::shell::Output;
use crate::sim::Cluster;

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = (cluster, args);
    super::not_simulated("\"kubectl version\"", "\"kubectl get nodes\"")
}

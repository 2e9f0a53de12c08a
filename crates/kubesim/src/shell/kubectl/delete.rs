//! `kubectl delete`.

use crate::shell::Output;
use crate::sim::Cluster;

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = (cluster, args);
    super::not_simulated("\"kubectl delete\"", "\"kubectl get nodes\"")
}

//! `aws`: the AWS CLI v2's `eks` and `ecs` commands over the simulated
//! world, printing the CLI's JSON and its errors.

use crate::shell::Output;
use crate::sim::Cluster;

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = (cluster, args);
    Output::failure(1, "kubesim: \"aws\" is not simulated yet; try \"kubectl get nodes\"\n".to_owned())
}

//! `aws eks`: the operations on the simulated cluster, its managed node
//! groups, their updates and its Fargate profiles, plus the CLI's own
//! `update-kubeconfig`. Errors carry the EKS API's codes and messages.

mod cluster;
mod fargate;
mod nodegroup;
mod updates;

use super::args::Parsed;
use super::{split_operation, usage, wants_help, Call, OpResult};
use crate::shell::Output;

/// `aws eks`'s operations as its parser lists them: the API's, then
/// `update-kubeconfig` and `get-token`, `wait`, and `help`.
const OPERATIONS: &str = include_str!("operations.txt");

pub fn run(call: &mut Call, args: &[String]) -> OpResult {
    let operations: Vec<&str> = OPERATIONS.lines().collect();
    let (op, rest) = split_operation(&operations, args)?;
    if wants_help(&rest) || op == "help" {
        return Err(usage::not_simulated(&format!("\"aws eks {op} help\""), "the command itself"));
    }
    match op {
        "list-clusters" => cluster::list_clusters(call, &rest),
        "describe-cluster" => cluster::describe_cluster(call, &rest),
        "update-kubeconfig" => cluster::update_kubeconfig(call, &rest),
        "list-nodegroups" => nodegroup::list(call, &rest),
        "describe-nodegroup" => nodegroup::describe(call, &rest),
        "update-nodegroup-config" => nodegroup::update_config(call, &rest),
        "update-nodegroup-version" => nodegroup::update_version(call, &rest),
        "describe-update" => updates::describe(call, &rest),
        "list-updates" => updates::list(call, &rest),
        "list-fargate-profiles" => fargate::list(call, &rest),
        "describe-fargate-profile" => fargate::describe(call, &rest),
        other => Err(usage::not_simulated(
            &format!("\"aws eks {other}\""),
            "\"aws eks describe-cluster --name kubelab\" or \"aws eks list-nodegroups --cluster-name kubelab\"",
        )),
    }
}

/// The cluster is this one, asked for in its own region.
fn is_here(call: &Call, name: &str) -> bool {
    name == call.cluster.name && call.region == call.cluster.region
}

/// `ResourceNotFoundException` for a cluster name, worded as EKS words it.
fn no_cluster(operation: &str, name: &str) -> Output {
    usage::service_error(
        operation,
        "ResourceNotFoundException",
        &format!("No cluster found for name: {name}."),
    )
}

/// The value of a parameter the parser already made sure is there.
fn required<'a>(parsed: &'a Parsed, name: &str) -> &'a str {
    parsed.value(name).unwrap_or_default()
}

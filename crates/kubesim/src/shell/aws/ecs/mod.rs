//! `aws ecs`: the ECS twin of the simulated cluster (same name, same region,
//! same EC2 instances as container instances, each application Deployment
//! as a service). Actions here change only the twin: it is the ECS picture
//! of the same workload, kept to compare with, so draining a container
//! instance does not cordon the node it mirrors.

mod instances;
mod services;
mod tasks;

use super::args::{parse_operation, Parsed};
use super::{split_operation, usage, wants_help, Call, OpResult, Response};
use crate::ecs::{EcsCluster, EcsError};
use crate::shell::printer::value::Value;
use crate::shell::Output;

/// `aws ecs`'s operations as its parser lists them: the API's, then
/// `deploy`, `wait` and `help`.
const OPERATIONS: &str = include_str!("operations.txt");

/// The cluster ECS uses when `--cluster` is not given.
const DEFAULT_CLUSTER: &str = "default";

pub fn run(call: &mut Call, args: &[String]) -> OpResult {
    let operations: Vec<&str> = OPERATIONS.lines().collect();
    let (op, rest) = split_operation(&operations, args)?;
    if wants_help(&rest) || op == "help" {
        return Err(usage::not_simulated(&format!("\"aws ecs {op} help\""), "the command itself"));
    }
    match op {
        "list-clusters" => list_clusters(call, &rest),
        "list-container-instances" => instances::list(call, &rest),
        "describe-container-instances" => instances::describe(call, &rest),
        "update-container-instances-state" => instances::update_state(call, &rest),
        "list-services" => services::list(call, &rest),
        "describe-services" => services::describe(call, &rest),
        "update-service" => services::update(call, &rest),
        "list-tasks" => tasks::list(call, &rest),
        "describe-tasks" => tasks::describe(call, &rest),
        other => Err(usage::not_simulated(
            &format!("\"aws ecs {other}\""),
            "\"aws ecs list-services --cluster kubelab\" or \"aws ecs list-container-instances --cluster kubelab\"",
        )),
    }
}

fn list_clusters(call: &mut Call, rest: &[String]) -> OpResult {
    parse_operation(&[], true, rest)?;
    let ecs = call.cluster.ecs();
    let arns = if call.region == ecs.region() { vec![Value::str(ecs.cluster_arn())] } else { Vec::new() };
    Ok(Response::Api(Value::object([("clusterArns", Value::Array(arns))])))
}

/// The twin when `--cluster` (a name or ARN, `default` if absent) names it
/// in the region called; else `ClusterNotFoundException`.
fn cluster<'a>(call: &'a Call, parsed: &Parsed, operation: &str) -> Result<&'a EcsCluster, Output> {
    let ecs = call.cluster.ecs();
    let asked = parsed.value("cluster").unwrap_or(DEFAULT_CLUSTER);
    if call.region == ecs.region() && (asked == ecs.name() || asked == ecs.cluster_arn()) {
        Ok(ecs)
    } else {
        Err(api_error(operation, &EcsError::ClusterNotFound))
    }
}

fn api_error(operation: &str, error: &EcsError) -> Output {
    usage::service_error(operation, error.code(), error.message())
}

/// An entry of a `failures` list.
fn failure(arn: &str, reason: &str) -> Value {
    Value::object([("arn", Value::str(arn)), ("reason", Value::str(reason))])
}

/// The ARN ECS reports for an ID it could not find: the one given, or the
/// long-format ARN of that ID.
fn missing_arn(ecs: &EcsCluster, kind: &str, id: &str) -> String {
    if id.starts_with("arn:") {
        id.to_owned()
    } else {
        format!("arn:aws:ecs:{}:{}:{kind}/{}/{id}", ecs.region(), ecs.account_id(), ecs.name())
    }
}

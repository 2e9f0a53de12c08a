//! Container instances: `list-container-instances`,
//! `describe-container-instances` and `update-container-instances-state`
//! (DRAINING: ECS's counterpart of `kubectl drain`).

use super::super::args::parse_operation;
use super::super::args::Param;
use super::super::{iso8601, usage, Call, OpResult, Response};
use super::{api_error, cluster, failure, missing_arn};
use crate::ecs::{ContainerInstance, EcsError, InstanceStatus};
use crate::shell::printer::value::Value;
use crate::sim::stable_ids;

pub fn list(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [Param::value("cluster"), Param::value("filter"), Param::value("status")];
    let parsed = parse_operation(&params, true, rest)?;
    if parsed.value("filter").is_some() {
        return Err(usage::not_simulated(
            "\"--filter\" (the cluster query language)",
            "\"--status DRAINING\"",
        ));
    }
    let ecs = cluster(call, &parsed, "ListContainerInstances")?;
    let status = parsed.value("status");
    let arns: Vec<Value> = ecs
        .container_instances()
        .filter(|ci| match status {
            Some(s) => ci.status.as_str() == s,
            None => ci.is_registered(),
        })
        .map(|ci| Value::str(ci.arn.clone()))
        .collect();
    Ok(Response::Api(Value::object([("containerInstanceArns", Value::Array(arns))])))
}

/// A `Resource` entry: CPU and MEMORY as integers, the port sets as strings.
fn resource(name: &str, integer: Option<u32>, strings: &[&str]) -> Value {
    let mut fields = vec![
        ("name".to_owned(), Value::str(name)),
        ("type".to_owned(), Value::str(if integer.is_some() { "INTEGER" } else { "STRINGSET" })),
        ("doubleValue".to_owned(), Value::Number("0.0".to_owned())),
        ("longValue".to_owned(), Value::Int(0)),
        ("integerValue".to_owned(), Value::Int(i64::from(integer.unwrap_or(0)))),
    ];
    if integer.is_none() {
        let set = strings.iter().map(|s| Value::str(*s)).collect();
        fields.push(("stringSetValue".to_owned(), Value::Array(set)));
    }
    Value::Object(fields)
}

/// The ports the ECS agent reserves on every instance: SSH, the Docker
/// daemon's and its own introspection ports.
const RESERVED_PORTS: [&str; 5] = ["22", "2376", "2375", "51678", "51679"];

fn resources(cpu: u32, memory: u32) -> Value {
    Value::Array(vec![
        resource("CPU", Some(cpu), &[]),
        resource("MEMORY", Some(memory), &[]),
        resource("PORTS", None, &RESERVED_PORTS),
        resource("PORTS_UDP", None, &[]),
    ])
}

/// The `ContainerInstance` shape, members in the model's order.
pub fn instance_value(ci: &ContainerInstance) -> Value {
    let mut fields: Vec<(String, Value)> = vec![
        ("containerInstanceArn".into(), Value::str(ci.arn.clone())),
        ("ec2InstanceId".into(), Value::str(ci.ec2_instance_id.clone())),
    ];
    if let Some(cp) = &ci.capacity_provider_name {
        fields.push(("capacityProviderName".into(), Value::str(cp.clone())));
    }
    let attributes = ci
        .attributes()
        .into_iter()
        .map(|(name, value)| Value::object([("name", Value::str(name)), ("value", Value::Str(value))]))
        .collect();
    fields.extend([
        ("version".into(), Value::Int(i64::try_from(ci.version).unwrap_or(i64::MAX))),
        (
            "versionInfo".into(),
            Value::object([
                ("agentVersion", Value::str(ci.agent_version)),
                ("agentHash", Value::str(stable_ids::hex(ci.agent_version, 8))),
                ("dockerVersion", Value::str(ci.docker_version)),
            ]),
        ),
        ("remainingResources".into(), resources(ci.remaining_cpu, ci.remaining_memory)),
        ("registeredResources".into(), resources(ci.registered_cpu, ci.registered_memory)),
        ("status".into(), Value::str(ci.status.as_str())),
        ("agentConnected".into(), Value::Bool(ci.agent_connected)),
        ("runningTasksCount".into(), Value::Int(i64::from(ci.running_tasks_count))),
        ("pendingTasksCount".into(), Value::Int(i64::from(ci.pending_tasks_count))),
        ("attributes".into(), Value::Array(attributes)),
        ("registeredAt".into(), iso8601(ci.registered_at)),
        ("attachments".into(), Value::Array(Vec::new())),
        ("tags".into(), Value::Array(Vec::new())),
    ]);
    Value::Object(fields)
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let params =
        [Param::value("cluster"), Param::required_list("container-instances"), Param::list("include")];
    let parsed = parse_operation(&params, false, rest)?;
    let ecs = cluster(call, &parsed, "DescribeContainerInstances")?;
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    for id in parsed.list("container-instances").unwrap_or_default() {
        match ecs.container_instance(id) {
            Some(ci) => found.push(instance_value(ci)),
            None => failures.push(failure(&missing_arn(ecs, "container-instance", id), "MISSING")),
        }
    }
    Ok(Response::Api(Value::object([
        ("containerInstances", Value::Array(found)),
        ("failures", Value::Array(failures)),
    ])))
}

pub fn update_state(call: &mut Call, rest: &[String]) -> OpResult {
    let params =
        [Param::value("cluster"), Param::required_list("container-instances"), Param::required("status")];
    let parsed = parse_operation(&params, false, rest)?;
    cluster(call, &parsed, "UpdateContainerInstancesState")?;
    let status = match parsed.value("status").unwrap_or_default() {
        "ACTIVE" => InstanceStatus::Active,
        "DRAINING" => InstanceStatus::Draining,
        _ => InstanceStatus::Inactive,
    };
    let ids: Vec<String> = parsed.list("container-instances").unwrap_or_default().to_vec();
    let ecs = call.cluster.ecs_mut();
    let result = ecs
        .update_container_instances_state(&ids, status)
        .map_err(|e: EcsError| api_error("UpdateContainerInstancesState", &e))?;
    let ecs = call.cluster.ecs();
    let updated =
        result.container_instances.iter().filter_map(|arn| ecs.container_instance(arn)).map(instance_value);
    let failures = result.failures.iter().map(|f| failure(&f.arn, &f.reason));
    Ok(Response::Api(Value::object([
        ("containerInstances", Value::Array(updated.collect())),
        ("failures", Value::Array(failures.collect())),
    ])))
}

//! Tasks: `list-tasks` and `describe-tasks`.

use super::super::args::parse_operation;
use super::super::args::Param;
use super::super::{iso8601, Call, OpResult, Response};
use super::{api_error, cluster, failure, missing_arn};
use crate::ecs::{EcsCluster, EcsError, LaunchType, Task, TaskStatus};
use crate::shell::printer::value::Value;
use crate::sim::stable_ids;
use crate::sim::Cluster;

pub fn list(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [
        Param::value("cluster"),
        Param::value("container-instance"),
        Param::value("family"),
        Param::value("started-by"),
        Param::value("service-name"),
        Param::value("desired-status"),
        Param::value("launch-type"),
    ];
    let parsed = parse_operation(&params, true, rest)?;
    let ecs = cluster(call, &parsed, "ListTasks")?;
    let service = parsed.value("service-name");
    if let Some(name) = service {
        if ecs.service(name).is_none() {
            return Err(api_error("ListTasks", &EcsError::ServiceNotFound));
        }
    }
    let group = service.map(|s| format!("service:{}", s.rsplit('/').next().unwrap_or(s)));
    let instance =
        parsed.value("container-instance").map(|ci| ecs.container_instance(ci).map(|c| c.arn.clone()));
    let desired = parsed.value("desired-status").unwrap_or("RUNNING");
    let family = parsed.value("family");
    let started_by = parsed.value("started-by");
    let launch = parsed.value("launch-type");
    let arns: Vec<Value> = ecs
        .tasks()
        .filter(|t| t.desired_status.as_str() == desired)
        .filter(|t| group.as_ref().is_none_or(|g| t.group == *g))
        .filter(|t| instance.as_ref().is_none_or(|ci| ci.is_some() && t.container_instance_arn == *ci))
        .filter(|t| family.is_none_or(|f| t.task_definition.split(':').next() == Some(f)))
        .filter(|t| started_by.is_none_or(|s| t.started_by.as_deref() == Some(s)))
        .filter(|t| launch.is_none_or(|l| t.launch_type.as_str() == l))
        .map(|t| Value::str(t.arn.clone()))
        .collect();
    Ok(Response::Api(Value::object([("taskArns", Value::Array(arns))])))
}

/// The image of the workload the task stands for, from its EKS twin.
fn image(cluster: &Cluster, family: &str) -> String {
    let from_deployment = cluster.deployments().find(|d| d.meta.name == family).map(|d| &d.template);
    let from_daemonset = || cluster.daemonsets().find(|d| d.meta.name == family).map(|d| &d.template);
    from_deployment
        .or_else(from_daemonset)
        .and_then(|t| t.spec.containers.first())
        .map_or_else(|| format!("{family}:latest"), |c| c.image.clone())
}

/// The `Task` shape, members in the model's order (alphabetical, as ECS
/// defines it), with one container named after the family.
fn task_value(t: &Task, ecs: &EcsCluster, cluster: &Cluster) -> Value {
    let family = t.task_definition.split(':').next().unwrap_or(&t.task_definition);
    let fargate = t.launch_type == LaunchType::Fargate;
    let eni = stable_ids::uuid(&format!("{}/eni", t.id));
    let mut attachments = Vec::new();
    if let Some(ip) = t.private_ipv4_address.as_ref().filter(|_| fargate) {
        let subnet = cluster.vpc().subnets.iter().find(|s| s.zone == t.availability_zone);
        let details = [
            ("subnetId", subnet.map(|s| s.id.clone()).unwrap_or_default()),
            ("networkInterfaceId", format!("eni-0{}", stable_ids::hex(&eni, 16))),
            ("privateIPv4Address", ip.clone()),
        ];
        attachments.push(Value::object([
            ("id", Value::str(eni.clone())),
            ("type", Value::str("ElasticNetworkInterface")),
            ("status", Value::str(if t.last_status == TaskStatus::Stopped { "DELETED" } else { "ATTACHED" })),
            (
                "details",
                Value::Array(
                    details
                        .into_iter()
                        .map(|(n, v)| Value::object([("name", Value::str(n)), ("value", Value::Str(v))]))
                        .collect(),
                ),
            ),
        ]));
    }
    let mut container: Vec<(String, Value)> = vec![
        (
            "containerArn".into(),
            Value::str(format!("{}/{}", t.arn.replace(":task/", ":container/"), stable_ids::uuid(&t.id))),
        ),
        ("taskArn".into(), Value::str(t.arn.clone())),
        ("name".into(), Value::str(family)),
        ("image".into(), Value::str(image(cluster, family))),
        ("lastStatus".into(), Value::str(t.last_status.as_str())),
    ];
    if let Some(ip) = t.private_ipv4_address.as_ref().filter(|_| fargate) {
        container.push((
            "networkInterfaces".into(),
            Value::Array(vec![Value::object([
                ("attachmentId", Value::str(eni.clone())),
                ("privateIpv4Address", Value::str(ip.clone())),
            ])]),
        ));
    }
    container.push(("healthStatus".into(), Value::str("UNKNOWN")));
    let mut fields: Vec<(String, Value)> = vec![
        ("attachments".into(), Value::Array(attachments)),
        (
            "attributes".into(),
            Value::Array(vec![Value::object([
                ("name", Value::str("ecs.cpu-architecture")),
                ("value", Value::str("x86_64")),
            ])]),
        ),
        ("availabilityZone".into(), Value::str(t.availability_zone.clone())),
    ];
    if let Some(cp) = &t.capacity_provider_name {
        fields.push(("capacityProviderName".into(), Value::str(cp.clone())));
    }
    fields.push(("clusterArn".into(), Value::str(ecs.cluster_arn())));
    if let Some(started) = t.started_at {
        fields.push(("connectivity".into(), Value::str("CONNECTED")));
        fields.push(("connectivityAt".into(), iso8601(started)));
    }
    if let Some(ci) = &t.container_instance_arn {
        fields.push(("containerInstanceArn".into(), Value::str(ci.clone())));
    }
    fields.extend([
        ("containers".into(), Value::Array(vec![Value::Object(container)])),
        ("cpu".into(), Value::str(t.cpu.to_string())),
        ("createdAt".into(), iso8601(t.created_at)),
        ("desiredStatus".into(), Value::str(t.desired_status.as_str())),
        ("enableExecuteCommand".into(), Value::Bool(false)),
    ]);
    if let Some(stopped) = t.stopped_at {
        fields.push(("executionStoppedAt".into(), iso8601(stopped)));
    }
    fields.extend([
        ("group".into(), Value::str(t.group.clone())),
        ("healthStatus".into(), Value::str("UNKNOWN")),
        ("lastStatus".into(), Value::str(t.last_status.as_str())),
        ("launchType".into(), Value::str(t.launch_type.as_str())),
        ("memory".into(), Value::str(t.memory.to_string())),
        (
            "overrides".into(),
            Value::object([
                ("containerOverrides", Value::Array(vec![Value::object([("name", Value::str(family))])])),
                ("inferenceAcceleratorOverrides", Value::Array(Vec::new())),
            ]),
        ),
    ]);
    if fargate {
        fields.push(("platformVersion".into(), Value::str("1.4.0")));
        fields.push(("platformFamily".into(), Value::str("Linux")));
    }
    if let Some(started) = t.started_at {
        fields.push((
            "pullStartedAt".into(),
            iso8601(t.created_at.max(started - crate::sim::Duration::from_secs(2))),
        ));
        fields.push(("pullStoppedAt".into(), iso8601(started)));
        fields.push(("startedAt".into(), iso8601(started)));
    }
    if let Some(by) = &t.started_by {
        fields.push(("startedBy".into(), Value::str(by.clone())));
    }
    if let Some(code) = t.stop_code {
        fields.push(("stopCode".into(), Value::str(code.as_str())));
    }
    if let Some(stopped) = t.stopped_at {
        fields.push(("stoppedAt".into(), iso8601(stopped)));
    }
    if let Some(reason) = &t.stopped_reason {
        fields.push(("stoppedReason".into(), Value::str(reason.clone())));
    }
    if let Some(stopping) = t.stopping_at {
        fields.push(("stoppingAt".into(), iso8601(stopping)));
    }
    fields.extend([
        ("tags".into(), Value::Array(Vec::new())),
        ("taskArn".into(), Value::str(t.arn.clone())),
        ("taskDefinitionArn".into(), Value::str(t.task_definition_arn.clone())),
        ("version".into(), Value::Int(i64::try_from(t.version).unwrap_or(i64::MAX))),
    ]);
    if fargate {
        fields.push(("ephemeralStorage".into(), Value::object([("sizeInGiB", Value::Int(20))])));
        fields.push(("fargateEphemeralStorage".into(), Value::object([("sizeInGiB", Value::Int(20))])));
    }
    Value::Object(fields)
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [Param::value("cluster"), Param::required_list("tasks"), Param::list("include")];
    let parsed = parse_operation(&params, false, rest)?;
    let ecs = cluster(call, &parsed, "DescribeTasks")?;
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    for id in parsed.list("tasks").unwrap_or_default() {
        match ecs.task(id) {
            Some(t) => found.push(task_value(t, ecs, call.cluster)),
            None => failures.push(failure(&missing_arn(ecs, "task", id), "MISSING")),
        }
    }
    Ok(Response::Api(Value::object([("tasks", Value::Array(found)), ("failures", Value::Array(failures))])))
}

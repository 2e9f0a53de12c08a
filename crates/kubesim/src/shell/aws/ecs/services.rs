//! Services: `list-services`, `describe-services` and `update-service`
//! (`--desired-count`, `--force-new-deployment`).

use super::super::args::parse_operation;
use super::super::args::Param;
use super::super::{iso8601, usage, Call, OpResult, Response};
use super::{api_error, cluster, failure, missing_arn};
use crate::ecs::{Deployment, EcsCluster, LaunchTarget, LaunchType, Service};
use crate::shell::printer::value::Value;
use crate::sim::stable_ids;
use crate::sim::Cluster;

pub fn list(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [Param::value("cluster"), Param::value("launch-type"), Param::value("scheduling-strategy")];
    let parsed = parse_operation(&params, true, rest)?;
    let ecs = cluster(call, &parsed, "ListServices")?;
    let launch = parsed.value("launch-type");
    let strategy = parsed.value("scheduling-strategy");
    let arns: Vec<Value> = ecs
        .services()
        .filter(|s| launch.is_none_or(|l| s.launch.launch_type().as_str() == l))
        .filter(|s| strategy.is_none_or(|st| s.scheduling_strategy.as_str() == st))
        .map(|s| Value::str(s.arn.clone()))
        .collect();
    Ok(Response::Api(Value::object([("serviceArns", Value::Array(arns))])))
}

fn task_definition_arn(ecs: &EcsCluster, family_revision: &str) -> String {
    ecs.task_definition(family_revision).map_or_else(
        || format!("arn:aws:ecs:{}:{}:task-definition/{family_revision}", ecs.region(), ecs.account_id()),
        |d| d.arn.clone(),
    )
}

/// Where a Fargate service's tasks get their ENIs: the cluster's subnets,
/// with the VPC's default security group.
fn awsvpc(cluster: &Cluster) -> Value {
    let vpc = cluster.vpc();
    let subnets = vpc.subnets.iter().map(|s| Value::str(s.id.clone())).collect();
    Value::object([(
        "awsvpcConfiguration",
        Value::object([
            ("subnets", Value::Array(subnets)),
            (
                "securityGroups",
                Value::Array(vec![Value::str(format!("sg-0{}", stable_ids::hex(&vpc.id, 16)))]),
            ),
            ("assignPublicIp", Value::str("DISABLED")),
        ]),
    )])
}

/// `launchType` or `capacityProviderStrategy`, and what Fargate adds.
fn placement(service: &Service) -> Vec<(String, Value)> {
    let mut fields = Vec::new();
    match &service.launch {
        LaunchTarget::LaunchType(t) => fields.push(("launchType".to_owned(), Value::str(t.as_str()))),
        LaunchTarget::CapacityProvider(p) => fields.push((
            "capacityProviderStrategy".to_owned(),
            Value::Array(vec![Value::object([
                ("capacityProvider", Value::str(p.clone())),
                ("weight", Value::Int(1)),
                ("base", Value::Int(0)),
            ])]),
        )),
    }
    if service.launch.launch_type() == LaunchType::Fargate {
        fields.push(("platformVersion".to_owned(), Value::str("1.4.0")));
        fields.push(("platformFamily".to_owned(), Value::str("Linux")));
    }
    fields
}

fn deployment_value(d: &Deployment, service: &Service, ecs: &EcsCluster, cluster: &Cluster) -> Value {
    let mut fields: Vec<(String, Value)> = vec![
        ("id".into(), Value::str(d.id.clone())),
        ("status".into(), Value::str(d.status.as_str())),
        ("taskDefinition".into(), Value::str(task_definition_arn(ecs, &d.task_definition))),
        ("desiredCount".into(), Value::Int(i64::from(d.desired_count))),
        ("pendingCount".into(), Value::Int(i64::from(d.pending_count))),
        ("runningCount".into(), Value::Int(i64::from(d.running_count))),
        ("failedTasks".into(), Value::Int(0)),
        ("createdAt".into(), iso8601(d.created_at)),
        ("updatedAt".into(), iso8601(d.updated_at)),
    ];
    fields.extend(placement(service));
    if service.launch.launch_type() == LaunchType::Fargate {
        fields.push(("networkConfiguration".into(), awsvpc(cluster)));
    }
    fields.push(("rolloutState".into(), Value::str(d.rollout_state.as_str())));
    fields.push(("rolloutStateReason".into(), Value::str(d.rollout_state_reason())));
    Value::Object(fields)
}

/// The `Service` shape, members in the model's order.
fn service_value(s: &Service, ecs: &EcsCluster, cluster: &Cluster) -> Value {
    let empty = || Value::Array(Vec::new());
    let mut fields: Vec<(String, Value)> = vec![
        ("serviceArn".into(), Value::str(s.arn.clone())),
        ("serviceName".into(), Value::str(s.name.clone())),
        ("clusterArn".into(), Value::str(ecs.cluster_arn())),
        ("loadBalancers".into(), empty()),
        ("serviceRegistries".into(), empty()),
        ("status".into(), Value::str("ACTIVE")),
        ("desiredCount".into(), Value::Int(i64::from(s.desired_count))),
        ("runningCount".into(), Value::Int(i64::from(s.running_count))),
        ("pendingCount".into(), Value::Int(i64::from(s.pending_count))),
    ];
    fields.extend(placement(s));
    let config = s.deployment_configuration;
    let events = s
        .events
        .iter()
        .map(|e| {
            Value::object([
                ("id", Value::str(e.id.clone())),
                ("createdAt", iso8601(e.created_at)),
                ("message", Value::str(e.message.clone())),
            ])
        })
        .collect();
    fields.extend([
        ("taskDefinition".into(), Value::str(task_definition_arn(ecs, &s.task_definition))),
        (
            "deploymentConfiguration".into(),
            Value::object([
                (
                    "deploymentCircuitBreaker",
                    Value::object([("enable", Value::Bool(false)), ("rollback", Value::Bool(false))]),
                ),
                ("maximumPercent", Value::Int(i64::from(config.maximum_percent))),
                ("minimumHealthyPercent", Value::Int(i64::from(config.minimum_healthy_percent))),
            ]),
        ),
        (
            "deployments".into(),
            Value::Array(s.deployments.iter().map(|d| deployment_value(d, s, ecs, cluster)).collect()),
        ),
        ("events".into(), Value::Array(events)),
        ("createdAt".into(), iso8601(s.created_at)),
        ("placementConstraints".into(), empty()),
        ("placementStrategy".into(), empty()),
    ]);
    if s.launch.launch_type() == LaunchType::Fargate {
        fields.push(("networkConfiguration".into(), awsvpc(cluster)));
    }
    fields.extend([
        ("schedulingStrategy".into(), Value::str(s.scheduling_strategy.as_str())),
        ("deploymentController".into(), Value::object([("type", Value::str("ECS"))])),
        ("createdBy".into(), Value::str(format!("arn:aws:iam::{}:root", ecs.account_id()))),
        ("enableECSManagedTags".into(), Value::Bool(false)),
        ("propagateTags".into(), Value::str("NONE")),
        ("enableExecuteCommand".into(), Value::Bool(false)),
        ("availabilityZoneRebalancing".into(), Value::str("DISABLED")),
    ]);
    Value::Object(fields)
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [Param::value("cluster"), Param::required_list("services"), Param::list("include")];
    let parsed = parse_operation(&params, false, rest)?;
    let ecs = cluster(call, &parsed, "DescribeServices")?;
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    for name in parsed.list("services").unwrap_or_default() {
        match ecs.service(name) {
            Some(s) => found.push(service_value(s, ecs, call.cluster)),
            None => failures.push(failure(&missing_arn(ecs, "service", name), "MISSING")),
        }
    }
    Ok(Response::Api(Value::object([
        ("services", Value::Array(found)),
        ("failures", Value::Array(failures)),
    ])))
}

pub fn update(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [
        Param::value("cluster"),
        Param::required("service"),
        Param::value("desired-count"),
        Param::value("task-definition"),
        Param::value("capacity-provider-strategy"),
        Param::value("deployment-configuration"),
        Param::value("network-configuration"),
        Param::value("platform-version"),
        Param::boolean("force-new-deployment"),
        Param::value("health-check-grace-period-seconds"),
    ];
    let parsed = parse_operation(&params, false, rest)?;
    let unsimulated = [
        "task-definition",
        "capacity-provider-strategy",
        "deployment-configuration",
        "network-configuration",
        "platform-version",
        "health-check-grace-period-seconds",
    ];
    if let Some(other) = parsed.first_given(&unsimulated) {
        return Err(usage::not_simulated(
            &format!("\"aws ecs update-service --{other}\""),
            "\"--desired-count\" or \"--force-new-deployment\"",
        ));
    }
    let desired = match parsed.value("desired-count") {
        None => None,
        Some(text) => {
            let trimmed = text.trim();
            match trimmed.strip_prefix('+').unwrap_or(trimmed).parse::<i64>() {
                Ok(n) if n >= 0 => Some(u32::try_from(n).unwrap_or(u32::MAX)),
                Ok(_) => return Err(usage::not_simulated("a negative \"--desired-count\"", "0 or more")),
                Err(_) => {
                    return Err(usage::general_error(&format!(
                        "invalid literal for int() with base 10: {}",
                        usage::python_repr(text)
                    )))
                }
            }
        }
    };
    cluster(call, &parsed, "UpdateService")?;
    let name = parsed.value("service").unwrap_or_default().to_owned();
    let force = parsed.flag("force-new-deployment").unwrap_or(false);
    call.cluster
        .ecs_mut()
        .update_service(&name, desired, force)
        .map_err(|e| api_error("UpdateService", &e))?;
    let ecs = call.cluster.ecs();
    let service = ecs.service(&name).map(|s| service_value(s, ecs, call.cluster)).unwrap_or(Value::Null);
    Ok(Response::Api(Value::object([("service", service)])))
}

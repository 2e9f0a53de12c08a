//! Tab after `aws`: the services and operations the shell simulates, their
//! options (as the AWS CLI v2 names them) and values from the live world.
//!
//! Keep `OPERATIONS` in step with `shell/aws/`: an operation listed here
//! should be one that `aws` runs.

use crate::sim::Cluster;

struct Operation {
    service: &'static str,
    name: &'static str,
    options: &'static [&'static str],
}

const fn op(service: &'static str, name: &'static str, options: &'static [&'static str]) -> Operation {
    Operation { service, name, options }
}

const OPERATIONS: &[Operation] = &[
    op(
        "eks",
        "update-kubeconfig",
        &["alias", "dry-run", "kubeconfig", "name", "role-arn", "user-alias", "verbose"],
    ),
    op("eks", "list-clusters", &[]),
    op("eks", "describe-cluster", &["name"]),
    op("eks", "list-nodegroups", &["cluster-name"]),
    op("eks", "describe-nodegroup", &["cluster-name", "nodegroup-name"]),
    op(
        "eks",
        "update-nodegroup-config",
        &["cluster-name", "labels", "nodegroup-name", "scaling-config", "taints", "update-config"],
    ),
    op(
        "eks",
        "update-nodegroup-version",
        &["cluster-name", "force", "kubernetes-version", "no-force", "nodegroup-name", "release-version"],
    ),
    op("eks", "list-fargate-profiles", &["cluster-name"]),
    op("ec2", "describe-instances", &["dry-run", "filters", "instance-ids", "no-dry-run"]),
    op("autoscaling", "describe-auto-scaling-groups", &["auto-scaling-group-names", "filters"]),
    op("sts", "get-caller-identity", &[]),
    op("ecs", "list-container-instances", &["cluster", "filter", "status"]),
    op("ecs", "describe-container-instances", &["cluster", "container-instances"]),
    op("ecs", "update-container-instances-state", &["cluster", "container-instances", "status"]),
    op("ecs", "describe-services", &["cluster", "services"]),
    op(
        "ecs",
        "update-service",
        &["cluster", "deployment-configuration", "desired-count", "force-new-deployment", "service"],
    ),
    op(
        "ecs",
        "list-tasks",
        &["cluster", "container-instance", "desired-status", "family", "launch-type", "service-name"],
    ),
];

/// Options every operation takes.
const GLOBAL_OPTIONS: &[&str] = &["output", "region"];

/// Options that take no value.
const SWITCHES: &[&str] = &[
    "dry-run",
    "no-dry-run",
    "verbose",
    "force",
    "no-force",
    "force-new-deployment",
    "no-force-new-deployment",
];

/// Options whose value is a list of words.
const LISTS: &[&str] =
    &["services", "container-instances", "instance-ids", "auto-scaling-group-names", "filters"];

/// The services `aws` simulates, in name order.
const SERVICES: &[&str] = &["autoscaling", "ec2", "ecs", "eks", "sts"];

/// How `describe-instances` filters usually start, for Tab after `--filters`.
const EC2_FILTERS: &[&str] = &[
    "Name=availability-zone,Values=",
    "Name=instance-id,Values=",
    "Name=instance-state-name,Values=",
    "Name=instance-type,Values=",
    "Name=private-dns-name,Values=",
    "Name=private-ip-address,Values=",
    "Name=subnet-id,Values=",
    "Name=tag-key,Values=",
    "Name=tag:eks:nodegroup-name,Values=",
    "Name=vpc-id,Values=",
];

/// And `describe-auto-scaling-groups` filters.
const ASG_FILTERS: &[&str] =
    &["Name=tag-key,Values=", "Name=tag-value,Values=", "Name=tag:eks:nodegroup-name,Values="];

/// Candidates for the word being typed after `aws ARGS…`.
pub(super) fn candidates(cluster: &Cluster, args: &[String], current: &str) -> Vec<String> {
    let mut commands = Vec::new();
    // The option whose value(s) the next word is, and whether it takes more.
    let mut open: Option<&str> = None;
    let mut given = Vec::new();
    for word in args {
        if let Some(body) = word.strip_prefix("--") {
            let name = body.split_once('=').map_or(body, |(n, _)| n);
            given.push(name);
            open = (!body.contains('=') && !SWITCHES.contains(&name)).then_some(name);
        } else if let Some(option) = open {
            open = LISTS.contains(&option).then_some(option);
        } else {
            commands.push(word.as_str());
        }
    }
    let service = commands.first().copied();
    if let Some((name, _)) = current.strip_prefix("--").and_then(|body| body.split_once('=')) {
        return values(cluster, service, name).into_iter().map(|v| format!("--{name}={v}")).collect();
    }
    if current.starts_with('-') {
        let operation = match commands.as_slice() {
            [service, name, ..] => OPERATIONS.iter().find(|o| o.service == *service && o.name == *name),
            _ => None,
        };
        return operation
            .map_or(&[][..], |o| o.options)
            .iter()
            .chain(GLOBAL_OPTIONS)
            .filter(|option| !given.contains(option))
            .map(|option| format!("--{option}"))
            .collect();
    }
    if let Some(option) = open {
        return values(cluster, service, option);
    }
    match commands.as_slice() {
        [] => SERVICES.iter().map(|s| (*s).to_owned()).collect(),
        [service] => OPERATIONS.iter().filter(|o| o.service == *service).map(|o| o.name.to_owned()).collect(),
        _ => Vec::new(),
    }
}

/// What an option's value may be, from the simulated world where it names
/// something in it.
fn values(cluster: &Cluster, service: Option<&str>, option: &str) -> Vec<String> {
    let fixed = |values: &[&str]| values.iter().map(|v| (*v).to_owned()).collect();
    match option {
        "instance-ids" => {
            let mut ids: Vec<String> = cluster
                .instances()
                .map(|i| i.id.clone())
                .chain(cluster.terminated_instances().map(|t| t.instance.id.clone()))
                .collect();
            ids.sort();
            ids
        }
        "auto-scaling-group-names" => cluster.nodegroups().map(|g| g.auto_scaling_group.clone()).collect(),
        "filters" if service == Some("autoscaling") => fixed(ASG_FILTERS),
        "filters" => fixed(EC2_FILTERS),
        "name" | "cluster-name" => vec![cluster.name.clone()],
        "nodegroup-name" => cluster.nodegroups().map(|g| g.name.clone()).collect(),
        "cluster" => vec![cluster.ecs().name().to_owned()],
        "service" | "services" | "service-name" => cluster.ecs().services().map(|s| s.name.clone()).collect(),
        "container-instances" | "container-instance" => cluster
            .ecs()
            .container_instances()
            .filter(|instance| instance.is_registered())
            .map(|instance| instance.id.clone())
            .collect(),
        "region" => vec![cluster.region.clone()],
        "status" => fixed(&["ACTIVE", "DRAINING"]),
        "desired-status" => fixed(&["PENDING", "RUNNING", "STOPPED"]),
        "launch-type" => fixed(&["EC2", "EXTERNAL", "FARGATE"]),
        "output" => fixed(&["json", "table", "text", "yaml", "yaml-stream"]),
        _ => Vec::new(),
    }
}

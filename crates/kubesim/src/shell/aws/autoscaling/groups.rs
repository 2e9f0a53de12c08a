//! `aws autoscaling describe-auto-scaling-groups`: the group behind each
//! managed node group, as EKS creates it (a mixed instances policy over
//! its launch template, EC2 health checks, capacity rebalancing, the
//! node group's tags propagated to instances), sized as the node group is
//! and listing the instances still in it with their lifecycle states.
//! Members follow botocore's autoscaling 2011-01-01 model as the CLI
//! 2.27.34 carries it.

use super::super::args::{parse_operation, Param};
use super::super::filters::{self, Filter};
use super::super::{iso8601, usage, Call, OpResult, Response};
use crate::shell::printer::value::Value;
use crate::sim::nodegroup::NodeGroup;
use crate::sim::Cluster;

/// The filter names `DescribeAutoScalingGroups` takes.
fn is_filter_name(name: &str) -> bool {
    name == "tag-key" || name == "tag-value" || name.starts_with("tag:")
}

/// The tags EKS puts on the group, sorted by key, each propagated to the
/// instances it launches.
fn tags(cluster: &Cluster, g: &NodeGroup) -> Vec<(String, String)> {
    let c = &cluster.name;
    vec![
        ("eks:cluster-name".to_owned(), c.clone()),
        ("eks:nodegroup-name".to_owned(), g.name.clone()),
        ("k8s.io/cluster-autoscaler/enabled".to_owned(), "true".to_owned()),
        (format!("k8s.io/cluster-autoscaler/{c}"), "owned".to_owned()),
        (format!("kubernetes.io/cluster/{c}"), "owned".to_owned()),
    ]
}

/// A group passes a filter when one of its tags does.
fn passes(filter: &Filter, tags: &[(String, String)]) -> bool {
    tags.iter().any(|(k, v)| {
        let field = match filter.name.strip_prefix("tag:") {
            Some(key) if key == k => v,
            Some(_) => return false,
            None if filter.name == "tag-key" => k,
            None => v,
        };
        filter.values.iter().any(|value| value == field)
    })
}

fn launch_template(g: &NodeGroup, version: u32) -> Value {
    Value::object([
        ("LaunchTemplateId", Value::str(g.launch_template_id())),
        ("LaunchTemplateName", Value::str(g.launch_template_name())),
        ("Version", Value::str(version.to_string())),
    ])
}

/// `InstancesDistribution`: On-Demand only, or Spot by EKS's
/// capacity-optimized strategy.
fn distribution(g: &NodeGroup) -> Value {
    if g.template.capacity_type == "SPOT" {
        return Value::object([
            ("OnDemandAllocationStrategy", Value::str("prioritized")),
            ("OnDemandBaseCapacity", Value::Int(0)),
            ("OnDemandPercentageAboveBaseCapacity", Value::Int(0)),
            ("SpotAllocationStrategy", Value::str("capacity-optimized")),
        ]);
    }
    Value::object([
        ("OnDemandAllocationStrategy", Value::str("prioritized")),
        ("OnDemandBaseCapacity", Value::Int(0)),
        ("OnDemandPercentageAboveBaseCapacity", Value::Int(100)),
        ("SpotAllocationStrategy", Value::str("lowest-price")),
        ("SpotInstancePools", Value::Int(2)),
    ])
}

/// The `AutoScalingGroup` shape.
fn group_value(cluster: &Cluster, g: &NodeGroup) -> Value {
    let now = cluster.now();
    let account = &cluster.control_plane.account_id;
    let mut members: Vec<_> = cluster.instances().filter(|i| i.nodegroup == g.name).collect();
    members.sort_by(|a, b| a.id.cmp(&b.id));
    let instances: Vec<Value> = members
        .into_iter()
        .map(|i| {
            Value::object([
                ("InstanceId", Value::str(i.id.clone())),
                ("InstanceType", Value::str(g.template.instance_type.name)),
                ("AvailabilityZone", Value::str(i.zone.clone())),
                ("LifecycleState", Value::str(i.lifecycle_state(now))),
                ("HealthStatus", Value::str("Healthy")),
                ("LaunchTemplate", launch_template(g, i.launch_template_version)),
                ("ProtectedFromScaleIn", Value::Bool(false)),
            ])
        })
        .collect();
    let mut zones = g.zones.clone();
    zones.sort();
    let subnets: Vec<String> = g
        .zones
        .iter()
        .filter_map(|z| cluster.vpc().subnets.iter().find(|s| s.zone == *z))
        .map(|s| s.id.clone())
        .collect();
    let tags: Vec<Value> = tags(cluster, g)
        .into_iter()
        .map(|(k, v)| {
            Value::object([
                ("ResourceId", Value::str(g.auto_scaling_group.clone())),
                ("ResourceType", Value::str("auto-scaling-group")),
                ("Key", Value::Str(k)),
                ("Value", Value::Str(v)),
                ("PropagateAtLaunch", Value::Bool(true)),
            ])
        })
        .collect();
    let empty = || Value::Array(Vec::new());
    Value::object([
        ("AutoScalingGroupName", Value::str(g.auto_scaling_group.clone())),
        (
            "AutoScalingGroupARN",
            Value::str(format!(
                "arn:aws:autoscaling:{}:{account}:autoScalingGroup:{}:autoScalingGroupName/{}",
                cluster.region,
                g.auto_scaling_group_id(),
                g.auto_scaling_group
            )),
        ),
        (
            "MixedInstancesPolicy",
            Value::object([
                (
                    "LaunchTemplate",
                    Value::object([
                        ("LaunchTemplateSpecification", launch_template(g, g.launch_template_version)),
                        (
                            "Overrides",
                            Value::Array(vec![Value::object([(
                                "InstanceType",
                                Value::str(g.template.instance_type.name),
                            )])]),
                        ),
                    ]),
                ),
                ("InstancesDistribution", distribution(g)),
            ]),
        ),
        ("MinSize", Value::Int(i64::from(g.min))),
        ("MaxSize", Value::Int(i64::from(g.max))),
        ("DesiredCapacity", Value::Int(i64::from(g.desired))),
        ("DefaultCooldown", Value::Int(300)),
        ("AvailabilityZones", Value::Array(zones.into_iter().map(Value::Str).collect())),
        ("LoadBalancerNames", empty()),
        ("TargetGroupARNs", empty()),
        ("HealthCheckType", Value::str("EC2")),
        ("HealthCheckGracePeriod", Value::Int(15)),
        ("Instances", Value::Array(instances)),
        ("CreatedTime", iso8601(g.created)),
        ("SuspendedProcesses", empty()),
        ("VPCZoneIdentifier", Value::str(subnets.join(","))),
        ("EnabledMetrics", empty()),
        ("Tags", Value::Array(tags)),
        (
            "TerminationPolicies",
            Value::Array(
                ["AllocationStrategy", "OldestInstance", "OldestLaunchTemplate"].into_iter().map(Value::str).collect(),
            ),
        ),
        ("NewInstancesProtectedFromScaleIn", Value::Bool(false)),
        (
            "ServiceLinkedRoleARN",
            Value::str(format!(
                "arn:aws:iam::{account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
            )),
        ),
        ("CapacityRebalance", Value::Bool(true)),
        ("TrafficSources", empty()),
        (
            "AvailabilityZoneDistribution",
            Value::object([("CapacityDistributionStrategy", Value::str("balanced-best-effort"))]),
        ),
        (
            "CapacityReservationSpecification",
            Value::object([("CapacityReservationPreference", Value::str("default"))]),
        ),
    ])
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let params =
        [Param::list("auto-scaling-group-names"), Param::value("max-records"), Param::list("filters")];
    let parsed = parse_operation(&params, true, rest)?;
    if parsed.value("max-records").is_some() {
        return Err(usage::not_simulated("\"--max-records\"", "the command without it"));
    }
    let filters: Vec<Filter> = match parsed.list("filters") {
        Some(args) => filters::parse(args)?,
        None => Vec::new(),
    };
    if let Some(f) = filters.iter().find(|f| !is_filter_name(&f.name)) {
        return Err(usage::not_simulated(
            &format!("the Auto Scaling filter \"{}\"", f.name),
            "\"Name=tag:eks:nodegroup-name,Values=NAME\", \"tag-key\" or \"tag-value\"",
        ));
    }
    let names = parsed.list("auto-scaling-group-names").unwrap_or_default();
    let cluster = &*call.cluster;
    let mut groups: Vec<&NodeGroup> =
        if call.region == cluster.region { cluster.nodegroups().collect() } else { Vec::new() };
    groups.sort_by(|a, b| a.auto_scaling_group.cmp(&b.auto_scaling_group));
    let values: Vec<Value> = groups
        .into_iter()
        .filter(|g| names.is_empty() || names.contains(&g.auto_scaling_group))
        .filter(|g| {
            let tags = tags(cluster, g);
            filters.iter().all(|f| passes(f, &tags))
        })
        .map(|g| group_value(cluster, g))
        .collect();
    Ok(Response::Api(Value::object([("AutoScalingGroups", Value::Array(values))])))
}

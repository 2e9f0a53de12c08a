//! Managed node groups: `list-nodegroups`, `describe-nodegroup`,
//! `update-nodegroup-config --scaling-config` and `update-nodegroup-version`,
//! the last two acting on the engine, whose node group controller then
//! launches, drains and terminates instances as EKS does.

use super::super::args::parse_operation;
use super::super::args::Param;
use super::super::session::ConfigUpdate;
use super::super::shorthand::{self, Shorthand};
use super::super::{iso8601, usage, Call, OpResult, Response};
use super::{is_here, no_cluster, required};
use crate::shell::printer::value::Value;
use crate::shell::Output;
use crate::sim::nodegroup::{NodeGroup, NodeGroupError};
use crate::sim::taint::TaintEffect;

/// When no release is asked for, the group gets the newest EKS-optimized
/// AMI the simulated world knows for the control plane's version: this
/// build date after the Kubernetes patch version.
const AMI_BUILD_DATE: &str = "20241024";

pub fn list(call: &mut Call, rest: &[String]) -> OpResult {
    let parsed = parse_operation(&[Param::required("cluster-name")], true, rest)?;
    let name = required(&parsed, "cluster-name");
    if !is_here(call, name) {
        return Err(no_cluster("ListNodegroups", name));
    }
    let names: Vec<Value> = call.cluster.nodegroups().map(|g| Value::str(g.name.clone())).collect();
    Ok(Response::Api(Value::object([("nodegroups", Value::Array(names))])))
}

/// Finds the node group, or answers as EKS does for `operation`.
fn find<'a>(
    call: &'a Call,
    operation: &str,
    cluster: &str,
    nodegroup: &str,
) -> Result<&'a NodeGroup, Output> {
    if !is_here(call, cluster) {
        return Err(no_cluster(operation, cluster));
    }
    call.cluster.nodegroup(nodegroup).ok_or_else(|| no_nodegroup(operation, nodegroup))
}

fn no_nodegroup(operation: &str, name: &str) -> Output {
    usage::service_error(
        operation,
        "ResourceNotFoundException",
        &format!("No node group found for name: {name}."),
    )
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let parsed =
        parse_operation(&[Param::required("cluster-name"), Param::required("nodegroup-name")], false, rest)?;
    let group = find(
        call,
        "DescribeNodegroup",
        required(&parsed, "cluster-name"),
        required(&parsed, "nodegroup-name"),
    )?;
    Ok(Response::Api(Value::object([("nodegroup", nodegroup_value(call, group))])))
}

/// EKS's spelling of a taint effect.
fn effect_name(effect: TaintEffect) -> &'static str {
    match effect {
        TaintEffect::NoSchedule => "NO_SCHEDULE",
        TaintEffect::PreferNoSchedule => "PREFER_NO_SCHEDULE",
        TaintEffect::NoExecute => "NO_EXECUTE",
    }
}

/// The AMI family, read from the OS image the nodes report.
fn ami_type(os_image: &str) -> &'static str {
    if os_image.starts_with("Amazon Linux 2023") {
        "AL2023_x86_64_STANDARD"
    } else if os_image.starts_with("Bottlerocket") {
        "BOTTLEROCKET_x86_64"
    } else {
        "AL2_x86_64"
    }
}

/// The `Nodegroup` shape, members in the model's order.
fn nodegroup_value(call: &Call, g: &NodeGroup) -> Value {
    let c = &*call.cluster;
    let uuid = g.resource_uuid();
    let subnets: Vec<Value> = g
        .zones
        .iter()
        .filter_map(|z| c.vpc().subnets.iter().find(|s| s.zone == *z))
        .map(|s| Value::str(s.id.clone()))
        .collect();
    let labels: Vec<(String, Value)> =
        g.template.labels.iter().map(|(k, v)| (k.clone(), Value::str(v.clone()))).collect();
    let mut fields: Vec<(String, Value)> = vec![
        ("nodegroupName".into(), Value::str(g.name.clone())),
        ("nodegroupArn".into(), Value::str(c.eks_arn(&format!("nodegroup/{}/{}/{uuid}", c.name, g.name)))),
        ("clusterName".into(), Value::str(c.name.clone())),
        ("version".into(), Value::str(g.version.clone())),
        ("releaseVersion".into(), Value::str(g.release_version.clone())),
        ("createdAt".into(), iso8601(g.created)),
        ("modifiedAt".into(), iso8601(g.modified)),
        ("status".into(), Value::str(g.status.as_str())),
        ("capacityType".into(), Value::str(g.template.capacity_type.clone())),
        (
            "scalingConfig".into(),
            Value::object([
                ("minSize", Value::Int(i64::from(g.min))),
                ("maxSize", Value::Int(i64::from(g.max))),
                ("desiredSize", Value::Int(i64::from(g.desired))),
            ]),
        ),
        ("instanceTypes".into(), Value::Array(vec![Value::str(g.template.instance_type.name)])),
        ("subnets".into(), Value::Array(subnets)),
        ("amiType".into(), Value::str(ami_type(&g.template.os_image))),
        (
            "nodeRole".into(),
            Value::str(format!("arn:aws:iam::{}:role/AmazonEKSNodeRole", c.control_plane.account_id)),
        ),
        ("labels".into(), Value::Object(labels)),
    ];
    if !g.template.taints.is_empty() {
        let taints = g
            .template
            .taints
            .iter()
            .map(|t| {
                Value::object([
                    ("key", Value::str(t.key.clone())),
                    ("value", Value::str(t.value.clone())),
                    ("effect", Value::str(effect_name(t.effect))),
                ])
            })
            .collect();
        fields.push(("taints".into(), Value::Array(taints)));
    }
    fields.extend([
        (
            "resources".into(),
            Value::object([(
                "autoScalingGroups",
                Value::Array(vec![Value::object([("name", Value::str(g.auto_scaling_group.clone()))])]),
            )]),
        ),
        ("diskSize".into(), Value::Int(20)),
        ("health".into(), Value::object([("issues", Value::Array(Vec::new()))])),
        (
            "updateConfig".into(),
            Value::object([("maxUnavailable", Value::Int(i64::from(g.max_unavailable)))]),
        ),
        ("tags".into(), Value::object::<&str>([])),
    ]);
    Value::Object(fields)
}

/// The `Update` shape of a call just accepted.
pub fn update_value(
    id: &str,
    status: &str,
    kind: &str,
    params: &[(&str, String)],
    created: Value,
    errors: Value,
) -> Value {
    let params: Vec<Value> = params
        .iter()
        .map(|(t, v)| Value::object([("type", Value::str(*t)), ("value", Value::str(v.clone()))]))
        .collect();
    Value::object([("update", {
        Value::object([
            ("id", Value::str(id)),
            ("status", Value::str(status)),
            ("type", Value::str(kind)),
            ("params", Value::Array(params)),
            ("createdAt", created),
            ("errors", errors),
        ])
    })])
}

fn engine_error(operation: &str, error: NodeGroupError) -> Output {
    match error {
        NodeGroupError::NotFound(name) => no_nodegroup(operation, &name),
        NodeGroupError::InvalidParameter(m) => {
            usage::service_error(operation, "InvalidParameterException", &m)
        }
        NodeGroupError::InUse(m) => usage::service_error(operation, "ResourceInUseException", &m),
    }
}

/// Python's `int()` on a string: surrounding space and a sign allowed.
fn python_int(text: &str) -> Option<i64> {
    let t = text.trim();
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.strip_prefix('+').unwrap_or(t).parse().ok()
}

/// `--scaling-config` as the CLI turns it into `scalingConfig`: shorthand
/// parsed, members converted with `int()` (a Python error if that fails),
/// then botocore's validation of unknown keys and minimums.
fn scaling_config(text: &str) -> Result<[Option<i64>; 3], Output> {
    const MEMBERS: [(&str, i64); 3] = [("minSize", 0), ("maxSize", 1), ("desiredSize", 0)];
    if text.trim_start().starts_with(['{', '[']) {
        return Err(usage::not_simulated(
            "JSON for \"--scaling-config\"",
            "the shorthand \"minSize=1,maxSize=6,desiredSize=4\"",
        ));
    }
    let pairs = shorthand::parse(text)
        .map_err(|e| usage::param_error(&format!("Error parsing parameter '--scaling-config': {}", e.0)))?;
    let mut values = [None; 3];
    for (slot, (member, _)) in values.iter_mut().zip(MEMBERS) {
        let Some((_, v)) = pairs.iter().find(|(k, _)| k == member) else { continue };
        *slot = Some(match v {
            Shorthand::Str(s) => python_int(s).ok_or_else(|| {
                usage::general_error(&format!(
                    "invalid literal for int() with base 10: {}",
                    usage::python_repr(s)
                ))
            })?,
            Shorthand::List(_) | Shorthand::Map(_) => {
                let kind = if matches!(v, Shorthand::List(_)) { "list" } else { "dict" };
                return Err(usage::general_error(&format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{kind}'"
                )));
            }
        });
    }
    let mut problems = Vec::new();
    for (key, _) in &pairs {
        if !MEMBERS.iter().any(|(m, _)| m == key) {
            problems.push(format!(
                "Unknown parameter in scalingConfig: \"{key}\", must be one of: minSize, maxSize, desiredSize"
            ));
        }
    }
    for (key, _) in &pairs {
        let Some(((member, min), value)) = MEMBERS.iter().zip(values).find(|((m, _), _)| m == key) else {
            continue;
        };
        if let Some(v) = value.filter(|v| v < min) {
            problems.push(format!(
                "Invalid value for parameter scalingConfig.{member}, value: {v}, valid min value: {min}"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(usage::param_error(&format!("Parameter validation failed:\n{}", problems.join("\n"))));
    }
    Ok(values)
}

pub fn update_config(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [
        Param::required("cluster-name"),
        Param::required("nodegroup-name"),
        Param::value("labels"),
        Param::value("taints"),
        Param::value("scaling-config"),
        Param::value("update-config"),
        Param::value("node-repair-config"),
        Param::value("client-request-token"),
    ];
    let parsed = parse_operation(&params, false, rest)?;
    if let Some(other) = parsed.first_given(&["labels", "taints", "update-config", "node-repair-config"]) {
        return Err(usage::not_simulated(
            &format!("\"aws eks update-nodegroup-config --{other}\""),
            "\"--scaling-config minSize=1,maxSize=6,desiredSize=4\"",
        ));
    }
    let Some(text) = parsed.value("scaling-config") else {
        return Err(usage::not_simulated(
            "\"aws eks update-nodegroup-config\" without \"--scaling-config\"",
            "\"--scaling-config minSize=1,maxSize=6,desiredSize=4\"",
        ));
    };
    let [min, max, desired] = scaling_config(text)?;
    let (cluster, nodegroup) = (required(&parsed, "cluster-name"), required(&parsed, "nodegroup-name"));
    find(call, "UpdateNodegroupConfig", cluster, nodegroup)?;
    // Sizes past u32 cannot be honoured by any group: EKS's own maximums
    // refuse them, as the engine does for anything over maxSize.
    let size = |v: Option<i64>| v.map(|n| u32::try_from(n).unwrap_or(u32::MAX));
    call.cluster
        .update_nodegroup_scaling(nodegroup, size(min), size(max), size(desired))
        .map_err(|e| engine_error("UpdateNodegroupConfig", e))?;
    let id = call.cluster.new_uid().to_string();
    let given: Vec<(&'static str, String)> = [("MinSize", min), ("MaxSize", max), ("DesiredSize", desired)]
        .into_iter()
        .filter_map(|(t, v)| v.map(|v| (t, v.to_string())))
        .collect();
    let now = call.cluster.now();
    let value =
        update_value(&id, "InProgress", "ConfigUpdate", &given, iso8601(now), Value::Array(Vec::new()));
    call.session.record_config_update(ConfigUpdate {
        id,
        nodegroup: nodegroup.to_owned(),
        created: now,
        params: given,
    });
    Ok(Response::Api(value))
}

pub fn update_version(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [
        Param::required("cluster-name"),
        Param::required("nodegroup-name"),
        Param::value("kubernetes-version"),
        Param::value("release-version"),
        Param::value("launch-template"),
        Param::boolean("force"),
        Param::value("client-request-token"),
    ];
    let parsed = parse_operation(&params, false, rest)?;
    if parsed.value("launch-template").is_some() {
        return Err(usage::not_simulated(
            "\"aws eks update-nodegroup-version --launch-template\"",
            "\"aws eks update-nodegroup-version --cluster-name kubelab --nodegroup-name ng-general\"",
        ));
    }
    let (cluster, nodegroup) = (required(&parsed, "cluster-name"), required(&parsed, "nodegroup-name"));
    find(call, "UpdateNodegroupVersion", cluster, nodegroup)?;
    let cp = &call.cluster.control_plane;
    let target = parsed.value("kubernetes-version").unwrap_or(&cp.version).to_owned();
    // The kubelet and AMI of the control plane's own patch release.
    let server = cp.server_version.trim_start_matches('v');
    let (patch, build) = server.split_once('-').unwrap_or((server, "eks-a737599"));
    let patch =
        if patch.starts_with(&format!("{target}.")) { patch.to_owned() } else { format!("{target}.0") };
    let kubelet = format!("v{patch}-{build}");
    let release =
        parsed.value("release-version").map_or_else(|| format!("{patch}-{AMI_BUILD_DATE}"), str::to_owned);
    if !release.starts_with(&format!("{target}.")) {
        return Err(usage::service_error(
            "UpdateNodegroupVersion",
            "InvalidParameterException",
            &format!("Requested release version {release} is not valid for kubernetes version {target}."),
        ));
    }
    let id = call
        .cluster
        .update_nodegroup_version(nodegroup, Some(&target), &kubelet, &release)
        .map_err(|e| engine_error("UpdateNodegroupVersion", e))?;
    let params = [("Version", target), ("ReleaseVersion", release)];
    let value = update_value(
        &id,
        "InProgress",
        "VersionUpdate",
        &params,
        iso8601(call.cluster.now()),
        Value::Array(Vec::new()),
    );
    Ok(Response::Api(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaling_config_converts_and_validates_as_the_cli_does() {
        assert_eq!(
            scaling_config("minSize=1,maxSize=6,desiredSize=4").ok(),
            Some([Some(1), Some(6), Some(4)])
        );
        assert_eq!(scaling_config("desiredSize= 2 ").ok(), Some([None, None, Some(2)]));
        let err = |t: &str| scaling_config(t).err().map(|o| (o.status, o.stderr())).unwrap_or_default();
        assert_eq!(
            err("desiredSize=four"),
            (255, "\ninvalid literal for int() with base 10: 'four'\n".to_owned())
        );
        assert_eq!(
            err("desired=4,maxSize=0"),
            (
                252,
                "\nParameter validation failed:\nUnknown parameter in scalingConfig: \"desired\", must be one of: \
                 minSize, maxSize, desiredSize\nInvalid value for parameter scalingConfig.maxSize, value: 0, valid \
                 min value: 1\n"
                    .to_owned()
            )
        );
        assert_eq!(err("desiredSize").0, 252);
    }
}

//! `list-fargate-profiles` and `describe-fargate-profile`.

use super::super::args::parse_operation;
use super::super::args::Param;
use super::super::{iso8601, usage, Call, OpResult, Response};
use super::{is_here, no_cluster, required};
use crate::shell::printer::value::Value;
use crate::sim::stable_ids;

pub fn list(call: &mut Call, rest: &[String]) -> OpResult {
    let parsed = parse_operation(&[Param::required("cluster-name")], true, rest)?;
    let name = required(&parsed, "cluster-name");
    if !is_here(call, name) {
        return Err(no_cluster("ListFargateProfiles", name));
    }
    let names: Vec<Value> = call.cluster.fargate_profiles().map(|p| Value::str(p.name.clone())).collect();
    Ok(Response::Api(Value::object([("fargateProfileNames", Value::Array(names))])))
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let parsed = parse_operation(
        &[Param::required("cluster-name"), Param::required("fargate-profile-name")],
        false,
        rest,
    )?;
    let (cluster, name) = (required(&parsed, "cluster-name"), required(&parsed, "fargate-profile-name"));
    if !is_here(call, cluster) {
        return Err(no_cluster("DescribeFargateProfile", cluster));
    }
    let Some(p) = call.cluster.fargate_profiles().find(|p| p.name == name) else {
        return Err(usage::service_error(
            "DescribeFargateProfile",
            "ResourceNotFoundException",
            &format!("No Fargate Profile found with name: {name}."),
        ));
    };
    let c = &*call.cluster;
    let uuid = stable_ids::uuid(&format!("{}/{}", c.name, p.name));
    let subnets: Vec<Value> = p
        .zones
        .iter()
        .filter_map(|z| c.vpc().subnets.iter().find(|s| s.zone == *z))
        .map(|s| Value::str(s.id.clone()))
        .collect();
    let selectors: Vec<Value> = p
        .selectors
        .iter()
        .map(|s| {
            let labels: Vec<(String, Value)> =
                s.labels.0.iter().map(|(k, v)| (k.clone(), Value::str(v.clone()))).collect();
            let mut fields = vec![("namespace".to_owned(), Value::str(s.namespace.clone()))];
            if !labels.is_empty() {
                fields.push(("labels".to_owned(), Value::Object(labels)));
            }
            Value::Object(fields)
        })
        .collect();
    let profile = Value::object([
        ("fargateProfileName", Value::str(p.name.clone())),
        ("fargateProfileArn", Value::str(c.eks_arn(&format!("fargateprofile/{}/{}/{uuid}", c.name, p.name)))),
        ("clusterName", Value::str(c.name.clone())),
        ("createdAt", iso8601(p.created)),
        ("podExecutionRoleArn", Value::str(p.pod_execution_role.clone())),
        ("subnets", Value::Array(subnets)),
        ("selectors", Value::Array(selectors)),
        ("status", Value::str("ACTIVE")),
        ("tags", Value::object::<&str>([])),
        ("health", Value::object([("issues", Value::Array(Vec::new()))])),
    ]);
    Ok(Response::Api(Value::object([("fargateProfile", profile)])))
}

//! `list-clusters`, `describe-cluster` and `update-kubeconfig`.

use super::super::args::parse_operation;
use super::super::args::Param;
use super::super::session::DEFAULT_KUBECONFIG;
use super::super::{iso8601, Call, OpResult, Response};
use super::{is_here, no_cluster, required};
use crate::shell::kubectl::KubeConfig;
use crate::shell::printer::value::Value;

pub fn list_clusters(call: &mut Call, rest: &[String]) -> OpResult {
    parse_operation(&[Param::list("include")], true, rest)?;
    let names: Vec<Value> = if call.region == call.cluster.region {
        vec![Value::str(call.cluster.name.clone())]
    } else {
        Vec::new()
    };
    Ok(Response::Api(Value::object([("clusters", Value::Array(names))])))
}

pub fn describe_cluster(call: &mut Call, rest: &[String]) -> OpResult {
    let parsed = parse_operation(&[Param::required("name")], false, rest)?;
    let name = required(&parsed, "name");
    if !is_here(call, name) {
        return Err(no_cluster("DescribeCluster", name));
    }
    Ok(Response::Api(Value::object([("cluster", cluster_value(call))])))
}

fn strings(items: impl IntoIterator<Item = String>) -> Value {
    Value::Array(items.into_iter().map(Value::Str).collect())
}

/// The `Cluster` shape, members in the model's order. What the engine does
/// not model is what a cluster created in the console with default settings
/// shows: no extra security groups, logging off, no tags.
fn cluster_value(call: &Call) -> Value {
    let c = &*call.cluster;
    let cp = &c.control_plane;
    let id = c.endpoint_id();
    let log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"];
    Value::object([
        ("name", Value::str(c.name.clone())),
        ("arn", Value::str(c.arn())),
        ("createdAt", iso8601(cp.created)),
        ("version", Value::str(cp.version.clone())),
        ("endpoint", Value::str(cp.endpoint.clone())),
        ("roleArn", Value::str(format!("arn:aws:iam::{}:role/eksClusterRole", cp.account_id))),
        (
            "resourcesVpcConfig",
            Value::object([
                ("subnetIds", strings(c.vpc().subnets.iter().map(|s| s.id.clone()))),
                ("securityGroupIds", Value::Array(Vec::new())),
                ("clusterSecurityGroupId", Value::str(c.cluster_security_group().0)),
                ("vpcId", Value::str(c.vpc().id.clone())),
                ("endpointPublicAccess", Value::Bool(cp.endpoint_public_access)),
                ("endpointPrivateAccess", Value::Bool(cp.endpoint_private_access)),
                ("publicAccessCidrs", strings(cp.public_access_cidrs.iter().cloned())),
            ]),
        ),
        (
            "kubernetesNetworkConfig",
            Value::object([
                ("serviceIpv4Cidr", Value::str(cp.service_ipv4_cidr.clone())),
                ("ipFamily", Value::str("ipv4")),
            ]),
        ),
        (
            "logging",
            Value::object([(
                "clusterLogging",
                Value::Array(vec![Value::object([
                    ("types", strings(log_types.iter().map(|t| (*t).to_owned()))),
                    ("enabled", Value::Bool(false)),
                ])]),
            )]),
        ),
        (
            "identity",
            Value::object([(
                "oidc",
                Value::object([(
                    "issuer",
                    Value::str(format!("https://oidc.eks.{}.amazonaws.com/id/{id}", c.region)),
                )]),
            )]),
        ),
        ("status", Value::str("ACTIVE")),
        ("certificateAuthority", Value::object([("data", Value::str(c.certificate_authority_data()))])),
        ("platformVersion", Value::str(cp.platform_version.clone())),
        ("tags", Value::object::<&str>([])),
        ("health", Value::object([("issues", Value::Array(Vec::new()))])),
        ("accessConfig", Value::object([("authenticationMode", Value::str("API_AND_CONFIG_MAP"))])),
        ("upgradePolicy", Value::object([("supportType", Value::str("EXTENDED"))])),
    ])
}

/// `os.path.abspath(os.path.expanduser(path))`, with the terminal in the
/// learner's home directory.
fn absolute(path: &str) -> String {
    const HOME: &str = "/home/learner";
    let expanded = match path.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("{HOME}{rest}"),
        _ if path.starts_with('/') => path.to_owned(),
        _ => format!("{HOME}/{path}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in expanded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The CLI's own command: describes the cluster, then writes its entry into
/// the kubeconfig (the learner's `~/.kube/config` unless `--kubeconfig`
/// says otherwise) and says which context it added or updated.
pub fn update_kubeconfig(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [
        Param::required("name"),
        Param::value("kubeconfig"),
        Param::value("role-arn"),
        Param::switch("dry-run"),
        Param::switch("verbose"),
        Param::value("alias"),
        Param::value("user-alias"),
        Param::value("assume-role-arn"),
    ];
    let parsed = super::super::args::parse(&params, rest)?;
    if let Some(flag) = parsed.first_given(&["dry-run", "verbose", "assume-role-arn"]) {
        return Err(super::super::usage::not_simulated(
            &format!("\"aws eks update-kubeconfig --{flag}\""),
            "\"aws eks update-kubeconfig --name kubelab\"",
        ));
    }
    let name = required(&parsed, "name");
    if !is_here(call, name) {
        return Err(no_cluster("DescribeCluster", name));
    }
    let cluster_arn = call.cluster.arn();
    let path = parsed.value("kubeconfig").map_or_else(|| DEFAULT_KUBECONFIG.to_owned(), absolute);
    let user = parsed.value("user-alias").unwrap_or(&cluster_arn);
    let context = parsed.value("alias").unwrap_or(user).to_owned();
    let updating = if path == DEFAULT_KUBECONFIG {
        // The file kubectl reads: it models one context named after the
        // cluster ARN.
        if context != cluster_arn {
            return Err(super::super::usage::not_simulated(
                "another context name in ~/.kube/config (--alias, --user-alias)",
                "\"aws eks update-kubeconfig --name kubelab\"",
            ));
        }
        // The context is written anew (no namespace) and made current.
        call.kubeconfig.replace(KubeConfig::default()).is_some()
    } else {
        call.session.write_kubeconfig(&path, &cluster_arn)
    };
    let line = if updating {
        format!("Updated context {context} in {path}\n")
    } else {
        format!("Added new context {context} to {path}\n")
    };
    Ok(Response::Lines(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kubeconfig_paths_resolve_from_home() {
        assert_eq!(absolute("~/.kube/config"), "/home/learner/.kube/config");
        assert_eq!(absolute("cfg/../kube.yaml"), "/home/learner/kube.yaml");
        assert_eq!(absolute("/tmp/./k"), "/tmp/k");
    }
}

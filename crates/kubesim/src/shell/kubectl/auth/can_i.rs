//! `kubectl auth can-i` (kubectl `pkg/cmd/auth/cani.go`). Every check is
//! allowed: the EKS authorizer webhook grants the learner's access entry
//! `*` on everything. `--list` asks for a SelfSubjectRulesReview, which only
//! RBAC can answer: it lists what RBAC grants `system:authenticated` and
//! says that the webhook's share is missing.

use crate::shell::flags::Flag;
use crate::shell::printer::TabWriter;
use crate::shell::Output;
use crate::sim::Cluster;

use super::super::api_resources::catalogue;

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    Flag::boolean("all-namespaces", Some('A')),
    Flag::boolean("quiet", Some('q')),
    Flag::value("subresource", None),
    Flag::boolean("list", None),
    Flag::boolean("no-headers", None),
];

const RESOURCE_VERBS: &[&str] = &[
    "get",
    "list",
    "watch",
    "create",
    "update",
    "patch",
    "delete",
    "deletecollection",
    "use",
    "bind",
    "impersonate",
    "*",
    "approve",
];
const NON_RESOURCE_URL_VERBS: &[&str] = &["get", "put", "post", "head", "options", "delete", "patch", "*"];

/// What the union authorizer says when the webhook cannot list rules.
const WEBHOOK_RULES_ERROR: &str = "webhook authorizer does not support user rule resolution";

/// The rules RBAC's bootstrap ClusterRoles give every authenticated user
/// (`system:basic-user`, `system:discovery`, `system:public-info-viewer`),
/// one per resource or URL as kubectl breaks them down, in kubectl's order
/// (rules sorted by their printed form). Each row: resources, non-resource
/// URLs, resource names, verbs.
const AUTHENTICATED_RULES: &[(&str, &str, &str, &str)] = &[
    ("selfsubjectreviews.authentication.k8s.io", "[]", "[]", "[create]"),
    ("selfsubjectaccessreviews.authorization.k8s.io", "[]", "[]", "[create]"),
    ("selfsubjectrulesreviews.authorization.k8s.io", "[]", "[]", "[create]"),
    ("", "[/api/*]", "[]", "[get]"),
    ("", "[/api]", "[]", "[get]"),
    ("", "[/apis/*]", "[]", "[get]"),
    ("", "[/apis]", "[]", "[get]"),
    ("", "[/healthz]", "[]", "[get]"),
    ("", "[/healthz]", "[]", "[get]"),
    ("", "[/livez]", "[]", "[get]"),
    ("", "[/livez]", "[]", "[get]"),
    ("", "[/openapi/*]", "[]", "[get]"),
    ("", "[/openapi]", "[]", "[get]"),
    ("", "[/readyz]", "[]", "[get]"),
    ("", "[/readyz]", "[]", "[get]"),
    ("", "[/version/]", "[]", "[get]"),
    ("", "[/version/]", "[]", "[get]"),
    ("", "[/version]", "[]", "[get]"),
    ("", "[/version]", "[]", "[get]"),
];

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = cluster;
    let parsed = match super::super::parse_flags("auth can-i", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    if parsed.bool("list") {
        return list(&parsed);
    }
    let [verb, target] = parsed.args.as_slice() else {
        return super::super::error(
            "you must specify two arguments: verb resource or verb resource/resourceName.\n\
             See 'kubectl auth can-i -h' for help and examples.",
        );
    };
    let mut out = Output::default();
    let mut warn = |message: String| out.err(format!("Warning: {message}\n"));
    let all_namespaces = parsed.bool("all-namespaces");
    if target.starts_with('/') {
        if parsed.value("subresource").is_some_and(|s| !s.is_empty()) {
            return super::super::error("--subresource can not be used with NonResourceURL");
        }
        if !NON_RESOURCE_URL_VERBS.contains(&verb.as_str()) {
            warn(format!("verb '{verb}' is not a known verb\n"));
        }
    } else {
        let typed = target.split_once('/').map_or(target.as_str(), |(resource, _)| resource);
        let resource = if typed == "*" { None } else { catalogue::resolve(typed) };
        if resource.is_none() && typed != "*" {
            let lower = typed.to_lowercase();
            if !matches!(lower.as_str(), "users" | "groups") {
                match lower.split_once('.') {
                    Some((name, group)) => {
                        warn(format!("the server doesn't have a resource type '{name}' in group '{group}'\n"))
                    }
                    None => warn(format!("the server doesn't have a resource type '{lower}'\n")),
                }
            }
        }
        if !all_namespaces {
            if let Some(r) = resource.filter(|r| !r.namespaced) {
                match r.group {
                    "" => warn(format!("resource '{}' is not namespace scoped\n", r.name)),
                    group => {
                        warn(format!("resource '{}' is not namespace scoped in group '{group}'\n", r.name))
                    }
                }
            }
            if !is_resource_verb(verb) {
                warn(format!("verb '{verb}' is not a known verb\n"));
            }
        }
    }
    if parsed.bool("no-headers") {
        out.chunks.extend(super::super::error("--no-headers cannot be set without --list specified").chunks);
        out.status = 1;
        return out;
    }
    if !parsed.bool("quiet") {
        out.out("yes\n");
    }
    out
}

/// A verb kubectl knows for resources (it warns about any other).
pub(in crate::shell::kubectl) fn is_resource_verb(verb: &str) -> bool {
    RESOURCE_VERBS.contains(&verb)
}

/// `--list`: the SelfSubjectRulesReview as kubectl tabulates it.
fn list(parsed: &crate::shell::flags::Parsed) -> Output {
    if !parsed.args.is_empty() {
        return super::super::error("list option must be specified with no arguments");
    }
    if parsed.bool("quiet")
        || parsed.bool("all-namespaces")
        || parsed.value("subresource").is_some_and(|s| !s.is_empty())
    {
        return super::super::error(
            "list option can't be specified with neither quiet, all-namespaces nor subresource options",
        );
    }
    let mut out = Output::default();
    out.err(format!("Warning: the list may be incomplete: {WEBHOOK_RULES_ERROR}\n"));
    let mut table = TabWriter::for_tables();
    if !parsed.bool("no-headers") {
        table.row(&["Resources", "Non-Resource URLs", "Resource Names", "Verbs"]);
    }
    for (resources, urls, names, verbs) in AUTHENTICATED_RULES {
        table.row(&[resources, urls, names, verbs]);
    }
    out.out(table.finish());
    out
}

//! `kubectl auth whoami` (kubectl `pkg/cmd/auth/whoami.go`): the
//! SelfSubjectReview for the learner. EKS authenticates the IAM role session
//! through aws-iam-authenticator; the access entry's default username for a
//! role is its assumed-role ARN with the session name, it adds no
//! Kubernetes groups, and the authenticator passes the caller's details as
//! extra attributes.

use crate::shell::flags::Flag;
use crate::shell::printer::{to_json, to_yaml, JsonStyle, TabWriter, Value};
use crate::shell::Output;
use crate::sim::Cluster;

use super::super::print_flags::{self, Document};

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    print_flags::FLAG,
    Flag::value("template", None),
    Flag::boolean("allow-missing-template-keys", None),
    Flag::boolean("show-managed-fields", None),
];

/// The user as the API server sees it.
struct UserInfo {
    username: String,
    uid: String,
    groups: Vec<&'static str>,
    /// Sorted by key, as kubectl prints them.
    extra: Vec<(&'static str, String)>,
}

impl UserInfo {
    fn of(cluster: &Cluster) -> UserInfo {
        let caller = cluster.caller_identity();
        UserInfo {
            username: caller.arn(),
            uid: format!("aws-iam-authenticator:{}:{}", caller.account, caller.role_id),
            groups: vec!["system:authenticated"],
            extra: vec![
                ("accessKeyId", caller.access_key_id.to_owned()),
                ("arn", caller.arn()),
                ("canonicalArn", caller.role_arn()),
                ("principalId", caller.role_id.to_owned()),
                ("sessionName", caller.session_name.to_owned()),
                ("sigs.k8s.io/aws-iam-authenticator/principalId", caller.role_id.to_owned()),
            ],
        }
    }
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let parsed = match super::super::parse_flags("auth whoami", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    let user = UserInfo::of(cluster);
    let mut out = Output::default();
    match parsed.value("output") {
        None => out.out(table(&user)),
        Some(format) => {
            let document = match Document::select(format, "auth whoami") {
                Ok(document) => document,
                Err(output) => return output,
            };
            out.out(match document {
                Document::Json => to_json(&review(&user), JsonStyle::Aws),
                Document::Yaml => to_yaml(&review(&user)),
            });
        }
    }
    out
}

fn table(user: &UserInfo) -> String {
    let mut table = TabWriter::for_tables();
    table.row(&["ATTRIBUTE", "VALUE"]);
    table.row(&["Username", &user.username]);
    table.row(&["UID", &user.uid]);
    table.row(&["Groups".to_owned(), format!("[{}]", user.groups.join(" "))]);
    for (key, value) in &user.extra {
        table.row(&[format!("Extra: {key}"), format!("[{value}]")]);
    }
    table.finish()
}

/// The typed SelfSubjectReview, fields in struct order (the insertion-order
/// printer keeps it); the extra map's keys are sorted as Go marshals maps.
fn review(user: &UserInfo) -> Value {
    let user_info = Value::object([
        ("username", Value::str(&user.username)),
        ("uid", Value::str(&user.uid)),
        ("groups", Value::Array(user.groups.iter().map(|g| Value::str(*g)).collect())),
        ("extra", Value::object(user.extra.iter().map(|(k, v)| (*k, Value::Array(vec![Value::str(v)]))))),
    ]);
    Value::object([
        ("kind", Value::str("SelfSubjectReview")),
        ("apiVersion", Value::str("authentication.k8s.io/v1")),
        ("metadata", Value::object([("creationTimestamp", Value::Null)])),
        ("status", Value::object([("userInfo", user_info)])),
    ])
}

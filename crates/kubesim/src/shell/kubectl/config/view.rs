//! `kubectl config view`: the kubeconfig as a `v1` `Config`, certificate data
//! shortened to `DATA+OMITTED` unless `--raw` (or `--flatten`).

use crate::shell::flags::Flag;
use crate::shell::printer::{to_json, to_yaml, JsonStyle, Value};
use crate::shell::Output;
use crate::sim::Cluster;

use super::kubeconfig::{context_name, get_token_args, KubeConfig, EXEC_API_VERSION};
use crate::shell::kubectl::print_flags::{self, Document};

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    print_flags::FLAG,
    Flag::value("template", None),
    Flag::boolean("allow-missing-template-keys", None),
    Flag::boolean("show-managed-fields", None),
    Flag::boolean("merge", None),
    Flag::boolean("raw", None),
    Flag::boolean("flatten", None),
    Flag::boolean("minify", None),
];

/// `clientcmdapi.ShortenConfig`'s placeholder for certificate data.
const DATA_OMITTED: &str = "DATA+OMITTED";

pub fn run(cluster: &Cluster, kubeconfig: Option<&KubeConfig>, args: &[String]) -> Output {
    let parsed = match super::super::parse_flags("config view", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    if !parsed.args.is_empty() {
        return super::super::error(&format!(
            "unexpected arguments: [{}]\nSee 'kubectl config view -h' for help and examples",
            parsed.args.join(" ")
        ));
    }
    let document = match Document::select(parsed.value("output").unwrap_or("yaml"), "config view") {
        Ok(document) => document,
        Err(output) => return output,
    };
    if parsed.value("merge").is_some() && !parsed.bool("merge") {
        return super::super::error("if merge==false a precise file must be specified");
    }
    let asked_context = parsed.value("context").filter(|c| !c.is_empty());
    let config = match kubeconfig {
        Some(kubeconfig) => {
            let context = context_name(cluster);
            if parsed.bool("minify") {
                if let Some(asked) = asked_context.filter(|c| *c != context) {
                    return super::super::error(&format!("cannot locate context {asked}"));
                }
            }
            let certificate = if parsed.bool("raw") || parsed.bool("flatten") {
                cluster.certificate_authority_data()
            } else {
                DATA_OMITTED.to_owned()
            };
            Entries {
                name: context,
                server: cluster.control_plane.endpoint.clone(),
                certificate,
                namespace: kubeconfig.namespace().map(str::to_owned),
                args: get_token_args(cluster),
            }
            .document()
        }
        // `MinifyConfig` needs a current context, which an empty config
        // lacks (--context names one it cannot find).
        None if parsed.bool("minify") => {
            return super::super::error(&match asked_context {
                Some(asked) => format!("cannot locate context {asked}"),
                None => "current-context must exist in order to minify".to_owned(),
            })
        }
        None => empty_document(),
    };
    let mut out = Output::default();
    out.out(match document {
        Document::Json => to_json(&config, JsonStyle::Aws),
        Document::Yaml => to_yaml(&config),
    });
    out
}

/// The `v1` `Config` converted from an empty one: the lists are nil (`null`),
/// not empty.
fn empty_document() -> Value {
    Value::object([
        ("kind", Value::str("Config")),
        ("apiVersion", Value::str("v1")),
        ("preferences", Value::Object(Vec::new())),
        ("clusters", Value::Null),
        ("users", Value::Null),
        ("contexts", Value::Null),
        ("current-context", Value::str("")),
    ])
}

/// The kubeconfig's one cluster, user and context.
struct Entries {
    /// The name of all three: the cluster ARN.
    name: String,
    server: String,
    certificate: String,
    namespace: Option<String>,
    args: Vec<String>,
}

impl Entries {
    /// The typed `v1.Config`, keys in the struct's field order: the JSON
    /// printer keeps it (as the insertion-order style does), the YAML printer
    /// goes through JSON into go-yaml, which sorts them.
    fn document(&self) -> Value {
        let name = || Value::str(&self.name);
        let mut context = vec![("cluster", name()), ("user", name())];
        if let Some(ns) = &self.namespace {
            context.push(("namespace", Value::str(ns)));
        }
        let exec = Value::object([
            ("command", Value::str("aws")),
            ("args", Value::Array(self.args.iter().map(Value::str).collect())),
            ("env", Value::Null),
            ("apiVersion", Value::str(EXEC_API_VERSION)),
            ("provideClusterInfo", Value::Bool(false)),
            ("interactiveMode", Value::str("IfAvailable")),
        ]);
        Value::object([
            ("kind", Value::str("Config")),
            ("apiVersion", Value::str("v1")),
            ("preferences", Value::Object(Vec::new())),
            (
                "clusters",
                Value::Array(vec![Value::object([
                    ("name", name()),
                    (
                        "cluster",
                        Value::object([
                            ("server", Value::str(&self.server)),
                            ("certificate-authority-data", Value::str(&self.certificate)),
                        ]),
                    ),
                ])]),
            ),
            (
                "users",
                Value::Array(vec![Value::object([
                    ("name", name()),
                    ("user", Value::object([("exec", exec)])),
                ])]),
            ),
            (
                "contexts",
                Value::Array(vec![Value::object([("name", name()), ("context", Value::object(context))])]),
            ),
            ("current-context", name()),
        ])
    }
}

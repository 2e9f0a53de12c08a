//! `kubectl config view`: the kubeconfig as a `v1` `Config`, certificate data
//! shortened to `DATA+OMITTED` unless `--raw` (or `--flatten`).

use crate::shell::flags::Flag;
use crate::shell::printer::{to_json, JsonStyle, Value};
use crate::shell::Output;
use crate::sim::Cluster;

use super::kubeconfig::{context_name, get_token_args, KubeConfig, EXEC_API_VERSION};
use super::yaml::scalar;
use crate::shell::kubectl::print_flags::{self, Document};

const FLAGS: &[Flag] = &[
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

pub fn run(cluster: &Cluster, kubeconfig: &KubeConfig, args: &[String]) -> Output {
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
    let context = context_name(cluster);
    if parsed.bool("minify") {
        if let Some(asked) = parsed.value("context").filter(|c| !c.is_empty() && *c != context) {
            return super::super::error(&format!("cannot locate context {asked}"));
        }
    }
    let certificate = if parsed.bool("raw") || parsed.bool("flatten") {
        cluster.certificate_authority_data()
    } else {
        DATA_OMITTED.to_owned()
    };
    let entries = Entries {
        name: context,
        server: cluster.control_plane.endpoint.clone(),
        certificate,
        namespace: kubeconfig.namespace().map(str::to_owned),
        args: get_token_args(cluster),
    };
    let mut out = Output::default();
    out.out(match document {
        Document::Json => entries.json(),
        Document::Yaml => entries.yaml(),
    });
    out
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
    /// The JSON printer marshals the typed `v1.Config`, so keys come in
    /// the struct's field order (which the insertion-order style keeps).
    fn json(&self) -> String {
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
        let config = Value::object([
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
        ]);
        to_json(&config, JsonStyle::Aws)
    }

    /// The YAML printer goes through JSON into go-yaml, which sorts keys
    /// and writes lists of a map flush with its key.
    fn yaml(&self) -> String {
        let name = scalar(&self.name);
        let mut lines = vec![
            "apiVersion: v1".to_owned(),
            "clusters:".to_owned(),
            "- cluster:".to_owned(),
            format!("    certificate-authority-data: {}", scalar(&self.certificate)),
            format!("    server: {}", scalar(&self.server)),
            format!("  name: {name}"),
            "contexts:".to_owned(),
            "- context:".to_owned(),
            format!("    cluster: {name}"),
        ];
        if let Some(ns) = &self.namespace {
            lines.push(format!("    namespace: {}", scalar(ns)));
        }
        lines.extend([
            format!("    user: {name}"),
            format!("  name: {name}"),
            format!("current-context: {name}"),
            "kind: Config".to_owned(),
            "preferences: {}".to_owned(),
            "users:".to_owned(),
            format!("- name: {name}"),
            "  user:".to_owned(),
            "    exec:".to_owned(),
            format!("      apiVersion: {EXEC_API_VERSION}"),
            "      args:".to_owned(),
        ]);
        lines.extend(self.args.iter().map(|a| format!("      - {}", scalar(a))));
        lines.extend(
            [
                "      command: aws",
                "      env: null",
                "      interactiveMode: IfAvailable",
                "      provideClusterInfo: false",
            ]
            .map(str::to_owned),
        );
        lines.iter().map(|line| format!("{line}\n")).collect()
    }
}

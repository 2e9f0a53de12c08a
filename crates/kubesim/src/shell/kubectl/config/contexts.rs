//! The context subcommands of `kubectl config`: `current-context`,
//! `get-contexts`, `use-context` and `set-context` (for the context's
//! namespace, the one change a learner on one cluster makes).

use crate::shell::flags::{self, Flag};
use crate::shell::printer::TabWriter;
use crate::shell::Output;
use crate::sim::Cluster;

use super::super::{error, not_simulated, parse_flags, GLOBAL_FLAGS};
use super::kubeconfig::{context_name, KubeConfig};

/// What `use-context` prints before its error when not given exactly one
/// name (`helpErrorf` shows the command's help on stdout).
const USE_CONTEXT_HELP: &str = "\
Set the current-context in a kubeconfig file.

Aliases:
use-context, use

Examples:
  # Use the context for the minikube cluster
  kubectl config use-context minikube

Usage:
  kubectl config use-context CONTEXT_NAME [options]

Use \"kubectl options\" for a list of global command-line options (applies to all commands).
";

pub fn current_context(cluster: &Cluster, kubeconfig: Option<&KubeConfig>, args: &[String]) -> Output {
    if let Err(output) = parse_flags("config current-context", &[], args) {
        return output;
    }
    if kubeconfig.is_none() {
        return error("current-context is not set");
    }
    let mut out = Output::default();
    out.out(format!("{}\n", context_name(cluster)));
    out
}

pub fn get_contexts(cluster: &Cluster, kubeconfig: Option<&KubeConfig>, args: &[String]) -> Output {
    const FLAGS: &[Flag] = &[Flag::value("output", Some('o')), Flag::boolean("no-headers", None)];
    let parsed = match parse_flags("config get-contexts", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    let output = parsed.value("output").unwrap_or("");
    if !matches!(output, "" | "name") {
        return error(&format!(
            "--output {output} is not available in kubectl config get-contexts; resetting to default output format"
        ));
    }
    // The one context, if there is a kubeconfig.
    let context = kubeconfig.map(|k| (context_name(cluster), k.namespace().unwrap_or("")));
    let name = context.as_ref().map_or("", |(name, _)| name.as_str());
    let missing: Vec<String> = parsed
        .args
        .iter()
        .filter(|asked| context.is_none() || **asked != name)
        .map(|asked| format!("context {asked} not found"))
        .collect();
    let names_only = output == "name";
    let mut table = TabWriter::for_tables();
    if !names_only && !parsed.bool("no-headers") {
        table.row(&["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]);
    }
    // Every context when none is named, else each named one as often as it
    // was named.
    if let Some((name, namespace)) = &context {
        let times = if parsed.args.is_empty() {
            1
        } else {
            parsed.args.iter().filter(|asked| *asked == name).count()
        };
        for _ in 0..times {
            if names_only {
                table.push(&format!("{name}\n"));
            } else {
                table.row(&["*", name, name, name, namespace]);
            }
        }
    }
    let mut out = Output::default();
    out.out(table.finish());
    match missing.as_slice() {
        [] => {}
        // One error is `error: `-prefixed; several are printed one a line
        // without it (kubectl's CheckErr on an aggregate).
        [one] => out.chunks.extend(error(one).chunks),
        many => out.err(many.iter().map(|m| format!("{m}\n")).collect::<String>()),
    }
    out.status = i32::from(!missing.is_empty());
    out
}

pub fn use_context(cluster: &Cluster, kubeconfig: Option<&KubeConfig>, args: &[String]) -> Output {
    let parsed = match parse_flags("config use-context", &[], args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    let [asked] = parsed.args.as_slice() else {
        let mut out = Output::default();
        out.out(USE_CONTEXT_HELP);
        out.chunks.extend(error(&format!("Unexpected args: [{}]", parsed.args.join(" "))).chunks);
        out.status = 1;
        return out;
    };
    if asked.is_empty() {
        return error("empty context names are not allowed");
    }
    let name = context_name(cluster);
    if kubeconfig.is_none() || *asked != name {
        return error(&format!("no context exists with the name: \"{asked}\""));
    }
    let mut out = Output::default();
    out.out(format!("Switched to context \"{name}\".\n"));
    out
}

pub fn set_context(cluster: &Cluster, kubeconfig: Option<&mut KubeConfig>, args: &[String]) -> Output {
    const LOCAL: &[Flag] = &[
        Flag::boolean("current", None),
        Flag::value("cluster", None),
        Flag::value("user", None),
        Flag::value("namespace", None),
    ];
    // The local --cluster, --user and --namespace hide kubectl's global ones,
    // `-n` included.
    let specs: Vec<Flag> = LOCAL
        .iter()
        .chain(GLOBAL_FLAGS.iter().filter(|g| LOCAL.iter().all(|l| l.long != g.long)))
        .copied()
        .collect();
    let parsed = match flags::parse(&specs, args) {
        Ok(parsed) => parsed,
        Err(e) => return error(&format!("{e}\nSee 'kubectl config set-context --help' for usage.")),
    };
    if parsed.args.len() > 1 {
        return error(&format!("Unexpected args: [{}]", parsed.args.join(" ")));
    }
    let current = parsed.bool("current");
    let asked = parsed.args.first().map(String::as_str).unwrap_or("");
    if asked.is_empty() && !current {
        return error("you must specify a non-empty context name or --current");
    }
    if !asked.is_empty() && current {
        return error("you cannot specify both a context name and --current");
    }
    let Some(kubeconfig) = kubeconfig else {
        if current {
            return error("no current context is set");
        }
        return not_simulated(
            "creating a context",
            "\"aws eks update-kubeconfig --name kubelab\", which writes the cluster's",
        );
    };
    let name = context_name(cluster);
    if !current && asked != name {
        return not_simulated(
            "creating another context",
            &format!("\"kubectl config set-context --current --namespace=NAME\" (the context is \"{name}\")"),
        );
    }
    if parsed.value("cluster").is_some() || parsed.value("user").is_some() {
        return not_simulated(
            "pointing the context at another cluster or user",
            "\"kubectl config set-context --current --namespace=NAME\"",
        );
    }
    if let Some(namespace) = parsed.value("namespace") {
        kubeconfig.set_namespace(namespace);
    }
    let mut out = Output::default();
    out.out(format!("Context \"{name}\" modified.\n"));
    out
}

//! kubectl on a machine with no kubeconfig: no `~/.kube/config` and no
//! `KUBECONFIG`. client-go then falls back to `http://localhost:8080`
//! (`clientcmd.ClusterDefaults`), where nothing listens. Each command checks
//! its flags and arguments as it would anyway, then fails on its first
//! request: discovery logs each failed attempt (`refused`), and `CheckErr`
//! says the connection was refused. `kubectl config` reads only the file and
//! answers from the empty one (in `config`).

mod builder;
mod refused;

pub(super) use refused::connection_refused;

use builder::{Given, Walk};

use super::{dry_run, error, find_verb, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::printer::TabWriter;
use crate::shell::Output;
use crate::sim::{Cluster, Timestamp};

/// One kubectl command, its verb already taken off the arguments.
pub(super) fn run(cluster: &mut Cluster, command: &str, args: &[String]) -> Output {
    let now = cluster.now();
    let checked = match command {
        "get" => super::get::checked(args).map(|parsed| {
            let selector = ["selector", "field-selector"].iter().any(|f| !flag_text(&parsed, f).is_empty());
            Given { args: &parsed.args, selector, select_all: false, allow_empty_selector: true }.walk()
        }),
        "describe" => with_flags(cluster, command, super::describe::FLAGS, args).and_then(|parsed| {
            if parsed.value("filename").is_some() || parsed.value("kustomize").is_some() {
                return Err(super::dispatch(cluster, command, args));
            }
            if parsed.args.is_empty() {
                return Err(super::describe::no_type_error());
            }
            let selector = !flag_text(&parsed, "selector").is_empty();
            Ok(Given { args: &parsed.args, selector, select_all: false, allow_empty_selector: true }.walk())
        }),
        "cordon" | "uncordon" | "drain" => return nodes(cluster, command, args),
        "delete" | "scale" | "label" | "wait" => selecting(cluster, command, args),
        "taint" => with_flags(cluster, command, super::taint::FLAGS, args).map(|parsed| taint(&parsed)),
        "rollout" => return rollout(cluster, args),
        "top" => return top(cluster, args),
        "auth" => return auth(cluster, args),
        "version" => return super::version::report(args, None),
        "cluster-info" => return cluster_info(cluster, args),
        "api-resources" => return api_resources(now, args),
        "api-versions" => return api_versions(now, args),
        "explain" => super::explain::checked(args).map(|()| Walk { attempts: RESOURCE_FOR, error: None }),
        _ => return super::dispatch(cluster, command, args),
    };
    match checked {
        Ok(walk) => walk.output(now),
        Err(out) => out,
    }
}

/// `ResourceFor` through the shortcut expander and the deferred mapper: two
/// failed refreshes (`explain`, `taint`, `auth can-i`).
const RESOURCE_FOR: usize = 2;

impl Given<'_> {
    fn walk(&self) -> Walk {
        builder::walk(self)
    }
}

impl Walk {
    /// The discovery errors, then the builder's error or the refusal.
    fn output(self, now: Timestamp) -> Output {
        match self.error {
            None => refused::after_discovery(now, self.attempts),
            Some(error) => {
                let mut out = Output::default();
                out.err(refused::discovery_errors(now, self.attempts));
                out.chunks.extend(error.chunks);
                out.status = error.status;
                out
            }
        }
    }
}

fn flag_text<'p>(parsed: &'p Parsed, flag: &str) -> &'p str {
    parsed.value(flag).unwrap_or_default().trim()
}

/// The command's flags; `-h` gets what the shell says with a server too
/// (help never asks one).
fn with_flags(
    cluster: &mut Cluster,
    command: &str,
    specs: &[Flag],
    args: &[String],
) -> Result<Parsed, Output> {
    let parsed = parse_flags(command, specs, args)?;
    if parsed.bool("help") {
        return Err(super::dispatch(cluster, command, args));
    }
    Ok(parsed)
}

/// cordon, uncordon and drain: the usage checks and the dry-run strategy,
/// then the nodes by name or selector.
fn nodes(cluster: &mut Cluster, command: &str, args: &[String]) -> Output {
    let specs = if command == "drain" { super::drain::FLAGS } else { super::cordon::FLAGS };
    let parsed = match with_flags(cluster, command, specs, args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    let mut out = Output::default();
    if let Err(e) = super::cordon::check_usage(command, &parsed) {
        e.append_to(&mut out);
        return out;
    }
    match dry_run::parse_strategy(&parsed, cluster.now()) {
        Ok((_, warning)) => out.err(warning.unwrap_or_default()),
        Err(message) => return error(&message),
    }
    let walk = builder::node_names(&parsed.args, !flag_text(&parsed, "selector").is_empty());
    let rest = walk.output(cluster.now());
    out.chunks.extend(rest.chunks);
    out.status = rest.status;
    out
}

/// delete, scale, label and wait: `-l`, `--field-selector` and `--all` with
/// the types and names.
fn selecting(cluster: &mut Cluster, command: &str, args: &[String]) -> Result<Walk, Output> {
    let specs = match command {
        "delete" => super::delete::FLAGS,
        "scale" => super::scale::FLAGS,
        "label" => super::label::FLAGS,
        _ => super::wait::FLAGS,
    };
    let parsed = with_flags(cluster, command, specs, args)?;
    if command == "scale" && parsed.value("replicas").is_none() {
        return Err(error("required flag(s) \"replicas\" not set"));
    }
    // label's arguments end with the changes (`key=value`, `key-`).
    let args: Vec<String> = if command == "label" {
        parsed.args.iter().take_while(|a| !a.contains('=') && !a.ends_with('-')).cloned().collect()
    } else {
        parsed.args.clone()
    };
    let selector = ["selector", "field-selector"].iter().any(|f| !flag_text(&parsed, f).is_empty());
    let select_all = parsed.bool("all");
    // delete lists a bare type only with --all or a selector; the others
    // take `--all` as that permission.
    let allow_empty_selector = command != "delete" && select_all;
    Ok(Given { args: &args, selector, select_all: select_all && command == "delete", allow_empty_selector }
        .walk())
}

/// taint: the nodes and the changes split as `Complete` splits them, then
/// `Validate` maps the type.
fn taint(parsed: &Parsed) -> Walk {
    let is_change = |a: &String| a.contains('=') || a.contains(':') || a.ends_with('-');
    let resources = parsed.args.iter().take_while(|a| !is_change(a)).count();
    let changes = &parsed.args[resources..];
    let message = if let Some(late) = changes.iter().find(|a| !is_change(a)) {
        Some(format!("all resources must be specified before taint changes: {late}"))
    } else if resources == 0 {
        Some("one or more resources must be specified as <resource> <name>".to_owned())
    } else if changes.is_empty() {
        Some("at least one taint update is required".to_owned())
    } else {
        None
    };
    match message {
        Some(message) => Walk { attempts: 0, error: Some(error(&message)) },
        None => Walk { attempts: RESOURCE_FOR, error: None },
    }
}

/// `rollout SUBCOMMAND TYPE NAME`.
fn rollout(cluster: &mut Cluster, args: &[String]) -> Output {
    let Some(at) = find_verb(args) else { return super::dispatch(cluster, "rollout", args) };
    let sub = args[at].as_str();
    let specs = match sub {
        "status" => super::rollout::status::FLAGS,
        "restart" => super::rollout::restart::FLAGS,
        "history" => super::rollout::history::FLAGS,
        "undo" => super::rollout::undo::FLAGS,
        _ => return super::dispatch(cluster, "rollout", args),
    };
    let rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
    let specs: Vec<Flag> = specs.iter().chain(&super::rollout::FILE_FLAGS).copied().collect();
    let parsed = match parse_flags(&format!("rollout {sub}"), &specs, &rest) {
        Ok(parsed) if !parsed.bool("help") && !parsed.args.is_empty() => parsed,
        // Help, file input and a missing resource answer as they do with a
        // server.
        _ => return super::dispatch(cluster, "rollout", args),
    };
    let selector = !flag_text(&parsed, "selector").is_empty();
    Given { args: &parsed.args, selector, select_all: false, allow_empty_selector: true }
        .walk()
        .output(cluster.now())
}

/// `top node|pod`: the metrics client asks the plain discovery client,
/// which logs nothing before the refusal.
fn top(cluster: &mut Cluster, args: &[String]) -> Output {
    let Some(at) = find_verb(args) else { return super::dispatch(cluster, "top", args) };
    let (name, specs) = match args[at].as_str() {
        "node" | "nodes" | "no" => ("top node", super::top::nodes::FLAGS),
        "pod" | "pods" | "po" => ("top pod", super::top::pods::FLAGS),
        _ => return super::dispatch(cluster, "top", args),
    };
    let rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
    match parse_flags(name, specs, &rest) {
        Ok(parsed) if !parsed.bool("help") && parsed.args.len() <= 1 => refused::connection_refused(),
        _ => super::dispatch(cluster, "top", args),
    }
}

/// `auth whoami` posts a SelfSubjectReview; `auth can-i` maps the resource
/// first (warning that it could not), then posts its review.
fn auth(cluster: &mut Cluster, args: &[String]) -> Output {
    let Some(at) = find_verb(args) else { return super::dispatch(cluster, "auth", args) };
    let rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
    match args[at].as_str() {
        "whoami" => match parse_flags("auth whoami", super::auth::whoami::FLAGS, &rest) {
            Ok(parsed) if !parsed.bool("help") => refused::connection_refused(),
            _ => super::dispatch(cluster, "auth", args),
        },
        "can-i" => match parse_flags("auth can-i", super::auth::can_i::FLAGS, &rest) {
            Ok(parsed) if !parsed.bool("help") => {
                can_i(cluster.now(), &parsed).unwrap_or_else(|| super::dispatch(cluster, "auth", args))
            }
            _ => super::dispatch(cluster, "auth", args),
        },
        _ => super::dispatch(cluster, "auth", args),
    }
}

/// `can-i VERB TYPE[/NAME]`; `None` where the answer is the one a server
/// would not change (`--list` checks, a wrong number of arguments).
fn can_i(now: Timestamp, parsed: &Parsed) -> Option<Output> {
    if parsed.bool("list") {
        let misused = !parsed.args.is_empty()
            || parsed.bool("quiet")
            || parsed.bool("all-namespaces")
            || !flag_text(parsed, "subresource").is_empty();
        return (!misused).then(refused::connection_refused);
    }
    let [verb, target] = parsed.args.as_slice() else { return None };
    let mut out = Output::default();
    if !target.starts_with('/') {
        let typed = target.split_once('/').map_or(target.as_str(), |(resource, _)| resource);
        if typed != "*" {
            let lower = typed.to_lowercase();
            let attempts = if lower.matches('.').count() >= 2 { 2 * RESOURCE_FOR } else { RESOURCE_FOR };
            out.err(refused::discovery_errors(now, attempts));
            if !matches!(lower.as_str(), "users" | "groups") {
                out.err(match lower.split_once('.') {
                    Some((name, group)) => {
                        format!("Warning: the server doesn't have a resource type '{name}' in group '{group}'\n\n")
                    }
                    None => format!("Warning: the server doesn't have a resource type '{lower}'\n\n"),
                });
            }
        }
        if !parsed.bool("all-namespaces") && !super::auth::can_i::is_resource_verb(verb) {
            out.err(format!("Warning: verb '{verb}' is not a known verb\n\n"));
        }
    }
    let end = if parsed.bool("no-headers") {
        error("--no-headers cannot be set without --list specified")
    } else {
        refused::connection_refused()
    };
    out.chunks.extend(end.chunks);
    out.status = 1;
    Some(out)
}

/// Lists the kube-system Services through the builder, and prints its
/// closing hint even when that fails.
fn cluster_info(cluster: &mut Cluster, args: &[String]) -> Output {
    if find_verb(args).is_some() {
        return super::dispatch(cluster, "cluster-info", args);
    }
    if let Err(out) = parse_flags("cluster-info", &[], args) {
        return out;
    }
    let services = ["services".to_owned()];
    let walk =
        Given { args: &services, selector: true, select_all: false, allow_empty_selector: false }.walk();
    let mut out = Output::default();
    out.err(refused::discovery_errors(cluster.now(), walk.attempts));
    out.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    out.chunks.extend(refused::connection_refused().chunks);
    out.status = 1;
    out
}

/// One failed discovery, the table's header all the same, then the refusal.
fn api_resources(now: Timestamp, args: &[String]) -> Output {
    let parsed = match super::api_resources::checked(args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    let mut out = Output::default();
    out.err(refused::discovery_errors(now, 1));
    let output = parsed.value("output").unwrap_or_default();
    if !parsed.bool("no-headers") && output != "name" {
        let mut header = vec!["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
        if output == "wide" {
            header.extend(["VERBS", "CATEGORIES"]);
        }
        let mut table = TabWriter::for_tables();
        table.row(&header);
        out.out(table.finish());
    }
    out.chunks.extend(refused::connection_refused().chunks);
    out.status = 1;
    out
}

/// One failed discovery, wrapped in the command's own error (so not
/// recognized as a refused connection).
fn api_versions(now: Timestamp, args: &[String]) -> Output {
    if let Err(out) = super::api_resources::checked_versions(args) {
        return out;
    }
    let mut out = Output::default();
    out.err(refused::discovery_errors(now, 1));
    let end =
        error(&format!("couldn't get available api versions from server: {}", refused::DISCOVERY_ERROR));
    out.chunks.extend(end.chunks);
    out.status = 1;
    out
}

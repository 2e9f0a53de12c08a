//! `kubectl cordon` and `kubectl uncordon`, and what `kubectl drain` shares
//! with them (they are one package in kubectl, with one `Complete`): which
//! nodes a command is about, and marking them (un)schedulable.

use super::check_err::KubectlError;
use super::dry_run::{self, DryRun};
use super::objects;
use super::resource::ResourceType;
use super::selector::LabelSelector;
use super::{namespace, not_simulated, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::printer::go_format::quote;
use crate::shell::Output;
use crate::sim::Cluster;

pub(super) const FLAGS: &[Flag] = &[Flag::value("selector", Some('l')), dry_run::FLAG];

/// A node as the command fetched it, before it changed anything.
#[derive(Clone, Debug)]
pub(super) struct NodeSnapshot {
    pub name: String,
    pub unschedulable: bool,
}

/// Which marking, and through which engine operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Marking {
    Cordon,
    Uncordon,
    /// Cordon as the first step of a drain: the ECS twin's container
    /// instance goes DRAINING as well.
    Drain,
}

impl Marking {
    fn unschedulable(self) -> bool {
        self != Marking::Uncordon
    }

    fn verb(self) -> &'static str {
        if self.unschedulable() {
            "cordon"
        } else {
            "uncordon"
        }
    }
}

pub fn run(cluster: &mut Cluster, args: &[String], unschedulable: bool) -> Output {
    let marking = if unschedulable { Marking::Cordon } else { Marking::Uncordon };
    let command = marking.verb();
    let parsed = match parse_flags(command, FLAGS, args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    if parsed.bool("help") {
        return not_simulated(&format!("\"kubectl {command} --help\""), "\"kubectl get nodes\"");
    }
    let mut out = Output::default();
    let targets = check_usage(command, &parsed)
        .and_then(|()| dry_run::strategy(cluster, &parsed, &mut out))
        .and_then(|dry_run| Ok((dry_run, find_nodes(cluster, &parsed)?)));
    match targets {
        Ok((dry_run, nodes)) => mark(cluster, &nodes, marking, dry_run, &mut out),
        Err(e) => e.append_to(&mut out),
    }
    out
}

/// Nodes are named, or chosen by `--selector`; not both.
pub(super) fn check_usage(command: &str, parsed: &Parsed) -> Result<(), KubectlError> {
    let selector = parsed.value("selector");
    if parsed.args.is_empty() && selector.is_none() {
        return Err(KubectlError::usage(command, &format!("USAGE: {command} NODE [flags]")));
    }
    if !parsed.args.is_empty() && selector.is_some_and(|s| !s.is_empty()) {
        return Err(KubectlError::usage(
            command,
            "error: cannot specify both a node name and a --selector option",
        ));
    }
    Ok(())
}

/// The nodes, as the resource builder visits them: by name in the order
/// given (`NAME` or `node/NAME`), or every node the selector matches in API
/// order. The first error stops the command before anything changes.
pub(super) fn find_nodes(cluster: &Cluster, parsed: &Parsed) -> Result<Vec<NodeSnapshot>, KubectlError> {
    let snapshot =
        |n: &crate::sim::Node| NodeSnapshot { name: n.name.clone(), unschedulable: n.unschedulable };
    if let Some(selector) = parsed.value("selector").filter(|s| !s.is_empty()) {
        let parsed_selector = LabelSelector::parse(selector).map_err(|e| {
            KubectlError::Status(format!(
                "Error from server (BadRequest): Unable to find \"/v1, Resource=nodes\" that match label selector {}, field selector \"\": {e}",
                quote(selector)
            ))
        })?;
        return Ok(cluster.nodes().filter(|n| parsed_selector.matches(&n.labels)).map(snapshot).collect());
    }
    if parsed.args.is_empty() {
        // `-l ''`: the selector was given, so no usage error, but it is
        // empty, so the builder has nothing to look for.
        return Err(KubectlError::Plain(
            "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'".to_owned(),
        ));
    }
    let mut nodes = Vec::new();
    for arg in &parsed.args {
        let (typed, name) = arg.split_once('/').unwrap_or(("nodes", arg.as_str()));
        let resource = ResourceType::resolve(typed).ok_or_else(|| {
            KubectlError::Plain(format!("the server doesn't have a resource type {}", quote(typed)))
        })?;
        let not_found = || KubectlError::Status(resource.not_found(name));
        if resource != ResourceType::Nodes {
            objects::find(cluster, resource, namespace(parsed), name).ok_or_else(not_found)?;
            return Err(KubectlError::Plain(format!(
                "error: expected resource of type node, got {{\"{}\" \"v1\" \"{}\"}}",
                resource.group(),
                resource.plural()
            )));
        }
        nodes.push(cluster.node(name).map(snapshot).ok_or_else(not_found)?);
    }
    Ok(nodes)
}

/// `RunCordonOrUncordon`: each node as it was fetched is either already as
/// wanted, or is changed (unless this is a dry run).
pub(super) fn mark(
    cluster: &mut Cluster,
    nodes: &[NodeSnapshot],
    marking: Marking,
    dry_run: DryRun,
    out: &mut Output,
) {
    let desired = marking.unschedulable();
    let suffix = dry_run.suffix();
    for node in nodes {
        let already = node.unschedulable == desired;
        if dry_run == DryRun::None {
            let applied = match marking {
                Marking::Drain => cluster.begin_drain(&node.name),
                _ if already => Ok(false),
                _ => cluster.set_unschedulable(&node.name, desired),
            };
            if let Err(e) = applied {
                let message = e.message();
                let reason = message.split_once("): ").map_or(message.as_str(), |(_, m)| m);
                out.err(format!("error: unable to {} node \"{}\": {reason}\n", marking.verb(), node.name));
                continue;
            }
        }
        let (prefix, verb) = match (already, desired) {
            (true, true) => ("already ", "cordoned"),
            (true, false) => ("already ", "uncordoned"),
            (false, true) => ("", "cordoned"),
            (false, false) => ("", "uncordoned"),
        };
        out.out(format!("node/{} {prefix}{verb}{suffix}\n", node.name));
    }
}

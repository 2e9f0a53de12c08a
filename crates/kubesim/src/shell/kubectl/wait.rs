//! `kubectl wait` (kubectl `pkg/cmd/wait`): for each object in turn, watches
//! until its condition holds, it is deleted or created, or the timeout (one
//! for the whole command, 30 s by default) runs out.

use super::check_err::{self, KubectlError};
use super::flag_values::duration;
use super::go_duration::GoDuration;
use super::objects::Object;
use super::print_flags::{self, NamePrinter};
use super::resource::ResourceType;
use super::resource_builder::{self, Request, Target};
use super::watch::{self, Limit, Waited};
use super::{error, namespace, not_simulated, parse_flags};
use crate::shell::flags::Flag;
use crate::shell::Output;
use crate::sim::conditions::{node_conditions, pod_conditions, Condition};
use crate::sim::{Cluster, Duration, Timestamp, Uid};

pub(super) const FLAGS: &[Flag] = &[
    Flag::boolean("all", None),
    Flag::boolean("all-namespaces", Some('A')),
    Flag::boolean("allow-missing-template-keys", None),
    Flag::value("field-selector", None),
    Flag::value("filename", Some('f')),
    Flag::value("for", None),
    Flag::boolean("local", None),
    print_flags::FLAG,
    Flag::boolean("recursive", Some('R')),
    Flag::value("selector", Some('l')),
    Flag::boolean("show-managed-fields", None),
    Flag::value("template", None),
    Flag::value("timeout", None),
];

const TRY: &str = "\"kubectl wait --for=condition=Ready pod/NAME\"";

/// `--for`.
#[derive(Clone, Debug, PartialEq, Eq)]
enum For {
    Delete,
    Create,
    /// A condition type and the status wanted, both compared without case.
    Condition {
        name: String,
        status: String,
    },
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match wait(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn wait(cluster: &mut Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = parse_flags("wait", FLAGS, args)?;
    if parsed.bool("help") {
        return Err(not_simulated("\"kubectl wait --help\"", TRY));
    }
    for (flag, what) in [("filename", "--filename"), ("field-selector", "--field-selector")] {
        if parsed.value(flag).is_some() {
            return Err(not_simulated(&format!("\"kubectl wait {what}\""), TRY));
        }
    }
    if parsed.bool("local") {
        return Err(not_simulated("\"kubectl wait --local\"", TRY));
    }
    let timeout = duration(&parsed, "wait", FLAGS, "timeout", GoDuration::from_secs(30))?.to_clock();
    // ToOptions: the printer, then the condition.
    let printer = NamePrinter::from_flags(&parsed, "wait")?;
    let wanted = condition(parsed.value("for").unwrap_or_default())?;
    let ns = namespace(&parsed).to_owned();
    let all_namespaces = parsed.bool("all-namespaces");
    let request = Request {
        command: "wait",
        args: &parsed.args,
        selector: parsed.value("selector"),
        select_all: false,
        lone_type_selects_all: parsed.bool("all"),
        all_namespaces,
        namespace: &ns,
    };
    let targets = resource_builder::resolve(cluster, &request)?;
    let mut out = Output::default();
    // Zero checks once; below zero is a week.
    let once = timeout == Duration::default();
    let limit = if timeout < Duration::default() { Limit::Never } else { Limit::after(cluster, timeout) };
    if wanted == For::Create && !once {
        let waited = watch::until(cluster, limit, |_| None, |c| targets.iter().all(|t| t.find(c).is_some()));
        match waited {
            Waited::Done => {}
            Waited::TimedOut => return Err(error("timed out waiting for the condition")),
            Waited::GaveUp => {
                watch::gave_up(&mut out, None);
                return Ok(out);
            }
        }
    }
    let mut errors: Vec<KubectlError> = Vec::new();
    let mut visited = 0;
    for target in &targets {
        let now = target.find(cluster).as_ref().and_then(resource_builder::uid);
        let uid = match (&wanted, target.listed, now) {
            // Listed, then gone before its turn: deleted as wanted.
            (For::Delete, Some(listed), _) => listed,
            (_, _, Some(uid)) => uid,
            (For::Delete, None, None) => continue,
            (_, _, None) => {
                errors.push(KubectlError::Status(target.not_found()));
                continue;
            }
        };
        visited += 1;
        let met = |c: &Cluster| satisfied(c, target, uid, &wanted);
        let waited = if matches!(limit, Limit::At(t) if t <= cluster.now()) {
            // The one deadline passed while an earlier object was waited
            // for: kubectl's watch of this one ends before it starts.
            Waited::TimedOut
        } else if met(cluster) {
            Waited::Done
        } else if once {
            errors.push(KubectlError::Plain(format!("condition not met for {}", target.object_name())));
            continue;
        } else {
            watch::until(cluster, limit, |c| progress_deadline(c, target), met)
        };
        match waited {
            Waited::Done => out.out(printer.line(&target.qualified_name(), "condition met")),
            Waited::TimedOut => errors.push(KubectlError::Plain(format!(
                "timed out waiting for the condition on {}",
                target.object_name()
            ))),
            Waited::GaveUp => {
                check_err::report(errors, &mut out);
                watch::gave_up(&mut out, None);
                return Ok(out);
            }
        }
    }
    if errors.is_empty() && visited == 0 && wanted != For::Delete {
        errors.push(KubectlError::Plain("no matching resources found".to_owned()));
    }
    check_err::report(errors, &mut out);
    Ok(out)
}

/// `conditionFuncFor`.
fn condition(text: &str) -> Result<For, Output> {
    match text.to_lowercase().as_str() {
        "delete" => return Ok(For::Delete),
        "create" => return Ok(For::Create),
        _ => {}
    }
    if let Some(rest) = text.strip_prefix("condition=") {
        let (name, status) = rest.split_once('=').unwrap_or((rest, "true"));
        return Ok(For::Condition { name: name.to_owned(), status: status.to_owned() });
    }
    if text.starts_with("jsonpath=") {
        return Err(not_simulated("\"kubectl wait --for=jsonpath\"", "\"--for=condition=Ready\""));
    }
    Err(error(&format!("unrecognized condition: \"{text}\"")))
}

/// Whether the object (the one with `uid`) is where `wanted` says.
fn satisfied(cluster: &Cluster, target: &Target, uid: Uid, wanted: &For) -> bool {
    let object = target.find(cluster);
    match wanted {
        For::Delete => object.as_ref().and_then(resource_builder::uid) != Some(uid),
        For::Create => object.is_some(),
        For::Condition { name, status } => object.is_some_and(|o| {
            conditions(cluster, &o)
                .iter()
                .find(|(t, _)| t.eq_ignore_ascii_case(name))
                .is_some_and(|(_, s)| s.as_str().eq_ignore_ascii_case(status))
        }),
    }
}

/// The object's `status.conditions`; kinds without any have none.
fn conditions(cluster: &Cluster, object: &Object<'_>) -> Vec<Condition> {
    match object {
        Object::Pod(p) => pod_conditions(p),
        Object::Node(n) => node_conditions(n),
        Object::Deployment(d) => cluster.deployment_conditions(d),
        Object::PodDisruptionBudget(p) => cluster.pdb_conditions(p),
        _ => Vec::new(),
    }
}

/// A Deployment's Progressing condition turns False at its deadline, which
/// no controller's timer marks: the watch must look then too.
fn progress_deadline(cluster: &Cluster, target: &Target) -> Option<Timestamp> {
    if target.resource != ResourceType::Deployments {
        return None;
    }
    cluster.deployment(&target.namespace, &target.name).and_then(|d| cluster.progress_deadline(d))
}

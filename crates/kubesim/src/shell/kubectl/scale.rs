//! `kubectl scale` (kubectl `pkg/cmd/scale`, `pkg/scale`): sets `replicas`
//! through each object's `scale` subresource, which only Deployments and
//! ReplicaSets (of the simulated kinds) have.

use super::dry_run::{self, DryRun};
use super::flag_values::{duration, int};
use super::go_duration::GoDuration;
use super::objects::Object;
use super::print_flags::{self, NamePrinter};
use super::resource::ResourceType;
use super::resource_builder::{self, Request, Target};
use super::watch::{self, Limit, Waited};
use super::{error, namespace, not_simulated, parse_flags};
use crate::shell::flags::Flag;
use crate::shell::Output;
use crate::sim::{Cluster, Duration};

pub(super) const FLAGS: &[Flag] = &[
    Flag::boolean("all", None),
    Flag::boolean("allow-missing-template-keys", None),
    Flag::value("current-replicas", None),
    dry_run::FLAG,
    Flag::value("filename", Some('f')),
    Flag::value("kustomize", Some('k')),
    print_flags::FLAG,
    Flag::boolean("record", None),
    Flag::boolean("recursive", Some('R')),
    Flag::value("replicas", None),
    Flag::value("resource-version", None),
    Flag::value("selector", Some('l')),
    Flag::boolean("show-managed-fields", None),
    Flag::value("template", None),
    Flag::value("timeout", None),
];

/// The most replicas one Deployment or ReplicaSet may be given here: the
/// API allows up to 2^31-1, but the simulation is sized for clusters of tens
/// of thousands of pods.
const MOST_REPLICAS: i64 = 10_000;

const TRY: &str = "\"kubectl scale deployment/web --replicas=3\"";

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match scale(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn scale(cluster: &mut Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = parse_flags("scale", FLAGS, args)?;
    if parsed.bool("help") {
        return Err(not_simulated("\"kubectl scale --help\"", TRY));
    }
    let replicas = int(&parsed, "scale", FLAGS, "replicas", 0)?;
    let current = int(&parsed, "scale", FLAGS, "current-replicas", -1)?;
    let timeout = duration(&parsed, "scale", FLAGS, "timeout", GoDuration(0))?.to_clock();
    if parsed.value("replicas").is_none() {
        return Err(error("required flag(s) \"replicas\" not set"));
    }
    for (flag, what) in
        [("filename", "--filename"), ("kustomize", "--kustomize"), ("resource-version", "--resource-version")]
    {
        if parsed.value(flag).is_some() {
            return Err(not_simulated(&format!("\"kubectl scale {what}\""), TRY));
        }
    }
    // Complete: the dry-run strategy and the printer.
    let mut out = Output::default();
    let dry_run = match dry_run::strategy(cluster, &parsed, &mut out) {
        Ok(DryRun::None) => None,
        Ok(strategy) => Some(strategy.suffix()),
        Err(e) => {
            e.append_to(&mut out);
            return Err(out);
        }
    };
    let printer = NamePrinter::from_flags(&parsed, "scale")?;
    // Validate.
    if replicas < 0 {
        return Err(error(
            "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0",
        ));
    }
    if current < -1 {
        return Err(error("The --current-replicas must specify an integer of -1 or greater"));
    }
    if replicas > MOST_REPLICAS {
        return Err(not_simulated(&format!("\"--replicas\" above {MOST_REPLICAS}"), "a smaller count"));
    }
    let ns = namespace(&parsed).to_owned();
    let targets = resource_builder::resolve(
        cluster,
        &Request {
            command: "scale",
            args: &parsed.args,
            selector: parsed.value("selector"),
            select_all: false,
            lone_type_selects_all: parsed.bool("all"),
            all_namespaces: false,
            namespace: &ns,
        },
    )?;
    // The builder fetches each object first.
    let (found, missing): (Vec<&Target>, Vec<&Target>) =
        targets.iter().partition(|t| t.find(cluster).is_some());
    if found.is_empty() {
        return Err(error("no objects passed to scale"));
    }
    // Within 0..=MOST_REPLICAS, checked above.
    let replicas = u32::try_from(replicas).unwrap_or_default();
    for target in found {
        if dry_run != Some(" (dry run)") {
            if let Err(message) = scale_one(cluster, target, replicas, current, dry_run.is_some()) {
                out.err(format!("{message}\n"));
                out.status = 1;
                return Ok(out);
            }
            if dry_run.is_none() {
                wait_for_size(cluster, target, replicas, timeout, &mut out);
                if out.status != 0 {
                    return Ok(out);
                }
            }
        }
        let operation = format!("scaled{}", dry_run.unwrap_or_default());
        out.out(printer.line(&target.qualified_name(), &operation));
    }
    for target in missing {
        out.err(format!("{}\n", target.not_found()));
        out.status = 1;
    }
    Ok(out)
}

/// The `scale` subresource: its precondition, then the new size.
fn scale_one(
    cluster: &mut Cluster,
    target: &Target,
    replicas: u32,
    current: i64,
    dry_run: bool,
) -> Result<(), String> {
    let size = match target.find(cluster) {
        Some(Object::Deployment(d)) => d.replicas,
        Some(Object::ReplicaSet(rs)) => rs.replicas,
        Some(_) | None => {
            return Err(
                "Error from server (NotFound): the server could not find the requested resource".to_owned()
            )
        }
    };
    if current != -1 && i64::from(size) != current {
        return Err(format!("error: Expected replicas to be {current}, was {size}"));
    }
    if dry_run {
        return Ok(());
    }
    let (ns, name) = (target.namespace.as_str(), target.name.as_str());
    let done = match target.resource {
        ResourceType::Deployments => cluster.scale_deployment(ns, name, replicas),
        _ => cluster.set_replicaset_size(ns, name, replicas),
    };
    done.map_err(|e| e.message())
}

/// `--timeout`: waits until the scale's status has the new size
/// (`WaitForScaleHasDesiredReplicas`).
fn wait_for_size(cluster: &mut Cluster, target: &Target, replicas: u32, timeout: Duration, out: &mut Output) {
    if timeout == Duration::default() {
        return;
    }
    let limit = Limit::after(cluster, timeout);
    let sized = |c: &Cluster| match target.find(c) {
        Some(Object::Deployment(d)) => d.replicas != replicas || c.deployment_status(d).replicas == replicas,
        Some(Object::ReplicaSet(rs)) => {
            rs.replicas != replicas
                || c.pods().owned_by(rs.meta.uid).filter(|p| p.is_active()).count() == replicas as usize
        }
        _ => true,
    };
    match watch::until(cluster, limit, |_| None, sized) {
        Waited::Done => {}
        Waited::TimedOut => {
            out.err(format!("error: timed out waiting for \"{}\" to be synced\n", target.name));
            out.status = 1;
        }
        Waited::GaveUp => watch::gave_up(out, None),
    }
}

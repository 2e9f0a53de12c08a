//! `kubectl delete` (kubectl `pkg/cmd/delete`): deletes each object named or
//! selected, says so as each goes, then waits until they are gone, as
//! `--wait` (on by default) makes it.

use super::check_err::{self, KubectlError};
use super::dry_run::{self, DryRun};
use super::flag_values::{duration, int};
use super::go_duration::GoDuration;
use super::resource::ResourceType;
use super::resource_builder::{self, Request, Target};
use super::watch::{self, Limit, Waited};
use super::{error, namespace, not_simulated, parse_flags};
use crate::shell::flags::Flag;
use crate::shell::Output;
use crate::sim::deletion::{NamespaceDeletionError, Propagation};
use crate::sim::{Cluster, Duration, Uid};

pub(super) const FLAGS: &[Flag] = &[
    Flag::boolean("all", None),
    Flag::boolean("all-namespaces", Some('A')),
    Flag::optional("cascade", None, "background"),
    dry_run::FLAG,
    Flag::value("field-selector", None),
    Flag::value("filename", Some('f')),
    Flag::boolean("force", None),
    Flag::value("grace-period", None),
    Flag::boolean("ignore-not-found", None),
    Flag::boolean("interactive", Some('i')),
    Flag::value("kustomize", Some('k')),
    Flag::boolean("now", None),
    Flag::value("output", Some('o')),
    Flag::value("raw", None),
    Flag::boolean("recursive", Some('R')),
    Flag::value("selector", Some('l')),
    Flag::value("timeout", None),
    Flag::boolean("wait", None),
];

const TRY: &str = "\"kubectl delete pod NAME\"";

const IMMEDIATE_DELETION: &str = "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n";

/// One object deleted, and how to tell it is gone.
struct Deleted {
    target: Target,
    uid: Option<Uid>,
    /// Foreground deletion: the object stays until these pods are gone.
    dependents: Vec<Uid>,
}

/// A failed delete call: the API's message, and whether it was a NotFound.
struct Refusal {
    message: String,
    not_found: bool,
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match delete(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn delete(cluster: &mut Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = parse_flags("delete", FLAGS, args)?;
    if parsed.bool("help") {
        return Err(not_simulated("\"kubectl delete --help\"", TRY));
    }
    for (flag, what) in [
        ("filename", "--filename"),
        ("kustomize", "--kustomize"),
        ("raw", "--raw"),
        ("field-selector", "--field-selector"),
    ] {
        if parsed.value(flag).is_some() {
            return Err(not_simulated(&format!("\"kubectl delete {what}\""), TRY));
        }
    }
    if parsed.bool("interactive") {
        return Err(not_simulated("\"kubectl delete --interactive\"", TRY));
    }
    let mut grace = int(&parsed, "delete", FLAGS, "grace-period", -1)?;
    let timeout = duration(&parsed, "delete", FLAGS, "timeout", GoDuration(0))?.to_clock();
    let mut out = Output::default();
    let propagation = cascade(parsed.value("cascade"), &mut out)?;

    // Complete.
    let all_namespaces = parsed.bool("all-namespaces");
    let warn_cluster_scope = parsed.value("namespace").is_some_and(|ns| !ns.is_empty()) && !all_namespaces;
    let selector = parsed.value("selector");
    let bulk = parsed.bool("all") || selector.is_some_and(|s| !s.trim().is_empty());
    let ignore_not_found =
        if parsed.value("ignore-not-found").is_some() { parsed.bool("ignore-not-found") } else { bulk };
    let force = parsed.bool("force");
    if parsed.bool("now") {
        if grace != -1 {
            return Err(error("--now and --grace-period cannot be specified together"));
        }
        grace = 1;
    }
    if grace == 0 && !force {
        // kubectl keeps `--grace-period=0` from deleting by accident.
        grace = 1;
    }
    if force && grace < 0 {
        grace = 0;
    }
    let dry_run = dry_run::strategy(cluster, &parsed, &mut out).map_err(|e| {
        e.append_to(&mut out);
        std::mem::take(&mut out)
    })?;
    let ns = namespace(&parsed).to_owned();
    let targets = resource_builder::resolve(
        cluster,
        &Request {
            command: "delete",
            args: &parsed.args,
            selector,
            select_all: parsed.bool("all"),
            lone_type_selects_all: false,
            all_namespaces,
            namespace: &ns,
        },
    )?;

    // Validate.
    let name_only = match parsed.value("output").unwrap_or_default() {
        "" => false,
        "name" => true,
        other => {
            return Err(error(&format!("unexpected -o output mode: {other}. We only support '-o name'")))
        }
    };
    if force && grace == 0 {
        out.err(IMMEDIATE_DELETION);
    } else if force && grace > 0 {
        return Err(error("--force and --grace-period greater than 0 cannot be specified together"));
    }
    if targets.iter().any(|t| t.resource == ResourceType::Events) {
        return Err(not_simulated("\"kubectl delete events\"", TRY));
    }
    let wait = parsed.value("wait").is_none() || parsed.bool("wait");
    if !wait
        && dry_run == DryRun::None
        && targets
            .iter()
            .any(|t| t.resource == ResourceType::Namespaces && cluster.namespace_has_pods(&t.name))
    {
        return Err(not_simulated(
            "\"kubectl delete namespace --wait=false\" while its pods shut down",
            "\"kubectl delete namespace NAME\"",
        ));
    }

    // Run.
    let operation = match (grace == 0, dry_run) {
        (false, DryRun::None) => "deleted",
        (true, DryRun::None) => "force deleted",
        (false, DryRun::Client) => "deleted (dry run)",
        (true, DryRun::Client) => "force deleted (dry run)",
        (false, DryRun::Server) => "deleted (server dry run)",
        (true, DryRun::Server) => "force deleted (server dry run)",
    };
    let grace = (grace >= 0).then_some(grace);
    let mut warned = false;
    let mut deleted: Vec<Deleted> = Vec::new();
    let mut errors: Vec<KubectlError> = Vec::new();
    for target in &targets {
        if warn_cluster_scope && !warned && !target.resource.namespaced() {
            out.err("Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n");
            warned = true;
        }
        let print = |out: &mut Output| {
            if name_only {
                out.out(format!("{}\n", target.qualified_name()));
            } else {
                out.out(format!("{} \"{}\" {operation}\n", target.resource.qualified_kind(), target.name));
            }
        };
        if dry_run == DryRun::Client {
            print(&mut out);
            continue;
        }
        let uid = target.find(cluster).as_ref().and_then(resource_builder::uid);
        let result = if dry_run == DryRun::Server {
            match (uid, target.resource) {
                (Some(_), ResourceType::Namespaces) => {
                    cluster.may_delete_namespace(&target.name).map(|()| Vec::new()).map_err(namespace_refusal)
                }
                (Some(_), _) => Ok(Vec::new()),
                (None, _) => Err(Refusal { message: target.not_found(), not_found: true }),
            }
        } else {
            delete_one(cluster, target, grace, propagation)
        };
        match result {
            Ok(dependents) => {
                print(&mut out);
                deleted.push(Deleted { target: target.clone(), uid, dependents });
            }
            Err(refusal) if refusal.not_found && ignore_not_found => {
                deleted.push(Deleted { target: target.clone(), uid: None, dependents: Vec::new() });
            }
            Err(refusal) => errors.push(KubectlError::Status(refusal.message)),
        }
    }
    if !errors.is_empty() {
        check_err::report(errors, &mut out);
        return Ok(out);
    }
    if targets.is_empty() {
        out.out("No resources found\n");
        return Ok(out);
    }
    if dry_run == DryRun::None {
        if wait {
            // A negative timeout leaves the wait no time at all.
            let limit = if timeout < Duration::default() {
                Limit::At(cluster.now())
            } else {
                Limit::after(cluster, timeout)
            };
            wait_until_gone(cluster, &deleted, limit, &mut out);
        } else {
            // Without a wait only empty namespaces were deleted (see above):
            // they go at once.
            finish_namespaces(cluster, &deleted);
        }
    }
    Ok(out)
}

/// `--cascade`: a strategy, or (deprecated) a boolean.
fn cascade(value: Option<&str>, out: &mut Output) -> Result<Propagation, Output> {
    let value = value.unwrap_or("background");
    match value {
        "background" => Ok(Propagation::Background),
        "foreground" => Ok(Propagation::Foreground),
        "orphan" => Ok(Propagation::Orphan),
        "1" | "t" | "T" | "TRUE" | "true" | "True" => {
            out.err(format!(
                "warning: --cascade={value} is deprecated (boolean value) and can be replaced with --cascade=background.\n"
            ));
            Ok(Propagation::Background)
        }
        "0" | "f" | "F" | "FALSE" | "false" | "False" => {
            out.err(format!(
                "warning: --cascade={value} is deprecated (boolean value) and can be replaced with --cascade=orphan.\n"
            ));
            Ok(Propagation::Orphan)
        }
        other => Err(error(&format!(
            "invalid cascade value ({other}). Must be \"background\", \"foreground\", or \"orphan\""
        ))),
    }
}

/// The DELETE call for one object. Returns, for a foreground deletion, the
/// pods that must go before the object does.
fn delete_one(
    cluster: &mut Cluster,
    target: &Target,
    grace: Option<i64>,
    propagation: Propagation,
) -> Result<Vec<Uid>, Refusal> {
    let not_found = |e: crate::sim::operations::NotFound| Refusal { message: e.message(), not_found: true };
    let (ns, name) = (target.namespace.as_str(), target.name.as_str());
    let dependents =
        if propagation == Propagation::Foreground { pods_under(cluster, target) } else { Vec::new() };
    match target.resource {
        ResourceType::Pods => cluster.delete_pod(ns, name, grace).map_err(not_found)?,
        ResourceType::Deployments => cluster.delete_deployment(ns, name, propagation).map_err(not_found)?,
        ResourceType::ReplicaSets => cluster.delete_replicaset(ns, name, propagation).map_err(not_found)?,
        ResourceType::DaemonSets => cluster.delete_daemonset(ns, name, propagation).map_err(not_found)?,
        ResourceType::Services => cluster.delete_service(ns, name).map_err(not_found)?,
        ResourceType::PodDisruptionBudgets => cluster.delete_pdb(ns, name).map_err(not_found)?,
        ResourceType::Nodes => cluster.delete_node(name).map_err(not_found)?,
        ResourceType::Namespaces => cluster.delete_namespace(name).map_err(namespace_refusal)?,
        // The endpoints controller (or, for `kubernetes`, the API server)
        // makes them again at once, and a node's kubelet its lease.
        ResourceType::Endpoints | ResourceType::Events | ResourceType::Leases => {
            if target.find(cluster).is_none() {
                return Err(Refusal { message: target.not_found(), not_found: true });
            }
        }
    }
    Ok(dependents)
}

fn namespace_refusal(e: NamespaceDeletionError) -> Refusal {
    Refusal { not_found: matches!(e, NamespaceDeletionError::NotFound(_)), message: e.message() }
}

/// The pods a workload's deletion reaches through its owner references.
fn pods_under(cluster: &Cluster, target: &Target) -> Vec<Uid> {
    let owners: Vec<Uid> = match target.resource {
        ResourceType::Deployments => {
            cluster.replicasets_of(&target.namespace, &target.name).iter().map(|rs| rs.meta.uid).collect()
        }
        ResourceType::ReplicaSets | ResourceType::DaemonSets => {
            target.find(cluster).as_ref().and_then(resource_builder::uid).into_iter().collect()
        }
        _ => Vec::new(),
    };
    owners.iter().flat_map(|o| cluster.pods().owned_by(*o).map(|p| p.meta.uid)).collect()
}

/// Whether a deleted object is gone: its name free or taken by a new object,
/// and (foreground) its pods gone; a namespace once its pods are gone.
fn is_gone(cluster: &Cluster, d: &Deleted) -> bool {
    if d.dependents.iter().any(|uid| cluster.pods().get(*uid).is_some()) {
        return false;
    }
    match d.target.resource {
        ResourceType::Namespaces => !cluster.namespace_has_pods(&d.target.name),
        ResourceType::Endpoints | ResourceType::Leases => true,
        _ => d.target.find(cluster).as_ref().and_then(resource_builder::uid) != d.uid || d.uid.is_none(),
    }
}

/// The namespace controller removes each deleted namespace whose pods are
/// all gone.
fn finish_namespaces(cluster: &mut Cluster, deleted: &[Deleted]) {
    for d in deleted.iter().filter(|d| d.target.resource == ResourceType::Namespaces) {
        cluster.finish_namespace_deletion(&d.target.name);
    }
}

/// `--wait`: watches until every deleted object is gone, the timeout runs
/// out (an error naming the first still there), or patience does.
fn wait_until_gone(cluster: &mut Cluster, deleted: &[Deleted], limit: Limit, out: &mut Output) {
    let waited = watch::until(cluster, limit, |_| None, |c| deleted.iter().all(|d| is_gone(c, d)));
    finish_namespaces(cluster, deleted);
    match waited {
        Waited::Done => {}
        Waited::TimedOut => {
            if let Some(d) = deleted.iter().find(|d| !is_gone(cluster, d)) {
                let message = format!("timed out waiting for the condition on {}", d.target.object_name());
                KubectlError::Plain(message).append_to(out);
            }
        }
        Waited::GaveUp => watch::gave_up(out, None),
    }
}

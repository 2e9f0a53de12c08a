//! `kubectl rollout status` (`pkg/cmd/rollout/rollout_status.go`,
//! `pkg/polymorphichelpers/rollout_status.go`): watches each Deployment or
//! DaemonSet and prints the status viewer's line for every change of the
//! object, as each watch event does, until the rollout is done.

use super::super::check_err::{self, KubectlError};
use super::super::flag_values::{duration, int};
use super::super::go_duration::GoDuration;
use super::super::resource::ResourceType;
use super::super::resource_builder::Target;
use super::super::watch::{self, Limit, Waited};
use super::kinds::group_kind;
use super::{flags, nothing_found, targets};
use crate::shell::flags::Flag;
use crate::shell::Output;
use crate::sim::workload_status::{DaemonSetStatus, DeploymentStatus, Progress};
use crate::sim::Cluster;

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    Flag::value("revision", None),
    Flag::value("selector", Some('l')),
    Flag::value("timeout", None),
    Flag::boolean("watch", Some('w')),
];

/// What one watch event shows: a line, and whether the rollout is done.
type Viewed = Result<(String, bool), String>;

/// The object as the watch sees it; a new value is a new event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seen {
    Deployment { spec_replicas: u32, revision: u32, status: DeploymentStatus },
    DaemonSet(DaemonSetStatus),
    Gone,
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match status(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn status(cluster: &mut Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = flags("status", FLAGS, args)?;
    let revision = int(&parsed, "rollout status", FLAGS, "revision", 0)?;
    let timeout = duration(&parsed, "rollout status", FLAGS, "timeout", GoDuration(0))?.to_clock();
    let keep_watching = parsed.value("watch").is_none() || parsed.bool("watch");
    if revision < 0 {
        return Err(super::super::error(&format!("revision must be a positive integer: {revision}")));
    }
    let targets = targets(cluster, "status", &parsed)?;
    let mut out = Output::default();
    let mut errors: Vec<KubectlError> = Vec::new();
    let mut found = false;
    for target in &targets {
        if target.find(cluster).is_none() {
            errors.push(KubectlError::Status(target.not_found()));
            continue;
        }
        found = true;
        if !matches!(target.resource, ResourceType::Deployments | ResourceType::DaemonSets) {
            errors.push(KubectlError::Plain(format!(
                "no status viewer has been implemented for {}",
                group_kind(target.resource)
            )));
            continue;
        }
        let limit = Limit::after(cluster, timeout);
        let mut last: Option<Seen> = None;
        let mut failure: Option<String> = None;
        let waited = watch::until(
            cluster,
            limit,
            |c| c.deployment(&target.namespace, &target.name).and_then(|d| c.progress_deadline(d)),
            |c| {
                let seen = observe(c, target);
                if last == Some(seen) {
                    return false;
                }
                last = Some(seen);
                match view(target, seen, revision) {
                    Ok((line, done)) => {
                        out.out(line);
                        done || !keep_watching
                    }
                    Err(message) => {
                        failure = Some(message);
                        true
                    }
                }
            },
        );
        match (failure, waited) {
            (Some(message), _) => errors.push(KubectlError::Plain(message)),
            (None, Waited::Done) => {}
            (None, Waited::TimedOut) => {
                errors.push(KubectlError::Plain("timed out waiting for the condition".to_owned()))
            }
            (None, Waited::GaveUp) => {
                check_err::report(errors, &mut out);
                watch::gave_up(&mut out, None);
                return Ok(out);
            }
        }
    }
    if !errors.is_empty() {
        check_err::report(errors, &mut out);
        return Ok(out);
    }
    if !found {
        return Ok(nothing_found(&parsed));
    }
    Ok(out)
}

fn observe(cluster: &Cluster, target: &Target) -> Seen {
    match target.resource {
        ResourceType::Deployments => match cluster.deployment(&target.namespace, &target.name) {
            Some(d) => Seen::Deployment {
                spec_replicas: d.replicas,
                revision: d.revision,
                status: cluster.deployment_status(d),
            },
            None => Seen::Gone,
        },
        _ => cluster
            .daemonsets()
            .find(|ds| ds.meta.namespace == target.namespace && ds.meta.name == target.name)
            .map_or(Seen::Gone, |ds| Seen::DaemonSet(cluster.daemonset_status(ds))),
    }
}

/// The status viewers' messages.
fn view(target: &Target, seen: Seen, revision: i64) -> Viewed {
    let name = &target.name;
    match seen {
        Seen::Gone => Err("object has been deleted".to_owned()),
        Seen::Deployment { spec_replicas, revision: running, status } => {
            if revision > 0 && revision != i64::from(running) {
                return Err(format!(
                    "desired revision ({revision}) is different from the running revision ({running})"
                ));
            }
            deployment_line(name, spec_replicas, &status)
        }
        Seen::DaemonSet(status) => Ok(daemonset_line(name, &status)),
    }
}

fn deployment_line(name: &str, spec_replicas: u32, s: &DeploymentStatus) -> Viewed {
    let waiting = |what: String| {
        Ok((format!("Waiting for deployment \"{name}\" rollout to finish: {what}...\n"), false))
    };
    if s.progress == Progress::ProgressDeadlineExceeded {
        return Err(format!("deployment \"{name}\" exceeded its progress deadline"));
    }
    if s.updated < spec_replicas {
        return waiting(format!("{} out of {spec_replicas} new replicas have been updated", s.updated));
    }
    if s.replicas > s.updated {
        return waiting(format!("{} old replicas are pending termination", s.replicas - s.updated));
    }
    if s.available < s.updated {
        return waiting(format!("{} of {} updated replicas are available", s.available, s.updated));
    }
    Ok((format!("deployment \"{name}\" successfully rolled out\n"), true))
}

fn daemonset_line(name: &str, s: &DaemonSetStatus) -> (String, bool) {
    if s.updated < s.desired {
        let line = format!(
            "Waiting for daemon set \"{name}\" rollout to finish: {} out of {} new pods have been updated...\n",
            s.updated, s.desired
        );
        return (line, false);
    }
    if s.available < s.desired {
        let line = format!(
            "Waiting for daemon set \"{name}\" rollout to finish: {} of {} updated pods are available...\n",
            s.available, s.desired
        );
        return (line, false);
    }
    (format!("daemon set \"{name}\" successfully rolled out\n"), true)
}

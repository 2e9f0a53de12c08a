//! `kubectl rollout undo` (`pkg/cmd/rollout/rollout_undo.go`,
//! `pkg/polymorphichelpers/rollback.go`): a Deployment goes back to an
//! older ReplicaSet's template. A simulated DaemonSet has a single revision,
//! so it has nothing to go back to.

use super::super::check_err::{self, KubectlError};
use super::super::dry_run;
use super::super::flag_values::int;
use super::super::not_simulated;
use super::super::print_flags::{self, NamePrinter};
use super::super::resource::ResourceType;
use super::kinds::unsupported;
use super::{flags, targets};
use crate::shell::flags::Flag;
use crate::shell::Output;
use crate::sim::rollback::{Rollback, RollbackError};
use crate::sim::Cluster;

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    Flag::boolean("allow-missing-template-keys", None),
    dry_run::FLAG,
    print_flags::FLAG,
    Flag::value("selector", Some('l')),
    Flag::boolean("show-managed-fields", None),
    Flag::value("template", None),
    Flag::value("to-revision", None),
];

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match undo(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn undo(cluster: &mut Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = flags("undo", FLAGS, args)?;
    let to_revision = int(&parsed, "rollout undo", FLAGS, "to-revision", 0)?;
    let printer = NamePrinter::from_flags(&parsed, "rollout undo")?;
    if parsed.value("dry-run").is_some_and(|v| v != "none") {
        return Err(not_simulated("\"kubectl rollout undo --dry-run\"", "\"kubectl rollout history\""));
    }
    let targets = targets(cluster, "undo", &parsed)?;
    let mut out = Output::default();
    let mut errors: Vec<KubectlError> = Vec::new();
    for target in &targets {
        if target.find(cluster).is_none() {
            errors.push(KubectlError::Status(target.not_found()));
            continue;
        }
        let outcome = match target.resource {
            ResourceType::Deployments => match u32::try_from(to_revision) {
                Err(_) => Err(KubectlError::Plain(format!(
                    "unable to find specified revision {to_revision} in history"
                ))),
                Ok(revision) => {
                    match cluster.rollback_deployment(&target.namespace, &target.name, revision) {
                        Ok(Rollback::RolledBack) => Ok("rolled back".to_owned()),
                        Ok(Rollback::AlreadyThere) => Ok(already(to_revision)),
                        Err(e @ RollbackError::NotFound(_)) => Err(KubectlError::Status(e.message())),
                        Err(e) => Err(KubectlError::Plain(e.message())),
                    }
                }
            },
            // A DaemonSet's one ControllerRevision is revision 1.
            ResourceType::DaemonSets => match to_revision {
                0 => Err(KubectlError::Plain("no last revision to roll back to".to_owned())),
                1 => Ok(already(1)),
                r => Err(KubectlError::Plain(format!("unable to find specified revision {r} in history"))),
            },
            other => Err(KubectlError::Plain(unsupported(other, "rollbacker"))),
        };
        match outcome {
            Ok(operation) => out.out(printer.line(&target.qualified_name(), &operation)),
            Err(failure) => errors.push(failure),
        }
    }
    check_err::report(errors, &mut out);
    Ok(out)
}

fn already(revision: i64) -> String {
    format!("skipped rollback (current template already matches revision {revision})")
}

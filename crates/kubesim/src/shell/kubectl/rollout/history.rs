//! `kubectl rollout history` (`pkg/cmd/rollout/rollout_history.go`,
//! `pkg/polymorphichelpers/history.go`): a Deployment's revisions are its
//! ReplicaSets'; a DaemonSet's are its ControllerRevisions, of which the
//! simulated ones have one (their templates never change).

use super::super::check_err::{self, KubectlError};
use super::super::flag_values::int;
use super::super::print_flags::{self, NamePrinter};
use super::super::resource::ResourceType;
use super::super::resource_builder::Target;
use super::super::{error, not_simulated};
use super::kinds::unsupported;
use super::{flags, targets};
use crate::shell::flags::Flag;
use crate::shell::printer::TabWriter;
use crate::shell::Output;
use crate::sim::Cluster;

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    Flag::boolean("allow-missing-template-keys", None),
    print_flags::FLAG,
    Flag::value("revision", None),
    Flag::value("selector", Some('l')),
    Flag::boolean("show-managed-fields", None),
    Flag::value("template", None),
];

/// The annotation a revision's cause is kept in (`--record`).
const CHANGE_CAUSE: &str = "kubernetes.io/change-cause";

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match history(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn history(cluster: &Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = flags("history", FLAGS, args)?;
    let revision = int(&parsed, "rollout history", FLAGS, "revision", 0)?;
    let printer = NamePrinter::from_flags(&parsed, "rollout history")?;
    if revision < 0 {
        return Err(error(&format!("revision must be a positive integer: {revision}")));
    }
    if revision > 0 {
        return Err(not_simulated(
            "\"kubectl rollout history --revision\" (it describes the pod template)",
            "\"kubectl rollout history deployment/web\"",
        ));
    }
    let targets = targets(cluster, "history", &parsed)?;
    let mut out = Output::default();
    let mut errors: Vec<KubectlError> = Vec::new();
    for target in &targets {
        if target.find(cluster).is_none() {
            errors.push(KubectlError::Status(target.not_found()));
            continue;
        }
        match (target.resource, printer) {
            (ResourceType::Deployments, NamePrinter::Short) => {
                for rs in cluster.replicasets_of(&target.namespace, &target.name) {
                    out.out(format!("{}/{}\n", ResourceType::ReplicaSets.qualified_kind(), rs.meta.name));
                }
            }
            (ResourceType::DaemonSets, NamePrinter::Short) => {
                return Err(not_simulated(
                    "\"kubectl rollout history daemonset -o name\" (ControllerRevisions)",
                    "\"kubectl rollout history daemonset/NAME\"",
                ))
            }
            (ResourceType::Deployments, NamePrinter::WithOperation) => {
                let revisions: Vec<(u32, String)> = cluster
                    .replicasets_of(&target.namespace, &target.name)
                    .iter()
                    .map(|rs| {
                        (rs.revision, rs.meta.annotations.get(CHANGE_CAUSE).cloned().unwrap_or_default())
                    })
                    .collect();
                out.out(listing(target, &revisions));
            }
            (ResourceType::DaemonSets, NamePrinter::WithOperation) => {
                out.out(listing(target, &[(1, String::new())]));
            }
            (other, _) => errors.push(KubectlError::Plain(unsupported(other, "history"))),
        }
    }
    check_err::report(errors, &mut out);
    Ok(out)
}

/// The name printer with the revision table as its "operation":
/// `deployment.apps/web ` then the table, then an empty line.
fn listing(target: &Target, revisions: &[(u32, String)]) -> String {
    let table = if revisions.is_empty() {
        "No rollout history found.".to_owned()
    } else {
        let mut table = TabWriter::for_describe();
        table.row(&["REVISION", "CHANGE-CAUSE"]);
        for (revision, cause) in revisions {
            let cause = if cause.is_empty() { "<none>" } else { cause.as_str() };
            table.row(&[revision.to_string(), cause.to_owned()]);
        }
        table.finish()
    };
    format!("{} \n{table}\n", target.qualified_name())
}

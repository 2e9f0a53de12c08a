//! `kubectl rollout restart` (`pkg/cmd/rollout/rollout_restart.go`,
//! `pkg/polymorphichelpers/objectrestarter.go`): stamps
//! `kubectl.kubernetes.io/restartedAt` on the pod template, so the
//! Deployment rolls out a new ReplicaSet.

use super::super::check_err::{self, KubectlError};
use super::super::not_simulated;
use super::super::objects::Object;
use super::super::print_flags::{self, NamePrinter};
use super::super::resource::ResourceType;
use super::{flags, nothing_found, targets};
use crate::shell::flags::Flag;
use crate::shell::Output;
use crate::sim::Cluster;

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    Flag::boolean("allow-missing-template-keys", None),
    Flag::value("field-manager", None),
    print_flags::FLAG,
    Flag::value("selector", Some('l')),
    Flag::boolean("show-managed-fields", None),
    Flag::value("template", None),
];

const RESTARTED_AT: &str = "kubectl.kubernetes.io/restartedAt";

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match restart(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn restart(cluster: &mut Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = flags("restart", FLAGS, args)?;
    let printer = NamePrinter::from_flags(&parsed, "rollout restart")?;
    let targets = targets(cluster, "restart", &parsed)?;
    if targets.iter().any(|t| t.resource == ResourceType::DaemonSets) {
        return Err(not_simulated(
            "\"kubectl rollout restart daemonset\"",
            "\"kubectl rollout restart deployment/web\"",
        ));
    }
    let mut errors: Vec<KubectlError> = Vec::new();
    let mut found = Vec::new();
    for target in &targets {
        match target.find(cluster) {
            Some(object) => found.push((target, matches!(object, Object::Deployment(_)))),
            None => errors.push(KubectlError::Status(target.not_found())),
        }
    }
    if found.is_empty() && errors.is_empty() {
        return Ok(nothing_found(&parsed));
    }
    let now = cluster.now().to_string();
    let mut out = Output::default();
    for (target, is_deployment) in found {
        if !is_deployment {
            errors.push(KubectlError::Plain(format!(
                "error: {} \"{}\" restarting is not supported",
                target.resource.qualified_plural(),
                target.name
            )));
            continue;
        }
        let stamped = cluster
            .deployment(&target.namespace, &target.name)
            .and_then(|d| d.template.annotations.get(RESTARTED_AT))
            .is_some_and(|at| *at == now);
        if stamped {
            // The same second's timestamp makes an empty patch.
            errors.push(KubectlError::Plain(format!(
                "failed to create patch for {}: if restart has already been triggered within the past second, please wait before attempting to trigger another",
                target.name
            )));
            continue;
        }
        if let Err(e) = cluster.restart_deployment(&target.namespace, &target.name) {
            errors.push(KubectlError::Status(e.message()));
            continue;
        }
        out.out(printer.line(&target.qualified_name(), "restarted"));
    }
    check_err::report(errors, &mut out);
    Ok(out)
}

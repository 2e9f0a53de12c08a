//! `kubectl auth` (kubectl `pkg/cmd/auth`): what the learner may do and who
//! the cluster takes them for. The learner's IAM role has an EKS access entry
//! with `AmazonEKSClusterAdminPolicy`: the EKS authorizer webhook allows it
//! everything, while RBAC knows it only as `system:authenticated`.

pub(super) mod can_i;
pub(super) mod whoami;

use crate::shell::Output;
use crate::sim::Cluster;

/// What `kubectl auth` alone prints (to stderr, then exit 1).
const HELP: &str = "\
Inspect authorization.

Available Commands:
  can-i         Check whether an action is allowed
  reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects
  whoami        Experimental: Check self subject attributes

Usage:
  kubectl auth [flags] [options]

Use \"kubectl auth <command> --help\" for more information about a given command.
Use \"kubectl options\" for a list of global command-line options (applies to all commands).
";

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let Some(at) = super::find_verb(args) else {
        return super::parent_command::run("auth", HELP, args);
    };
    let rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
    match args[at].as_str() {
        "can-i" => can_i::run(cluster, &rest),
        "whoami" => whoami::run(cluster, &rest),
        "reconcile" => super::not_simulated("\"kubectl auth reconcile\"", "\"kubectl auth can-i --list\""),
        _ => super::parent_command::run("auth", HELP, args),
    }
}

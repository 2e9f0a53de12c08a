//! `kubectl config`: the kubeconfig `aws eks update-kubeconfig` wrote for the
//! cluster, read back and (its context's namespace) changed; or, on a machine
//! without one, the empty `Config` client-go starts from.

mod contexts;
mod kubeconfig;
pub(super) mod view;

pub use kubeconfig::KubeConfig;

use crate::shell::Output;
use crate::sim::Cluster;

/// What `kubectl config` alone prints (to stderr, then exit 1), as kubectl's
/// help template renders the command (`pkg/cmd/config/config.go`).
const HELP: &str = "\
Modify kubeconfig files using subcommands like \"kubectl config set current-context my-context\".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place.

Available Commands:
  current-context   Display the current-context
  delete-cluster    Delete the specified cluster from the kubeconfig
  delete-context    Delete the specified context from the kubeconfig
  delete-user       Delete the specified user from the kubeconfig
  get-clusters      Display clusters defined in the kubeconfig
  get-contexts      Describe one or many contexts
  get-users         Display users defined in the kubeconfig
  rename-context    Rename a context from the kubeconfig file
  set               Set an individual value in a kubeconfig file
  set-cluster       Set a cluster entry in kubeconfig
  set-context       Set a context entry in kubeconfig
  set-credentials   Set a user entry in kubeconfig
  unset             Unset an individual value in a kubeconfig file
  use-context       Set the current-context in a kubeconfig file
  view              Display merged kubeconfig settings or a specified kubeconfig file

Usage:
  kubectl config SUBCOMMAND [options]

Use \"kubectl config <command> --help\" for more information about a given command.
Use \"kubectl options\" for a list of global command-line options (applies to all commands).
";

/// Subcommands that edit clusters and users, which the learner's one EKS
/// cluster gives no reason to.
const EDITS_NOT_SIMULATED: &[&str] = &[
    "delete-cluster",
    "delete-context",
    "delete-user",
    "rename-context",
    "set",
    "set-cluster",
    "set-credentials",
    "unset",
];

pub fn run(cluster: &mut Cluster, kubeconfig: &mut Option<KubeConfig>, args: &[String]) -> Output {
    let Some(at) = super::find_verb(args) else {
        return super::parent_command::run("config", HELP, args);
    };
    let rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
    match args[at].as_str() {
        "view" => view::run(cluster, kubeconfig.as_ref(), &rest),
        "current-context" => contexts::current_context(cluster, kubeconfig.as_ref(), &rest),
        "get-contexts" => contexts::get_contexts(cluster, kubeconfig.as_ref(), &rest),
        "use-context" | "use" => contexts::use_context(cluster, kubeconfig.as_ref(), &rest),
        "set-context" => contexts::set_context(cluster, kubeconfig.as_mut(), &rest),
        "get-clusters" | "get-users" => list_names(cluster, kubeconfig.as_ref(), &args[at], &rest),
        edit if EDITS_NOT_SIMULATED.contains(&edit) => super::not_simulated(
            &format!("\"kubectl config {edit}\""),
            "\"kubectl config set-context --current --namespace=NAME\"",
        ),
        _ => super::parent_command::run("config", HELP, args),
    }
}

/// `get-clusters` and `get-users`: a NAME header and the one entry
/// `update-kubeconfig` made, named after the cluster ARN (none without a
/// kubeconfig).
fn list_names(
    cluster: &Cluster,
    kubeconfig: Option<&KubeConfig>,
    subcommand: &str,
    args: &[String],
) -> Output {
    if let Err(output) = super::parse_flags(&format!("config {subcommand}"), &[], args) {
        return output;
    }
    let mut out = Output::default();
    out.out("NAME\n");
    if kubeconfig.is_some() {
        out.out(format!("{}\n", cluster.arn()));
    }
    out
}

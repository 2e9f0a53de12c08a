//! The kubeconfig of the session: what `aws eks update-kubeconfig --name
//! CLUSTER` writes (one cluster, one user, one context, all three named after
//! the cluster ARN), plus what `kubectl config` has changed since.

use crate::sim::Cluster;

/// The session's kubeconfig. Its entries follow from the cluster; only the
/// context's namespace is the session's own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KubeConfig {
    /// The current context's namespace; empty when none is set, as
    /// `update-kubeconfig` leaves it.
    namespace: String,
}

impl KubeConfig {
    /// The namespace commands act in when no `-n` is given, if the context
    /// names one.
    pub fn namespace(&self) -> Option<&str> {
        (!self.namespace.is_empty()).then_some(self.namespace.as_str())
    }

    pub(super) fn set_namespace(&mut self, namespace: &str) {
        namespace.clone_into(&mut self.namespace);
    }

    /// A command's arguments as it sees them. kubectl takes the namespace
    /// from -n, else from the current context: a context namespace reaches
    /// the command as a leading --namespace, which a -n given later
    /// overrides (pflag keeps the last value). `cluster-info` reads only the
    /// flag itself, and `config` has its own --namespace.
    pub fn with_context_namespace(&self, command: &str, mut args: Vec<String>) -> Vec<String> {
        if let Some(namespace) = self.namespace().filter(|_| !matches!(command, "config" | "cluster-info")) {
            args.insert(0, format!("--namespace={namespace}"));
        }
        args
    }
}

/// The exec credential plugin `update-kubeconfig` configures.
pub(super) const EXEC_API_VERSION: &str = "client.authentication.k8s.io/v1beta1";

/// The name of the one context (and of its cluster and user).
pub(super) fn context_name(cluster: &Cluster) -> String {
    cluster.arn()
}

/// The arguments of `aws eks get-token` as `update-kubeconfig` writes them.
pub(super) fn get_token_args(cluster: &Cluster) -> Vec<String> {
    ["--region", &cluster.region, "eks", "get-token", "--cluster-name", &cluster.name, "--output", "json"]
        .map(str::to_owned)
        .to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn the_context_namespace_comes_first_so_a_flag_overrides_it() {
        let mut kubeconfig = KubeConfig::default();
        assert_eq!(kubeconfig.with_context_namespace("get", words("pods")), words("pods"));
        kubeconfig.set_namespace("kube-system");
        assert_eq!(
            kubeconfig.with_context_namespace("get", words("pods -n web")),
            words("--namespace=kube-system pods -n web")
        );
        assert_eq!(kubeconfig.with_context_namespace("cluster-info", words("")), words(""));
        assert_eq!(kubeconfig.with_context_namespace("config", words("view")), words("view"));
        kubeconfig.set_namespace("");
        assert_eq!(kubeconfig.namespace(), None);
    }
}

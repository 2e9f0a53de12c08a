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

//! What the AWS CLI leaves behind on the learner's machine between commands:
//! the kubeconfig entries `update-kubeconfig` wrote to files other than
//! `~/.kube/config` (that one is kubectl's, kept by the shell), and the record of each
//! node group scaling update (EKS keeps them; the engine models only the
//! version updates).

use std::collections::BTreeSet;

use crate::sim::Timestamp;

/// Where `update-kubeconfig` writes when neither `--kubeconfig` nor
/// `KUBECONFIG` says otherwise: `~/.kube/config` of the terminal's user.
pub const DEFAULT_KUBECONFIG: &str = "/home/learner/.kube/config";

/// A node group `UpdateNodegroupConfig` call: its ID, when, and the
/// parameters as the API lists them (`MinSize`, `MaxSize`, `DesiredSize`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigUpdate {
    pub id: String,
    pub nodegroup: String,
    pub created: Timestamp,
    pub params: Vec<(&'static str, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    /// (kubeconfig path, cluster ARN) pairs written so far, outside
    /// `~/.kube/config`.
    kubeconfig_clusters: BTreeSet<(String, String)>,
    config_updates: Vec<ConfigUpdate>,
}

impl Session {
    /// Writes the cluster entry; true when the file already had it (the CLI
    /// then says "Updated context").
    pub fn write_kubeconfig(&mut self, path: &str, cluster_arn: &str) -> bool {
        !self.kubeconfig_clusters.insert((path.to_owned(), cluster_arn.to_owned()))
    }

    pub fn record_config_update(&mut self, update: ConfigUpdate) {
        self.config_updates.push(update);
    }

    /// Scaling updates of one node group, oldest first.
    pub fn config_updates<'a>(&'a self, nodegroup: &'a str) -> impl Iterator<Item = &'a ConfigUpdate> {
        self.config_updates.iter().filter(move |u| u.nodegroup == nodegroup)
    }
}

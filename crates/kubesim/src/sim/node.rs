//! A Kubernetes Node: on EKS, one EC2 instance whose kubelet registered itself.

use std::collections::BTreeMap;

use super::{InstanceType, Timestamp};

/// The status of the node's `Ready` condition, the one `kubectl get nodes`
/// reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeCondition {
    /// The kubelet is posting ready status.
    Ready,
    /// The kubelet reports the node is not ready.
    NotReady,
    /// The node controller has heard nothing from the kubelet.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The EC2 private DNS name, e.g. `ip-10-0-1-23.us-west-2.compute.internal`.
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub created: Timestamp,
    pub ready: NodeCondition,
    /// Set by `kubectl cordon`: the scheduler places nothing new here.
    pub unschedulable: bool,
    pub kubelet_version: String,
    pub internal_ip: String,
    pub external_ip: Option<String>,
    pub os_image: String,
    pub kernel_version: String,
    pub container_runtime: String,
    pub instance_type: InstanceType,
    /// `aws:///us-west-2a/i-0123…`, linking the node to its EC2 instance.
    pub provider_id: String,
}

impl Node {
    pub fn label(&self, key: &str) -> Option<&str> {
        self.labels.get(key).map(String::as_str)
    }

    /// The availability zone, from the well-known topology label.
    pub fn zone(&self) -> Option<&str> {
        self.label("topology.kubernetes.io/zone")
    }

    /// The EKS managed node group that launched the node, if any.
    pub fn nodegroup(&self) -> Option<&str> {
        self.label("eks.amazonaws.com/nodegroup")
    }

    /// The roles `kubectl get nodes` prints: every `node-role.kubernetes.io/<role>`
    /// label plus a non-empty `kubernetes.io/role`, sorted. EKS sets none.
    pub fn roles(&self) -> Vec<&str> {
        let mut roles: Vec<&str> = self
            .labels
            .keys()
            .filter_map(|k| k.strip_prefix("node-role.kubernetes.io/"))
            .filter(|role| !role.is_empty())
            .collect();
        if let Some(role) = self.label("kubernetes.io/role").filter(|r| !r.is_empty()) {
            roles.push(role);
        }
        roles.sort_unstable();
        roles.dedup();
        roles
    }
}

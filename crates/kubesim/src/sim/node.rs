//! A Kubernetes Node: on EKS, one EC2 instance (or one Fargate micro-VM) whose
//! kubelet registered itself.

use std::collections::BTreeMap;

use super::quantity::Resources;
use super::taint::Taint;
use super::{Timestamp, Uid};

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

/// What a node can hold: CPU, memory and a pod count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeResources {
    pub resources: Resources,
    pub pods: u32,
}

/// What backs the node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Compute {
    /// An EC2 instance in a managed node group.
    Ec2 { instance_id: String, instance_type: &'static str, nodegroup: String },
    /// A Fargate micro-VM running exactly one pod.
    Fargate { profile: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The EC2 private DNS name, e.g. `ip-10-0-1-23.us-west-2.compute.internal`.
    pub name: String,
    pub uid: Uid,
    pub labels: BTreeMap<String, String>,
    pub created: Timestamp,
    pub ready: NodeCondition,
    /// When the Ready condition last changed.
    pub ready_since: Timestamp,
    /// Set by `kubectl cordon`: the scheduler places nothing new here.
    pub unschedulable: bool,
    pub taints: Vec<Taint>,
    pub capacity: NodeResources,
    pub allocatable: NodeResources,
    pub kubelet_version: String,
    pub internal_ip: String,
    pub external_ip: Option<String>,
    pub os_image: String,
    pub kernel_version: String,
    pub container_runtime: String,
    /// `aws:///us-west-2a/i-0123…`, linking the node to its EC2 instance.
    pub provider_id: String,
    pub compute: Compute,
    /// Whether the kubelet is alive and posting status (false once the host
    /// fails or shuts down). Not an API field: the cause behind `ready`.
    pub kubelet_up: bool,
    /// When the kubelet last posted status.
    pub last_heartbeat: Timestamp,
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

    pub fn instance_type(&self) -> Option<&str> {
        self.label("node.kubernetes.io/instance-type")
    }

    pub fn is_fargate(&self) -> bool {
        matches!(self.compute, Compute::Fargate { .. })
    }

    pub fn instance_id(&self) -> Option<&str> {
        match &self.compute {
            Compute::Ec2 { instance_id, .. } => Some(instance_id),
            Compute::Fargate { .. } => None,
        }
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

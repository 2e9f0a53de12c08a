//! The `status.conditions` each kind of object carries, as their controllers
//! set them: what `kubectl wait --for=condition=…` watches.

use super::pod::ContainerState;
use super::service::PodDisruptionBudget;
use super::workload::Deployment;
use super::{Cluster, Node, NodeCondition, Pod};

/// A condition's `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConditionStatus {
    True,
    False,
    Unknown,
}

impl ConditionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ConditionStatus::True => "True",
            ConditionStatus::False => "False",
            ConditionStatus::Unknown => "Unknown",
        }
    }

    fn of(value: bool) -> ConditionStatus {
        if value {
            ConditionStatus::True
        } else {
            ConditionStatus::False
        }
    }
}

/// A condition type and its status.
pub type Condition = (&'static str, ConditionStatus);

/// A pod's conditions: only PodScheduled until it has a node; then the
/// kubelet's, in the order it writes them.
pub fn pod_conditions(pod: &Pod) -> Vec<Condition> {
    if pod.node().is_none() {
        return if pod.unschedulable.is_some() {
            vec![("PodScheduled", ConditionStatus::False)]
        } else {
            Vec::new()
        };
    }
    let sandbox = matches!(pod.containers, ContainerState::Running { .. });
    let ready = ConditionStatus::of(pod.ready);
    vec![
        ("PodReadyToStartContainers", ConditionStatus::of(sandbox)),
        ("Initialized", ConditionStatus::True),
        ("Ready", ready),
        ("ContainersReady", ready),
        ("PodScheduled", ConditionStatus::True),
    ]
}

/// A node's conditions. When the kubelet falls silent, the node
/// controller sets them all to Unknown.
pub fn node_conditions(node: &Node) -> Vec<Condition> {
    let (pressure, ready) = match node.ready {
        NodeCondition::Ready => (ConditionStatus::False, ConditionStatus::True),
        NodeCondition::NotReady => (ConditionStatus::False, ConditionStatus::False),
        NodeCondition::Unknown => (ConditionStatus::Unknown, ConditionStatus::Unknown),
    };
    vec![
        ("MemoryPressure", pressure),
        ("DiskPressure", pressure),
        ("PIDPressure", pressure),
        ("Ready", ready),
    ]
}

impl Cluster {
    /// A Deployment's Available and Progressing conditions.
    pub fn deployment_conditions(&self, d: &Deployment) -> Vec<Condition> {
        self.deployment_status(d).conditions().into_iter().map(|c| (c.kind, c.status)).collect()
    }

    /// A PodDisruptionBudget's DisruptionAllowed condition.
    pub fn pdb_conditions(&self, pdb: &PodDisruptionBudget) -> Vec<Condition> {
        let allowed = self.pdb_status(pdb).disruptions_allowed > 0;
        vec![("DisruptionAllowed", ConditionStatus::of(allowed))]
    }
}

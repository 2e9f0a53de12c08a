//! The `status.conditions` each kind of object carries, as their controllers
//! set them: what `kubectl wait --for=condition=…` watches.

use super::service::PodDisruptionBudget;
use super::workload::Deployment;
use super::{Cluster, Node, Pod};

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

    pub fn of(value: bool) -> ConditionStatus {
        if value {
            ConditionStatus::True
        } else {
            ConditionStatus::False
        }
    }
}

impl std::fmt::Display for ConditionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A condition type and its status.
pub type Condition = (&'static str, ConditionStatus);

/// A pod's conditions (`Pod::conditions`).
pub fn pod_conditions(pod: &Pod) -> Vec<Condition> {
    pod.conditions().into_iter().map(|c| (c.kind, c.status)).collect()
}

/// A node's conditions (`Node::conditions`).
pub fn node_conditions(node: &Node) -> Vec<Condition> {
    node.conditions().into_iter().map(|c| (c.kind, c.status)).collect()
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

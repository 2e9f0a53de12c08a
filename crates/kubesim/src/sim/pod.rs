//! A Pod: what it asks for, where it runs, and where it is in its life.

use super::meta::{ObjectMeta, OwnerKind, OwnerRef};
use super::quantity::Resources;
use super::taint::{Taint, Toleration};
use super::{Labels, Timestamp};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Container {
    pub name: String,
    pub image: String,
    pub requests: Resources,
    pub limits: Resources,
}

/// The pod template a controller stamps pods from, and a pod's own spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodSpec {
    pub containers: Vec<Container>,
    pub node_selector: Labels,
    /// Node affinity `key NotIn [value]` terms, as the EKS add-ons use to
    /// stay off Fargate.
    pub avoid_labels: Labels,
    pub tolerations: Vec<Toleration>,
    /// The pod mounts an `emptyDir` volume (drain refuses without
    /// `--delete-emptydir-data`).
    pub empty_dir: bool,
    /// Uses the node's network namespace: the pod IP is the node IP.
    pub host_network: bool,
    pub priority: i32,
    pub priority_class: Option<String>,
    pub termination_grace_secs: i64,
    /// Set by the DaemonSet controller (node affinity on `metadata.name`) or
    /// by the scheduler once it binds the pod.
    pub node_name: Option<String>,
    /// `fargate-scheduler` when a Fargate profile selected the pod.
    pub scheduler_name: &'static str,
    pub service_account: String,
}

impl PodSpec {
    pub fn requests(&self) -> Resources {
        self.containers.iter().fold(Resources::default(), |sum, c| sum + c.requests)
    }

    /// The node selector and node affinity admit a node with these labels.
    pub fn matches_node(&self, labels: &Labels) -> bool {
        self.node_selector.iter().all(|(k, v)| labels.get(k) == Some(v))
            && !self.avoid_labels.iter().any(|(k, v)| labels.get(k) == Some(v))
    }

    pub fn tolerates(&self, taint: &Taint) -> bool {
        self.tolerations.iter().any(|t| t.tolerates(taint))
    }
}

pub const DEFAULT_SCHEDULER: &str = "default-scheduler";
pub const FARGATE_SCHEDULER: &str = "fargate-scheduler";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PodPhase {
    Pending,
    Running,
    Succeeded,
    Failed,
}

impl PodPhase {
    pub fn as_str(self) -> &'static str {
        match self {
            PodPhase::Pending => "Pending",
            PodPhase::Running => "Running",
            PodPhase::Succeeded => "Succeeded",
            PodPhase::Failed => "Failed",
        }
    }
}

/// The state all of a pod's containers are in (they move together here).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContainerState {
    /// Not created yet: `reason` is what `kubectl get pods` shows, e.g.
    /// `ContainerCreating`.
    Waiting {
        reason: &'static str,
    },
    Running {
        started: Timestamp,
    },
    Terminated {
        reason: &'static str,
        exit_code: i32,
        finished: Timestamp,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pod {
    pub meta: ObjectMeta,
    pub owner: Option<OwnerRef>,
    pub spec: PodSpec,
    pub phase: PodPhase,
    pub containers: ContainerState,
    /// The Ready condition: containers running and the node reachable.
    pub ready: bool,
    pub ip: Option<String>,
    pub restarts: u32,
    pub scheduled: Option<Timestamp>,
    /// The PodScheduled=False message, while the scheduler finds no node.
    pub unschedulable: Option<String>,
    /// `metadata.deletionTimestamp`: the pod is Terminating.
    pub deletion: Option<Timestamp>,
    /// `status.reason`, e.g. `NodeLost` or `Evicted`.
    pub reason: Option<&'static str>,
}

impl Pod {
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    pub fn namespace(&self) -> &str {
        &self.meta.namespace
    }

    pub fn node(&self) -> Option<&str> {
        self.spec.node_name.as_deref().filter(|_| self.scheduled.is_some())
    }

    pub fn is_terminating(&self) -> bool {
        self.deletion.is_some()
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.phase, PodPhase::Succeeded | PodPhase::Failed)
    }

    /// Counted by its controller: not finished and not on its way out.
    pub fn is_active(&self) -> bool {
        !self.is_finished() && !self.is_terminating()
    }

    pub fn owned_by(&self, kind: OwnerKind) -> bool {
        self.owner.as_ref().is_some_and(|o| o.kind == kind)
    }

    pub fn is_daemonset_pod(&self) -> bool {
        self.owned_by(OwnerKind::DaemonSet)
    }

    /// Ready and not terminating: what a PDB counts as healthy and a Service
    /// sends traffic to.
    pub fn is_serving(&self) -> bool {
        self.ready && !self.is_terminating()
    }

    /// The STATUS column of `kubectl get pods` (printPod's reason): the
    /// phase, replaced by `status.reason`, then by a waiting or terminated
    /// container's reason, and `Terminating` once deletion has begun
    /// (`Unknown` when the node was lost).
    pub fn status_text(&self) -> &'static str {
        if self.is_terminating() {
            return if self.reason == Some("NodeLost") { "Unknown" } else { "Terminating" };
        }
        if let Some(reason) = self.reason {
            return reason;
        }
        match &self.containers {
            ContainerState::Waiting { reason } if self.scheduled.is_some() => reason,
            ContainerState::Terminated { reason, .. } => reason,
            _ => self.phase.as_str(),
        }
    }

    /// Holds a node's resources: bound, until it is removed.
    pub fn holds_resources(&self) -> bool {
        self.scheduled.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::meta::Uid;
    use crate::sim::Timestamp;

    fn pod() -> Pod {
        let now = Timestamp::from_utc(2025, 6, 12, 9, 0, 0);
        Pod {
            meta: ObjectMeta {
                name: "web-1".into(),
                namespace: "default".into(),
                uid: Uid(1),
                labels: Labels::new(),
                annotations: Labels::new(),
                created: now,
            },
            owner: None,
            spec: PodSpec {
                containers: Vec::new(),
                node_selector: Labels::new(),
                avoid_labels: Labels::new(),
                tolerations: Vec::new(),
                empty_dir: false,
                host_network: false,
                priority: 0,
                priority_class: None,
                termination_grace_secs: 30,
                node_name: None,
                scheduler_name: DEFAULT_SCHEDULER,
                service_account: "default".into(),
            },
            phase: PodPhase::Pending,
            containers: ContainerState::Waiting { reason: "ContainerCreating" },
            ready: false,
            ip: None,
            restarts: 0,
            scheduled: None,
            unschedulable: None,
            deletion: None,
            reason: None,
        }
    }

    #[test]
    fn status_reads_like_kubectl() {
        let mut p = pod();
        assert_eq!(p.status_text(), "Pending", "not scheduled yet");
        p.scheduled = Some(p.meta.created);
        assert_eq!(p.status_text(), "ContainerCreating");
        p.phase = PodPhase::Running;
        p.containers = ContainerState::Running { started: p.meta.created };
        assert_eq!(p.status_text(), "Running");
        p.deletion = Some(p.meta.created);
        assert_eq!(p.status_text(), "Terminating");
        p.reason = Some("NodeLost");
        assert_eq!(p.status_text(), "Unknown");
    }
}

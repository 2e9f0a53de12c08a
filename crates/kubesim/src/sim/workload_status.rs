//! The status the controllers publish on Deployments, ReplicaSets and
//! DaemonSets, and the annotations they stamp, computed from the pods as the
//! controllers count them.

use super::meta::Uid;
use super::pod::PodPhase;
use super::workload::{DaemonSet, Deployment, ReplicaSet};
use super::{Cluster, Labels};

/// One entry of a controller's `status.conditions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkloadCondition {
    pub kind: &'static str,
    pub status: &'static str,
    pub reason: &'static str,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeploymentStatus {
    pub replicas: u32,
    pub updated: u32,
    pub ready: u32,
    pub available: u32,
    pub unavailable: u32,
    pub conditions: Vec<WorkloadCondition>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReplicaSetStatus {
    /// Active pods (not terminating, not finished).
    pub replicas: u32,
    pub ready: u32,
    pub available: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DaemonSetStatus {
    pub desired: u32,
    pub current: u32,
    pub updated: u32,
    pub ready: u32,
    pub available: u32,
    pub misscheduled: u32,
}

/// A controller's pods by phase, as `describe` counts them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PodPhaseCounts {
    pub running: u32,
    pub waiting: u32,
    pub succeeded: u32,
    pub failed: u32,
}

impl Cluster {
    pub fn replicaset_status(&self, rs: &ReplicaSet) -> ReplicaSetStatus {
        let mut status = ReplicaSetStatus::default();
        for pod in self.pods.owned_by(rs.meta.uid).filter(|p| p.is_active()) {
            status.replicas += 1;
            if pod.ready {
                status.ready += 1;
                status.available += 1;
            }
        }
        status
    }

    /// The pods a controller owns, counted by phase.
    pub fn pod_phase_counts(&self, owner: Uid) -> PodPhaseCounts {
        let mut counts = PodPhaseCounts::default();
        for pod in self.pods.owned_by(owner) {
            match pod.phase {
                PodPhase::Running => counts.running += 1,
                PodPhase::Pending => counts.waiting += 1,
                PodPhase::Succeeded => counts.succeeded += 1,
                PodPhase::Failed => counts.failed += 1,
            }
        }
        counts
    }

    /// The ReplicaSet whose template is the Deployment's.
    pub fn new_replicaset_of(&self, d: &Deployment) -> Option<&ReplicaSet> {
        let name = format!("{}-{}", d.meta.name, d.template.hash());
        self.replicasets_of(&d.meta.namespace, &d.meta.name).into_iter().find(|rs| rs.meta.name == name)
    }

    /// What the Deployment controller's `calculateStatus` and
    /// `syncRolloutStatus` publish (minReadySeconds 0: ready is available).
    pub fn deployment_status(&self, d: &Deployment) -> DeploymentStatus {
        let new = self.new_replicaset_of(d).map(|rs| rs.meta.uid);
        let mut status = DeploymentStatus::default();
        let mut wanted = 0;
        for rs in self.replicasets_of(&d.meta.namespace, &d.meta.name) {
            let rs_status = self.replicaset_status(rs);
            wanted += rs.replicas;
            status.replicas += rs_status.replicas;
            status.ready += rs_status.ready;
            status.available += rs_status.available;
            if Some(rs.meta.uid) == new {
                status.updated = rs_status.replicas;
            }
        }
        status.unavailable = wanted.saturating_sub(status.available);
        let (_, max_unavailable) = d.strategy.resolve(d.replicas);
        let available = status.available >= d.replicas.saturating_sub(max_unavailable);
        let complete =
            status.updated == d.replicas && status.replicas == d.replicas && status.available == d.replicas;
        status.conditions = vec![
            if available {
                WorkloadCondition { kind: "Available", status: "True", reason: "MinimumReplicasAvailable" }
            } else {
                WorkloadCondition { kind: "Available", status: "False", reason: "MinimumReplicasUnavailable" }
            },
            if complete {
                WorkloadCondition { kind: "Progressing", status: "True", reason: "NewReplicaSetAvailable" }
            } else {
                WorkloadCondition { kind: "Progressing", status: "True", reason: "ReplicaSetUpdated" }
            },
        ];
        status
    }

    /// What the DaemonSet controller publishes: nodes that should run a pod,
    /// nodes that run one, and nodes that run one they should not.
    pub fn daemonset_status(&self, ds: &DaemonSet) -> DaemonSetStatus {
        let mut status = DaemonSetStatus::default();
        for node in self.nodes.values() {
            let should_run = self.daemonset_should_run_on(ds, node);
            let pods: Vec<_> = self
                .pods
                .owned_by(ds.meta.uid)
                .filter(|p| p.is_active() && p.spec.node_name.as_deref() == Some(node.name.as_str()))
                .collect();
            status.desired += u32::from(should_run);
            if pods.is_empty() {
                continue;
            }
            if !should_run {
                status.misscheduled += 1;
                continue;
            }
            status.current += 1;
            status.updated += 1;
            if pods.iter().any(|p| p.ready) {
                status.ready += 1;
                status.available += 1;
            }
        }
        status
    }
}

impl Deployment {
    /// The object's annotations with the revision the controller stamps.
    pub fn annotations(&self) -> Labels {
        let mut annotations = self.meta.annotations.clone();
        if self.revision > 0 {
            annotations.insert("deployment.kubernetes.io/revision".to_owned(), self.revision.to_string());
        }
        annotations
    }
}

impl ReplicaSet {
    /// The object's annotations with those the Deployment controller keeps
    /// on the ReplicaSets it owns: desired and maximum replicas (desired
    /// plus surge) and the revision.
    pub fn annotations(&self, owner: Option<&Deployment>) -> Labels {
        let mut annotations = self.meta.annotations.clone();
        if let Some(d) = owner {
            let (surge, _) = d.strategy.resolve(d.replicas);
            let mut set = |k: &str, v: String| annotations.insert(format!("deployment.kubernetes.io/{k}"), v);
            set("desired-replicas", d.replicas.to_string());
            set("max-replicas", (d.replicas + surge).to_string());
            set("revision", self.revision.to_string());
        }
        annotations
    }
}

impl DaemonSet {
    /// The object's annotations with the template generation the API
    /// server stamps (the template never changes here).
    pub fn annotations(&self) -> Labels {
        let mut annotations = self.meta.annotations.clone();
        annotations.insert("deprecated.daemonset.template.generation".to_owned(), "1".to_owned());
        annotations
    }
}

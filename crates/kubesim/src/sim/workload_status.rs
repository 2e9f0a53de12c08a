//! The status the controllers publish on Deployments, ReplicaSets and
//! DaemonSets, and the annotations they stamp, computed from the pods as the
//! controllers count them. `describe`, `-o yaml`, `rollout status`, `scale
//! --timeout` and `wait` all read these.

use super::conditions::ConditionStatus;
use super::meta::Uid;
use super::pod::{ContainerState, PodPhase};
use super::workload::{DaemonSet, Deployment, ReplicaSet};
use super::{Cluster, Duration, Labels, Timestamp};

/// `progressDeadlineSeconds`' default.
pub const PROGRESS_DEADLINE: Duration = Duration::from_secs(600);

/// One entry of a controller's `status.conditions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkloadCondition {
    pub kind: &'static str,
    pub status: ConditionStatus,
    pub reason: &'static str,
}

/// The reason on a Deployment's Progressing condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// A rollout is under way (status True).
    ReplicaSetUpdated,
    /// The newest ReplicaSet has all its replicas available (status True).
    NewReplicaSetAvailable,
    /// A template rollout went `PROGRESS_DEADLINE` without progress (status
    /// False).
    ProgressDeadlineExceeded,
}

impl Progress {
    pub fn as_str(self) -> &'static str {
        match self {
            Progress::ReplicaSetUpdated => "ReplicaSetUpdated",
            Progress::NewReplicaSetAvailable => "NewReplicaSetAvailable",
            Progress::ProgressDeadlineExceeded => "ProgressDeadlineExceeded",
        }
    }
}

/// `status` of a Deployment, as the Deployment controller writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeploymentStatus {
    /// Pods of all its ReplicaSets that are not terminating.
    pub replicas: u32,
    /// Of those, the newest ReplicaSet's.
    pub updated: u32,
    pub ready: u32,
    /// Ready pods (`minReadySeconds` is 0).
    pub available: u32,
    /// The ReplicaSets' desired replicas that are not available.
    pub unavailable: u32,
    /// The Available condition: at least `replicas - maxUnavailable` pods
    /// available.
    pub minimum_available: bool,
    /// The Progressing condition's reason.
    pub progress: Progress,
}

impl DeploymentStatus {
    /// `status.conditions`: Available, then Progressing.
    pub fn conditions(&self) -> [WorkloadCondition; 2] {
        let available = if self.minimum_available {
            WorkloadCondition {
                kind: "Available",
                status: ConditionStatus::True,
                reason: "MinimumReplicasAvailable",
            }
        } else {
            WorkloadCondition {
                kind: "Available",
                status: ConditionStatus::False,
                reason: "MinimumReplicasUnavailable",
            }
        };
        let progressing_status = if self.progress == Progress::ProgressDeadlineExceeded {
            ConditionStatus::False
        } else {
            ConditionStatus::True
        };
        [
            available,
            WorkloadCondition {
                kind: "Progressing",
                status: progressing_status,
                reason: self.progress.as_str(),
            },
        ]
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReplicaSetStatus {
    /// Active pods (not terminating, not finished).
    pub replicas: u32,
    pub ready: u32,
    pub available: u32,
}

/// `status` of a DaemonSet, counted in nodes. Every pod is of the current
/// template: DaemonSet templates do not change here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DaemonSetStatus {
    pub desired: u32,
    pub current: u32,
    pub updated: u32,
    pub ready: u32,
    pub available: u32,
    pub misscheduled: u32,
}

impl DaemonSetStatus {
    /// `numberUnavailable`: nodes that should run a pod and have none
    /// available.
    pub fn unavailable(&self) -> u32 {
        self.desired.saturating_sub(self.available)
    }
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

    /// The ReplicaSet whose template is the Deployment's, if made yet.
    pub fn new_replicaset_of(&self, d: &Deployment) -> Option<&ReplicaSet> {
        let name = format!("{}-{}", d.meta.name, d.template.hash());
        self.replicasets_of(&d.meta.namespace, &d.meta.name).into_iter().find(|rs| rs.meta.name == name)
    }

    /// What the Deployment controller's `calculateStatus` and
    /// `syncRolloutStatus` publish (minReadySeconds 0: ready is available).
    /// A Deployment that is not complete is progressing until its template
    /// rollout passes the progress deadline.
    pub fn deployment_status(&self, d: &Deployment) -> DeploymentStatus {
        let new = self.new_replicaset_of(d).map(|rs| rs.meta.uid);
        let (mut replicas, mut updated, mut ready, mut available, mut wanted) = (0, 0, 0, 0, 0);
        for rs in self.replicasets_of(&d.meta.namespace, &d.meta.name) {
            let rs_status = self.replicaset_status(rs);
            wanted += rs.replicas;
            replicas += rs_status.replicas;
            ready += rs_status.ready;
            available += rs_status.available;
            if Some(rs.meta.uid) == new {
                updated = rs_status.replicas;
            }
        }
        let (_, max_unavailable) = d.strategy.resolve(d.replicas);
        let complete = updated == d.replicas && replicas == d.replicas && available == d.replicas;
        let progress = if complete {
            Progress::NewReplicaSetAvailable
        } else if self.progress_deadline(d).is_some_and(|t| t <= self.now) {
            Progress::ProgressDeadlineExceeded
        } else {
            Progress::ReplicaSetUpdated
        };
        DeploymentStatus {
            replicas,
            updated,
            ready,
            available,
            unavailable: wanted.saturating_sub(available),
            minimum_available: available >= d.replicas.saturating_sub(max_unavailable),
            progress,
        }
    }

    /// While a template rollout is under way (older ReplicaSets still have
    /// pods): when it will have gone `PROGRESS_DEADLINE` without progress.
    /// Progress is a new pod of the newest ReplicaSet, or any of the
    /// Deployment's pods becoming ready.
    pub fn progress_deadline(&self, d: &Deployment) -> Option<Timestamp> {
        let new = self.new_replicaset_of(d)?;
        let sets = self.replicasets_of(&d.meta.namespace, &d.meta.name);
        let old_active = sets
            .iter()
            .filter(|rs| rs.meta.uid != new.meta.uid)
            .any(|rs| self.pods.owned_by(rs.meta.uid).any(|p| p.is_active()));
        if !old_active {
            return None;
        }
        let created = self.pods.owned_by(new.meta.uid).map(|p| p.meta.created);
        let started =
            sets.iter().flat_map(|rs| self.pods.owned_by(rs.meta.uid)).filter_map(|p| match p.containers {
                ContainerState::Running { started } => Some(started),
                _ => None,
            });
        let last = created.chain(started).fold(new.meta.created, Timestamp::max);
        Some(last + PROGRESS_DEADLINE)
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

//! Rollouts as their controllers report them: a Deployment's and a
//! DaemonSet's status, a Deployment's progress deadline, the revision
//! history its ReplicaSets keep, and rolling back to one of them.

use std::collections::BTreeSet;

use super::cluster::key;
use super::operations::NotFound;
use super::pod::ContainerState;
use super::workload::{DaemonSet, Deployment, PodTemplate, ReplicaSet};
use super::{Cluster, Duration, Timestamp};

/// `progressDeadlineSeconds`' default.
pub const PROGRESS_DEADLINE: Duration = Duration::from_secs(600);

/// The label that ties a ReplicaSet's pods to its template.
const TEMPLATE_HASH_LABEL: &str = "pod-template-hash";

/// The reason on a Deployment's Progressing condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// A rollout is under way (status True).
    ReplicaSetUpdated,
    /// The newest ReplicaSet has rolled out (status True). A later scale-up
    /// keeps this reason: the controller only tracks progress of template
    /// rollouts.
    NewReplicaSetAvailable,
    /// No progress for `PROGRESS_DEADLINE` (status False).
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
    pub updated_replicas: u32,
    pub ready_replicas: u32,
    /// Ready pods (`minReadySeconds` is 0).
    pub available_replicas: u32,
    pub unavailable_replicas: u32,
    /// The Available condition: at least `replicas - maxUnavailable` pods
    /// available.
    pub available: bool,
    pub progress: Progress,
}

/// `status` of a DaemonSet, as the DaemonSet controller writes it. Every pod
/// is of the current template: DaemonSet templates do not change here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DaemonSetStatus {
    pub desired: u32,
    pub current: u32,
    pub ready: u32,
    pub updated: u32,
    pub available: u32,
}

/// Why a rollback could not be done, in kubectl's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RollbackError {
    NotFound(NotFound),
    /// No revision before the current one.
    NoHistory(String),
    RevisionNotFound(u32),
}

impl RollbackError {
    /// The API's error for `NotFound`, kubectl's own text otherwise.
    pub fn message(&self) -> String {
        match self {
            RollbackError::NotFound(e) => e.message(),
            RollbackError::NoHistory(name) => format!("no rollout history found for deployment \"{name}\""),
            RollbackError::RevisionNotFound(r) => format!("unable to find specified revision {r} in history"),
        }
    }
}

/// What a rollback did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rollback {
    RolledBack,
    /// The Deployment already has that revision's template.
    AlreadyThere,
}

/// A ReplicaSet's template as the Deployment's own: without the hash label.
fn without_hash(template: &PodTemplate) -> PodTemplate {
    let mut t = template.clone();
    t.labels.remove(TEMPLATE_HASH_LABEL);
    t
}

impl Cluster {
    /// The ReplicaSet a Deployment's current template runs in, if made yet.
    fn new_replicaset<'a>(&'a self, d: &Deployment) -> Option<&'a ReplicaSet> {
        let name = format!("{}-{}", d.meta.name, d.template.hash());
        self.replicasets.get(&key(&d.meta.namespace, &name))
    }

    pub fn deployment_rollout_status(&self, d: &Deployment) -> DeploymentStatus {
        let new = self.new_replicaset(d).map(|rs| rs.meta.uid);
        let (mut replicas, mut updated, mut ready, mut old_active) = (0, 0, 0, 0);
        for rs in self.replicasets_of(&d.meta.namespace, &d.meta.name) {
            for pod in self.pods.owned_by(rs.meta.uid).filter(|p| p.is_active()) {
                replicas += 1;
                ready += u32::from(pod.ready);
                if Some(rs.meta.uid) == new {
                    updated += 1;
                } else {
                    old_active += 1;
                }
            }
        }
        let (_, max_unavailable) = d.strategy.resolve(d.replicas);
        let complete = updated == d.replicas && replicas == d.replicas && ready == d.replicas;
        let progress = if complete || old_active == 0 {
            Progress::NewReplicaSetAvailable
        } else if self.progress_deadline(d).is_some_and(|t| t <= self.now) {
            Progress::ProgressDeadlineExceeded
        } else {
            Progress::ReplicaSetUpdated
        };
        DeploymentStatus {
            replicas,
            updated_replicas: updated,
            ready_replicas: ready,
            available_replicas: ready,
            unavailable_replicas: d.replicas.saturating_sub(ready),
            available: ready >= d.replicas.saturating_sub(max_unavailable),
            progress,
        }
    }

    /// While a template rollout is under way (older ReplicaSets still have
    /// pods): when it will have gone `PROGRESS_DEADLINE` without progress.
    /// Progress is a new pod of the newest ReplicaSet, or any of the
    /// Deployment's pods becoming ready.
    pub fn progress_deadline(&self, d: &Deployment) -> Option<Timestamp> {
        let new = self.new_replicaset(d)?;
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

    pub fn daemonset_rollout_status(&self, ds: &DaemonSet) -> DaemonSetStatus {
        let mut nodes: BTreeSet<&str> = BTreeSet::new();
        let mut ready = 0;
        for pod in self.pods.owned_by(ds.meta.uid).filter(|p| p.is_active()) {
            if let Some(node) = pod.node() {
                nodes.insert(node);
                ready += u32::from(pod.ready);
            }
        }
        let scheduled = nodes.len() as u32;
        DaemonSetStatus {
            desired: scheduled,
            current: scheduled,
            ready,
            updated: scheduled,
            available: ready,
        }
    }

    /// `kubectl rollout undo`: the Deployment takes the template of
    /// `to_revision` (0: the one before the newest). The Deployment
    /// controller then gives that ReplicaSet the next revision number.
    pub fn rollback_deployment(
        &mut self,
        namespace: &str,
        name: &str,
        to_revision: u32,
    ) -> Result<Rollback, RollbackError> {
        let d = self.deployment(namespace, name).ok_or_else(|| {
            RollbackError::NotFound(NotFound { resource: "deployments.apps", name: name.to_owned() })
        })?;
        let sets = self.replicasets_of(namespace, name);
        let newest = sets.iter().map(|rs| rs.revision).max().unwrap_or(0);
        let target = if to_revision == 0 {
            sets.iter()
                .rev()
                .find(|rs| rs.revision < newest)
                .ok_or_else(|| RollbackError::NoHistory(name.to_owned()))?
        } else {
            sets.iter()
                .find(|rs| rs.revision == to_revision)
                .ok_or(RollbackError::RevisionNotFound(to_revision))?
        };
        let template = without_hash(&target.template);
        if template == d.template {
            return Ok(Rollback::AlreadyThere);
        }
        let rs_key = key(namespace, &target.meta.name);
        if let Some(rs) = self.replicasets.get_mut(&rs_key) {
            rs.revision = newest + 1;
        }
        if let Some(d) = self.deployments.get_mut(&key(namespace, name)) {
            d.template = template;
            d.revision = newest + 1;
        }
        self.touch();
        self.twin_restart(namespace, name);
        Ok(Rollback::RolledBack)
    }
}

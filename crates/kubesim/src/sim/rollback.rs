//! Rolling a Deployment back to a revision its ReplicaSets keep.

use super::cluster::key;
use super::operations::NotFound;
use super::workload::PodTemplate;
use super::Cluster;

/// The label that ties a ReplicaSet's pods to its template.
const TEMPLATE_HASH_LABEL: &str = "pod-template-hash";

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

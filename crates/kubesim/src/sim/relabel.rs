//! New labels on a namespaced object (`kubectl label pod|deployment|…`).
//! Services and budgets match pods by label on every look, so a pod's new
//! labels take it in or out of them at once. Controllers own pods by
//! reference, and let go of a pod whose labels leave their selector
//! (releasing it, as ClaimPods does) or adopt an orphan that comes to match:
//! the ReplicaSet then makes or removes a pod to keep its count.

use super::cluster::key;
use super::meta::{OwnerKind, OwnerRef};
use super::operations::NotFound;
use super::{Cluster, Labels, Uid};

/// The namespaced kinds whose labels can be changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelledKind {
    Pod,
    Deployment,
    ReplicaSet,
    DaemonSet,
    Service,
    PodDisruptionBudget,
}

impl LabelledKind {
    /// The resource as API errors name it.
    fn resource(self) -> &'static str {
        match self {
            LabelledKind::Pod => "pods",
            LabelledKind::Deployment => "deployments.apps",
            LabelledKind::ReplicaSet => "replicasets.apps",
            LabelledKind::DaemonSet => "daemonsets.apps",
            LabelledKind::Service => "services",
            LabelledKind::PodDisruptionBudget => "poddisruptionbudgets.policy",
        }
    }
}

impl Cluster {
    /// Replaces the labels of one object.
    pub fn set_labels(
        &mut self,
        kind: LabelledKind,
        namespace: &str,
        name: &str,
        labels: Labels,
    ) -> Result<(), NotFound> {
        let k = key(namespace, name);
        let slot = match kind {
            LabelledKind::Pod => {
                let uid = self.pods.uid_of(namespace, name);
                uid.and_then(|uid| self.pods.get_mut(uid)).map(|p| &mut p.meta.labels)
            }
            LabelledKind::Deployment => self.deployments.get_mut(&k).map(|d| &mut d.meta.labels),
            LabelledKind::ReplicaSet => self.replicasets.get_mut(&k).map(|r| &mut r.meta.labels),
            LabelledKind::DaemonSet => self.daemonsets.get_mut(&k).map(|d| &mut d.meta.labels),
            LabelledKind::Service => self.services.get_mut(&k).map(|s| &mut s.meta.labels),
            LabelledKind::PodDisruptionBudget => self.pdbs.get_mut(&k).map(|p| &mut p.meta.labels),
        };
        let slot = slot.ok_or_else(|| NotFound { resource: kind.resource(), name: name.to_owned() })?;
        *slot = labels;
        if kind == LabelledKind::Pod {
            if let Some(uid) = self.pods.uid_of(namespace, name) {
                self.reclaim_pod(uid);
            }
        }
        self.touch();
        Ok(())
    }

    /// The owner a pod's labels now call for: its controller while the
    /// selector still matches, otherwise none; an active orphan goes to the
    /// first ReplicaSet in its namespace whose selector matches it.
    fn rightful_owner(&self, uid: Uid) -> Option<OwnerRef> {
        let pod = self.pods.get(uid)?;
        let ns = pod.namespace();
        let labels = &pod.meta.labels;
        match &pod.owner {
            Some(owner) => {
                let selector = match owner.kind {
                    OwnerKind::ReplicaSet => self.replicasets.get(&key(ns, &owner.name)).map(|r| &r.selector),
                    OwnerKind::DaemonSet => self.daemonsets.get(&key(ns, &owner.name)).map(|d| &d.selector),
                    OwnerKind::Node => return Some(owner.clone()),
                };
                selector.is_none_or(|s| s.matches(labels)).then(|| owner.clone())
            }
            None if pod.is_active() => self
                .replicasets
                .values()
                .find(|rs| rs.meta.namespace == ns && rs.selector.matches(labels))
                .map(|rs| OwnerRef {
                    kind: OwnerKind::ReplicaSet,
                    name: rs.meta.name.clone(),
                    uid: rs.meta.uid,
                }),
            None => None,
        }
    }

    /// Gives the pod to its rightful owner. The store indexes pods by owner,
    /// so the pod is taken out and put back; both owners then look again.
    fn reclaim_pod(&mut self, uid: Uid) {
        let owner = self.rightful_owner(uid);
        if self.pods.get(uid).is_none_or(|p| p.owner == owner) {
            return;
        }
        if let Some(mut pod) = self.pods.remove(uid) {
            pod.owner = owner;
            self.pods.insert(pod);
        }
    }
}

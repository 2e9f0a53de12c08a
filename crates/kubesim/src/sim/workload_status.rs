//! The `status` the workload controllers write on their objects, computed
//! from the pods as those controllers count them: what `kubectl get`,
//! `describe` and `-o yaml` read for Deployments, ReplicaSets and
//! DaemonSets. Availability needs no waiting here (`minReadySeconds` is 0),
//! so an available pod is a ready one.

use std::collections::BTreeMap;

use super::controllers::daemonset::{pod_template, should_run};
use super::workload::{DaemonSet, Deployment, ReplicaSet};
use super::{Cluster, Pod};

/// A ReplicaSet's `status`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReplicaSetStatus {
    /// Active pods: neither finished nor terminating.
    pub replicas: u32,
    pub ready_replicas: u32,
    pub available_replicas: u32,
}

/// A Deployment's `status`: its ReplicaSets' added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeploymentStatus {
    pub replicas: u32,
    /// Pods of the ReplicaSet that matches the current template.
    pub updated_replicas: u32,
    pub ready_replicas: u32,
    pub available_replicas: u32,
    pub unavailable_replicas: u32,
}

/// A DaemonSet's `status`, node by node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DaemonSetStatus {
    /// Nodes that should run the pod.
    pub desired_number_scheduled: u32,
    /// Of those, nodes that have one.
    pub current_number_scheduled: u32,
    pub number_ready: u32,
    pub updated_number_scheduled: u32,
    pub number_available: u32,
    pub number_unavailable: u32,
    /// Nodes running the pod that should not.
    pub number_misscheduled: u32,
}

impl Cluster {
    pub fn replicaset_status(&self, rs: &ReplicaSet) -> ReplicaSetStatus {
        let mut status = ReplicaSetStatus::default();
        for pod in self.pods.owned_by(rs.meta.uid).filter(|p| p.is_active()) {
            status.replicas += 1;
            if pod.ready {
                status.ready_replicas += 1;
                status.available_replicas += 1;
            }
        }
        status
    }

    pub fn deployment_status(&self, deployment: &Deployment) -> DeploymentStatus {
        let current = format!("{}-{}", deployment.meta.name, deployment.template.hash());
        let mut status = DeploymentStatus::default();
        for rs in self.replicasets_of(&deployment.meta.namespace, &deployment.meta.name) {
            let rs_status = self.replicaset_status(rs);
            status.replicas += rs_status.replicas;
            status.ready_replicas += rs_status.ready_replicas;
            status.available_replicas += rs_status.available_replicas;
            if rs.meta.name == current {
                status.updated_replicas = rs_status.replicas;
            }
        }
        status.unavailable_replicas = deployment.replicas.saturating_sub(status.available_replicas);
        status
    }

    /// Counts as the DaemonSet controller's `updateDaemonSetStatus` does:
    /// per node, the oldest active daemon pod there. Templates are never
    /// changed in place, so every pod is up to date.
    pub fn daemonset_status(&self, ds: &DaemonSet) -> DaemonSetStatus {
        let mut oldest: BTreeMap<&str, &Pod> = BTreeMap::new();
        for pod in self.pods.owned_by(ds.meta.uid).filter(|p| p.is_active()) {
            let Some(node) = pod.spec.node_name.as_deref() else { continue };
            let older = |held: &&Pod| (pod.meta.created, pod.meta.uid) < (held.meta.created, held.meta.uid);
            if oldest.get(node).is_none_or(older) {
                oldest.insert(node, pod);
            }
        }
        let template = pod_template(&ds.template);
        let mut status = DaemonSetStatus::default();
        for node in self.nodes.values() {
            let pod = oldest.get(node.name.as_str());
            if !should_run(node, &template) {
                status.number_misscheduled += u32::from(pod.is_some());
                continue;
            }
            status.desired_number_scheduled += 1;
            let Some(pod) = pod else { continue };
            status.current_number_scheduled += 1;
            status.updated_number_scheduled += 1;
            if pod.ready {
                status.number_ready += 1;
                status.number_available += 1;
            }
        }
        status.number_unavailable = status.desired_number_scheduled.saturating_sub(status.number_available);
        status
    }
}

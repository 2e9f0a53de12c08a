//! The Deployment controller: one ReplicaSet per pod template, rolled from
//! old to new within maxSurge and maxUnavailable.

use crate::sim::cluster::{key, Key};
use crate::sim::event::{EventType, ObjectRef};
use crate::sim::workload::{Deployment, ReplicaSet};
use crate::sim::{Cluster, Selector};

const SOURCE: &str = "deployment-controller";

impl Cluster {
    pub(super) fn run_deployments(&mut self) {
        let keys: Vec<Key> = self.deployments.keys().cloned().collect();
        for k in keys {
            let Some(d) = self.deployments.get(&k) else { continue };
            if self.is_steady(d) {
                continue;
            }
            let d = d.clone();
            self.sync_deployment(&d);
        }
    }

    /// Nothing to roll: the template's ReplicaSet has all the replicas and
    /// every older one none. (Most passes end here, without counting pods.)
    fn is_steady(&self, d: &Deployment) -> bool {
        let new_name = format!("{}-{}", d.meta.name, d.template.hash());
        let sets = self.replicasets_of(&d.meta.namespace, &d.meta.name);
        sets.iter().all(|rs| rs.meta.name == new_name || rs.replicas == 0)
            && sets.iter().any(|rs| rs.meta.name == new_name && rs.replicas == d.replicas)
    }

    /// The ReplicaSets a Deployment owns, oldest revision first.
    pub fn replicasets_of(&self, namespace: &str, deployment: &str) -> Vec<&ReplicaSet> {
        let mut sets: Vec<&ReplicaSet> = self
            .replicasets
            .values()
            .filter(|rs| rs.meta.namespace == namespace && rs.deployment.as_deref() == Some(deployment))
            .collect();
        sets.sort_by_key(|rs| rs.revision);
        sets
    }

    /// Ready pods of a ReplicaSet (availability with minReadySeconds 0).
    pub fn available_pods(&self, rs: &ReplicaSet) -> u32 {
        self.pods.owned_by(rs.meta.uid).filter(|p| p.is_active() && p.ready).count() as u32
    }

    fn sync_deployment(&mut self, d: &Deployment) {
        let ns = d.meta.namespace.clone();
        let hash = d.template.hash();
        let new_name = format!("{}-{hash}", d.meta.name);
        let sets: Vec<(String, u32, u32)> = self
            .replicasets_of(&ns, &d.meta.name)
            .into_iter()
            .map(|rs| (rs.meta.name.clone(), rs.replicas, self.available_pods(rs)))
            .collect();
        let olds: Vec<&(String, u32, u32)> = sets.iter().filter(|(n, _, _)| *n != new_name).collect();
        let old_active = olds.iter().any(|(_, replicas, _)| *replicas > 0);
        let Some(&(_, new_replicas, new_available)) = sets.iter().find(|(n, _, _)| *n == new_name) else {
            let initial = if old_active { 0 } else { d.replicas };
            self.create_replicaset(d, &new_name, &hash, initial);
            return;
        };
        if !old_active {
            self.scale_replicaset(d, &new_name, new_replicas, d.replicas);
            return;
        }
        let (surge, unavailable) = d.strategy.resolve(d.replicas);
        let total: u32 = sets.iter().map(|(_, r, _)| r).sum();
        if new_replicas < d.replicas {
            let room = (d.replicas + surge).saturating_sub(total);
            let up = room.min(d.replicas - new_replicas);
            if up > 0 {
                self.scale_replicaset(d, &new_name, new_replicas, new_replicas + up);
                return;
            }
        } else if new_replicas > d.replicas {
            self.scale_replicaset(d, &new_name, new_replicas, d.replicas);
        }
        // reconcileOldReplicaSets: first drop old pods that are not
        // available (they cost nothing), then available ones while enough
        // stay available overall.
        let min_available = d.replicas.saturating_sub(unavailable);
        let new_unavailable = new_replicas.saturating_sub(new_available);
        let mut cleanup = total.saturating_sub(min_available).saturating_sub(new_unavailable);
        if cleanup == 0 {
            return;
        }
        let mut targets: Vec<(String, u32, u32)> = Vec::new();
        for (name, replicas, available) in olds.iter().map(|t| (t.0.clone(), t.1, t.2)) {
            let down = cleanup.min(replicas.saturating_sub(available));
            cleanup -= down;
            targets.push((name, replicas, replicas - down));
        }
        let available_total: u32 = sets.iter().map(|(_, _, a)| a).sum();
        let mut scale_down = available_total.saturating_sub(min_available);
        for (_, _, target) in &mut targets {
            let down = scale_down.min(*target);
            *target -= down;
            scale_down -= down;
        }
        for (name, from, to) in targets {
            self.scale_replicaset(d, &name, from, to);
        }
    }

    fn create_replicaset(&mut self, d: &Deployment, name: &str, hash: &str, replicas: u32) {
        let ns = d.meta.namespace.clone();
        let revision =
            self.replicasets_of(&ns, &d.meta.name).iter().map(|rs| rs.revision).max().unwrap_or(0) + 1;
        let mut template = d.template.clone();
        template.labels.insert("pod-template-hash".to_owned(), hash.to_owned());
        let mut selector = d.selector.0.clone();
        selector.insert("pod-template-hash".to_owned(), hash.to_owned());
        let meta = self.meta(&ns, name, template.labels.clone(), self.now);
        self.rescaled.insert(meta.uid);
        let rs = ReplicaSet {
            meta,
            deployment: Some(d.meta.name.clone()),
            replicas,
            selector: Selector(selector),
            template,
            revision,
        };
        self.replicasets.insert(key(&ns, name), rs);
        if let Some(deployment) = self.deployments.get_mut(&key(&ns, &d.meta.name)) {
            deployment.revision = revision;
        }
        if replicas > 0 {
            let object = ObjectRef { kind: "Deployment", namespace: ns, name: d.meta.name.clone() };
            let message = format!("Scaled up replica set {name} to {replicas}");
            self.event(object, EventType::Normal, "ScalingReplicaSet", message, SOURCE);
        }
        self.touch();
    }

    fn scale_replicaset(&mut self, d: &Deployment, name: &str, from: u32, to: u32) {
        if from == to {
            return;
        }
        let ns = d.meta.namespace.clone();
        if let Some(rs) = self.replicasets.get_mut(&key(&ns, name)) {
            rs.replicas = to;
            self.rescaled.insert(rs.meta.uid);
        }
        let direction = if to > from { "up" } else { "down" };
        let object = ObjectRef { kind: "Deployment", namespace: ns, name: d.meta.name.clone() };
        let message = format!("Scaled {direction} replica set {name} to {to} from {from}");
        self.event(object, EventType::Normal, "ScalingReplicaSet", message, SOURCE);
        self.touch();
    }
}

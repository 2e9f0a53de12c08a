//! The Fargate scheduler: each pod a Fargate profile selected gets its own
//! micro-VM, which registers as a `fargate-ip-…` node holding only that pod
//! and goes away with it.

use crate::sim::fargate::{capacity_annotation, fargate_node, provisioned, FargateNodeSpec};
use crate::sim::pod::FARGATE_SCHEDULER;
use crate::sim::timing::FARGATE_PROVISION;
use crate::sim::{Cluster, NodeCondition, Timestamp, Uid};

impl Cluster {
    pub(super) fn run_fargate(&mut self) {
        self.provision_fargate(false);
        let idle: Vec<String> = self
            .nodes
            .values()
            .filter(|n| n.is_fargate() && self.pods.on_node(&n.name).all(|p| p.is_finished()))
            .map(|n| n.name.clone())
            .collect();
        for name in idle {
            if let Some(node) = self.nodes.remove(&name) {
                self.vpc.release(&node.internal_ip);
                self.touch();
            }
        }
    }

    /// Starts a micro-VM for each Fargate pod whose provisioning time is up
    /// (or for every waiting one, when a scenario sets up a running cluster).
    pub(crate) fn provision_fargate(&mut self, all: bool) {
        if self.fargate_profiles.is_empty() {
            return;
        }
        let now = self.now;
        let waiting: Vec<Uid> = self
            .pods
            .unbound()
            .filter_map(|uid| self.pods.get(uid))
            .filter(|p| p.spec.scheduler_name == FARGATE_SCHEDULER && !p.is_terminating())
            .filter(|p| all || p.meta.created + FARGATE_PROVISION <= now)
            .map(|p| p.meta.uid)
            .collect();
        for uid in waiting {
            self.start_fargate_node(uid);
        }
    }

    fn start_fargate_node(&mut self, uid: Uid) {
        let Some(pod) = self.pods.get(uid) else { return };
        let Some(profile) = pod.meta.labels.get("eks.amazonaws.com/fargate-profile") else { return };
        let Some(profile) = self.fargate_profiles.get(profile) else { return };
        let zones: Vec<String> = if profile.zones.is_empty() {
            self.vpc.zones().map(str::to_owned).collect()
        } else {
            profile.zones.clone()
        };
        let profile = profile.name.clone();
        let size = provisioned(pod.spec.requests());
        let zone = zones[self.rng.below(zones.len() as u64) as usize % zones.len().max(1)].clone();
        let rng = &mut self.rng;
        let Some(ip) = self.vpc.subnet_in(&zone).and_then(|s| s.allocate(rng)) else { return };
        let node_uid = self.new_uid();
        let spec = FargateNodeSpec {
            region: &self.region,
            zone: &zone,
            ip: &ip,
            profile: &profile,
            kubelet_version: &self.control_plane.server_version,
            size,
        };
        let mut node = fargate_node(&spec, node_uid, self.now);
        // The micro-VM boots before it registers: it is Ready on arrival.
        node.ready = NodeCondition::Ready;
        node.created = self.now - crate::sim::timing::NODE_READY;
        let name = node.name.clone();
        self.nodes.insert(name.clone(), node);
        self.bind_fargate(uid, &name, &ip, size);
    }

    fn bind_fargate(&mut self, uid: Uid, node: &str, ip: &str, size: crate::sim::quantity::Resources) {
        self.binder().assign(uid, node, Some(ip.to_owned()), FARGATE_SCHEDULER);
        if let Some(pod) = self.pods.get_mut(uid) {
            pod.meta.annotations.insert("CapacityProvisioned".to_owned(), capacity_annotation(size));
        }
        self.touch();
    }

    pub(super) fn fargate_wakeup(&self) -> Option<Timestamp> {
        if self.fargate_profiles.is_empty() {
            return None;
        }
        self.pods
            .unbound()
            .filter_map(|uid| self.pods.get(uid))
            .filter(|p| p.spec.scheduler_name == FARGATE_SCHEDULER && !p.is_terminating())
            .map(|p| p.meta.created + FARGATE_PROVISION)
            .min()
    }
}

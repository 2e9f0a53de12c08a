//! The kubelets: start a bound pod's containers, stop a terminating pod's.
//! A kubelet that is down does neither; its pods wait.

use crate::sim::event::{EventType, ObjectRef};
use crate::sim::pod::{ContainerState, PodPhase};
use crate::sim::{Cluster, Uid};

impl Cluster {
    pub(super) fn run_kubelets(&mut self) {
        while let Some(&(at, uid)) = self.pod_timers.first() {
            if at > self.now {
                break;
            }
            self.pod_timers.pop_first();
            self.kubelet_sync(uid);
        }
    }

    fn kubelet_sync(&mut self, uid: Uid) {
        let Some(pod) = self.pods.get(uid) else { return };
        let kubelet_up = pod.node().and_then(|n| self.nodes.get(n)).is_some_and(|n| n.kubelet_up);
        if pod.is_terminating() {
            if kubelet_up || pod.node().is_none() {
                self.remove_pod(uid);
            }
            return;
        }
        if !kubelet_up || !matches!(pod.containers, ContainerState::Waiting { .. }) {
            return;
        }
        let object =
            ObjectRef { kind: "Pod", namespace: pod.meta.namespace.clone(), name: pod.meta.name.clone() };
        let containers: Vec<(String, String)> =
            pod.spec.containers.iter().map(|c| (c.name.clone(), c.image.clone())).collect();
        let now = self.now;
        if let Some(pod) = self.pods.get_mut(uid) {
            pod.phase = PodPhase::Running;
            pod.containers = ContainerState::Running { started: now };
            pod.ready = true;
        }
        for (name, image) in containers {
            let message = format!("Container image \"{image}\" already present on machine");
            self.event(object.clone(), EventType::Normal, "Pulled", message, "kubelet");
            self.event(
                object.clone(),
                EventType::Normal,
                "Created",
                format!("Created container {name}"),
                "kubelet",
            );
            self.event(
                object.clone(),
                EventType::Normal,
                "Started",
                format!("Started container {name}"),
                "kubelet",
            );
        }
        self.touch();
    }

    /// Takes a pod out of the API (its containers have stopped, or its node
    /// is gone) and gives its IP back to the subnet.
    pub(crate) fn remove_pod(&mut self, uid: Uid) {
        let Some(pod) = self.pods.remove(uid) else { return };
        if let Some(ip) = pod.ip.as_deref().filter(|_| !pod.spec.host_network) {
            self.vpc.release(ip);
        }
        if pod.holds_resources() {
            self.capacity_changed = true;
        }
        self.touch();
    }

    /// Pods whose node no longer exists are deleted (the pod garbage
    /// collector), as are unbound pods marked for deletion.
    pub(super) fn collect_garbage(&mut self) {
        let orphans: Vec<Uid> = self
            .pods
            .nodes_with_pods()
            .filter(|n| !self.nodes.contains_key(*n))
            .flat_map(|n| self.pods.on_node(n).map(|p| p.meta.uid))
            .chain(self.pods.unbound().filter(|uid| self.pods.get(*uid).is_some_and(|p| p.is_terminating())))
            .collect();
        for uid in orphans {
            self.remove_pod(uid);
        }
    }
}

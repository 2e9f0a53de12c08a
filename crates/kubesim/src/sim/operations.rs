//! What users and AWS do to the cluster from outside: cordon, delete, scale,
//! restart, and break or mend a node.

use super::cluster::key;
use super::event::{EventType, ObjectRef};
use super::pod::ContainerState;
use super::timing::{CONTAINER_START, CONTAINER_STOP};
use super::{Cluster, Duration, Timestamp, Uid};

/// A named object was not there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotFound {
    /// The resource as the API names it: `nodes`, `pods`, `deployments.apps`.
    pub resource: &'static str,
    pub name: String,
}

impl NotFound {
    pub fn message(&self) -> String {
        format!("Error from server (NotFound): {} \"{}\" not found", self.resource, self.name)
    }
}

fn not_found(resource: &'static str, name: &str) -> NotFound {
    NotFound { resource, name: name.to_owned() }
}

impl Cluster {
    /// Marks the pod for deletion. It stops within its grace period
    /// (`grace` overrides the pod's own) — at once when it never ran.
    pub(crate) fn delete_pod_by_uid(&mut self, uid: Uid, grace: Option<i64>) {
        let now = self.now;
        let Some(pod) = self.pods.get_mut(uid) else { return };
        if pod.is_terminating() && grace != Some(0) {
            return;
        }
        let grace = grace.unwrap_or(pod.spec.termination_grace_secs).max(0);
        pod.deletion = Some(now + Duration::from_secs(grace));
        pod.ready = false;
        let owner = pod.owner.as_ref().map(|o| o.uid);
        let bound = pod.node().map(str::to_owned);
        let object =
            ObjectRef { kind: "Pod", namespace: pod.meta.namespace.clone(), name: pod.meta.name.clone() };
        let containers: Vec<String> = pod.spec.containers.iter().map(|c| c.name.clone()).collect();
        if let Some(owner) = owner {
            self.pods.mark_owner(owner);
        }
        self.touch();
        let Some(node) = bound else {
            self.remove_pod(uid);
            return;
        };
        if grace == 0 {
            self.remove_pod(uid);
            return;
        }
        for name in containers {
            self.event(
                object.clone(),
                EventType::Normal,
                "Killing",
                format!("Stopping container {name}"),
                "kubelet",
            );
        }
        if self.nodes.get(&node).is_some_and(|n| n.kubelet_up) {
            let stop = CONTAINER_STOP.min(Duration::from_secs(grace));
            self.pod_timers.insert((now + stop, uid));
        }
    }

    /// `kubectl delete pod`: graceful deletion.
    pub fn delete_pod(&mut self, namespace: &str, name: &str, grace: Option<i64>) -> Result<(), NotFound> {
        let uid = self.pods.uid_of(namespace, name).ok_or_else(|| not_found("pods", name))?;
        self.twin_stop_task_for(namespace, name);
        self.delete_pod_by_uid(uid, grace);
        Ok(())
    }

    /// Sets `spec.unschedulable`; returns whether it changed (kubectl's
    /// "already cordoned").
    pub fn set_unschedulable(&mut self, node: &str, unschedulable: bool) -> Result<bool, NotFound> {
        let n = self.nodes.get_mut(node).ok_or_else(|| not_found("nodes", node))?;
        if n.unschedulable == unschedulable {
            return Ok(false);
        }
        n.unschedulable = unschedulable;
        let (reason, status) = if unschedulable {
            ("NodeNotSchedulable", "NodeNotSchedulable")
        } else {
            ("NodeSchedulable", "NodeSchedulable")
        };
        let object = ObjectRef { kind: "Node", namespace: String::new(), name: node.to_owned() };
        self.event(
            object,
            EventType::Normal,
            reason,
            format!("Node {node} status is now: {status}"),
            "kubelet",
        );
        self.capacity_changed = true;
        self.touch();
        if !unschedulable {
            self.twin_instance_state(node, crate::ecs::InstanceStatus::Active);
        }
        Ok(true)
    }

    /// `kubectl scale deployment`.
    pub fn scale_deployment(&mut self, namespace: &str, name: &str, replicas: u32) -> Result<(), NotFound> {
        let d = self
            .deployments
            .get_mut(&key(namespace, name))
            .ok_or_else(|| not_found("deployments.apps", name))?;
        d.replicas = replicas;
        self.touch();
        self.twin_scale(namespace, name, replicas);
        Ok(())
    }

    /// `kubectl rollout restart`: a new template annotation, so a new
    /// ReplicaSet rolls out.
    pub fn restart_deployment(&mut self, namespace: &str, name: &str) -> Result<(), NotFound> {
        let now = self.now;
        let d = self
            .deployments
            .get_mut(&key(namespace, name))
            .ok_or_else(|| not_found("deployments.apps", name))?;
        d.template.annotations.insert("kubectl.kubernetes.io/restartedAt".to_owned(), now.to_string());
        self.touch();
        self.twin_restart(namespace, name);
        Ok(())
    }

    /// The node's host stops answering (a hardware fault, a kernel panic):
    /// the kubelet falls silent and the node controller takes it from there.
    pub fn fail_node(&mut self, node: &str) -> Result<(), NotFound> {
        let n = self.nodes.get_mut(node).ok_or_else(|| not_found("nodes", node))?;
        n.kubelet_up = false;
        let instance = n.instance_id().map(str::to_owned);
        self.touch();
        if let Some(id) = instance {
            self.ecs.set_agent_connected(&id, false);
        }
        Ok(())
    }

    /// The host comes back: the kubelet posts status again, and syncs its
    /// pods: starts the ones bound meanwhile, finishes pending deletions.
    pub fn recover_node(&mut self, node: &str) -> Result<(), NotFound> {
        let n = self.nodes.get_mut(node).ok_or_else(|| not_found("nodes", node))?;
        if n.kubelet_up {
            return Ok(());
        }
        n.kubelet_up = true;
        let now = self.now;
        let due: Vec<(Timestamp, Uid)> = self
            .pods
            .on_node(node)
            .filter_map(|p| match (&p.containers, p.is_terminating()) {
                (_, true) => Some((now + CONTAINER_STOP, p.meta.uid)),
                (ContainerState::Waiting { .. }, false) => Some((now + CONTAINER_START, p.meta.uid)),
                _ => None,
            })
            .collect();
        self.pod_timers.extend(due);
        let instance = self.nodes.get(node).and_then(|n| n.instance_id()).map(str::to_owned);
        self.touch();
        if let Some(id) = instance {
            self.ecs.set_agent_connected(&id, true);
        }
        Ok(())
    }
}

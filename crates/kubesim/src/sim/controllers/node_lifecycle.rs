//! The node lifecycle controller: turns kubelet heartbeats (or their absence)
//! into the Ready condition and the taints that go with it, and evicts pods
//! from unreachable nodes once their tolerations run out.

use crate::sim::event::{EventType, ObjectRef};
use crate::sim::taint::{Taint, TaintEffect, NOT_READY, UNREACHABLE, UNSCHEDULABLE};
use crate::sim::timing::{NODE_MONITOR_GRACE, NODE_READY};
use crate::sim::{Cluster, NodeCondition, Timestamp, Uid};

/// The taints this controller owns.
fn managed(key: &str) -> bool {
    key == NOT_READY || key == UNREACHABLE || key == UNSCHEDULABLE
}

impl Cluster {
    pub(super) fn node_lifecycle(&mut self) {
        let now = self.now;
        // The common case, a healthy untainted node, needs only its
        // heartbeat: only the others are looked at further.
        let names: Vec<String> = self
            .nodes
            .values_mut()
            .filter_map(|node| {
                let healthy = node.kubelet_up
                    && node.ready == NodeCondition::Ready
                    && !node.unschedulable
                    && node.taints.is_empty();
                if healthy {
                    node.last_heartbeat = now;
                }
                (!healthy).then(|| node.name.clone())
            })
            .collect();
        for name in names {
            let Some(node) = self.nodes.get_mut(&name) else { continue };
            let condition = if node.kubelet_up {
                node.last_heartbeat = now;
                if now < node.created + NODE_READY {
                    NodeCondition::NotReady
                } else {
                    NodeCondition::Ready
                }
            } else if now >= node.last_heartbeat + NODE_MONITOR_GRACE {
                NodeCondition::Unknown
            } else {
                node.ready
            };
            let mut wanted: Vec<(&str, TaintEffect)> = Vec::new();
            match condition {
                NodeCondition::Ready => {}
                NodeCondition::NotReady => {
                    wanted.extend([(NOT_READY, TaintEffect::NoSchedule), (NOT_READY, TaintEffect::NoExecute)])
                }
                NodeCondition::Unknown => wanted
                    .extend([(UNREACHABLE, TaintEffect::NoSchedule), (UNREACHABLE, TaintEffect::NoExecute)]),
            }
            if node.unschedulable {
                wanted.push((UNSCHEDULABLE, TaintEffect::NoSchedule));
            }
            let before = node.taints.len();
            node.taints.retain(|t| !managed(&t.key) || wanted.contains(&(t.key.as_str(), t.effect)));
            let mut changed = node.taints.len() != before;
            for (key, effect) in wanted {
                if !node.taints.iter().any(|t| t.key == key && t.effect == effect) {
                    let mut taint = Taint::new(key, "", effect);
                    taint.added = (effect == TaintEffect::NoExecute).then_some(now);
                    node.taints.push(taint);
                    changed = true;
                }
            }
            let previous = node.ready;
            if condition != previous {
                node.ready = condition;
                node.ready_since = now;
                changed = true;
            }
            if changed {
                self.capacity_changed = true;
                self.touch();
            }
            if condition != previous {
                self.node_condition_changed(&name, condition);
            }
            self.evict_for_taints(&name);
        }
    }

    fn node_condition_changed(&mut self, name: &str, now_is: NodeCondition) {
        let object = ObjectRef { kind: "Node", namespace: String::new(), name: name.to_owned() };
        let status = if now_is == NodeCondition::Ready { "NodeReady" } else { "NodeNotReady" };
        let (reason, source) = match now_is {
            NodeCondition::Ready => ("NodeReady", "kubelet"),
            NodeCondition::NotReady => ("NodeNotReady", "kubelet"),
            NodeCondition::Unknown => ("NodeNotReady", "node-controller"),
        };
        self.event(object, EventType::Normal, reason, format!("Node {name} status is now: {status}"), source);
        // A lost node's pods stop counting as ready (MarkPodsNotReady); a
        // node that comes back has them ready again.
        let lost = now_is == NodeCondition::Unknown;
        let uids: Vec<Uid> = self.pods.on_node(name).map(|p| p.meta.uid).collect();
        for uid in uids {
            let Some(pod) = self.pods.get_mut(uid) else { continue };
            let running = matches!(pod.containers, crate::sim::pod::ContainerState::Running { .. });
            pod.ready = !lost && running && !pod.is_terminating();
        }
        self.touch();
    }

    /// NoExecute taints evict every pod that does not tolerate them, at once
    /// or when its `tolerationSeconds` run out.
    fn evict_for_taints(&mut self, name: &str) {
        let Some(node) = self.nodes.get(name) else { return };
        if !node.taints.iter().any(|t| t.effect == TaintEffect::NoExecute) {
            return;
        }
        let now = self.now;
        let due: Vec<Uid> = self
            .pods
            .on_node(name)
            .filter(|p| p.is_active())
            .filter(|p| eviction_deadline(node, &p.spec).is_some_and(|t| t <= now))
            .map(|p| p.meta.uid)
            .collect();
        for uid in due {
            let Some(pod) = self.pods.get(uid) else { continue };
            let object =
                ObjectRef { kind: "Pod", namespace: pod.meta.namespace.clone(), name: pod.meta.name.clone() };
            let message = format!("Marking for deletion Pod {}/{}", pod.meta.namespace, pod.meta.name);
            self.event(
                object,
                EventType::Normal,
                "TaintManagerEviction",
                message,
                "taint-eviction-controller",
            );
            self.delete_pod_by_uid(uid, None);
        }
    }

    /// When a node next changes on its own: a registering node turning Ready,
    /// a silent kubelet's node going Unknown, a toleration running out.
    pub(super) fn node_wakeup(&self) -> Option<Timestamp> {
        let now = self.now;
        self.nodes
            .values()
            .flat_map(|node| {
                let ready = (node.kubelet_up && node.ready != NodeCondition::Ready)
                    .then_some(node.created + NODE_READY);
                let unknown = (!node.kubelet_up && node.ready != NodeCondition::Unknown)
                    .then_some(node.last_heartbeat + NODE_MONITOR_GRACE);
                let eviction = node
                    .taints
                    .iter()
                    .any(|t| t.effect == TaintEffect::NoExecute)
                    .then(|| {
                        self.pods
                            .on_node(&node.name)
                            .filter(|p| p.is_active())
                            .filter_map(|p| eviction_deadline(node, &p.spec))
                            .filter(|t| *t > now)
                            .min()
                    })
                    .flatten();
                [ready, unknown, eviction]
            })
            .flatten()
            .filter(|t| *t > now)
            .min()
    }
}

/// When the taint manager evicts a pod from this node: `None` if the pod
/// tolerates every NoExecute taint for good.
fn eviction_deadline(node: &crate::sim::Node, spec: &crate::sim::pod::PodSpec) -> Option<Timestamp> {
    let mut deadline: Option<Timestamp> = None;
    for taint in node.taints.iter().filter(|t| t.effect == TaintEffect::NoExecute) {
        let added = taint.added.unwrap_or(node.ready_since);
        let limit = spec
            .tolerations
            .iter()
            .filter(|t| t.tolerates(taint))
            .map(|t| t.seconds.map(|s| added + crate::sim::Duration::from_secs(s.max(0))))
            .max_by(|a, b| match (a, b) {
                (None, _) => std::cmp::Ordering::Greater,
                (_, None) => std::cmp::Ordering::Less,
                (Some(a), Some(b)) => a.cmp(b),
            });
        let at = match limit {
            None => Some(added),
            Some(None) => None,
            Some(Some(t)) => Some(t),
        };
        if let Some(at) = at {
            deadline = Some(deadline.map_or(at, |d| d.min(at)));
        }
    }
    deadline
}

//! Each managed node group's Auto Scaling group: launches instances until
//! the group has `desired`, picks instances to remove when it has more, and
//! (through EKS's lifecycle hook) cordons and drains a node before its
//! instance terminates.

use crate::sim::eks_node::managed_node;
use crate::sim::event::{EventType, ObjectRef};
use crate::sim::nodegroup::{Ec2Instance, InstanceState};
use crate::sim::taint::{Taint, TaintEffect, NOT_READY};
use crate::sim::timing::{EC2_REGISTER, EC2_TERMINATE, EKS_DRAIN_TIMEOUT, EVICTION_RETRY};
use crate::sim::{Cluster, Timestamp};

impl Cluster {
    pub(super) fn run_nodegroups(&mut self) {
        self.register_instances();
        let groups: Vec<String> = self.nodegroups.keys().cloned().collect();
        for group in groups {
            self.balance_group(&group);
        }
        self.drain_instances();
        self.terminate_drained();
        self.finish_terminations();
    }

    /// Instances whose kubelet has had time to boot register their node.
    fn register_instances(&mut self) {
        let now = self.now;
        let due: Vec<String> = self
            .instances
            .values()
            .filter(|i| {
                i.state == InstanceState::Pending && (i.preexisting || i.launched + EC2_REGISTER <= now)
            })
            .map(|i| i.id.clone())
            .collect();
        for id in due {
            let Some(instance) = self.instances.get(&id).cloned() else { continue };
            let uid = self.new_uid();
            let Some(group) = self.nodegroups.get(&instance.nodegroup) else { continue };
            let mut node = managed_node(&group.template, &instance, uid, now);
            if !instance.preexisting {
                // The kubelet registers with this taint until the node is
                // Ready (TaintNodesByCondition).
                node.taints.push(Taint::new(NOT_READY, "", TaintEffect::NoSchedule));
            } else {
                node.created = instance.launched + EC2_REGISTER;
                node.ready = crate::sim::NodeCondition::Ready;
                node.ready_since = node.created + crate::sim::timing::NODE_READY;
            }
            let name = node.name.clone();
            let instance_type = group.template.instance_type;
            let object = ObjectRef { kind: "Node", namespace: String::new(), name: name.clone() };
            self.nodes.insert(name.clone(), node);
            self.twin_register(&id, &instance.zone, &instance.nodegroup, instance_type);
            if !instance.preexisting {
                self.event(
                    object.clone(),
                    EventType::Normal,
                    "Starting",
                    "Starting kubelet.".to_owned(),
                    "kubelet",
                );
                let message = format!("Node {name} event: Registered Node {name} in Controller");
                self.event(object, EventType::Normal, "RegisteredNode", message, "node-controller");
            }
            if let Some(i) = self.instances.get_mut(&id) {
                i.state = InstanceState::InService;
                i.node = Some(name);
            }
            self.capacity_changed = true;
            self.touch();
        }
    }

    /// The Auto Scaling group's one job: as many live instances as desired,
    /// spread evenly over its zones.
    fn balance_group(&mut self, group: &str) {
        let Some(ng) = self.nodegroups.get(group) else { return };
        let desired = ng.desired as usize;
        let zones = ng.zones.clone();
        let version = ng.version.clone();
        let live: Vec<&Ec2Instance> =
            self.instances.values().filter(|i| i.nodegroup == group && i.is_live()).collect();
        let count_in = |zone: &str, set: &[&Ec2Instance]| set.iter().filter(|i| i.zone == zone).count();
        if live.len() < desired {
            let mut per_zone: Vec<usize> = zones.iter().map(|z| count_in(z, &live)).collect();
            for _ in live.len()..desired {
                let Some(z) = (0..zones.len()).min_by_key(|&z| (per_zone[z], z)) else { return };
                per_zone[z] += 1;
                self.launch_instance(group, &zones[z], &version);
            }
        } else if live.len() > desired && ng.update.is_none() {
            // The default termination policy: the zone with the most
            // instances, then the oldest launch configuration, then the
            // oldest instance.
            let mut remaining = live.clone();
            let mut victims: Vec<String> = Vec::new();
            for _ in desired..live.len() {
                let Some(zone) = zones.iter().max_by_key(|z| count_in(z, &remaining)).cloned() else { break };
                let Some(victim) = remaining
                    .iter()
                    .filter(|i| i.zone == zone || !zones.contains(&i.zone))
                    .min_by_key(|i| (i.version == version, i.launched, i.id.clone()))
                    .map(|i| i.id.clone())
                else {
                    break;
                };
                remaining.retain(|i| i.id != victim);
                victims.push(victim);
            }
            let now = self.now;
            for id in victims {
                if let Some(i) = self.instances.get_mut(&id) {
                    i.state = InstanceState::Draining { since: now, update: false };
                }
            }
            self.touch();
        }
    }

    fn launch_instance(&mut self, group: &str, zone: &str, version: &str) {
        let Some(ng) = self.nodegroups.get(group) else { return };
        let (ami_id, launch_template_version) = (ng.template.ami_id.clone(), ng.launch_template_version);
        let rng = &mut self.rng;
        let Some(ip) = self.vpc.subnet_in(zone).and_then(|s| s.allocate(rng)) else { return };
        let id = format!("i-0{}", self.rng.hex(16));
        let instance = Ec2Instance {
            id: id.clone(),
            nodegroup: group.to_owned(),
            zone: zone.to_owned(),
            private_ip: ip,
            launched: self.now,
            ami_id,
            launch_template_version,
            state: InstanceState::Pending,
            version: version.to_owned(),
            node: None,
            preexisting: false,
        };
        self.instances.insert(id, instance);
        self.touch();
    }

    /// EKS's drain of an instance on its way out: cordon, then evict every
    /// pod but the DaemonSets', retrying while budgets refuse.
    fn drain_instances(&mut self) {
        let now = self.now;
        let draining: Vec<(String, Timestamp, bool, Option<String>)> = self
            .instances
            .values()
            .filter_map(|i| match i.state {
                InstanceState::Draining { since, update } => {
                    Some((i.id.clone(), since, update, i.node.clone()))
                }
                _ => None,
            })
            .collect();
        for (id, since, update, node) in draining {
            let mut blocked = false;
            if let Some(node) = &node {
                let _ = self.set_unschedulable(node, true);
                self.twin_instance_state(node, crate::ecs::InstanceStatus::Draining);
                for (ns, name) in self.evictable_pods_on(node) {
                    blocked |= self.evict_pod(&ns, &name).is_err();
                }
            }
            let remaining = node
                .as_ref()
                .is_some_and(|n| self.pods.on_node(n).any(|p| !p.is_daemonset_pod() && !p.is_finished()));
            // Budgets that never allow an eviction, or pods that never finish
            // (their kubelet is gone), stop a drain after EKS's timeout.
            if (blocked || remaining) && now >= since + EKS_DRAIN_TIMEOUT {
                if update {
                    self.fail_update_for(&id);
                    continue;
                }
                self.terminate_instance(&id);
            } else if !remaining {
                if update {
                    self.instance_drained_for_update(&id);
                } else {
                    self.terminate_instance(&id);
                }
            }
        }
    }

    /// The instance shuts down; its kubelet stops with it.
    pub(super) fn terminate_instance(&mut self, id: &str) {
        let (since, until) = (self.now, self.now + EC2_TERMINATE);
        let Some(instance) = self.instances.get_mut(id) else { return };
        instance.state = InstanceState::Terminating { since, until };
        if let Some(node) = instance.node.clone().and_then(|n| self.nodes.get_mut(&n)) {
            node.kubelet_up = false;
        }
        self.touch();
    }

    /// Terminated instances leave their Auto Scaling group (EC2 still lists
    /// them for a while); the cloud controller deletes their Node objects,
    /// and the pod garbage collector their pods.
    fn finish_terminations(&mut self) {
        let now = self.now;
        self.forget_terminated();
        let gone: Vec<String> = self
            .instances
            .values()
            .filter(|i| matches!(i.state, InstanceState::Terminating { until, .. } if until <= now))
            .map(|i| i.id.clone())
            .collect();
        for id in gone {
            let Some(instance) = self.instances.remove(&id) else { continue };
            self.vpc.release(&instance.private_ip);
            self.ecs.deregister_instance(&id);
            let node = instance.node.clone();
            self.record_terminated(instance);
            if let Some(name) = node {
                self.nodes.remove(&name);
                let object = ObjectRef { kind: "Node", namespace: String::new(), name: name.clone() };
                let message = format!("Node {name} event: Removing Node {name} from Controller");
                self.event(object, EventType::Normal, "RemovingNode", message, "node-controller");
            }
            self.capacity_changed = true;
            self.touch();
        }
    }

    pub(super) fn nodegroup_wakeup(&self) -> Option<Timestamp> {
        let now = self.now;
        let instances = self.instances.values().filter_map(|i| match i.state {
            InstanceState::Pending => Some(i.launched + EC2_REGISTER),
            InstanceState::Draining { .. } => Some(now + EVICTION_RETRY),
            InstanceState::Drained { until } | InstanceState::Terminating { until, .. } => Some(until),
            InstanceState::InService => None,
        });
        instances.filter(|t| *t > now).min()
    }
}

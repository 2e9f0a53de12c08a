//! A managed node group version update, as EKS documents it: scale up with
//! new-version nodes in the same zones, cordon the old ones, drain and
//! terminate them a few at a time (respecting PodDisruptionBudgets), then
//! return to the original size.

use crate::sim::nodegroup::{InstanceState, NodeGroupStatus, UpdatePhase, UpdateRecord};
use crate::sim::timing::UPDATE_TERMINATE_WAIT;
use crate::sim::{Cluster, NodeCondition};

impl Cluster {
    pub(super) fn run_nodegroup_updates(&mut self) {
        let updating: Vec<String> =
            self.nodegroups.values().filter(|g| g.update.is_some()).map(|g| g.name.clone()).collect();
        for group in updating {
            self.step_update(&group);
        }
    }

    fn step_update(&mut self, group: &str) {
        let Some(ng) = self.nodegroups.get(group) else { return };
        let Some(update) = ng.update.clone() else { return };
        let max_unavailable = ng.max_unavailable.max(1) as usize;
        let in_group = |i: &&crate::sim::nodegroup::Ec2Instance| i.nodegroup == group;
        match update.phase {
            UpdatePhase::ScaleUp => {
                let new: Vec<_> = self
                    .instances
                    .values()
                    .filter(in_group)
                    .filter(|i| i.is_live() && i.version == update.to_version)
                    .collect();
                let surge = ng.desired.saturating_sub(update.original_desired) as usize;
                let ready = new.len() >= surge
                    && new.iter().all(|i| {
                        i.node
                            .as_ref()
                            .and_then(|n| self.nodes.get(n))
                            .is_some_and(|n| n.ready == NodeCondition::Ready)
                    });
                if !ready {
                    return;
                }
                let old_nodes: Vec<String> = self
                    .instances
                    .values()
                    .filter(in_group)
                    .filter(|i| i.version != update.to_version)
                    .filter_map(|i| i.node.clone())
                    .collect();
                for node in old_nodes {
                    let _ = self.set_unschedulable(&node, true);
                    if let Some(n) = self.nodes.get_mut(&node) {
                        n.labels.insert(
                            "node.kubernetes.io/exclude-from-external-load-balancers".to_owned(),
                            "true".to_owned(),
                        );
                    }
                }
                self.set_update_phase(group, UpdatePhase::Upgrade);
            }
            UpdatePhase::Upgrade => {
                let old: Vec<_> = self
                    .instances
                    .values()
                    .filter(in_group)
                    .filter(|i| i.version != update.to_version && i.is_live())
                    .collect();
                if old.is_empty() {
                    self.set_update_phase(group, UpdatePhase::ScaleDown);
                    return;
                }
                let busy = old.iter().filter(|i| !matches!(i.state, InstanceState::InService)).count();
                let mut next: Vec<String> = old
                    .iter()
                    .filter(|i| i.state == InstanceState::InService)
                    .filter_map(|i| i.node.clone().map(|n| (n, i.id.clone())))
                    .map(|(_, id)| id)
                    .collect();
                next.sort();
                let now = self.now;
                for id in next.into_iter().take(max_unavailable.saturating_sub(busy)) {
                    if let Some(i) = self.instances.get_mut(&id) {
                        i.state = InstanceState::Draining { since: now, update: true };
                    }
                    self.touch();
                }
            }
            UpdatePhase::ScaleDown => {
                let now = self.now;
                if let Some(ng) = self.nodegroups.get_mut(group) {
                    ng.desired = update.original_desired;
                    ng.max = update.original_max;
                    ng.version = update.to_version.clone();
                    ng.status = NodeGroupStatus::Active;
                    ng.modified = now;
                    ng.update = None;
                    ng.updates.push(UpdateRecord {
                        id: update.id.clone(),
                        to_version: update.to_version.clone(),
                        started: update.started,
                        status: "Successful",
                        error: None,
                    });
                }
                self.touch();
            }
        }
    }

    fn set_update_phase(&mut self, group: &str, phase: UpdatePhase) {
        if let Some(update) = self.nodegroups.get_mut(group).and_then(|g| g.update.as_mut()) {
            update.phase = phase;
        }
        self.touch();
    }

    /// Every pod is off the old node: EKS waits a minute, then terminates it.
    pub(super) fn instance_drained_for_update(&mut self, id: &str) {
        let until = self.now + UPDATE_TERMINATE_WAIT;
        if let Some(i) = self.instances.get_mut(id) {
            i.state = InstanceState::Drained { until };
        }
        self.touch();
    }

    /// Terminates drained old instances whose wait is over. While the group
    /// still lacks new-version capacity the desired size is kept, so the
    /// Auto Scaling group launches a replacement; otherwise it shrinks by one.
    pub(super) fn terminate_drained(&mut self) {
        let now = self.now;
        let due: Vec<(String, String)> = self
            .instances
            .values()
            .filter(|i| matches!(i.state, InstanceState::Drained { until } if until <= now))
            .map(|i| (i.id.clone(), i.nodegroup.clone()))
            .collect();
        for (id, group) in due {
            let Some(ng) = self.nodegroups.get(&group) else { continue };
            if let Some(update) = &ng.update {
                let new_live = self
                    .instances
                    .values()
                    .filter(|i| i.nodegroup == group && i.is_live() && i.version == update.to_version)
                    .count() as u32;
                if new_live >= update.original_desired {
                    if let Some(ng) = self.nodegroups.get_mut(&group) {
                        ng.desired = ng.desired.saturating_sub(1);
                    }
                }
            }
            self.terminate_instance(&id);
        }
    }

    /// A PodDisruptionBudget kept a node from draining for too long: the
    /// update stops with `PodEvictionFailure`; the old node stays cordoned.
    pub(super) fn fail_update_for(&mut self, id: &str) {
        let Some(instance) = self.instances.get_mut(id) else { return };
        instance.state = InstanceState::InService;
        let group = instance.nodegroup.clone();
        let now = self.now;
        for other in self.instances.values_mut().filter(|i| i.nodegroup == group) {
            if matches!(
                other.state,
                InstanceState::Draining { update: true, .. } | InstanceState::Drained { .. }
            ) {
                other.state = InstanceState::InService;
            }
        }
        if let Some(ng) = self.nodegroups.get_mut(&group) {
            if let Some(update) = ng.update.take() {
                ng.desired = update.original_desired;
                ng.max = update.original_max;
                ng.status = NodeGroupStatus::Active;
                ng.modified = now;
                ng.updates.push(UpdateRecord {
                    id: update.id,
                    to_version: update.to_version,
                    started: update.started,
                    status: "Failed",
                    error: Some(
                        "PodEvictionFailure: Reached max retries while trying to evict pods from nodes in node group"
                            .to_owned(),
                    ),
                });
            }
        }
        self.touch();
    }
}

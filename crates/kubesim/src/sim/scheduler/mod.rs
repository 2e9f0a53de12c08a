//! kube-scheduler: binds each pending pod to a node that passes the filters
//! (unschedulable, node name, taints, node selector, resources and pod count)
//! and scores best (fewest pods of the same owner in the zone, then on the
//! node, then the least allocated). A pod that fits nowhere stays Pending with
//! a FailedScheduling event in the scheduler's own words.

use std::collections::{BTreeMap, BTreeSet};

mod filters;

use filters::{filter, fit_error, least_allocated, Reason, Verdict};

use super::event::EventLog;
use super::event::{EventType, ObjectRef};
use super::network::Vpc;
use super::pod::DEFAULT_SCHEDULER;
use super::pod_store::PodStore;
use super::quantity::Resources;
use super::timing::{CONTAINER_START, SCHEDULER_FLUSH};
use super::{Cluster, Node, Rng, Timestamp, Uid};

/// A node as one scheduling pass sees it: what is left on it.
struct Candidate<'a> {
    node: &'a Node,
    zone: usize,
    free: Resources,
    free_pods: u32,
    /// LeastAllocated, kept current as pods land (divisions are dear in the
    /// inner loop).
    score: u64,
    /// Schedulable and untainted: only resources can rule it out. Kept here
    /// so the inner loop need not reach into the node.
    open: bool,
}

impl Candidate<'_> {
    fn take(&mut self, requests: Resources) {
        self.free = self.free.saturating_sub(requests);
        self.free_pods = self.free_pods.saturating_sub(1);
        self.score = least_allocated(self.node, self.free);
    }
}

/// kube-scheduler stops looking once it has found this many feasible nodes
/// (`percentageOfNodesToScore`, adaptive: 50% less 1% per 125 nodes, at
/// least 5%, never fewer than 100 nodes), starting where the last pod left
/// off.
fn feasible_nodes_to_find(all: usize) -> usize {
    if all < 100 {
        return all;
    }
    let percentage = (50 - (all / 125) as i64).max(5) as usize;
    (all * percentage / 100).max(100)
}

/// Where one owner's pods already run, to spread the next one.
struct Spread {
    per_zone: Vec<u32>,
    per_node: Vec<u32>,
}

impl Cluster {
    /// One scheduling pass over the pending pods, oldest first.
    // Kept out of line: this is the engine's hottest loop, and inlined into
    // the reconcile loop its speed swung with unrelated changes to the other
    // controllers (`make bench`).
    #[inline(never)]
    pub(crate) fn schedule(&mut self) {
        if !self.pods.has_unbound() {
            return;
        }
        let retry_all = self.capacity_changed || self.scheduler_retry_at.is_some_and(|t| self.now >= t);
        let pending: Vec<Uid> = self
            .pods
            .unbound()
            .filter(|uid| {
                self.pods.get(*uid).is_some_and(|p| {
                    p.spec.scheduler_name == DEFAULT_SCHEDULER
                        && !p.is_terminating()
                        && (retry_all || p.unschedulable.is_none())
                })
            })
            .collect();
        self.capacity_changed = false;
        if pending.is_empty() {
            return;
        }
        let now = self.now;
        let mut zones: Vec<&str> = Vec::new();
        let mut index: BTreeMap<&str, usize> = BTreeMap::new();
        let mut candidates: Vec<Candidate<'_>> = Vec::with_capacity(self.nodes.len());
        for node in self.nodes.values() {
            let zone_name = node.zone().unwrap_or_default();
            let zone = zones.iter().position(|z| *z == zone_name).unwrap_or_else(|| {
                zones.push(zone_name);
                zones.len() - 1
            });
            let (used, count) = self.pods.usage_on(&node.name);
            index.insert(&node.name, candidates.len());
            let free = node.allocatable.resources.saturating_sub(used);
            candidates.push(Candidate {
                node,
                zone,
                free,
                free_pods: node.allocatable.pods.saturating_sub(count),
                score: least_allocated(node, free),
                open: !node.unschedulable && node.taints.is_empty(),
            });
        }
        let to_find = feasible_nodes_to_find(candidates.len());
        let mut next_start = 0usize;
        let mut spreads: BTreeMap<Uid, Spread> = BTreeMap::new();
        let mut bindings: Vec<(Uid, usize)> = Vec::new();
        let mut failures: Vec<(Uid, String)> = Vec::new();
        for uid in pending {
            let Some(pod) = self.pods.get(uid) else { continue };
            let owner = pod.owner.as_ref().map(|o| o.uid);
            let spread = owner.map(|o| {
                spreads.entry(o).or_insert_with(|| {
                    let mut s =
                        Spread { per_zone: vec![0; zones.len()], per_node: vec![0; candidates.len()] };
                    for p in self.pods.owned_by(o).filter(|p| p.is_active()) {
                        if let Some(&i) = p.node().and_then(|n| index.get(n)) {
                            s.per_zone[candidates[i].zone] += 1;
                            s.per_node[i] += 1;
                        }
                    }
                    s
                })
            });
            let requests = pod.spec.requests();
            let plain = pod.spec.node_name.is_none()
                && pod.spec.node_selector.is_empty()
                && pod.spec.avoid_labels.is_empty();
            let mut best: Option<(usize, (u32, u32, u64))> = None;
            let mut ties = 0u64;
            let mut reasons: BTreeMap<Reason<'_>, u32> = BTreeMap::new();
            let mut unresolvable = 0u32;
            // A pod pinned to a node (a DaemonSet's) is checked there only;
            // every other node fails its node affinity.
            let pinned = pod.spec.node_name.as_deref().and_then(|n| index.get(n).copied());
            let n = candidates.len();
            let (start, len) = match (pinned, pod.spec.node_name.is_some()) {
                (Some(i), _) => (i, 1),
                (None, true) => (0, 0),
                (None, false) => (next_start, n),
            };
            let others = n - len;
            if others > 0 {
                reasons.insert(Reason::Affinity, others as u32);
                unresolvable += others as u32;
            }
            let mut feasible = 0usize;
            let mut examined = 0usize;
            // Round the candidate list from `start`, without a division per
            // node.
            for i in (start..n).chain(0..start).take(len) {
                if feasible >= to_find {
                    break;
                }
                examined += 1;
                let c = &candidates[i];
                // Most pods ask nothing of a node but room: check that first.
                let roomy = c.free_pods > 0
                    && requests.millicpu <= c.free.millicpu
                    && requests.memory <= c.free.memory;
                if !(plain && c.open && roomy) {
                    match filter(pod, c, requests, &mut reasons) {
                        Verdict::Fits => {}
                        Verdict::Unresolvable => {
                            unresolvable += 1;
                            continue;
                        }
                        Verdict::Resolvable => continue,
                    }
                }
                feasible += 1;
                let (zone_count, node_count) =
                    spread.as_ref().map_or((0, 0), |s| (s.per_zone[c.zone], s.per_node[i]));
                let score = (zone_count, node_count, u64::MAX - c.score);
                match &best {
                    Some((_, b)) if score > *b => {}
                    Some((_, b)) if score == *b => {
                        ties += 1;
                        if self.rng.below(ties + 1) == 0 {
                            best = Some((i, score));
                        }
                    }
                    _ => {
                        best = Some((i, score));
                        ties = 0;
                    }
                }
            }
            if pinned.is_none() && !candidates.is_empty() {
                next_start = (next_start + examined) % candidates.len();
            }
            match best {
                Some((i, _)) => {
                    let c = &mut candidates[i];
                    c.take(requests);
                    if let Some(s) = owner.and_then(|o| spreads.get_mut(&o)) {
                        s.per_zone[c.zone] += 1;
                        s.per_node[i] += 1;
                    }
                    bindings.push((uid, i));
                }
                None => failures.push((uid, fit_error(candidates.len(), &reasons, unresolvable))),
            }
        }
        let mut binder = Binder {
            pods: &mut self.pods,
            vpc: &mut self.vpc,
            rng: &mut self.rng,
            events: &mut self.events,
            timers: &mut self.pod_timers,
            now,
        };
        for &(uid, i) in &bindings {
            binder.bind(uid, candidates[i].node);
        }
        if !bindings.is_empty() {
            self.touch();
        }
        let mut any_unschedulable = false;
        for (uid, message) in failures {
            any_unschedulable = true;
            let Some(pod) = self.pods.get_mut(uid) else { continue };
            pod.unschedulable = Some(message.clone());
            let object =
                ObjectRef { kind: "Pod", namespace: pod.meta.namespace.clone(), name: pod.meta.name.clone() };
            self.event(object, EventType::Warning, "FailedScheduling", message, DEFAULT_SCHEDULER);
        }
        self.scheduler_retry_at = any_unschedulable.then_some(now + SCHEDULER_FLUSH);
    }
}

/// What a Binding touches: the pod, the subnet the VPC CNI takes its IP
/// from, the event log and the kubelet's timers (not the nodes, which the
/// scheduling pass is reading).
pub(crate) struct Binder<'a> {
    pods: &'a mut PodStore,
    vpc: &'a mut Vpc,
    rng: &'a mut Rng,
    events: &'a mut EventLog,
    timers: &'a mut BTreeSet<(Timestamp, Uid)>,
    now: Timestamp,
}

impl Binder<'_> {
    /// The default scheduler's Binding: the pod's IP is the node's (host
    /// network) or one the VPC CNI takes from the node's subnet.
    fn bind(&mut self, uid: Uid, node: &Node) {
        let host_network = self.pods.get(uid).is_some_and(|p| p.spec.host_network);
        let ip = if host_network {
            Some(node.internal_ip.clone())
        } else {
            let zone = node.zone().unwrap_or_default();
            self.vpc.subnet_in(zone).and_then(|s| s.allocate(self.rng))
        };
        self.assign(uid, &node.name, ip, DEFAULT_SCHEDULER);
    }

    /// Any scheduler's Binding: the pod gets its node and IP, the scheduler
    /// reports it, and the kubelet starts the containers.
    pub(crate) fn assign(&mut self, uid: Uid, node: &str, ip: Option<String>, scheduler: &'static str) {
        self.pods.bind(uid, node, self.now);
        let Some(pod) = self.pods.get_mut(uid) else { return };
        pod.ip = ip;
        let message = format!("Successfully assigned {}/{} to {node}", pod.meta.namespace, pod.meta.name);
        let object =
            ObjectRef { kind: "Pod", namespace: pod.meta.namespace.clone(), name: pod.meta.name.clone() };
        self.events.record_unique(self.now, object, "Scheduled", message, scheduler);
        self.timers.insert((self.now + CONTAINER_START, uid));
    }
}

impl Cluster {
    /// A Binder over this cluster, for a scheduler that does not read the
    /// nodes while it binds (Fargate's).
    pub(crate) fn binder(&mut self) -> Binder<'_> {
        Binder {
            pods: &mut self.pods,
            vpc: &mut self.vpc,
            rng: &mut self.rng,
            events: &mut self.events,
            timers: &mut self.pod_timers,
            now: self.now,
        }
    }
}

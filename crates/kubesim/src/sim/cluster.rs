//! The whole simulated world at one instant: the EKS cluster's objects, the
//! AWS resources behind them, and the simulated clock.

use std::collections::{BTreeMap, BTreeSet};

use crate::ecs::EcsCluster;

use super::control_plane::ControlPlane;
use super::ec2::TerminatedInstance;
use super::event::{EventLog, EventType, ObjectRef};
use super::fargate::FargateProfile;
use super::network::Vpc;
use super::nodegroup::{Ec2Instance, NodeGroup};
use super::pod_store::PodStore;
use super::service::{PodDisruptionBudget, Service};
use super::workload::{DaemonSet, Deployment, ReplicaSet};
use super::{Labels, Node, Rng, Timestamp, Uid};

/// Objects are keyed by namespace and name, the order the API lists them in.
pub type Key = (String, String);

pub fn key(namespace: &str, name: &str) -> Key {
    (namespace.to_owned(), name.to_owned())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Namespace {
    pub name: String,
    pub uid: Uid,
    /// `kubernetes.io/metadata.name=<name>`, which the API server sets on
    /// every namespace.
    pub labels: Labels,
    pub created: Timestamp,
}

#[derive(Clone, Debug)]
pub struct Cluster {
    /// The cluster's name, as `aws eks list-clusters` shows it.
    pub name: String,
    pub region: String,
    pub control_plane: ControlPlane,
    pub(crate) now: Timestamp,
    pub(crate) rng: Rng,
    next_uid: u64,
    /// Bumped by every change, so a reconcile pass knows when to run again.
    pub(crate) generation: u64,
    pub(crate) vpc: Vpc,
    pub(crate) nodes: BTreeMap<String, Node>,
    pub(crate) pods: PodStore,
    pub(crate) namespaces: BTreeMap<String, Namespace>,
    pub(crate) deployments: BTreeMap<Key, Deployment>,
    pub(crate) replicasets: BTreeMap<Key, ReplicaSet>,
    pub(crate) daemonsets: BTreeMap<Key, DaemonSet>,
    pub(crate) services: BTreeMap<Key, Service>,
    pub(crate) pdbs: BTreeMap<Key, PodDisruptionBudget>,
    pub(crate) events: EventLog,
    pub(crate) nodegroups: BTreeMap<String, NodeGroup>,
    pub(crate) instances: BTreeMap<String, Ec2Instance>,
    /// Instances that have left their groups, by ID, until EC2 stops
    /// listing them.
    pub(crate) terminated_instances: BTreeMap<String, TerminatedInstance>,
    pub(crate) fargate_profiles: BTreeMap<String, FargateProfile>,
    /// When each pod's kubelet next has something to do for it.
    pub(crate) pod_timers: BTreeSet<(Timestamp, Uid)>,
    /// Unschedulable pods get another try when the cluster changes, or after
    /// this time (the scheduler's five-minute flush).
    pub(crate) scheduler_retry_at: Option<Timestamp>,
    pub(crate) capacity_changed: bool,
    /// ReplicaSets whose `replicas` changed since their controller looked.
    pub(crate) rescaled: BTreeSet<Uid>,
    pub(crate) seed: u64,
    /// The same workload as an ECS cluster (see `twin.rs`).
    pub(crate) ecs: EcsCluster,
}

impl Cluster {
    pub fn new(name: &str, region: &str, control_plane: ControlPlane, now: Timestamp, seed: u64) -> Self {
        let ecs = super::twin::new_twin(name, region, &control_plane.account_id, now, seed);
        Cluster {
            name: name.to_owned(),
            region: region.to_owned(),
            control_plane,
            now,
            rng: Rng::new(seed),
            next_uid: 0,
            generation: 0,
            vpc: Vpc::default(),
            nodes: BTreeMap::new(),
            pods: PodStore::default(),
            namespaces: BTreeMap::new(),
            deployments: BTreeMap::new(),
            replicasets: BTreeMap::new(),
            daemonsets: BTreeMap::new(),
            services: BTreeMap::new(),
            pdbs: BTreeMap::new(),
            events: EventLog::default(),
            nodegroups: BTreeMap::new(),
            instances: BTreeMap::new(),
            terminated_instances: BTreeMap::new(),
            fargate_profiles: BTreeMap::new(),
            pod_timers: BTreeSet::new(),
            scheduler_retry_at: None,
            capacity_changed: false,
            rescaled: BTreeSet::new(),
            seed,
            ecs,
        }
    }

    /// The simulated "now".
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// A count that moves whenever the world changes: equal counts, same
    /// world (the clock aside).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The API server's version, e.g. `v1.30.4-eks-a737599`.
    pub fn server_version(&self) -> &str {
        &self.control_plane.server_version
    }

    pub(crate) fn new_uid(&mut self) -> Uid {
        self.next_uid += 1;
        Uid(self.next_uid)
    }

    pub(crate) fn touch(&mut self) {
        self.generation += 1;
    }

    pub(crate) fn event(
        &mut self,
        object: ObjectRef,
        event_type: EventType,
        reason: &'static str,
        message: String,
        source: &'static str,
    ) {
        self.events.record(self.now, object, event_type, reason, message, source);
    }

    /// A controller made a pod: the `SuccessfulCreate` event, which cannot
    /// repeat, so it skips the correlator.
    pub(crate) fn pod_created_event(&mut self, owner: ObjectRef, pod: &str, source: &'static str) {
        let message = format!("Created pod: {pod}");
        self.events.record_unique(self.now, owner, "SuccessfulCreate", message, source);
    }

    // Read access, in API order.

    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes.values()
    }

    pub fn node(&self, name: &str) -> Option<&Node> {
        self.nodes.get(name)
    }

    pub fn pods(&self) -> &PodStore {
        &self.pods
    }

    pub fn namespaces(&self) -> impl Iterator<Item = &Namespace> {
        self.namespaces.values()
    }

    pub fn deployments(&self) -> impl Iterator<Item = &Deployment> {
        self.deployments.values()
    }

    pub fn deployment(&self, namespace: &str, name: &str) -> Option<&Deployment> {
        self.deployments.get(&key(namespace, name))
    }

    pub fn replicasets(&self) -> impl Iterator<Item = &ReplicaSet> {
        self.replicasets.values()
    }

    pub fn daemonsets(&self) -> impl Iterator<Item = &DaemonSet> {
        self.daemonsets.values()
    }

    pub fn services(&self) -> impl Iterator<Item = &Service> {
        self.services.values()
    }

    pub fn pdbs(&self) -> impl Iterator<Item = &PodDisruptionBudget> {
        self.pdbs.values()
    }

    pub fn events(&self) -> &EventLog {
        &self.events
    }

    pub fn nodegroups(&self) -> impl Iterator<Item = &NodeGroup> {
        self.nodegroups.values()
    }

    pub fn nodegroup(&self, name: &str) -> Option<&NodeGroup> {
        self.nodegroups.get(name)
    }

    pub fn instances(&self) -> impl Iterator<Item = &Ec2Instance> {
        self.instances.values()
    }

    pub fn fargate_profiles(&self) -> impl Iterator<Item = &FargateProfile> {
        self.fargate_profiles.values()
    }

    pub fn vpc(&self) -> &Vpc {
        &self.vpc
    }

    /// Nodes grouped by Availability Zone, zones in name order; nodes without a
    /// zone label come last under "".
    pub fn nodes_by_zone(&self) -> Vec<(&str, Vec<&Node>)> {
        let mut zones: BTreeMap<&str, Vec<&Node>> = BTreeMap::new();
        for node in self.nodes.values() {
            zones.entry(node.zone().unwrap_or_default()).or_default().push(node);
        }
        let mut grouped: Vec<(&str, Vec<&Node>)> = zones.into_iter().collect();
        grouped.sort_by_key(|(zone, _)| zone.is_empty());
        grouped
    }
}

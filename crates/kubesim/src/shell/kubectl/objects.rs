//! The API objects kubectl reads, over the engine's types: one enum so that
//! `get`, `describe`, `delete`, `label` and completion list and find every
//! resource type the same way, in the API server's order.

use std::collections::BTreeMap;

use super::resource::ResourceType;
use crate::sim::cluster::Namespace;
use crate::sim::event::Event;
use crate::sim::lease::Lease;
use crate::sim::service::{Endpoints, PodDisruptionBudget, Service};
use crate::sim::workload::{DaemonSet, Deployment, ReplicaSet};
use crate::sim::{Cluster, Labels, Node, Pod, Timestamp};

/// One object as the API serves it.
#[derive(Clone, Debug)]
pub enum Object<'a> {
    Node(&'a Node),
    Pod(&'a Pod),
    Deployment(&'a Deployment),
    ReplicaSet(&'a ReplicaSet),
    DaemonSet(&'a DaemonSet),
    Service(&'a Service),
    /// Kept by the endpoints controller; computed from the Service's pods.
    Endpoints(Box<Endpoints>),
    Event(&'a Event),
    Namespace(&'a Namespace),
    PodDisruptionBudget(&'a PodDisruptionBudget),
    /// Kept by each node's kubelet; computed from the Node.
    Lease(Box<Lease>),
}

/// Labels of objects that have none (events).
static NO_LABELS: Labels = BTreeMap::new();

impl<'a> Object<'a> {
    pub fn resource_type(&self) -> ResourceType {
        match self {
            Object::Node(_) => ResourceType::Nodes,
            Object::Pod(_) => ResourceType::Pods,
            Object::Deployment(_) => ResourceType::Deployments,
            Object::ReplicaSet(_) => ResourceType::ReplicaSets,
            Object::DaemonSet(_) => ResourceType::DaemonSets,
            Object::Service(_) => ResourceType::Services,
            Object::Endpoints(_) => ResourceType::Endpoints,
            Object::Event(_) => ResourceType::Events,
            Object::Namespace(_) => ResourceType::Namespaces,
            Object::PodDisruptionBudget(_) => ResourceType::PodDisruptionBudgets,
            Object::Lease(_) => ResourceType::Leases,
        }
    }

    pub fn name(&self) -> String {
        match self {
            Object::Node(n) => n.name.clone(),
            Object::Pod(p) => p.meta.name.clone(),
            Object::Deployment(d) => d.meta.name.clone(),
            Object::ReplicaSet(r) => r.meta.name.clone(),
            Object::DaemonSet(d) => d.meta.name.clone(),
            Object::Service(s) => s.meta.name.clone(),
            Object::Endpoints(e) => e.meta.name.clone(),
            Object::Event(e) => e.name(),
            Object::Namespace(n) => n.name.clone(),
            Object::PodDisruptionBudget(p) => p.meta.name.clone(),
            Object::Lease(l) => l.meta.name.clone(),
        }
    }

    /// The namespace; empty for cluster-scoped objects.
    pub fn namespace(&self) -> &str {
        match self {
            Object::Node(_) | Object::Namespace(_) => "",
            Object::Pod(p) => &p.meta.namespace,
            Object::Deployment(d) => &d.meta.namespace,
            Object::ReplicaSet(r) => &r.meta.namespace,
            Object::DaemonSet(d) => &d.meta.namespace,
            Object::Service(s) => &s.meta.namespace,
            Object::Endpoints(e) => &e.meta.namespace,
            Object::Event(e) => e.namespace(),
            Object::PodDisruptionBudget(p) => &p.meta.namespace,
            Object::Lease(l) => &l.meta.namespace,
        }
    }

    pub fn labels(&self) -> &Labels {
        match self {
            Object::Node(n) => &n.labels,
            Object::Pod(p) => &p.meta.labels,
            Object::Deployment(d) => &d.meta.labels,
            Object::ReplicaSet(r) => &r.meta.labels,
            Object::DaemonSet(d) => &d.meta.labels,
            Object::Service(s) => &s.meta.labels,
            Object::Endpoints(e) => &e.meta.labels,
            Object::PodDisruptionBudget(p) => &p.meta.labels,
            Object::Namespace(n) => &n.labels,
            Object::Lease(l) => &l.meta.labels,
            Object::Event(_) => &NO_LABELS,
        }
    }

    /// `metadata.creationTimestamp`.
    pub fn created(&self) -> Timestamp {
        match self {
            Object::Node(n) => n.created,
            Object::Pod(p) => p.meta.created,
            Object::Deployment(d) => d.meta.created,
            Object::ReplicaSet(r) => r.meta.created,
            Object::DaemonSet(d) => d.meta.created,
            Object::Service(s) => s.meta.created,
            Object::Endpoints(e) => e.meta.created,
            Object::Event(e) => e.first,
            Object::Namespace(n) => n.created,
            Object::PodDisruptionBudget(p) => p.meta.created,
            Object::Lease(l) => l.meta.created,
        }
    }
}

/// Which namespaces a list covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope<'s> {
    All,
    Namespace(&'s str),
}

impl Scope<'_> {
    fn covers(&self, namespace: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Namespace(ns) => *ns == namespace,
        }
    }
}

/// Every object of a type in scope, in the order the API lists them:
/// by namespace, then name. Cluster-scoped types ignore the scope.
pub fn list<'a>(cluster: &'a Cluster, resource: ResourceType, scope: Scope<'_>) -> Vec<Object<'a>> {
    fn keep<'a, T: 'a>(
        items: impl Iterator<Item = &'a T>,
        namespace: impl Fn(&T) -> &str,
        scope: Scope<'_>,
        wrap: impl Fn(&'a T) -> Object<'a>,
    ) -> Vec<Object<'a>> {
        items.filter(|item| scope.covers(namespace(item))).map(wrap).collect()
    }
    match resource {
        ResourceType::Nodes => cluster.nodes().map(Object::Node).collect(),
        ResourceType::Namespaces => cluster.namespaces().map(Object::Namespace).collect(),
        ResourceType::Pods => match scope {
            Scope::All => cluster.pods().iter().map(Object::Pod).collect(),
            Scope::Namespace(ns) => cluster.pods().in_namespace(ns).map(Object::Pod).collect(),
        },
        ResourceType::Deployments => {
            keep(cluster.deployments(), |d| &d.meta.namespace, scope, Object::Deployment)
        }
        ResourceType::ReplicaSets => {
            keep(cluster.replicasets(), |r| &r.meta.namespace, scope, Object::ReplicaSet)
        }
        ResourceType::DaemonSets => {
            keep(cluster.daemonsets(), |d| &d.meta.namespace, scope, Object::DaemonSet)
        }
        ResourceType::Services => keep(cluster.services(), |s| &s.meta.namespace, scope, Object::Service),
        ResourceType::Endpoints => cluster
            .services()
            .filter(|s| scope.covers(&s.meta.namespace))
            .filter_map(|s| cluster.endpoints(&s.meta.namespace, &s.meta.name))
            .map(|e| Object::Endpoints(Box::new(e)))
            .collect(),
        ResourceType::Events => keep(cluster.events().all(), |e| e.namespace(), scope, Object::Event),
        ResourceType::PodDisruptionBudgets => {
            keep(cluster.pdbs(), |p| &p.meta.namespace, scope, Object::PodDisruptionBudget)
        }
        ResourceType::Leases => cluster
            .leases()
            .into_iter()
            .filter(|l| scope.covers(&l.meta.namespace))
            .map(|l| Object::Lease(Box::new(l)))
            .collect(),
    }
}

/// One object by name; `namespace` is ignored for cluster-scoped types.
pub fn find<'a>(
    cluster: &'a Cluster,
    resource: ResourceType,
    namespace: &str,
    name: &str,
) -> Option<Object<'a>> {
    match resource {
        ResourceType::Nodes => cluster.node(name).map(Object::Node),
        ResourceType::Pods => cluster.pods().by_name(namespace, name).map(Object::Pod),
        ResourceType::Deployments => cluster.deployment(namespace, name).map(Object::Deployment),
        ResourceType::Endpoints => cluster.endpoints(namespace, name).map(|e| Object::Endpoints(Box::new(e))),
        ResourceType::Leases => cluster.lease(namespace, name).map(|l| Object::Lease(Box::new(l))),
        _ => list(cluster, resource, Scope::Namespace(namespace)).into_iter().find(|o| o.name() == name),
    }
}

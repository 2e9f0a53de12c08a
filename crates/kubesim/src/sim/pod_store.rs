//! Every pod, with the indexes the controllers and the scheduler look things
//! up by: name, node, owner, and the queue of pods waiting for a node.

use std::collections::{BTreeMap, BTreeSet};

use super::quantity::Resources;
use super::{Pod, Uid};

/// The pods bound to one node, and what they request together.
#[derive(Clone, Debug, Default)]
struct NodePods {
    pods: BTreeSet<Uid>,
    requests: Resources,
}

#[derive(Clone, Debug, Default)]
pub struct PodStore {
    pods: BTreeMap<Uid, Pod>,
    /// Namespace → name → pod: nested, so a lookup by `&str` allocates
    /// nothing.
    by_name: BTreeMap<String, BTreeMap<String, Uid>>,
    by_node: BTreeMap<String, NodePods>,
    by_owner: BTreeMap<Uid, BTreeSet<Uid>>,
    /// Not yet bound to a node, oldest first.
    unbound: BTreeSet<Uid>,
    /// Owners whose pods came or went (or began terminating) since their
    /// controller last looked.
    dirty_owners: BTreeSet<Uid>,
}

impl PodStore {
    pub fn len(&self) -> usize {
        self.pods.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pods.is_empty()
    }

    pub fn get(&self, uid: Uid) -> Option<&Pod> {
        self.pods.get(&uid)
    }

    /// For fields no index depends on (phase, readiness, deletion, …).
    pub(crate) fn get_mut(&mut self, uid: Uid) -> Option<&mut Pod> {
        self.pods.get_mut(&uid)
    }

    pub fn uid_of(&self, namespace: &str, name: &str) -> Option<Uid> {
        self.by_name.get(namespace).and_then(|names| names.get(name)).copied()
    }

    pub fn by_name(&self, namespace: &str, name: &str) -> Option<&Pod> {
        self.uid_of(namespace, name).and_then(|uid| self.pods.get(&uid))
    }

    pub fn contains_name(&self, namespace: &str, name: &str) -> bool {
        self.uid_of(namespace, name).is_some()
    }

    /// All pods in API order: by namespace, then name.
    pub fn iter(&self) -> impl Iterator<Item = &Pod> {
        self.by_name.values().flat_map(|names| names.values()).filter_map(|uid| self.pods.get(uid))
    }

    /// All pods in creation order.
    pub fn iter_by_age(&self) -> impl Iterator<Item = &Pod> {
        self.pods.values()
    }

    /// One namespace's pods, by name. The namespace is looked up at once,
    /// so it need not outlive the iterator.
    pub fn in_namespace<'a>(&'a self, namespace: &str) -> impl Iterator<Item = &'a Pod> + 'a {
        self.by_name
            .get(namespace)
            .into_iter()
            .flat_map(|names| names.values())
            .filter_map(|uid| self.pods.get(uid))
    }

    pub fn on_node<'a>(&'a self, node: &str) -> impl Iterator<Item = &'a Pod> + 'a {
        self.by_node.get(node).into_iter().flat_map(|n| &n.pods).filter_map(|uid| self.pods.get(uid))
    }

    pub fn owned_by(&self, owner: Uid) -> impl Iterator<Item = &Pod> {
        self.by_owner.get(&owner).into_iter().flatten().filter_map(|uid| self.pods.get(uid))
    }

    pub fn unbound(&self) -> impl Iterator<Item = Uid> + '_ {
        self.unbound.iter().copied()
    }

    pub fn has_unbound(&self) -> bool {
        !self.unbound.is_empty()
    }

    pub fn insert(&mut self, pod: Pod) {
        let uid = pod.meta.uid;
        if let Some(owner) = &pod.owner {
            self.dirty_owners.insert(owner.uid);
        }
        match self.by_name.get_mut(&pod.meta.namespace) {
            Some(names) => {
                names.insert(pod.meta.name.clone(), uid);
            }
            None => {
                self.by_name
                    .insert(pod.meta.namespace.clone(), BTreeMap::from([(pod.meta.name.clone(), uid)]));
            }
        }
        if let Some(owner) = &pod.owner {
            self.by_owner.entry(owner.uid).or_default().insert(uid);
        }
        match pod.node() {
            Some(node) => self.index_on_node(node, uid, pod.spec.requests()),
            None => {
                self.unbound.insert(uid);
            }
        }
        self.pods.insert(uid, pod);
    }

    /// Binds a pod to a node (the scheduler's Binding).
    pub fn bind(&mut self, uid: Uid, node: &str, at: super::Timestamp) {
        if let Some(pod) = self.pods.get_mut(&uid) {
            pod.spec.node_name = Some(node.to_owned());
            pod.scheduled = Some(at);
            pod.unschedulable = None;
            self.unbound.remove(&uid);
            let requests = pod.spec.requests();
            self.index_on_node(node, uid, requests);
        }
    }

    /// What the pods bound to a node request, and their number.
    pub fn usage_on(&self, node: &str) -> (Resources, u32) {
        self.by_node.get(node).map_or_else(Default::default, |n| (n.requests, n.pods.len() as u32))
    }

    /// The pod's owner must look again (one of its pods began terminating).
    pub(crate) fn mark_owner(&mut self, owner: Uid) {
        self.dirty_owners.insert(owner);
    }

    /// Owners to look at, forgetting them.
    pub(crate) fn take_dirty_owners(&mut self) -> BTreeSet<Uid> {
        std::mem::take(&mut self.dirty_owners)
    }

    fn index_on_node(&mut self, node: &str, uid: Uid, requests: Resources) {
        match self.by_node.get_mut(node) {
            Some(n) => {
                n.pods.insert(uid);
                n.requests += requests;
            }
            None => {
                self.by_node.insert(node.to_owned(), NodePods { pods: BTreeSet::from([uid]), requests });
            }
        }
    }

    pub fn remove(&mut self, uid: Uid) -> Option<Pod> {
        let pod = self.pods.remove(&uid)?;
        if let Some(owner) = &pod.owner {
            self.dirty_owners.insert(owner.uid);
        }
        if let Some(names) = self.by_name.get_mut(&pod.meta.namespace) {
            names.remove(&pod.meta.name);
            if names.is_empty() {
                self.by_name.remove(&pod.meta.namespace);
            }
        }
        if let Some(owner) = &pod.owner {
            if let Some(set) = self.by_owner.get_mut(&owner.uid) {
                set.remove(&uid);
                if set.is_empty() {
                    self.by_owner.remove(&owner.uid);
                }
            }
        }
        self.unbound.remove(&uid);
        if let Some(node) = pod.node() {
            if let Some(n) = self.by_node.get_mut(node) {
                n.pods.remove(&uid);
                n.requests = n.requests.saturating_sub(pod.spec.requests());
                if n.pods.is_empty() {
                    self.by_node.remove(node);
                }
            }
        }
        Some(pod)
    }

    /// Node names that have pods bound to them.
    pub fn nodes_with_pods(&self) -> impl Iterator<Item = &str> {
        self.by_node.keys().map(String::as_str)
    }
}

//! Every pod, with the indexes the controllers and the scheduler look things
//! up by: name, node, owner, and the queue of pods waiting for a node.

use std::collections::{BTreeMap, BTreeSet};

use super::{Pod, Uid};

#[derive(Clone, Debug, Default)]
pub struct PodStore {
    pods: BTreeMap<Uid, Pod>,
    by_name: BTreeMap<(String, String), Uid>,
    by_node: BTreeMap<String, BTreeSet<Uid>>,
    by_owner: BTreeMap<Uid, BTreeSet<Uid>>,
    /// Not yet bound to a node, oldest first.
    unbound: BTreeSet<Uid>,
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
        self.by_name.get(&(namespace.to_owned(), name.to_owned())).copied()
    }

    pub fn by_name(&self, namespace: &str, name: &str) -> Option<&Pod> {
        self.uid_of(namespace, name).and_then(|uid| self.pods.get(&uid))
    }

    pub fn contains_name(&self, namespace: &str, name: &str) -> bool {
        self.by_name.contains_key(&(namespace.to_owned(), name.to_owned()))
    }

    /// All pods in API order: by namespace, then name.
    pub fn iter(&self) -> impl Iterator<Item = &Pod> {
        self.by_name.values().filter_map(|uid| self.pods.get(uid))
    }

    /// All pods in creation order.
    pub fn iter_by_age(&self) -> impl Iterator<Item = &Pod> {
        self.pods.values()
    }

    /// One namespace's pods, by name.
    pub fn in_namespace<'a>(&'a self, namespace: &'a str) -> impl Iterator<Item = &'a Pod> + 'a {
        self.by_name
            .range((namespace.to_owned(), String::new())..)
            .take_while(move |((ns, _), _)| ns == namespace)
            .filter_map(|(_, uid)| self.pods.get(uid))
    }

    pub fn on_node<'a>(&'a self, node: &str) -> impl Iterator<Item = &'a Pod> + 'a {
        self.by_node.get(node).into_iter().flatten().filter_map(|uid| self.pods.get(uid))
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
        self.by_name.insert((pod.meta.namespace.clone(), pod.meta.name.clone()), uid);
        if let Some(owner) = &pod.owner {
            self.by_owner.entry(owner.uid).or_default().insert(uid);
        }
        match pod.node() {
            Some(node) => {
                self.by_node.entry(node.to_owned()).or_default().insert(uid);
            }
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
            self.by_node.entry(node.to_owned()).or_default().insert(uid);
        }
    }

    pub fn remove(&mut self, uid: Uid) -> Option<Pod> {
        let pod = self.pods.remove(&uid)?;
        self.by_name.remove(&(pod.meta.namespace.clone(), pod.meta.name.clone()));
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
            if let Some(set) = self.by_node.get_mut(node) {
                set.remove(&uid);
                if set.is_empty() {
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

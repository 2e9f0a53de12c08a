//! Deleting objects as the API server and the garbage collector do: the
//! object goes at once, and its dependents follow by their owner references
//! (a Deployment's ReplicaSets, a ReplicaSet's or DaemonSet's pods), unless
//! they are orphaned. Pods themselves go gracefully (`delete_pod`).

use super::cluster::key;
use super::meta::Uid;
use super::operations::NotFound;
use super::Cluster;

/// `propagationPolicy`, as `kubectl delete --cascade` sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Propagation {
    /// The object goes now; the garbage collector deletes its dependents
    /// right after.
    Background,
    /// The object stays until its dependents are gone. The dependents are
    /// deleted here as in `Background`; the caller waits for them.
    Foreground,
    /// The dependents lose their owner reference and stay.
    Orphan,
}

/// Namespaces the NamespaceLifecycle admission plugin never lets go.
const IMMORTAL_NAMESPACES: [&str; 3] = ["default", "kube-system", "kube-public"];

/// Why a namespace cannot be deleted, in the API server's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamespaceDeletionError {
    NotFound(NotFound),
    Immortal(String),
}

impl NamespaceDeletionError {
    pub fn message(&self) -> String {
        match self {
            NamespaceDeletionError::NotFound(e) => e.message(),
            NamespaceDeletionError::Immortal(name) => format!(
                "Error from server (Forbidden): namespaces \"{name}\" is forbidden: this namespace may not be deleted"
            ),
        }
    }
}

fn missing(resource: &'static str, name: &str) -> NotFound {
    NotFound { resource, name: name.to_owned() }
}

impl Cluster {
    /// Pods owned by `owner`, still in the API (terminating ones included).
    fn pods_of(&self, owner: Uid) -> Vec<Uid> {
        self.pods.owned_by(owner).map(|p| p.meta.uid).collect()
    }

    /// The garbage collector's part for pods whose owner went: they are
    /// deleted gracefully, or lose their owner reference.
    fn release_pods(&mut self, owner: Uid, propagation: Propagation) {
        for uid in self.pods_of(owner) {
            match propagation {
                Propagation::Background | Propagation::Foreground => self.delete_pod_by_uid(uid, None),
                Propagation::Orphan => {
                    // The owner is part of the store's indexes: out and back in.
                    if let Some(mut pod) = self.pods.remove(uid) {
                        pod.owner = None;
                        self.pods.insert(pod);
                    }
                }
            }
        }
        self.touch();
    }

    /// `kubectl delete deployment`: its ReplicaSets go with it (and their
    /// pods), or stay on as orphans.
    pub fn delete_deployment(
        &mut self,
        namespace: &str,
        name: &str,
        propagation: Propagation,
    ) -> Result<(), NotFound> {
        self.deployments.remove(&key(namespace, name)).ok_or_else(|| missing("deployments.apps", name))?;
        let owned: Vec<(String, Uid)> = self
            .replicasets
            .values()
            .filter(|rs| rs.meta.namespace == namespace && rs.deployment.as_deref() == Some(name))
            .map(|rs| (rs.meta.name.clone(), rs.meta.uid))
            .collect();
        for (rs_name, uid) in owned {
            match propagation {
                Propagation::Orphan => {
                    if let Some(rs) = self.replicasets.get_mut(&key(namespace, &rs_name)) {
                        rs.deployment = None;
                    }
                }
                Propagation::Background | Propagation::Foreground => {
                    self.replicasets.remove(&key(namespace, &rs_name));
                    self.release_pods(uid, propagation);
                }
            }
        }
        self.touch();
        Ok(())
    }

    /// `kubectl delete replicaset`. A Deployment that owned it makes a new one
    /// from its template on the next pass, as the real controller does.
    pub fn delete_replicaset(
        &mut self,
        namespace: &str,
        name: &str,
        propagation: Propagation,
    ) -> Result<(), NotFound> {
        let rs = self
            .replicasets
            .remove(&key(namespace, name))
            .ok_or_else(|| missing("replicasets.apps", name))?;
        self.release_pods(rs.meta.uid, propagation);
        Ok(())
    }

    /// `kubectl delete daemonset`: its pods go with it, or stay as orphans.
    pub fn delete_daemonset(
        &mut self,
        namespace: &str,
        name: &str,
        propagation: Propagation,
    ) -> Result<(), NotFound> {
        let ds =
            self.daemonsets.remove(&key(namespace, name)).ok_or_else(|| missing("daemonsets.apps", name))?;
        self.release_pods(ds.meta.uid, propagation);
        Ok(())
    }

    /// `kubectl delete service`. The API server's own `default/kubernetes`
    /// Service is made again at once by its bootstrap controller, with a new
    /// UID.
    pub fn delete_service(&mut self, namespace: &str, name: &str) -> Result<(), NotFound> {
        let service = self.services.remove(&key(namespace, name)).ok_or_else(|| missing("services", name))?;
        if namespace == "default" && name == "kubernetes" {
            let mut again = service;
            again.meta.uid = self.new_uid();
            again.meta.created = self.now;
            self.services.insert(key(namespace, name), again);
        }
        self.capacity_changed = true;
        self.touch();
        Ok(())
    }

    /// `kubectl delete pdb`: evictions of its pods are no longer limited.
    pub fn delete_pdb(&mut self, namespace: &str, name: &str) -> Result<(), NotFound> {
        self.pdbs
            .remove(&key(namespace, name))
            .ok_or_else(|| missing("poddisruptionbudgets.policy", name))?;
        self.touch();
        Ok(())
    }

    /// `kubectl delete node`: only the Node object goes. The pod garbage
    /// collector deletes the pods bound to it; the EC2 instance keeps
    /// running, and its kubelet, registered once, does not register again.
    pub fn delete_node(&mut self, name: &str) -> Result<(), NotFound> {
        self.nodes.remove(name).ok_or_else(|| missing("nodes", name))?;
        self.capacity_changed = true;
        self.touch();
        Ok(())
    }

    /// What the API server (and its admission) says to deleting a namespace,
    /// without deleting it (`--dry-run=server`).
    pub fn may_delete_namespace(&self, name: &str) -> Result<(), NamespaceDeletionError> {
        if !self.namespaces.contains_key(name) {
            return Err(NamespaceDeletionError::NotFound(missing("namespaces", name)));
        }
        if IMMORTAL_NAMESPACES.contains(&name) {
            return Err(NamespaceDeletionError::Immortal(name.to_owned()));
        }
        Ok(())
    }

    /// `kubectl delete namespace`, first half: the namespace controller
    /// deletes everything in it. The namespace stays (Terminating) until its
    /// last pod is gone; `finish_namespace_deletion` then removes it.
    pub fn delete_namespace(&mut self, name: &str) -> Result<(), NamespaceDeletionError> {
        self.may_delete_namespace(name)?;
        let in_namespace = |k: &(String, String)| k.0 == name;
        self.deployments.retain(|k, _| !in_namespace(k));
        self.replicasets.retain(|k, _| !in_namespace(k));
        self.daemonsets.retain(|k, _| !in_namespace(k));
        self.services.retain(|k, _| !in_namespace(k));
        self.pdbs.retain(|k, _| !in_namespace(k));
        let pods: Vec<Uid> = self.pods.in_namespace(name).map(|p| p.meta.uid).collect();
        for uid in pods {
            self.delete_pod_by_uid(uid, None);
        }
        self.capacity_changed = true;
        self.touch();
        Ok(())
    }

    /// Whether a deleted namespace still has pods shutting down.
    pub fn namespace_has_pods(&self, name: &str) -> bool {
        self.pods.in_namespace(name).next().is_some()
    }

    /// `kubectl delete namespace`, second half: once its pods are gone, the
    /// namespace controller removes its finalizer and the namespace goes.
    pub fn finish_namespace_deletion(&mut self, name: &str) {
        if !self.namespace_has_pods(name) && self.namespaces.remove(name).is_some() {
            self.touch();
        }
    }
}

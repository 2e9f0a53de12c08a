//! The Eviction API and the disruption controller behind it: a pod covered
//! by a PodDisruptionBudget may leave only while the budget allows it.

use super::meta::OwnerKind;
use super::service::{BudgetStatus, PodDisruptionBudget};
use super::{Cluster, Pod, Uid};

/// Why an eviction was refused, in the API server's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvictionError {
    NotFound {
        namespace: String,
        name: String,
    },
    /// HTTP 429: the budget allows no disruption now.
    DisruptionBudget {
        budget: String,
        needs: u32,
        has: u32,
    },
}

impl EvictionError {
    /// What kubectl shows after `error when evicting pods/…: `.
    pub fn message(&self) -> String {
        match self {
            EvictionError::NotFound { name, .. } => format!("pods \"{name}\" not found"),
            EvictionError::DisruptionBudget { .. } => {
                "Cannot evict pod as it would violate the pod's disruption budget.".to_owned()
            }
        }
    }
}

impl Cluster {
    /// The budgets whose selector covers a pod.
    fn budgets_for(&self, pod: &Pod) -> Vec<&PodDisruptionBudget> {
        self.pdbs
            .values()
            .filter(|b| b.meta.namespace == pod.meta.namespace && b.selector.matches(&pod.meta.labels))
            .collect()
    }

    /// A budget's status now: healthy pods it covers, and how many its
    /// pods' controllers expect.
    pub fn pdb_status(&self, pdb: &PodDisruptionBudget) -> BudgetStatus {
        let mut healthy = 0;
        let mut owners: Vec<Uid> = Vec::new();
        let mut bare = 0;
        for pod in
            self.pods.in_namespace(&pdb.meta.namespace).filter(|p| pdb.selector.matches(&p.meta.labels))
        {
            if pod.is_serving() {
                healthy += 1;
            }
            match &pod.owner {
                Some(o) if !owners.contains(&o.uid) => owners.push(o.uid),
                Some(_) => {}
                None => bare += u32::from(pod.is_active()),
            }
        }
        let expected: u32 = bare
            + owners
                .iter()
                .map(|uid| {
                    self.replicasets.values().find(|rs| rs.meta.uid == *uid).map_or(0, |rs| rs.replicas)
                })
                .sum::<u32>();
        pdb.status(healthy, expected)
    }

    /// `POST …/pods/NAME/eviction`: deletes the pod gracefully unless a
    /// budget forbids it. Pods that are not ready may always go.
    pub fn evict_pod(&mut self, namespace: &str, name: &str) -> Result<(), EvictionError> {
        let uid = self.admit_eviction(namespace, name)?;
        self.delete_pod_by_uid(uid, None);
        Ok(())
    }

    /// The Eviction API's checks: the pod's UID if it may go now. A pod
    /// already terminating, or not ready, is never held by a budget.
    pub(crate) fn admit_eviction(&self, namespace: &str, name: &str) -> Result<Uid, EvictionError> {
        let Some(pod) = self.pods.by_name(namespace, name) else {
            return Err(EvictionError::NotFound { namespace: namespace.to_owned(), name: name.to_owned() });
        };
        if pod.is_serving() {
            for budget in self.budgets_for(pod) {
                let status = self.pdb_status(budget);
                if status.disruptions_allowed == 0 {
                    return Err(EvictionError::DisruptionBudget {
                        budget: budget.meta.name.clone(),
                        needs: status.desired_healthy,
                        has: status.current_healthy,
                    });
                }
            }
        }
        Ok(pod.meta.uid)
    }

    /// Pods a drain must move off a node: everything active except
    /// DaemonSet pods (and static pods).
    pub fn evictable_pods_on(&self, node: &str) -> Vec<(String, String)> {
        self.pods
            .on_node(node)
            .filter(|p| p.is_active() && !p.is_daemonset_pod() && !p.owned_by(OwnerKind::Node))
            .map(|p| (p.meta.namespace.clone(), p.meta.name.clone()))
            .collect()
    }
}

//! The Metrics API (`metrics.k8s.io`) that `kubectl top` reads. On EKS it
//! exists only once metrics-server is installed (an optional add-on, not part
//! of a new cluster): its APIService answers while a metrics-server pod is
//! Ready, and has numbers once that pod has scraped the kubelets.

use super::metrics::FIRST_SCRAPE;
use super::pod::ContainerState;
use super::quantity::{Resources, MIB};
use super::{Cluster, Node, Pod, Timestamp};

/// Where metrics-server runs when installed (the EKS add-on and the
/// upstream manifest both put it here).
const NAMESPACE: &str = "kube-system";
const DEPLOYMENT: &str = "metrics-server";

/// What a container is assumed to use on top of its requests when sharing
/// out its pod's usage: containers that request nothing still use a little.
const CONTAINER_BASE: Resources = Resources::new(5, 16 * MIB);

/// The state of the Metrics API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricsApi {
    /// No metrics-server: discovery lists no `metrics.k8s.io` group.
    NotInstalled,
    /// The APIService exists but no metrics-server pod is Ready.
    Unavailable,
    /// Answering; `since` is when its longest-running pod started.
    Serving { since: Timestamp },
}

impl Cluster {
    pub fn metrics_api(&self) -> MetricsApi {
        if self.deployment(NAMESPACE, DEPLOYMENT).is_none() {
            return MetricsApi::NotInstalled;
        }
        let since = self
            .replicasets_of(NAMESPACE, DEPLOYMENT)
            .into_iter()
            .flat_map(|rs| self.pods.owned_by(rs.meta.uid))
            .filter(|p| p.is_serving())
            .filter_map(|p| match p.containers {
                ContainerState::Running { started } => Some(started),
                _ => None,
            })
            .min();
        since.map_or(MetricsApi::Unavailable, |since| MetricsApi::Serving { since })
    }

    /// Whether metrics-server has scraped since it started.
    fn has_scraped(&self) -> bool {
        matches!(self.metrics_api(), MetricsApi::Serving { since } if self.now - since >= FIRST_SCRAPE)
    }

    /// A node's entry in `nodes.metrics.k8s.io`, if metrics-server has one.
    pub fn node_metrics(&self, node: &Node) -> Option<Resources> {
        self.has_scraped().then(|| self.node_usage(node)).flatten()
    }

    /// A pod's entry in `pods.metrics.k8s.io`: each container's usage, in
    /// the pod's container order. The pod's usage is shared out by what each
    /// container requests.
    pub fn pod_metrics(&self, pod: &Pod) -> Option<Vec<(String, Resources)>> {
        if !self.has_scraped() {
            return None;
        }
        let total = self.pod_usage(pod)?;
        let weights: Vec<Resources> =
            pod.spec.containers.iter().map(|c| c.requests + CONTAINER_BASE).collect();
        // A running container never reads 0m: kubectl rounds nanocores up.
        let floor = u64::from(total.millicpu >= weights.len() as u64);
        let cpu_weights: Vec<u64> = weights.iter().map(|w| w.millicpu).collect();
        let cpu: Vec<u64> = share(total.millicpu - floor * weights.len() as u64, &cpu_weights)
            .into_iter()
            .map(|c| c + floor)
            .collect();
        let memory = share(total.memory, &weights.iter().map(|w| w.memory).collect::<Vec<_>>());
        Some(
            pod.spec
                .containers
                .iter()
                .zip(cpu.into_iter().zip(memory))
                .map(|(c, (cpu, memory))| (c.name.clone(), Resources::new(cpu, memory)))
                .collect(),
        )
    }
}

/// `total` split in proportion to `weights`; the first part takes what
/// rounding leaves, so the parts add up to `total`.
fn share(total: u64, weights: &[u64]) -> Vec<u64> {
    let sum: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    if sum == 0 {
        return weights.iter().enumerate().map(|(i, _)| if i == 0 { total } else { 0 }).collect();
    }
    let mut parts: Vec<u64> = weights
        .iter()
        .map(|w| u64::try_from(u128::from(total) * u128::from(*w) / sum).unwrap_or(u64::MAX))
        .collect();
    let rest = total - parts.iter().sum::<u64>().min(total);
    if let Some(first) = parts.first_mut() {
        *first += rest;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_add_up() {
        assert_eq!(share(100, &[30, 10]), vec![75, 25]);
        assert_eq!(share(10, &[1, 1, 1]), vec![4, 3, 3]);
        assert_eq!(share(7, &[0, 0]), vec![7, 0]);
        assert_eq!(share(0, &[]), Vec::<u64>::new());
    }
}

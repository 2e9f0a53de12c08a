//! What the endpoints controllers keep for a Service: the endpoints of its
//! EndpointSlices (every pod its selector matches that has an IP,
//! terminating ones too), and the older Endpoints object, which leaves out
//! the pods on their way out and carries the controller's annotation.

use std::net::Ipv4Addr;

use super::cluster::key;
use super::pod::ContainerState;
use super::service::{EndpointAddress, Endpoints, Service};
use super::{Cluster, Labels, Timestamp};

/// `default/kubernetes`: the API server keeps its endpoints itself, the
/// control plane's addresses.
fn is_api_server(service: &Service) -> bool {
    service.meta.namespace == "default" && service.meta.name == "kubernetes"
}

impl Cluster {
    /// Every address the Service's pods (or the API server) give it, ready
    /// or not, in pod order.
    fn service_addresses(&self, service: &Service) -> Vec<EndpointAddress> {
        match &service.selector {
            None if is_api_server(service) => self
                .control_plane
                .eni_ips
                .iter()
                .map(|ip| EndpointAddress { ip: ip.clone(), pod: None, node: None, ready: true })
                .collect(),
            None => Vec::new(),
            Some(selector) => self
                .pods
                .in_namespace(&service.meta.namespace)
                .filter(|p| !p.is_finished() && selector.matches(&p.meta.labels))
                .filter_map(|p| {
                    Some(EndpointAddress {
                        ip: p.ip.clone()?,
                        pod: Some(p.meta.name.clone()),
                        node: p.node().map(str::to_owned),
                        ready: p.is_serving(),
                    })
                })
                .collect(),
        }
    }

    /// The endpoints of the Service's EndpointSlices, by IP; `None` when it
    /// has no slices (a Service without a selector, but for
    /// `default/kubernetes`). One whose selector matches no pod with an IP
    /// has an empty placeholder slice.
    pub fn endpoint_slice_addresses(&self, namespace: &str, name: &str) -> Option<Vec<EndpointAddress>> {
        let service = self.services.get(&key(namespace, name))?;
        if service.selector.is_none() && !is_api_server(service) {
            return None;
        }
        let mut addresses = self.service_addresses(service);
        addresses.sort_by_key(|a| (a.ip.parse::<Ipv4Addr>().ok(), a.ip.clone()));
        Some(addresses)
    }

    /// The Endpoints object the endpoints controller keeps for a Service:
    /// its pods that have an IP and are not terminating, ready or not,
    /// sorted by IP as `RepackSubsets` sorts them (bytewise).
    pub fn endpoints(&self, namespace: &str, name: &str) -> Option<Endpoints> {
        let service = self.services.get(&key(namespace, name))?;
        let mut addresses: Vec<EndpointAddress> = self
            .service_addresses(service)
            .into_iter()
            .filter(|a| {
                a.pod
                    .as_deref()
                    .is_none_or(|p| self.pods.by_name(namespace, p).is_some_and(|p| !p.is_terminating()))
            })
            .collect();
        addresses.sort_by(|a, b| a.ip.cmp(&b.ip));
        let mut meta = service.meta.clone();
        if service.selector.is_some() {
            meta.annotations.insert(
                "endpoints.kubernetes.io/last-change-trigger-time".to_owned(),
                self.last_endpoints_change(service, &addresses).to_string(),
            );
        } else if is_api_server(service) {
            // Labelled so that no EndpointSlice mirrors it.
            meta.labels =
                Labels::from([("endpointslice.kubernetes.io/skip-mirror".to_owned(), "true".to_owned())]);
        }
        Some(Endpoints { meta, addresses, ports: service.ports.clone() })
    }

    /// What the endpoints controller stamps as the last change that moved
    /// the Endpoints: the latest of the Service's creation and its pods
    /// starting (a pod turns ready as its containers start).
    fn last_endpoints_change(&self, service: &Service, addresses: &[EndpointAddress]) -> Timestamp {
        addresses
            .iter()
            .filter_map(|a| self.pods.by_name(&service.meta.namespace, a.pod.as_deref()?))
            .map(|p| match p.containers {
                ContainerState::Running { started } => started,
                _ => p.meta.created,
            })
            .fold(service.meta.created, Timestamp::max)
    }
}

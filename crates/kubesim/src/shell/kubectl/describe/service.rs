//! `kubectl describe service` (`describeService`) and `kubectl describe
//! endpoints` (`describeEndpoints`).

use std::net::Ipv4Addr;

use super::events::write_events;
use super::writer::DescribeWriter;
use crate::shell::printer::format_labels;
use crate::sim::event::Event;
use crate::sim::pod::ContainerState;
use crate::sim::service::{EndpointAddress, Endpoints, Service, ServiceType};
use crate::sim::{Cluster, Labels, Timestamp};

/// Addresses in the order the endpoints controller sorts them: by IP.
fn sorted_by_ip(addresses: &[EndpointAddress]) -> Vec<&EndpointAddress> {
    let mut sorted: Vec<&EndpointAddress> = addresses.iter().collect();
    sorted.sort_by_key(|a| (a.ip.parse::<Ipv4Addr>().ok(), a.ip.clone()));
    sorted
}

/// The `Endpoints:` value for one port, read from the Service's
/// EndpointSlices as kubectl 1.31 does: every endpoint, ready or not, at
/// most three and a count of the rest. A Service whose selector matches
/// no pod with an IP has an empty placeholder slice, so an empty value;
/// one without a selector has no slice at all.
fn endpoints_value(cluster: &Cluster, service: &Service, target_port: u16) -> String {
    let has_slices = service.selector.is_some()
        || (service.meta.namespace == "default" && service.meta.name == "kubernetes");
    let Some(endpoints) =
        cluster.endpoints(&service.meta.namespace, &service.meta.name).filter(|_| has_slices)
    else {
        return "<none>".to_owned();
    };
    let all: Vec<String> =
        sorted_by_ip(&endpoints.addresses).iter().map(|a| format!("{}:{target_port}", a.ip)).collect();
    match all.get(..3) {
        Some(shown) if all.len() > 3 => format!("{} + {} more...", shown.join(","), all.len() - 3),
        _ => all.join(","),
    }
}

pub fn describe_service(cluster: &Cluster, service: &Service, events: Option<&[&Event]>) -> String {
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", service.meta.name));
    w.write(0, &format!("Namespace:\t{}\n", service.meta.namespace));
    w.labels("Labels", &service.meta.labels);
    w.annotations("Annotations", &service.meta.annotations);
    let selector =
        service.selector.as_ref().map(|s| format_labels(&s.0)).unwrap_or_else(|| "<none>".to_owned());
    w.write(0, &format!("Selector:\t{selector}\n"));
    w.write(0, &format!("Type:\t{}\n", service.service_type.as_str()));
    w.write(0, "IP Family Policy:\tSingleStack\n");
    w.write(0, "IP Families:\tIPv4\n");
    w.write(0, &format!("IP:\t{}\n", service.cluster_ip));
    w.write(0, &format!("IPs:\t{}\n", service.cluster_ip));
    if let Some(hostname) = &service.load_balancer {
        w.write(0, &format!("LoadBalancer Ingress:\t{hostname}\n"));
    }
    for port in &service.ports {
        let name = port.name.as_deref().filter(|n| !n.is_empty()).unwrap_or("<unset>");
        w.write(0, &format!("Port:\t{name}\t{}/{}\n", port.port, port.protocol));
        w.write(0, &format!("TargetPort:\t{}/{}\n", port.target_port, port.protocol));
        if let Some(node_port) = port.node_port {
            w.write(0, &format!("NodePort:\t{name}\t{node_port}/{}\n", port.protocol));
        }
        w.write(0, &format!("Endpoints:\t{}\n", endpoints_value(cluster, service, port.target_port)));
    }
    w.write(0, "Session Affinity:\tNone\n");
    if service.service_type != ServiceType::ClusterIP {
        w.write(0, "External Traffic Policy:\tCluster\n");
    }
    w.write(0, "Internal Traffic Policy:\tCluster\n");
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

/// What the endpoints controller stamps as the last change that moved the
/// Endpoints: the latest of the Service's creation and its pods starting
/// (a pod turns ready as its containers start).
fn last_change(cluster: &Cluster, service: &Service, listed: &[&EndpointAddress]) -> Timestamp {
    listed
        .iter()
        .filter_map(|a| cluster.pods().by_name(&service.meta.namespace, a.pod.as_deref()?))
        .map(|p| match p.containers {
            ContainerState::Running { started } => started,
            _ => p.meta.created,
        })
        .fold(service.meta.created, Timestamp::max)
}

pub fn describe_endpoints(cluster: &Cluster, endpoints: &Endpoints, events: Option<&[&Event]>) -> String {
    let ns = &endpoints.meta.namespace;
    // The endpoints controller leaves out pods on their way out.
    let listed: Vec<&EndpointAddress> = sorted_by_ip(&endpoints.addresses)
        .into_iter()
        .filter(|a| {
            a.pod
                .as_deref()
                .is_none_or(|p| cluster.pods().by_name(ns, p).is_some_and(|p| !p.is_terminating()))
        })
        .collect();
    let mut labels = endpoints.meta.labels.clone();
    let mut annotations = endpoints.meta.annotations.clone();
    match cluster.services().find(|s| s.meta.namespace == *ns && s.meta.name == endpoints.meta.name) {
        Some(service) if service.selector.is_some() => {
            annotations.insert(
                "endpoints.kubernetes.io/last-change-trigger-time".to_owned(),
                last_change(cluster, service, &listed).to_string(),
            );
        }
        // The API server keeps `default/kubernetes` itself, labelled so
        // that no EndpointSlice mirrors it.
        _ if *ns == "default" && endpoints.meta.name == "kubernetes" => {
            labels =
                Labels::from([("endpointslice.kubernetes.io/skip-mirror".to_owned(), "true".to_owned())]);
        }
        _ => {}
    }
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", endpoints.meta.name));
    w.write(0, &format!("Namespace:\t{ns}\n"));
    w.labels("Labels", &labels);
    w.annotations("Annotations", &annotations);
    w.write(0, "Subsets:\n");
    if !listed.is_empty() {
        let ips = |ready: bool| {
            let ips: Vec<&str> = listed.iter().filter(|a| a.ready == ready).map(|a| a.ip.as_str()).collect();
            if ips.is_empty() {
                "<none>".to_owned()
            } else {
                ips.join(",")
            }
        };
        w.write(1, &format!("Addresses:\t{}\n", ips(true)));
        w.write(1, &format!("NotReadyAddresses:\t{}\n", ips(false)));
        if !endpoints.ports.is_empty() {
            w.write(1, "Ports:\n");
            w.write(2, "Name\tPort\tProtocol\n");
            w.write(2, "----\t----\t--------\n");
            for port in &endpoints.ports {
                let name = port.name.as_deref().filter(|n| !n.is_empty()).unwrap_or("<unset>");
                w.write(2, &format!("{name}\t{}\t{}\n", port.target_port, port.protocol));
            }
        }
        w.write(0, "\n");
    }
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

//! `kubectl describe service` (`describeService`) and `kubectl describe
//! endpoints` (`describeEndpoints`).

use super::events::write_events;
use super::writer::DescribeWriter;
use crate::shell::printer::format_labels;
use crate::sim::event::Event;
use crate::sim::service::{Endpoints, Service, ServiceType};
use crate::sim::Cluster;

/// The `Endpoints:` value for one port, read from the Service's
/// EndpointSlices as kubectl 1.31 does: every endpoint, ready or not, at
/// most three and a count of the rest; `<none>` when it has no slices.
fn endpoints_value(cluster: &Cluster, service: &Service, target_port: u16) -> String {
    let Some(addresses) = cluster.endpoint_slice_addresses(&service.meta.namespace, &service.meta.name)
    else {
        return "<none>".to_owned();
    };
    let all: Vec<String> = addresses.iter().map(|a| format!("{}:{target_port}", a.ip)).collect();
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

pub fn describe_endpoints(cluster: &Cluster, endpoints: &Endpoints, events: Option<&[&Event]>) -> String {
    let ns = &endpoints.meta.namespace;
    let addresses = &endpoints.addresses;
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", endpoints.meta.name));
    w.write(0, &format!("Namespace:\t{ns}\n"));
    w.labels("Labels", &endpoints.meta.labels);
    w.annotations("Annotations", &endpoints.meta.annotations);
    w.write(0, "Subsets:\n");
    if !addresses.is_empty() {
        let ips = |ready: bool| {
            let ips: Vec<&str> =
                addresses.iter().filter(|a| a.ready == ready).map(|a| a.ip.as_str()).collect();
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

//! Services (`printService`): type, cluster IP, external address, ports;
//! `-o wide` adds the selector. The server always builds the wide row, so a
//! load balancer's hostname is never shortened.

use super::row::Row;
use super::{column, wide, Column, NONE};
use crate::shell::printer::format_labels;
use crate::sim::service::{Service, ServiceType};
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[
    column("NAME"),
    column("TYPE"),
    column("CLUSTER-IP"),
    column("EXTERNAL-IP"),
    column("PORT(S)"),
    column("AGE"),
    wide("SELECTOR"),
];

pub fn write(cluster: &Cluster, service: &Service, row: &mut Row<'_>) {
    let external = match service.service_type {
        ServiceType::ClusterIP | ServiceType::NodePort => NONE,
        ServiceType::LoadBalancer => service.load_balancer.as_deref().unwrap_or("<pending>"),
    };
    let ports = service
        .ports
        .iter()
        .map(|p| match p.node_port {
            Some(node_port) => format!("{}:{node_port}/{}", p.port, p.protocol),
            None => format!("{}/{}", p.port, p.protocol),
        })
        .collect::<Vec<_>>()
        .join(",");
    row.text(&service.meta.name);
    row.text(service.service_type.as_str());
    row.text(if service.cluster_ip.is_empty() { NONE } else { &service.cluster_ip });
    row.text(external);
    row.text(if ports.is_empty() { NONE } else { &ports });
    row.age(cluster, service.meta.created);
    row.text(&service.selector.as_ref().map_or_else(|| NONE.to_owned(), |s| format_labels(&s.0)));
}

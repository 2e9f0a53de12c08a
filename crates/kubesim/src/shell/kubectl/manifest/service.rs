//! A Service: its virtual IP and ports with the API defaults (single-stack
//! IPv4, cluster-wide traffic policies), and its load balancer once one is
//! provisioned.

use super::{metadata, object, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::service::{Service, ServicePort, ServiceType};

pub(super) fn manifest(s: &Service) -> Value {
    let meta = metadata(&s.meta.name, &s.meta.namespace, s.meta.uid, s.meta.created)
        .maybe("labels", string_map(&s.meta.labels))
        .maybe("annotations", string_map(&s.meta.annotations));
    let external = s.service_type != ServiceType::ClusterIP;
    let spec = Fields::new()
        .str("clusterIP", s.cluster_ip.as_str())
        .set("clusterIPs", Value::Array(vec![Value::str(s.cluster_ip.as_str())]))
        .str("internalTrafficPolicy", "Cluster")
        .set("ipFamilies", Value::Array(vec![Value::str("IPv4")]))
        .str("ipFamilyPolicy", "SingleStack")
        .set("ports", Value::Array(s.ports.iter().map(port).collect()))
        .maybe("selector", s.selector.as_ref().and_then(|sel| string_map(&sel.0)))
        .str("sessionAffinity", "None")
        .str("type", s.service_type.as_str())
        .maybe("externalTrafficPolicy", external.then(|| Value::str("Cluster")))
        .maybe(
            "allocateLoadBalancerNodePorts",
            (s.service_type == ServiceType::LoadBalancer).then_some(Value::Bool(true)),
        )
        .build();
    let ingress = s
        .load_balancer
        .as_deref()
        .map(|host| Value::Array(vec![Value::object([("hostname", Value::str(host))])]));
    let status = Value::object([("loadBalancer", Fields::new().maybe("ingress", ingress).build())]);
    object("v1", "Service", meta.build()).set("spec", spec).set("status", status).build()
}

fn port(p: &ServicePort) -> Value {
    Fields::new()
        .maybe("name", p.name.as_deref().map(Value::str))
        .maybe("nodePort", p.node_port.map(|n| Value::Int(i64::from(n))))
        .int("port", p.port)
        .str("protocol", p.protocol)
        .int("targetPort", p.target_port)
        .build()
}

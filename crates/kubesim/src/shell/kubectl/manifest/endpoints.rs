//! The Endpoints the endpoints controller keeps for a Service: the ready
//! and not-ready addresses of its pods, with the target ports.

use super::{derived_uid, metadata, object, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::service::{EndpointAddress, Endpoints};
use crate::sim::Cluster;

pub(super) fn manifest(cluster: &Cluster, e: &Endpoints) -> Value {
    // The engine derives Endpoints from their Service; their own UID comes
    // from the Service's.
    let uid = derived_uid(&format!("endpoints:{}", e.meta.uid));
    let meta = metadata(&e.meta.name, &e.meta.namespace, uid, e.meta.created)
        .maybe("labels", string_map(&e.meta.labels))
        .maybe("annotations", string_map(&e.meta.annotations));
    let mut fields = object("v1", "Endpoints", meta.build());
    if !e.addresses.is_empty() {
        let list = |ready: bool| {
            let picked: Vec<Value> = e
                .addresses
                .iter()
                .filter(|a| a.ready == ready)
                .map(|a| address(cluster, &e.meta.namespace, a))
                .collect();
            (!picked.is_empty()).then_some(Value::Array(picked))
        };
        let ports: Vec<Value> = e
            .ports
            .iter()
            .map(|p| {
                Fields::new()
                    .maybe("name", p.name.as_deref().map(Value::str))
                    .int("port", p.target_port)
                    .str("protocol", p.protocol)
                    .build()
            })
            .collect();
        let subset = Fields::new()
            .maybe("addresses", list(true))
            .maybe("notReadyAddresses", list(false))
            .set("ports", Value::Array(ports))
            .build();
        fields = fields.set("subsets", Value::Array(vec![subset]));
    }
    fields.build()
}

fn address(cluster: &Cluster, namespace: &str, a: &EndpointAddress) -> Value {
    let target = a.pod.as_deref().and_then(|name| cluster.pods().by_name(namespace, name)).map(|pod| {
        Value::object([
            ("kind", Value::str("Pod")),
            ("name", Value::str(pod.meta.name.as_str())),
            ("namespace", Value::str(namespace)),
            ("uid", Value::str(pod.meta.uid.to_string())),
        ])
    });
    Fields::new()
        .str("ip", a.ip.as_str())
        .maybe("nodeName", a.node.as_deref().map(Value::str))
        .maybe("targetRef", target)
        .build()
}

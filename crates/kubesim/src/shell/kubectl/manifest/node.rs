//! A Node as the kubelet on an EKS-optimized AMI (or on Fargate) registers
//! it and keeps its status: addresses, capacity, conditions, system info.

use super::{metadata, object, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::taint::Taint;
use crate::sim::Node;

pub(super) fn manifest(node: &Node) -> Value {
    let meta = metadata(&node.name, "", node.uid, node.created)
        .maybe("labels", string_map(&node.labels))
        .maybe("annotations", string_map(&node.annotations()));
    object("v1", "Node", meta.build()).set("spec", spec(node)).set("status", status(node)).build()
}

fn spec(node: &Node) -> Value {
    let taints = (!node.taints.is_empty()).then(|| Value::Array(node.taints.iter().map(taint).collect()));
    Fields::new()
        .str("providerID", node.provider_id.as_str())
        .maybe("taints", taints)
        .maybe("unschedulable", node.unschedulable.then_some(Value::Bool(true)))
        .build()
}

fn taint(t: &Taint) -> Value {
    Fields::new()
        .str("key", t.key.as_str())
        .maybe("value", (!t.value.is_empty()).then(|| Value::str(t.value.as_str())))
        .str("effect", t.effect.as_str())
        .maybe("timeAdded", t.added.map(|at| Value::str(at.to_string())))
        .build()
}

fn status(node: &Node) -> Value {
    let addresses = node
        .addresses()
        .into_iter()
        .map(|(kind, address)| Value::object([("address", Value::str(address)), ("type", Value::str(kind))]))
        .collect();
    let resources =
        |capacity| Value::object(node.resource_list(capacity).map(|(name, value)| (name, Value::str(value))));
    Fields::new()
        .set("addresses", Value::Array(addresses))
        .set("allocatable", resources(false))
        .set("capacity", resources(true))
        .set("conditions", Value::Array(conditions(node)))
        .set(
            "daemonEndpoints",
            Value::object([("kubeletEndpoint", Value::object([("Port", Value::Int(10_250))]))]),
        )
        .set("nodeInfo", node_info(node))
        .build()
}

/// The kubelet's four conditions, or the node controller's Unknowns once
/// it stops posting.
fn conditions(node: &Node) -> Vec<Value> {
    node.conditions()
        .into_iter()
        .map(|c| {
            Fields::new()
                .time("lastHeartbeatTime", c.last_heartbeat)
                .time("lastTransitionTime", c.last_transition)
                .str("message", c.message)
                .str("reason", c.reason)
                .str("status", c.status.as_str())
                .str("type", c.kind)
                .build()
        })
        .collect()
}

fn node_info(node: &Node) -> Value {
    let ids = node.system_ids();
    Fields::new()
        .str("architecture", node.label("kubernetes.io/arch").unwrap_or("amd64"))
        .str("bootID", ids.boot_id)
        .str("containerRuntimeVersion", node.container_runtime.as_str())
        .str("kernelVersion", node.kernel_version.as_str())
        .str("kubeProxyVersion", node.kubelet_version.as_str())
        .str("kubeletVersion", node.kubelet_version.as_str())
        .str("machineID", ids.machine_id)
        .str("operatingSystem", node.label("kubernetes.io/os").unwrap_or("linux"))
        .str("osImage", node.os_image.as_str())
        .str("systemUUID", ids.system_uuid)
        .build()
}

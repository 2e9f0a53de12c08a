//! A Node as the kubelet on an EKS-optimized AMI (or on Fargate) registers
//! it and keeps its status: addresses, capacity, conditions, system info.

use super::{derived_hex, derived_uid, metadata, object, string_map, uuid_layout, Fields};
use crate::shell::printer::Value;
use crate::sim::node::NodeResources;
use crate::sim::quantity::{format_cpu, format_memory};
use crate::sim::taint::Taint;
use crate::sim::{Node, NodeCondition};

/// The root volume the kubelet reports as ephemeral storage: the 20 GiB
/// EKS gives a managed node group's instances unless told otherwise.
const EPHEMERAL_CAPACITY: &str = "20959212Ki";
const EPHEMERAL_ALLOCATABLE: &str = "18242267924";

pub(super) fn manifest(node: &Node) -> Value {
    let mut annotations = Fields::new();
    if !node.is_fargate() {
        annotations = annotations.str("alpha.kubernetes.io/provided-node-ip", node.internal_ip.as_str());
    }
    let annotations = annotations
        .str("node.alpha.kubernetes.io/ttl", "0")
        .str("volumes.kubernetes.io/controller-managed-attach-detach", "true");
    let meta = metadata(&node.name, "", node.uid, node.created)
        .maybe("labels", string_map(&node.labels))
        .set("annotations", annotations.build());
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
    let hostname = node.label("kubernetes.io/hostname").unwrap_or(&node.name);
    let mut addresses = vec![address("InternalIP", &node.internal_ip)];
    if let Some(ip) = &node.external_ip {
        addresses.push(address("ExternalIP", ip));
    }
    addresses.push(address("InternalDNS", hostname));
    addresses.push(address("Hostname", hostname));
    Fields::new()
        .set("addresses", Value::Array(addresses))
        .set("allocatable", resources(&node.allocatable, EPHEMERAL_ALLOCATABLE))
        .set("capacity", resources(&node.capacity, EPHEMERAL_CAPACITY))
        .set("conditions", Value::Array(conditions(node)))
        .set(
            "daemonEndpoints",
            Value::object([("kubeletEndpoint", Value::object([("Port", Value::Int(10_250))]))]),
        )
        .set("nodeInfo", node_info(node))
        .build()
}

fn address(kind: &str, address: &str) -> Value {
    Value::object([("address", Value::str(address)), ("type", Value::str(kind))])
}

fn resources(r: &NodeResources, ephemeral: &str) -> Value {
    Value::object([
        ("cpu", Value::str(format_cpu(r.resources.millicpu))),
        ("ephemeral-storage", Value::str(ephemeral)),
        ("hugepages-1Gi", Value::str("0")),
        ("hugepages-2Mi", Value::str("0")),
        ("memory", Value::str(format_memory(r.resources.memory))),
        ("pods", Value::str(r.pods.to_string())),
    ])
}

/// The kubelet's four conditions; once it stops posting, the node
/// controller sets them all to Unknown.
fn conditions(node: &Node) -> Vec<Value> {
    let condition = |kind: &str, status: &str, reason: &str, message: &str, since| {
        Fields::new()
            .time("lastHeartbeatTime", node.last_heartbeat)
            .time("lastTransitionTime", since)
            .str("message", message)
            .str("reason", reason)
            .str("status", status)
            .str("type", kind)
            .build()
    };
    if node.ready == NodeCondition::Unknown {
        return ["MemoryPressure", "DiskPressure", "PIDPressure", "Ready"]
            .into_iter()
            .map(|kind| {
                condition(
                    kind,
                    "Unknown",
                    "NodeStatusUnknown",
                    "Kubelet stopped posting node status.",
                    node.ready_since,
                )
            })
            .collect();
    }
    let ready = match node.ready {
        NodeCondition::Ready => condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", node.ready_since),
        _ => condition(
            "Ready",
            "False",
            "KubeletNotReady",
            "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized",
            node.ready_since,
        ),
    };
    vec![
        condition(
            "MemoryPressure",
            "False",
            "KubeletHasSufficientMemory",
            "kubelet has sufficient memory available",
            node.created,
        ),
        condition(
            "DiskPressure",
            "False",
            "KubeletHasNoDiskPressure",
            "kubelet has no disk pressure",
            node.created,
        ),
        condition(
            "PIDPressure",
            "False",
            "KubeletHasSufficientPID",
            "kubelet has sufficient PID available",
            node.created,
        ),
        ready,
    ]
}

fn node_info(node: &Node) -> Value {
    // EC2 reports machine and system UUIDs starting with "ec2".
    let machine = format!("ec2{}", derived_hex(&format!("machine:{}", node.name), 29));
    let system_uuid = uuid_layout(&machine);
    let boot_id = derived_uid(&format!("boot:{}:{}", node.name, node.created.unix_millis()));
    Fields::new()
        .str("architecture", node.label("kubernetes.io/arch").unwrap_or("amd64"))
        .str("bootID", boot_id)
        .str("containerRuntimeVersion", node.container_runtime.as_str())
        .str("kernelVersion", node.kernel_version.as_str())
        .str("kubeProxyVersion", node.kubelet_version.as_str())
        .str("kubeletVersion", node.kubelet_version.as_str())
        .str("machineID", machine)
        .str("operatingSystem", node.label("kubernetes.io/os").unwrap_or("linux"))
        .str("osImage", node.os_image.as_str())
        .str("systemUUID", system_uuid)
        .build()
}

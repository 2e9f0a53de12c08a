//! `kubectl describe node` (`describeNode`, `describeNodeResource`).

use super::events::write_events;
use super::format::{percent, rfc1123z};
use super::writer::DescribeWriter;
use crate::shell::printer::human_duration;
use crate::sim::event::Event;
use crate::sim::lease::Lease;
use crate::sim::quantity::{format_cpu, format_memory, Resources};
use crate::sim::{Cluster, Node, Pod};

pub fn describe(cluster: &Cluster, node: &Node, events: Option<&[&Event]>) -> String {
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", node.name));
    let roles = node.roles();
    let roles = if roles.is_empty() { "<none>".to_owned() } else { roles.join(",") };
    w.write(0, &format!("Roles:\t{roles}\n"));
    w.labels("Labels", &node.labels);
    w.annotations("Annotations", &node.annotations());
    w.write(0, &format!("CreationTimestamp:\t{}\n", rfc1123z(node.created)));
    w.taints("Taints", &node.taints);
    w.write(0, &format!("Unschedulable:\t{}\n", node.unschedulable));
    // The node's Lease in kube-node-lease, which its kubelet keeps; the
    // kubelet never sets acquireTime.
    let lease = Lease::of_node(node);
    w.write(0, "Lease:\n");
    w.write(1, &format!("HolderIdentity:\t{}\n", lease.holder_identity));
    w.write(1, "AcquireTime:\t<unset>\n");
    w.write(1, &format!("RenewTime:\t{}\n", rfc1123z(lease.renew_time)));
    w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for c in node.conditions() {
        w.write(
            1,
            &format!(
                "{} \t{} \t{} \t{} \t{} \t{}\n",
                c.kind,
                c.status,
                rfc1123z(c.last_heartbeat),
                rfc1123z(c.last_transition),
                c.reason,
                c.message
            ),
        );
    }
    w.write(0, "Addresses:\n");
    for (kind, address) in node.addresses() {
        w.write(1, &format!("{kind}:\t{address}\n"));
    }
    w.write(0, "Capacity:\n");
    write_resource_list(&mut w, node, true);
    w.write(0, "Allocatable:\n");
    write_resource_list(&mut w, node, false);
    let ids = node.system_ids();
    w.write(0, "System Info:\n");
    w.write(0, &format!("  Machine ID:\t{}\n", ids.machine_id));
    w.write(0, &format!("  System UUID:\t{}\n", ids.system_uuid));
    w.write(0, &format!("  Boot ID:\t{}\n", ids.boot_id));
    w.write(0, &format!("  Kernel Version:\t{}\n", node.kernel_version));
    w.write(0, &format!("  OS Image:\t{}\n", node.os_image));
    w.write(0, "  Operating System:\tlinux\n");
    w.write(0, "  Architecture:\tamd64\n");
    w.write(0, &format!("  Container Runtime Version:\t{}\n", node.container_runtime));
    w.write(0, &format!("  Kubelet Version:\t{}\n", node.kubelet_version));
    // Kubelets before 1.31 still report their kube-proxy's version as
    // their own.
    w.write(0, &format!("  Kube-Proxy Version:\t{}\n", node.kubelet_version));
    w.write(0, &format!("ProviderID:\t{}\n", node.provider_id));
    write_node_resources(&mut w, cluster, node);
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

/// Capacity or Allocatable, resource names sorted.
fn write_resource_list(w: &mut DescribeWriter, node: &Node, capacity: bool) {
    for (name, value) in node.resource_list(capacity) {
        w.write(0, &format!("  {name}:\t{value}\n"));
    }
}

/// What a pod asks of its node: the sums over its containers.
fn requests_and_limits(pod: &Pod) -> (Resources, Resources) {
    pod.spec
        .containers
        .iter()
        .fold((Resources::default(), Resources::default()), |(r, l), c| (r + c.requests, l + c.limits))
}

/// `"%s (%d%%)"`: a quantity and its share of what the node can allocate.
fn share(value: String, part: u64, whole: u64) -> String {
    format!("{value} ({}%)", percent(part, whole))
}

/// Non-terminated Pods and Allocated resources.
fn write_node_resources(w: &mut DescribeWriter, cluster: &Cluster, node: &Node) {
    let mut pods: Vec<&Pod> = cluster.pods().on_node(&node.name).filter(|p| !p.is_finished()).collect();
    pods.sort_by(|a, b| (&a.meta.namespace, &a.meta.name).cmp(&(&b.meta.namespace, &b.meta.name)));
    let alloc = node.allocatable.resources;
    w.write(0, &format!("Non-terminated Pods:\t({} in total)\n", pods.len()));
    w.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
    w.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
    let mut total = (Resources::default(), Resources::default());
    for pod in &pods {
        let (req, lim) = requests_and_limits(pod);
        total = (total.0 + req, total.1 + lim);
        w.write(
            1,
            &format!(
                "{}\t{}\t\t{}\t{}\t{}\t{}\t{}\n",
                pod.meta.namespace,
                pod.meta.name,
                share(format_cpu(req.millicpu), req.millicpu, alloc.millicpu),
                share(format_cpu(lim.millicpu), lim.millicpu, alloc.millicpu),
                share(format_memory(req.memory), req.memory, alloc.memory),
                share(format_memory(lim.memory), lim.memory, alloc.memory),
                human_duration(cluster.now() - pod.meta.created),
            ),
        );
    }
    let (req, lim) = total;
    w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
    w.write(1, "Resource\tRequests\tLimits\n");
    w.write(1, "--------\t--------\t------\n");
    w.write(
        1,
        &format!(
            "cpu\t{}\t{}\n",
            share(format_cpu(req.millicpu), req.millicpu, alloc.millicpu),
            share(format_cpu(lim.millicpu), lim.millicpu, alloc.millicpu)
        ),
    );
    w.write(
        1,
        &format!(
            "memory\t{}\t{}\n",
            share(format_memory(req.memory), req.memory, alloc.memory),
            share(format_memory(lim.memory), lim.memory, alloc.memory)
        ),
    );
    for name in ["ephemeral-storage", "hugepages-1Gi", "hugepages-2Mi"] {
        w.write(1, &format!("{name}\t0 (0%)\t0 (0%)\n"));
    }
}

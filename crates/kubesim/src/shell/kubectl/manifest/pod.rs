//! A Pod: its spec as admitted, and the status the scheduler and the
//! kubelet keep: conditions, container statuses, IPs, QoS class.

use super::{metadata, object, pod_owner, pod_spec, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::conditions::ConditionStatus;
use crate::sim::pod::{Container, ContainerState, PodPhase};
use crate::sim::pod_status::{image_id, resolved_image};
use crate::sim::{Cluster, Pod, Timestamp};

pub(super) fn manifest(cluster: &Cluster, pod: &Pod) -> Value {
    let generate_name = pod.owner.as_ref().map(|o| Value::str(format!("{}-", o.name)));
    let mut meta = metadata(&pod.meta.name, &pod.meta.namespace, pod.meta.uid, pod.meta.created)
        .maybe("labels", string_map(&pod.meta.labels))
        .maybe("annotations", string_map(&pod.meta.annotations))
        .maybe("generateName", generate_name)
        .maybe("ownerReferences", pod.owner.as_ref().map(pod_owner));
    if let Some(deleted) = pod.deletion {
        meta = meta
            .time("deletionTimestamp", deleted)
            .int("deletionGracePeriodSeconds", pod.spec.termination_grace_secs);
    }
    object("v1", "Pod", meta.build())
        .set("spec", pod_spec::spec(&pod.spec, Some(pod)))
        .set("status", status(cluster, pod))
        .build()
}

fn status(cluster: &Cluster, pod: &Pod) -> Value {
    let host_ip = pod.node().and_then(|n| cluster.node(n)).map(|n| n.internal_ip.as_str());
    let ips = |ip: &str| Value::Array(vec![Value::object([("ip", Value::str(ip))])]);
    let mut fields = Fields::new()
        .str("phase", pod.phase.as_str())
        .str("qosClass", pod.qos_class())
        .maybe("reason", pod.reason.map(Value::str))
        .maybe("hostIP", host_ip.map(Value::str))
        .maybe("hostIPs", host_ip.map(ips))
        .maybe("podIP", pod.ip.as_deref().map(Value::str))
        .maybe("podIPs", pod.ip.as_deref().map(ips));
    let conditions = conditions(pod);
    if !conditions.is_empty() {
        fields = fields.set("conditions", Value::Array(conditions));
    }
    if let Some(scheduled) = pod.scheduled {
        fields =
            fields.time("startTime", scheduled).set("containerStatuses", container_statuses(pod, scheduled));
    }
    fields.build()
}

fn condition(kind: &str, status: bool, since: Timestamp) -> Fields {
    Fields::new()
        .set("lastProbeTime", Value::Null)
        .time("lastTransitionTime", since)
        .str("status", if status { "True" } else { "False" })
        .str("type", kind)
}

/// The conditions `Pod::conditions` lists, with the times, reasons and
/// messages the scheduler and the kubelet write on them.
fn conditions(pod: &Pod) -> Vec<Value> {
    let Some(scheduled) = pod.scheduled else {
        let message = pod.unschedulable.as_deref().unwrap_or_default();
        return pod
            .conditions()
            .into_iter()
            .map(|c| {
                condition(c.kind, false, pod.meta.created)
                    .str("message", message)
                    .str("reason", "Unschedulable")
                    .build()
            })
            .collect();
    };
    let (running, started) = match &pod.containers {
        ContainerState::Running { started } => (true, *started),
        ContainerState::Terminated { finished, .. } => (false, *finished),
        ContainerState::Waiting { .. } => (false, scheduled),
    };
    let names: Vec<&str> = pod.spec.containers.iter().map(|c| c.name.as_str()).collect();
    pod.conditions()
        .into_iter()
        .map(|c| {
            let status = c.status == ConditionStatus::True;
            let since = if matches!(c.kind, "Initialized" | "PodScheduled") { scheduled } else { started };
            let fields = condition(c.kind, status, since);
            // The kubelet explains a Ready or ContainersReady that is False
            // because the containers are not running; the node controller
            // marking a running pod not ready (node lost) gives no reason.
            let explained = !status && !running && matches!(c.kind, "Ready" | "ContainersReady");
            match (explained, pod.phase) {
                (false, _) => fields.build(),
                (true, PodPhase::Succeeded) => fields.str("reason", "PodCompleted").build(),
                (true, _) => fields
                    .str("reason", "ContainersNotReady")
                    .str("message", format!("containers with unready status: [{}]", names.join(" ")))
                    .build(),
            }
        })
        .collect()
}

/// The kubelet lists container statuses by name. The pod's restart count
/// belongs to its first container.
fn container_statuses(pod: &Pod, scheduled: Timestamp) -> Value {
    let mut containers: Vec<(usize, &Container)> = pod.spec.containers.iter().enumerate().collect();
    containers.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    let statuses = containers
        .into_iter()
        .map(|(index, c)| {
            let id = pod.container_id(&c.name).unwrap_or_default();
            let (state, started, ready) = match &pod.containers {
                ContainerState::Waiting { reason } => (
                    Value::object([("waiting", Value::object([("reason", Value::str(*reason))]))]),
                    false,
                    false,
                ),
                ContainerState::Running { started } => (
                    Value::object([(
                        "running",
                        Value::object([("startedAt", Value::str(started.to_string()))]),
                    )]),
                    true,
                    pod.ready,
                ),
                ContainerState::Terminated { reason, exit_code, finished } => {
                    let terminated = Fields::new()
                        .str("containerID", id.as_str())
                        .int("exitCode", *exit_code)
                        .time("finishedAt", *finished)
                        .str("reason", *reason)
                        .time("startedAt", scheduled)
                        .build();
                    (Value::object([("terminated", terminated)]), false, false)
                }
            };
            let waiting = matches!(pod.containers, ContainerState::Waiting { .. });
            Fields::new()
                .maybe("containerID", (!waiting).then(|| Value::str(id.as_str())))
                .str("image", resolved_image(&c.image))
                .str("imageID", if waiting { String::new() } else { image_id(&c.image) })
                .set("lastState", Value::Object(Vec::new()))
                .str("name", c.name.as_str())
                .set("ready", Value::Bool(ready))
                .int("restartCount", if index == 0 { pod.restarts } else { 0 })
                .set("started", Value::Bool(started))
                .set("state", state)
                .build()
        })
        .collect();
    Value::Array(statuses)
}

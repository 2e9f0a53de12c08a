//! An Event (core/v1) as the components record it: what happened to which
//! object, how often, first and last seen.

use super::{derived_uid, metadata, object, Fields};
use crate::shell::printer::Value;
use crate::sim::event::Event;

pub(super) fn manifest(e: &Event) -> Value {
    let uid = derived_uid(&format!("event:{}", e.stamp));
    let meta = metadata(&e.name(), e.namespace(), uid, e.first);
    let api_version = match e.object.kind {
        "Deployment" | "ReplicaSet" | "DaemonSet" => "apps/v1",
        "PodDisruptionBudget" => "policy/v1",
        _ => "v1",
    };
    let involved = Fields::new()
        .str("apiVersion", api_version)
        .str("kind", e.object.kind)
        .str("name", e.object.name.as_str())
        .maybe("namespace", (!e.object.namespace.is_empty()).then(|| Value::str(e.object.namespace.as_str())))
        .build();
    object("v1", "Event", meta.build())
        .int("count", e.count)
        .set("eventTime", Value::Null)
        .time("firstTimestamp", e.first)
        .set("involvedObject", involved)
        .time("lastTimestamp", e.last)
        .str("message", e.message.as_str())
        .str("reason", e.reason)
        .str("reportingComponent", e.source)
        .str("reportingInstance", "")
        .set("source", Value::object([("component", Value::str(e.source))]))
        .str("type", e.event_type.as_str())
        .build()
}

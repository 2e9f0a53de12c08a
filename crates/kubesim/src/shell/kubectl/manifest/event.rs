//! An Event (core/v1) as the components record it: what happened to which
//! object, how often, first and last seen. The scheduler records through
//! the newer events.k8s.io API, so its events read differently: an
//! `eventTime` and an `action`, a `series` for repeats, no timestamps.

use super::{derived_uid, metadata, micro_time, object, Fields};
use crate::shell::printer::Value;
use crate::sim::event::Event;
use crate::sim::pod::DEFAULT_SCHEDULER;

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
    let common = object("v1", "Event", meta.build())
        .set("involvedObject", involved)
        .str("message", e.message.as_str())
        .str("reason", e.reason)
        .str("reportingComponent", e.source)
        .str("type", e.event_type.as_str());
    if e.source == DEFAULT_SCHEDULER {
        let series = (e.count > 1).then(|| {
            Value::object([
                ("count", Value::Int(i64::from(e.count))),
                ("lastObservedTime", micro_time(e.last)),
            ])
        });
        return common
            .str("action", "Scheduling")
            .set("eventTime", micro_time(e.first))
            .set("firstTimestamp", Value::Null)
            .set("lastTimestamp", Value::Null)
            .str("reportingInstance", "")
            .maybe("series", series)
            .set("source", Value::Object(Vec::new()))
            .build();
    }
    common
        .int("count", e.count)
        .set("eventTime", Value::Null)
        .time("firstTimestamp", e.first)
        .time("lastTimestamp", e.last)
        .str("reportingInstance", "")
        .set("source", Value::object([("component", Value::str(e.source))]))
        .build()
}

//! Events: what the controllers, the scheduler and the kubelets report, as
//! `kubectl get events` and `describe` show them.

use std::collections::BTreeMap;

use super::Timestamp;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventType {
    Normal,
    Warning,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Normal => "Normal",
            EventType::Warning => "Warning",
        }
    }
}

/// The object an event is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectRef {
    pub kind: &'static str,
    pub namespace: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// `<object>.<16 hex>`, unique per event.
    pub name: String,
    /// The involved object's namespace (`default` for nodes, as the kubelet
    /// records them).
    pub namespace: String,
    pub object: ObjectRef,
    pub event_type: EventType,
    pub reason: &'static str,
    pub message: String,
    /// The component that reported it, e.g. `default-scheduler`, `kubelet`.
    pub source: String,
    pub first: Timestamp,
    pub last: Timestamp,
    pub count: u32,
}

/// Events in the order the API lists them (by namespace, then name), kept
/// for an hour as the API server's default TTL does.
#[derive(Clone, Debug, Default)]
pub struct EventLog {
    events: BTreeMap<(String, String), Event>,
    /// Where the last event with this object, reason and message lives, so a
    /// repeat is found without a scan.
    latest: BTreeMap<DedupKey, (String, String)>,
    serial: u64,
}

type DedupKey = (&'static str, String, String, &'static str, String);

/// `--event-ttl`'s default.
const TTL_MS: i64 = 60 * 60 * 1_000;

impl EventLog {
    pub fn all(&self) -> impl Iterator<Item = &Event> {
        self.events.values()
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Records an event; a repeat of the same object, reason and message
    /// bumps the count instead, as client-go's event correlator does.
    pub fn record(
        &mut self,
        now: Timestamp,
        object: ObjectRef,
        event_type: EventType,
        reason: &'static str,
        message: String,
        source: &str,
    ) {
        let key: DedupKey =
            (object.kind, object.namespace.clone(), object.name.clone(), reason, message.clone());
        if let Some(e) = self.latest.get(&key).and_then(|at| self.events.get_mut(at)) {
            e.count += 1;
            e.last = now;
            return;
        }
        self.serial += 1;
        // Real names end in the creation time in hex nanoseconds: unique and
        // increasing, as this is.
        let stamp = u64::try_from(now.unix_millis()).unwrap_or_default() * 1_000_000 + self.serial;
        let name = format!("{}.{stamp:x}", object.name);
        let namespace =
            if object.namespace.is_empty() { "default".to_owned() } else { object.namespace.clone() };
        let at = (namespace.clone(), name.clone());
        let event = Event {
            name,
            namespace,
            object,
            event_type,
            reason,
            message,
            source: source.to_owned(),
            first: now,
            last: now,
            count: 1,
        };
        self.events.insert(at.clone(), event);
        self.latest.insert(key, at);
    }

    /// Drops events older than the TTL.
    pub fn expire(&mut self, now: Timestamp) {
        self.events.retain(|_, e| (now - e.last).millis() < TTL_MS);
        let events = &self.events;
        self.latest.retain(|_, at| events.contains_key(at));
    }

    /// Forgets every event (a scenario starts with a quiet log).
    pub fn clear(&mut self) {
        self.events.clear();
        self.latest.clear();
    }
}

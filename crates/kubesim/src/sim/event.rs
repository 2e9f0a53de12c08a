//! Events: what the controllers, the scheduler and the kubelets report, as
//! `kubectl get events` and `describe` show them.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};

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
    pub object: ObjectRef,
    /// Unique and increasing: the creation time in nanoseconds, as real
    /// event names end in (in hex).
    pub stamp: u64,
    pub event_type: EventType,
    pub reason: &'static str,
    pub message: String,
    /// The component that reported it, e.g. `default-scheduler`, `kubelet`.
    pub source: &'static str,
    pub first: Timestamp,
    pub last: Timestamp,
    pub count: u32,
}

impl Event {
    /// `<object>.<hex stamp>`, as the API names events.
    pub fn name(&self) -> String {
        format!("{}.{:x}", self.object.name, self.stamp)
    }

    /// The involved object's namespace, `default` for cluster-scoped ones
    /// (nodes), as the kubelet records them.
    pub fn namespace(&self) -> &str {
        if self.object.namespace.is_empty() {
            "default"
        } else {
            &self.object.namespace
        }
    }
}

/// Events, kept for an hour as the API server's default TTL does. Stored in
/// the order they happened; listed in API order (namespace, then name).
#[derive(Clone, Debug, Default)]
pub struct EventLog {
    events: Vec<Event>,
    /// Where the last event with this object, reason and message lives (by
    /// a hash of them), so a repeat is found without a scan or a copy.
    latest: BTreeMap<u64, usize>,
    serial: u64,
    /// Expiry sweeps run at most once a simulated minute.
    next_sweep: Option<Timestamp>,
}

/// A hash of the fields that make two events the same. Only ever compared
/// within one run, never shown or stored, so the standard hasher will do.
fn dedup_key(object: &ObjectRef, reason: &str, message: &str) -> u64 {
    let mut h = DefaultHasher::new();
    (object.kind, &object.namespace, &object.name, reason, message).hash(&mut h);
    h.finish()
}

/// `--event-ttl`'s default.
const TTL_MS: i64 = 60 * 60 * 1_000;

impl EventLog {
    /// Every event, in API order.
    pub fn all(&self) -> impl Iterator<Item = &Event> {
        let mut listed: Vec<&Event> = self.events.iter().collect();
        listed.sort_by_cached_key(|e| (e.namespace().to_owned(), e.name()));
        listed.into_iter()
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
        source: &'static str,
    ) {
        let key = dedup_key(&object, reason, &message);
        if let Some(e) = self.latest.get(&key).and_then(|&at| self.events.get_mut(at)) {
            if e.object == object && e.reason == reason && e.message == message {
                e.count += 1;
                e.last = now;
                return;
            }
        }
        self.latest.insert(key, self.events.len());
        self.push(now, object, event_type, reason, message, source);
    }

    /// Records a Normal event that cannot repeat (a pod is scheduled, or
    /// created, once), skipping the correlator's bookkeeping.
    pub fn record_unique(
        &mut self,
        now: Timestamp,
        object: ObjectRef,
        reason: &'static str,
        message: String,
        source: &'static str,
    ) {
        self.push(now, object, EventType::Normal, reason, message, source);
    }

    fn push(
        &mut self,
        now: Timestamp,
        object: ObjectRef,
        event_type: EventType,
        reason: &'static str,
        message: String,
        source: &'static str,
    ) {
        self.serial += 1;
        let stamp = u64::try_from(now.unix_millis()).unwrap_or_default() * 1_000_000 + self.serial;
        self.events.push(Event {
            object,
            stamp,
            event_type,
            reason,
            message,
            source,
            first: now,
            last: now,
            count: 1,
        });
    }

    /// Drops events older than the TTL.
    pub fn expire(&mut self, now: Timestamp) {
        if self.next_sweep.is_some_and(|t| now < t) {
            return;
        }
        self.next_sweep = Some(now + super::Duration::from_mins(1));
        let before = self.events.len();
        self.events.retain(|e| (now - e.last).millis() < TTL_MS);
        if self.events.len() != before {
            self.latest = self
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| (dedup_key(&e.object, e.reason, &e.message), i))
                .collect();
        }
    }

    /// Forgets every event (a scenario starts with a quiet log).
    pub fn clear(&mut self) {
        self.events.clear();
        self.latest.clear();
    }
}

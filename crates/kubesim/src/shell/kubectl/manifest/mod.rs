//! The API objects themselves, as an EKS 1.30 API server returns them to
//! `kubectl get -o json|yaml|jsonpath`: apiVersion, kind, metadata, spec
//! and status, with the defaults the API server fills in, built from the
//! engine's state. One file per kind.
//!
//! Some values the engine does not model are derived from what it does,
//! always the same way for the same object (container IDs from pod UIDs,
//! `resourceVersion` from the object's content, so it changes exactly when
//! the object does).

mod daemonset;
mod deployment;
mod endpoints;
mod event;
mod lease;
mod namespace;
mod node;
mod pdb;
mod pod;
mod pod_spec;
mod replicaset;
mod service;

use super::objects::Object;
use crate::shell::printer::{to_compact_json, Value};
use crate::sim::meta::{OwnerKind, OwnerRef};
use crate::sim::stable_ids::{fnv1a, uuid_layout};
use crate::sim::{Cluster, Labels, Timestamp, Uid};

/// The object as the API serves it.
pub fn of(cluster: &Cluster, object: &Object<'_>) -> Value {
    let built = match object {
        Object::Node(n) => node::manifest(n),
        Object::Pod(p) => pod::manifest(cluster, p),
        Object::Deployment(d) => deployment::manifest(cluster, d),
        Object::ReplicaSet(r) => replicaset::manifest(cluster, r),
        Object::DaemonSet(d) => daemonset::manifest(cluster, d),
        Object::Service(s) => service::manifest(s),
        Object::Endpoints(e) => endpoints::manifest(cluster, e),
        Object::Event(e) => event::manifest(e),
        Object::Namespace(n) => namespace::manifest(n),
        Object::PodDisruptionBudget(p) => pdb::manifest(cluster, p),
        Object::Lease(l) => lease::manifest(l),
    };
    with_resource_version(built)
}

/// What kubectl prints for several objects: a `v1` `List` whose
/// `resourceVersion` is empty.
pub fn list(cluster: &Cluster, objects: &[Object<'_>]) -> Value {
    Value::object([
        ("apiVersion", Value::str("v1")),
        ("items", Value::Array(objects.iter().map(|o| of(cluster, o)).collect())),
        ("kind", Value::str("List")),
        ("metadata", Value::object([("resourceVersion", Value::str(""))])),
    ])
}

/// An object's fields, added in any order: the printers sort the keys.
#[derive(Default)]
struct Fields(Vec<(String, Value)>);

impl Fields {
    fn new() -> Self {
        Fields::default()
    }

    fn set(mut self, key: &str, value: Value) -> Self {
        self.0.push((key.to_owned(), value));
        self
    }

    /// Sets the field only when there is a value, as `omitempty` does.
    fn maybe(self, key: &str, value: Option<Value>) -> Self {
        match value {
            Some(v) => self.set(key, v),
            None => self,
        }
    }

    fn str(self, key: &str, value: impl Into<String>) -> Self {
        self.set(key, Value::Str(value.into()))
    }

    fn time(self, key: &str, at: Timestamp) -> Self {
        self.str(key, at.to_string())
    }

    /// An integer field with `omitempty`: left out when zero.
    fn count(self, key: &str, n: impl Into<i64>) -> Self {
        let n = n.into();
        self.maybe(key, (n != 0).then_some(Value::Int(n)))
    }

    fn int(self, key: &str, n: impl Into<i64>) -> Self {
        self.set(key, Value::Int(n.into()))
    }

    fn build(self) -> Value {
        Value::Object(self.0)
    }
}

/// The top of every object: `apiVersion`, `kind` and `metadata`.
fn object(api_version: &str, kind: &str, metadata: Value) -> Fields {
    Fields::new().str("apiVersion", api_version).str("kind", kind).set("metadata", metadata)
}

/// `metadata`, from the fields every object has; the caller adds the rest.
fn metadata(name: &str, namespace: &str, uid: impl std::fmt::Display, created: Timestamp) -> Fields {
    let fields =
        Fields::new().str("name", name).str("uid", uid.to_string()).time("creationTimestamp", created);
    if namespace.is_empty() {
        fields
    } else {
        fields.str("namespace", namespace)
    }
}

/// `metav1.MicroTime`: RFC 3339 with six fractional digits.
fn micro_time(at: Timestamp) -> Value {
    let seconds = at.to_string();
    let micros = at.unix_millis().rem_euclid(1_000) * 1_000;
    Value::str(format!("{}.{micros:06}Z", seconds.trim_end_matches('Z')))
}

/// A string map such as `labels` or `nodeSelector`; `None` when empty.
fn string_map(map: &Labels) -> Option<Value> {
    (!map.is_empty()).then(|| Value::object(map.iter().map(|(k, v)| (k.as_str(), Value::str(v.as_str())))))
}

/// `metadata.ownerReferences` naming the controller.
fn owner_references(api_version: &str, kind: &str, name: &str, uid: Uid) -> Value {
    Value::Array(vec![Value::object([
        ("apiVersion", Value::str(api_version)),
        ("blockOwnerDeletion", Value::Bool(true)),
        ("controller", Value::Bool(true)),
        ("kind", Value::str(kind)),
        ("name", Value::str(name)),
        ("uid", Value::str(uid.to_string())),
    ])])
}

/// A pod's controller, as its `ownerReferences` name it.
fn pod_owner(owner: &OwnerRef) -> Value {
    match owner.kind {
        OwnerKind::ReplicaSet | OwnerKind::DaemonSet => {
            owner_references("apps/v1", owner.kind.as_str(), &owner.name, owner.uid)
        }
        // A static pod's mirror names its node, without blocking deletion.
        OwnerKind::Node => Value::Array(vec![Value::object([
            ("apiVersion", Value::str("v1")),
            ("controller", Value::Bool(true)),
            ("kind", Value::str("Node")),
            ("name", Value::str(owner.name.as_str())),
            ("uid", Value::str(owner.uid.to_string())),
        ])]),
    }
}

/// A label selector's `matchLabels`.
fn match_labels(selector: &Labels) -> Value {
    Value::object([("matchLabels", string_map(selector).unwrap_or(Value::Object(Vec::new())))])
}

/// Sets `metadata.resourceVersion` from the object's content.
fn with_resource_version(object: Value) -> Value {
    let version = 10_000_000 + fnv1a(&to_compact_json(&object)) % 90_000_000;
    let Value::Object(mut pairs) = object else { return object };
    if let Some((_, Value::Object(meta))) = pairs.iter_mut().find(|(k, _)| k == "metadata") {
        meta.push(("resourceVersion".to_owned(), Value::str(version.to_string())));
    }
    Value::Object(pairs)
}

/// `n` hex digits derived from `seed` (machine IDs).
fn derived_hex(seed: &str, n: usize) -> String {
    let mut out = String::new();
    let mut round = 0u64;
    while out.len() < n {
        out.push_str(&format!("{:016x}", fnv1a(&format!("{round}:{seed}"))));
        round += 1;
    }
    out.truncate(n);
    out
}

/// A version-4 UUID derived from `seed`, for objects the engine keeps no
/// UID for.
fn derived_uid(seed: &str) -> String {
    let hex: String = derived_hex(seed, 32)
        .chars()
        .enumerate()
        .map(|(i, c)| match i {
            12 => '4',
            16 => ['8', '9', 'a', 'b'][c.to_digit(16).unwrap_or(0) as usize % 4],
            _ => c,
        })
        .collect();
    uuid_layout(&hex)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_versions_follow_content() {
        let a = Value::object([("metadata", Value::object([("name", Value::str("a"))]))]);
        let b = Value::object([("metadata", Value::object([("name", Value::str("b"))]))]);
        let version = |v: Value| to_compact_json(&with_resource_version(v));
        assert_eq!(version(a.clone()), version(a.clone()));
        assert_ne!(version(a), version(b));
    }

    #[test]
    fn derived_values_have_their_shapes() {
        assert_eq!(derived_hex("x", 64).len(), 64);
        assert_ne!(derived_hex("x", 64), derived_hex("y", 64));
    }
}

//! A Lease (`coordination.k8s.io/v1`): a node's, as its kubelet writes it
//! (k8s.io/component-helpers `apimachinery/lease`): the holder, the
//! duration, the last renewal, and the owner reference to the Node that
//! `setNodeOwnerFunc` sets (no `controller`, no `blockOwnerDeletion`).

use super::{metadata, micro_time, object, Fields};
use crate::shell::printer::Value;
use crate::sim::lease::Lease;

pub(super) fn manifest(lease: &Lease) -> Value {
    let (node, node_uid) = &lease.owner;
    let owner = Value::object([
        ("apiVersion", Value::str("v1")),
        ("kind", Value::str("Node")),
        ("name", Value::str(node.as_str())),
        ("uid", Value::str(node_uid.to_string())),
    ]);
    let meta = metadata(&lease.meta.name, &lease.meta.namespace, lease.meta.uid, lease.meta.created)
        .set("ownerReferences", Value::Array(vec![owner]));
    let spec = Fields::new()
        .str("holderIdentity", lease.holder_identity.as_str())
        .int("leaseDurationSeconds", lease.lease_duration_seconds)
        .set("renewTime", micro_time(lease.renew_time));
    object("coordination.k8s.io/v1", "Lease", meta.build()).set("spec", spec.build()).build()
}

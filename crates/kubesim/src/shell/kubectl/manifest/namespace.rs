//! A Namespace: always `Active` here, with the name label the API server
//! puts on every namespace.

use super::{metadata, object};
use crate::shell::printer::Value;
use crate::sim::cluster::Namespace;

pub(super) fn manifest(n: &Namespace) -> Value {
    let meta = metadata(&n.name, "", n.uid, n.created)
        .set("labels", Value::object([("kubernetes.io/metadata.name", Value::str(n.name.as_str()))]));
    object("v1", "Namespace", meta.build())
        .set("spec", Value::object([("finalizers", Value::Array(vec![Value::str("kubernetes")]))]))
        .set("status", Value::object([("phase", Value::str("Active"))]))
        .build()
}

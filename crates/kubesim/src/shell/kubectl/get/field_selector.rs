//! `--field-selector`: parsed as apimachinery's `fields.ParseSelector`
//! does, checked against the fields the API server lets each type be
//! selected by (its field label conversion), and matched against the
//! values the registry exposes for each object.

use super::super::objects::Object;
use super::super::resource::ResourceType;
use crate::shell::printer::go_format::quote as go_quote;
use crate::sim::Cluster;

/// One `field=value` or `field!=value` term.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Term {
    field: String,
    value: String,
    equal: bool,
}

/// All terms must hold; the empty selector matches everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldSelector(Vec<Term>);

impl FieldSelector {
    /// `fields.ParseSelector`: terms split at unescaped commas and read in
    /// sorted order; `\,`, `\=` and `\\` escape values.
    pub fn parse(text: &str) -> Result<FieldSelector, String> {
        let mut parts = split_terms(text);
        parts.sort_unstable();
        let mut terms = Vec::new();
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            let Some((field, equal, value)) = split_term(part) else {
                return Err(format!("invalid selector: '{text}'; can't understand '{part}'"));
            };
            terms.push(Term { field: field.to_owned(), value: unescape(value)?, equal });
        }
        Ok(FieldSelector(terms))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The API server's field label conversion for the type: every field
    /// must be one it can select by. `spec.host` is an old name for a pod's
    /// `spec.nodeName`.
    pub fn for_type(&self, resource: ResourceType) -> Result<FieldSelector, String> {
        let mut terms = Vec::with_capacity(self.0.len());
        for term in &self.0 {
            let mut term = term.clone();
            if resource == ResourceType::Pods && term.field == "spec.host" {
                term.field = "spec.nodeName".to_owned();
            }
            match selectable_fields(resource) {
                Some(fields) if !fields.contains(&term.field.as_str()) => {
                    return Err(format!("field label not supported: {}", term.field));
                }
                None if !DEFAULT_FIELDS.contains(&term.field.as_str()) => {
                    return Err(format!(
                        "{} is not a known field selector: only \"metadata.name\", \"metadata.namespace\"",
                        go_quote(&term.field)
                    ));
                }
                _ => terms.push(term),
            }
        }
        Ok(FieldSelector(terms))
    }

    /// Whether the object's fields satisfy every term; `for_type` has
    /// checked the fields, so each has a value.
    pub fn matches(&self, cluster: &Cluster, object: &Object<'_>) -> bool {
        self.0.iter().all(|t| (field_value(cluster, object, &t.field) == t.value) == t.equal)
    }
}

/// What every type may be selected by when it registers nothing else.
const DEFAULT_FIELDS: &[&str] = &["metadata.name", "metadata.namespace"];

/// The types that register their own field label conversion (core/v1
/// `conversion.go`); the rest use the default.
fn selectable_fields(resource: ResourceType) -> Option<&'static [&'static str]> {
    match resource {
        ResourceType::Pods => Some(&[
            "metadata.name",
            "metadata.namespace",
            "spec.nodeName",
            "spec.restartPolicy",
            "spec.schedulerName",
            "spec.serviceAccountName",
            "spec.hostNetwork",
            "status.phase",
            "status.podIP",
            "status.podIPs",
            "status.nominatedNodeName",
        ]),
        ResourceType::Nodes => Some(&["metadata.name", "spec.unschedulable"]),
        ResourceType::Namespaces => Some(&["status.phase", "metadata.name"]),
        ResourceType::Events => Some(&[
            "involvedObject.kind",
            "involvedObject.namespace",
            "involvedObject.name",
            "involvedObject.uid",
            "involvedObject.apiVersion",
            "involvedObject.resourceVersion",
            "involvedObject.fieldPath",
            "reason",
            "reportingComponent",
            "source",
            "type",
            "metadata.namespace",
            "metadata.name",
        ]),
        _ => None,
    }
}

/// The value of a selectable field, as the registry's `GetAttrs` sets it.
fn field_value(cluster: &Cluster, object: &Object<'_>, field: &str) -> String {
    match (object, field) {
        (_, "metadata.name") => object.name(),
        (_, "metadata.namespace") => object.namespace().to_owned(),
        (Object::Pod(pod), _) => match field {
            "spec.nodeName" => pod.node().unwrap_or_default().to_owned(),
            "spec.restartPolicy" => "Always".to_owned(),
            "spec.schedulerName" => pod.spec.scheduler_name.to_owned(),
            "spec.serviceAccountName" => pod.spec.service_account.clone(),
            "spec.hostNetwork" => pod.spec.host_network.to_string(),
            "status.phase" => pod.phase.as_str().to_owned(),
            "status.podIP" | "status.podIPs" => pod.ip.clone().unwrap_or_default(),
            _ => String::new(),
        },
        (Object::Node(node), "spec.unschedulable") => node.unschedulable.to_string(),
        (Object::Namespace(_), "status.phase") => "Active".to_owned(),
        (Object::Event(event), _) => match field {
            "involvedObject.kind" => event.object.kind.to_owned(),
            "involvedObject.namespace" => event.object.namespace.clone(),
            "involvedObject.name" => event.object.name.clone(),
            "involvedObject.uid" => involved_uid(cluster, event).unwrap_or_default(),
            "involvedObject.apiVersion" => ResourceType::ALL
                .into_iter()
                .find(|r| r.kind() == event.object.kind)
                .map_or("v1", ResourceType::api_version)
                .to_owned(),
            "reason" => event.reason.to_owned(),
            "reportingComponent" | "source" => event.source.to_owned(),
            "type" => event.event_type.as_str().to_owned(),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

/// The UID of the object an event is about, while it still exists.
fn involved_uid(cluster: &Cluster, event: &crate::sim::event::Event) -> Option<String> {
    let object = &event.object;
    let (ns, name) = (object.namespace.as_str(), object.name.as_str());
    let uid = match object.kind {
        "Pod" => cluster.pods().by_name(ns, name).map(|p| p.meta.uid),
        "Node" => cluster.node(name).map(|n| n.uid),
        "Deployment" => cluster.deployment(ns, name).map(|d| d.meta.uid),
        "ReplicaSet" => {
            cluster.replicasets().find(|r| r.meta.namespace == ns && r.meta.name == name).map(|r| r.meta.uid)
        }
        "DaemonSet" => {
            cluster.daemonsets().find(|d| d.meta.namespace == ns && d.meta.name == name).map(|d| d.meta.uid)
        }
        _ => None,
    };
    uid.map(|u| u.to_string())
}

/// Splits at commas not escaped by a backslash.
fn split_terms(text: &str) -> Vec<&str> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut terms = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ',' => {
                terms.push(text.get(start..i).unwrap_or_default());
                start = i + 1;
            }
            _ => {}
        }
    }
    terms.push(text.get(start..).unwrap_or_default());
    terms
}

/// The first `!=`, `==` or `=` splits a term; the field is not escaped.
fn split_term(term: &str) -> Option<(&str, bool, &str)> {
    for (i, _) in term.char_indices() {
        let rest = term.get(i..)?;
        for (op, equal) in [("!=", false), ("==", true), ("=", true)] {
            if let Some(value) = rest.strip_prefix(op) {
                return Some((term.get(..i)?, equal, value));
            }
        }
    }
    None
}

/// `fields.UnescapeValue`, with its errors (a rune is printed as a number).
fn unescape(value: &str) -> Result<String, String> {
    let mut out = String::with_capacity(value.len());
    let mut escaped = false;
    for c in value.chars() {
        if escaped {
            if !matches!(c, '\\' | ',' | '=') {
                return Err(format!("invalid field selector: invalid escape sequence: \\{c}"));
            }
            out.push(c);
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            ',' | '=' => {
                return Err(format!("invalid field selector: unescaped character in value: {}", c as u32))
            }
            c => out.push(c),
        }
    }
    if escaped {
        return Err("invalid field selector: invalid escape sequence: \\".to_owned());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<(String, bool, String)> {
        FieldSelector::parse(text).expect(text).0.into_iter().map(|t| (t.field, t.equal, t.value)).collect()
    }

    #[test]
    fn operators_and_sorting() {
        assert_eq!(
            terms("status.phase!=Running,spec.nodeName==n1,"),
            [("spec.nodeName".into(), true, "n1".into()), ("status.phase".into(), false, "Running".into())]
        );
        assert_eq!(terms("metadata.name=a\\,b"), [("metadata.name".into(), true, "a,b".into())]);
        assert!(terms("").is_empty());
    }

    #[test]
    fn parse_errors() {
        let err = |text: &str| FieldSelector::parse(text).expect_err(text);
        assert_eq!(err("foo"), "invalid selector: 'foo'; can't understand 'foo'");
        assert_eq!(err("a=b,c"), "invalid selector: 'a=b,c'; can't understand 'c'");
        assert_eq!(err("a=b=c"), "invalid field selector: unescaped character in value: 61");
        assert_eq!(err("a=b\\x"), "invalid field selector: invalid escape sequence: \\x");
    }

    #[test]
    fn each_type_knows_its_fields() {
        let selector = FieldSelector::parse("foo=bar").expect("parses");
        assert_eq!(
            selector.for_type(ResourceType::Pods).expect_err("pods"),
            "field label not supported: foo"
        );
        assert_eq!(
            selector.for_type(ResourceType::Deployments).expect_err("deployments"),
            "\"foo\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""
        );
        let namespace = FieldSelector::parse("metadata.namespace=x").expect("parses");
        assert!(namespace.for_type(ResourceType::Services).is_ok());
        assert_eq!(
            namespace.for_type(ResourceType::Nodes).expect_err("nodes"),
            "field label not supported: metadata.namespace"
        );
        let host = FieldSelector::parse("spec.host=n").expect("parses").for_type(ResourceType::Pods);
        assert_eq!(host.expect("spec.host").0[0].field, "spec.nodeName");
    }
}

//! kubectl's generic describer (`genericDescriber`), for types without a
//! describer of their own (a Lease): name, namespace, labels and
//! annotations, then the object's other fields as `printUnstructuredContent`
//! walks them (keys sorted, labels made readable by `smartLabelFor`), then
//! its events.

use super::events::write_events;
use super::writer::DescribeWriter;
use crate::shell::printer::Value;
use crate::sim::event::Event;
use crate::sim::{Cluster, Labels};

/// The fields printed above the walk (or never: `managedFields`).
const SKIPPED: &[&str] = &[
    ".metadata.managedFields",
    ".metadata.name",
    ".metadata.namespace",
    ".metadata.labels",
    ".metadata.annotations",
];

/// `object` is the object as the API serves it.
pub fn describe(cluster: &Cluster, object: &Value, labels: &Labels, events: Option<&[&Event]>) -> String {
    let mut w = DescribeWriter::new();
    let metadata = field(object, "metadata");
    let text = |key: &str| match metadata.and_then(|m| field(m, key)) {
        Some(Value::Str(s)) => s.clone(),
        _ => String::new(),
    };
    w.write(0, &format!("Name:\t{}\n", text("name")));
    w.write(0, &format!("Namespace:\t{}\n", text("namespace")));
    w.labels("Labels", labels);
    w.annotations("Annotations", &Labels::new());
    if let Value::Object(fields) = object {
        content(&mut w, 0, fields, "");
    }
    if let Some(events) = events {
        write_events(&mut w, events, cluster.now());
    }
    w.finish()
}

fn field<'v>(object: &'v Value, key: &str) -> Option<&'v Value> {
    match object {
        Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

/// `printUnstructuredContent`.
fn content(w: &mut DescribeWriter, level: usize, fields: &[(String, Value)], prefix: &str) {
    let mut sorted: Vec<&(String, Value)> = fields.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (key, value) in sorted {
        let path = format!("{prefix}.{key}");
        if SKIPPED.contains(&path.as_str()) {
            continue;
        }
        match value {
            Value::Object(inner) => {
                w.write(level, &format!("{}:\n", smart_label(key)));
                content(w, level + 1, inner, &path);
            }
            Value::Array(items) => {
                w.write(level, &format!("{}:\n", smart_label(key)));
                for item in items {
                    match item {
                        Value::Object(inner) => content(w, level + 1, inner, &path),
                        other => w.write(level + 1, &format!("{}\n", go_value(other))),
                    }
                }
            }
            other => w.write(level, &format!("{}:\t{}\n", smart_label(key), go_value(other))),
        }
    }
}

/// `%v` of a decoded JSON value.
fn go_value(value: &Value) -> String {
    match value {
        Value::Null => "<nil>".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Int(n) => n.to_string(),
        Value::Number(n) | Value::Str(n) => n.clone(),
        Value::Array(_) | Value::Object(_) => String::new(),
    }
}

/// `smartLabelFor`: `apiVersion` → `API Version`, `uid` → `UID`; a field
/// with anything but letters and `-` is left as it is.
fn smart_label(field: &str) -> String {
    if field.chars().any(|c| !c.is_alphabetic() && c != '-') {
        return field.to_owned();
    }
    const ACRONYMS: &[&str] = &["API", "URL", "UID", "OSB", "GUID"];
    camel_case_split(field)
        .iter()
        .map(|part| {
            let upper = part.to_uppercase();
            if ACRONYMS.contains(&upper.as_str()) {
                upper
            } else {
                let mut chars = part.chars();
                chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// fatih/camelcase `Split`: runs of lower case, upper case and other
/// letters; the last capital of an upper-case run starts the lower-case run
/// after it (`apiVersion` → `api`, `Version`; `HTMLFile` → `HTML`, `File`).
fn camel_case_split(text: &str) -> Vec<String> {
    #[derive(PartialEq)]
    enum Class {
        Lower,
        Upper,
        Other,
    }
    let class = |c: char| match c {
        c if c.is_lowercase() => Class::Lower,
        c if c.is_uppercase() => Class::Upper,
        _ => Class::Other,
    };
    let mut runs: Vec<Vec<char>> = Vec::new();
    let mut last: Option<Class> = None;
    for c in text.chars() {
        let this = class(c);
        match runs.last_mut() {
            Some(run) if last.as_ref() == Some(&this) => run.push(c),
            _ => runs.push(vec![c]),
        }
        last = Some(this);
    }
    for i in 0..runs.len().saturating_sub(1) {
        let (head, tail) = runs.split_at_mut(i + 1);
        let (current, next) = (&mut head[i], &mut tail[0]);
        if current.iter().all(|c| c.is_uppercase()) && next.iter().all(|c| c.is_lowercase()) {
            if let Some(c) = current.pop() {
                next.insert(0, c);
            }
        }
    }
    runs.into_iter().filter(|r| !r.is_empty()).map(|r| r.into_iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_labels() {
        assert_eq!(smart_label("apiVersion"), "API Version");
        assert_eq!(smart_label("uid"), "UID");
        assert_eq!(smart_label("leaseDurationSeconds"), "Lease Duration Seconds");
        assert_eq!(smart_label("HTMLFile"), "HTML File");
        assert_eq!(smart_label("k8s.io/x"), "k8s.io/x");
    }
}

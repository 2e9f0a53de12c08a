//! `--output text`, as `awscli/text.py` writes it: an object's scalar values
//! on one tab-separated line (keys sorted), led by the upper-cased key that
//! holds it; its lists and objects after, each under its own key; lists of
//! scalars one per line under their key.

use super::python::str_of as python_str;
use crate::shell::printer::value::Value;

pub fn format(value: &Value) -> String {
    let mut out = String::new();
    write_item(value, None, None, &mut out);
    out
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

fn write_item(item: &Value, identifier: Option<&str>, scalar_keys: Option<&[String]>, out: &mut String) {
    match item {
        Value::Object(pairs) => write_object(pairs, identifier, scalar_keys, out),
        Value::Array(items) => write_list(items, identifier, out),
        scalar => {
            out.push_str(&python_str(scalar));
            out.push('\n');
        }
    }
}

fn write_list(items: &[Value], identifier: Option<&str>, out: &mut String) {
    if items.is_empty() {
        return;
    }
    if items.iter().any(|v| matches!(v, Value::Object(_))) {
        let keys = all_scalar_keys(items);
        for item in items {
            write_item(item, identifier, Some(&keys), out);
        }
    } else if items.iter().any(|v| matches!(v, Value::Array(_))) {
        let (scalars, nested): (Vec<&Value>, Vec<&Value>) = items.iter().partition(|v| is_scalar(v));
        if !scalars.is_empty() {
            write_scalars(&scalars, identifier, out);
        }
        for item in nested {
            write_item(item, identifier, None, out);
        }
    } else {
        let scalars: Vec<&Value> = items.iter().collect();
        write_scalars(&scalars, identifier, out);
    }
}

fn write_scalars(items: &[&Value], identifier: Option<&str>, out: &mut String) {
    match identifier {
        Some(id) => {
            for item in items {
                out.push_str(&format!("{}\t{}\n", id.to_uppercase(), python_str(item)));
            }
        }
        None => {
            let cells: Vec<String> = items.iter().map(|v| python_str(v)).collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
}

fn write_object(
    pairs: &[(String, Value)],
    identifier: Option<&str>,
    scalar_keys: Option<&[String]>,
    out: &mut String,
) {
    let mut scalars: Vec<String> = Vec::new();
    let mut nested: Vec<(&str, &Value)> = Vec::new();
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    match scalar_keys {
        None => {
            let mut sorted: Vec<&(String, Value)> = pairs.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            for (k, v) in sorted {
                if is_scalar(v) {
                    scalars.push(python_str(v));
                } else {
                    nested.push((k, v));
                }
            }
        }
        Some(keys) => {
            scalars = keys.iter().map(|k| get(k).map(python_str).unwrap_or_default()).collect();
            let mut rest: Vec<&(String, Value)> = pairs.iter().filter(|(k, _)| !keys.contains(k)).collect();
            rest.sort_by(|a, b| a.0.cmp(&b.0));
            nested = rest.into_iter().map(|(k, v)| (k.as_str(), v)).collect();
        }
    }
    if !scalars.is_empty() {
        if let Some(id) = identifier {
            scalars.insert(0, id.to_uppercase());
        }
        out.push_str(&scalars.join("\t"));
        out.push('\n');
    }
    for (key, value) in nested {
        write_item(value, Some(key), None, out);
    }
}

fn all_scalar_keys(items: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = items
        .iter()
        .filter_map(|item| match item {
            Value::Object(pairs) => Some(pairs),
            _ => None,
        })
        .flatten()
        .filter(|(_, v)| is_scalar(v))
        .map(|(k, _)| k.clone())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_objects_read_like_the_cli() {
        let v = Value::object([("clusters", Value::Array(vec![Value::str("kubelab")]))]);
        assert_eq!(format(&v), "CLUSTERS\tkubelab\n");
        let ng = Value::object([(
            "nodegroup",
            Value::object([
                ("nodegroupName", Value::str("ng")),
                ("scalingConfig", Value::object([("minSize", Value::Int(1)), ("maxSize", Value::Int(6))])),
                ("instanceTypes", Value::Array(vec![Value::str("t3.medium")])),
                ("diskSize", Value::Int(20)),
            ]),
        )]);
        assert_eq!(format(&ng), "NODEGROUP\t20\tng\nINSTANCETYPES\tt3.medium\nSCALINGCONFIG\t6\t1\n");
    }
}

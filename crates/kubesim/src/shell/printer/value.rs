//! A JSON value, and the two ways it is printed: as kubectl's JSON printer
//! (Go `json.MarshalIndent` with four spaces, object keys sorted as Go sorts
//! map keys, HTML characters escaped) and as the AWS CLI's (Python
//! `json.dumps(indent=4, ensure_ascii=False)`, keys in response order).

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    /// A number already written in its JSON form (e.g. `1568995467.529`).
    Number(String),
    Str(String),
    Array(Vec<Value>),
    /// Keys in insertion order.
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(s.into())
    }

    /// An object from `(key, value)` pairs.
    pub fn object<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Object(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// A member of an object, if this is one and has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonStyle {
    Kubectl,
    Aws,
}

/// The value as the tool prints it, ending in a newline.
pub fn to_json(value: &Value, style: JsonStyle) -> String {
    let mut out = String::new();
    write_json(value, style, 0, &mut out);
    out.push('\n');
    out
}

/// One line, no spaces: Go's `json.Marshal` (what jsonpath prints for
/// non-scalar results).
pub fn to_compact_json(value: &Value) -> String {
    let mut out = String::new();
    write_compact(value, &mut out);
    out
}

fn write_compact(value: &Value, out: &mut String) {
    match value {
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_compact(item, out);
            }
            out.push(']');
        }
        Value::Object(pairs) => {
            out.push('{');
            for (i, (k, v)) in sorted(pairs).into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, JsonStyle::Kubectl, out);
                out.push(':');
                write_compact(v, out);
            }
            out.push('}');
        }
        scalar => write_json(scalar, JsonStyle::Kubectl, 0, out),
    }
}

/// An object's members as Go orders a map's keys when it marshals or
/// prints one: bytewise.
pub(super) fn sorted(pairs: &[(String, Value)]) -> Vec<(&String, &Value)> {
    let mut refs: Vec<(&String, &Value)> = pairs.iter().map(|(k, v)| (k, v)).collect();
    refs.sort_by(|a, b| a.0.cmp(b.0));
    refs
}

fn indent(level: usize, out: &mut String) {
    out.push('\n');
    for _ in 0..level {
        out.push_str("    ");
    }
}

fn write_json(value: &Value, style: JsonStyle, level: usize, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => out.push_str(&n.to_string()),
        Value::Number(n) => out.push_str(n),
        Value::Str(s) => write_string(s, style, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(level + 1, out);
                write_json(item, style, level + 1, out);
            }
            indent(level, out);
            out.push(']');
        }
        Value::Object(pairs) if pairs.is_empty() => out.push_str("{}"),
        Value::Object(pairs) => {
            let pairs: Vec<(&String, &Value)> = match style {
                JsonStyle::Kubectl => sorted(pairs),
                JsonStyle::Aws => pairs.iter().map(|(k, v)| (k, v)).collect(),
            };
            out.push('{');
            for (i, (k, v)) in pairs.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(level + 1, out);
                write_string(k, style, out);
                out.push_str(": ");
                write_json(v, style, level + 1, out);
            }
            indent(level, out);
            out.push('}');
        }
    }
}

fn write_string(s: &str, style: JsonStyle, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' if style == JsonStyle::Kubectl => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Value {
        Value::object([
            ("kind", Value::str("List")),
            ("items", Value::Array(vec![Value::Int(1), Value::object([("b", Value::Bool(true))])])),
            ("empty", Value::Array(Vec::new())),
            ("apiVersion", Value::str("v1")),
        ])
    }

    #[test]
    fn kubectl_sorts_keys_and_indents_four() {
        assert_eq!(
            to_json(&sample(), JsonStyle::Kubectl),
            "{\n    \"apiVersion\": \"v1\",\n    \"empty\": [],\n    \"items\": [\n        1,\n        {\n            \"b\": true\n        }\n    ],\n    \"kind\": \"List\"\n}\n"
        );
    }

    #[test]
    fn aws_keeps_response_order() {
        assert!(
            to_json(&sample(), JsonStyle::Aws).starts_with("{\n    \"kind\": \"List\",\n    \"items\": [")
        );
    }

    #[test]
    fn escapes_as_each_tool_does() {
        let v = Value::str("a<b>\"c\"\n");
        assert_eq!(to_json(&v, JsonStyle::Kubectl), "\"a\\u003cb\\u003e\\\"c\\\"\\n\"\n");
        assert_eq!(to_json(&v, JsonStyle::Aws), "\"a<b>\\\"c\\\"\\n\"\n");
        assert_eq!(
            to_compact_json(&sample()),
            r#"{"apiVersion":"v1","empty":[],"items":[1,{"b":true}],"kind":"List"}"#
        );
    }
}

//! JSONPath templates as kubectl runs them (k8s.io/client-go/util/jsonpath):
//! `-o jsonpath=…`, `-o jsonpath-as-json=…`, and the `--sort-by` field.
//! Scalars print bare, maps and lists as compact JSON, the results of one
//! action separated by spaces, and nothing is added at the end: no newline.

mod compare;
mod eval;
mod literals;
mod nodes;
mod parser;

pub use eval::Item;

use super::go_format;
use super::value::{to_compact_json, to_json, JsonStyle, Value};
use nodes::Segment;

/// A parsed template.
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    segments: Vec<Segment>,
}

impl Template {
    /// Parses `text`; the error is client-go's message (`unclosed action`).
    pub fn parse(text: &str) -> Result<Template, String> {
        parser::parse(text).map(|segments| Template { segments })
    }

    /// The results of each top-level part of the template (`FindResults`).
    pub fn find_results<'a>(
        &self,
        data: &'a Value,
        allow_missing_keys: bool,
    ) -> Result<Vec<Vec<Item<'a>>>, String> {
        eval::Evaluator::new(allow_missing_keys).find_results(Item::Node(data), &self.segments, 0)
    }

    /// What the JSONPath printer writes for `data` (`Execute`). With
    /// `as_json`, each part's results print as one indented JSON array.
    pub fn execute(&self, data: &Value, allow_missing_keys: bool, as_json: bool) -> Result<String, String> {
        let mut out = String::new();
        for results in self.find_results(data, allow_missing_keys)? {
            if as_json {
                out.push_str(&to_json(
                    &Value::Array(results.iter().map(to_value).collect()),
                    JsonStyle::Kubectl,
                ));
                continue;
            }
            for (i, item) in results.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&text(item));
            }
        }
        Ok(out)
    }
}

/// One result as the printer writes it: maps and lists as JSON, the rest
/// as Go's `fmt.Fprint` would.
fn text(item: &Item<'_>) -> String {
    match item {
        Item::Node(v @ (Value::Object(_) | Value::Array(_))) => to_compact_json(v),
        Item::Node(Value::Null) => "null".to_owned(),
        Item::Nothing => "<no value>".to_owned(),
        other => other.plain(),
    }
}

/// A result as a JSON value, for `jsonpath-as-json`.
fn to_value(item: &Item<'_>) -> Value {
    match item {
        Item::Node(v) => (*v).clone(),
        Item::Byte(b) => Value::Int(i64::from(*b)),
        Item::Text(s) => Value::str(s.as_str()),
        Item::Int(n) => Value::Int(*n),
        Item::Float(f) => Value::Number(go_format::float_json(*f)),
        Item::Bool(b) => Value::Bool(*b),
        Item::Nothing => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(name: &str, phase: &str, ready: &str) -> Value {
        Value::object([
            (
                "metadata",
                Value::object([
                    ("name", Value::str(name)),
                    ("labels", Value::object([("app", Value::str("web"))])),
                ]),
            ),
            (
                "status",
                Value::object([
                    ("phase", Value::str(phase)),
                    (
                        "conditions",
                        Value::Array(vec![
                            Value::object([
                                ("type", Value::str("Initialized")),
                                ("status", Value::str("True")),
                            ]),
                            Value::object([("type", Value::str("Ready")), ("status", Value::str(ready))]),
                        ]),
                    ),
                ]),
            ),
        ])
    }

    fn list() -> Value {
        Value::object([
            ("kind", Value::str("List")),
            ("items", Value::Array(vec![pod("a", "Running", "True"), pod("b", "Pending", "False")])),
        ])
    }

    fn run(template: &str) -> Result<String, String> {
        Template::parse(template)?.execute(&list(), true, false)
    }

    #[test]
    fn fields_wildcards_and_no_trailing_newline() {
        assert_eq!(run("{.items[*].metadata.name}"), Ok("a b".into()));
        assert_eq!(run("{.kind}"), Ok("List".into()));
        assert_eq!(run("{.items[0].metadata.labels}"), Ok(r#"{"app":"web"}"#.into()));
        assert_eq!(run("{.items[-1:].metadata.name}"), Ok("b".into()));
        assert_eq!(run("{.items[0,1].status.phase}"), Ok("Running Pending".into()));
        assert_eq!(run("{.nope}"), Ok(String::new()));
        assert_eq!(run("kind={.kind}"), Ok("kind=List".into()));
    }

    #[test]
    fn ranges_filters_and_recursion() {
        assert_eq!(
            run("{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}"),
            Ok("a\tRunning\nb\tPending\n".into())
        );
        assert_eq!(
            run("{.items[*].status.conditions[?(@.type==\"Ready\")].status}"),
            Ok("True False".into())
        );
        assert_eq!(run("{.items[?(@.status.phase!=\"Running\")].metadata.name}"), Ok("b".into()));
        assert_eq!(run("{..name}"), Ok("a b".into()));
        assert_eq!(run("{range .items[*]}[{.metadata.name}]{end} done"), Ok("[a][b] done".into()));
        assert_eq!(run("{range .nothing[*]}{.x}{end}after"), Ok("after".into()));
    }

    #[test]
    fn as_json_prints_each_part_as_an_array() {
        let t = Template::parse("{.items[*].metadata.name}").expect("parses");
        assert_eq!(t.execute(&list(), true, true), Ok("[\n    \"a\",\n    \"b\"\n]\n".into()));
    }

    #[test]
    fn evaluation_errors() {
        assert_eq!(run("{.items[5]}"), Err("array index out of bounds: index 5, length 2".into()));
        assert_eq!(run("{.kind[0]}"), Err("string is not array or slice".into()));
        assert_eq!(run("{end}"), Err("not in range, nothing to end".into()));
        assert_eq!(run("{.items[::0]}"), Err("step must be > 0".into()));
        let strict = Template::parse("{.nope}").expect("parses").execute(&list(), false, false);
        assert_eq!(strict, Err("nope is not found".into()));
    }
}

//! kubectl's `SortObjects`: the `--sort-by` field, with or without braces,
//! picked from every object by JSONPath; numbers compare as numbers,
//! strings as quantities when both are one (`500Mi` < `1Gi`), else
//! bytewise (so RFC 3339 timestamps sort by time). Objects without the
//! field sort first; a field no object has is an error.

use super::quantity::Quantity;
use crate::shell::kubectl::klog::{self, Severity};
use crate::shell::printer::go_format::quote;
use crate::shell::printer::jsonpath::{Item, Template};
use crate::shell::printer::Value;
use crate::sim::Timestamp;

/// Why the objects could not be sorted.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Failure {
    /// Returned to kubectl's error handler (`error: …`).
    Error(String),
    /// kubectl exits through klog on values it cannot compare.
    Unsortable(String),
}

/// The positions of `objects` in sorted order.
pub(super) fn order(objects: &[Value], expression: &str) -> Result<Vec<usize>, Failure> {
    let field = relaxed(expression).map_err(Failure::Error)?;
    let template = Template::parse(&field).map_err(Failure::Error)?;
    let mut keys: Vec<Option<Item<'_>>> = Vec::with_capacity(objects.len());
    for object in objects {
        let results = template.find_results(object, true).map_err(Failure::Error)?;
        keys.push(results.into_iter().next().and_then(|first| first.into_iter().next()));
    }
    if keys.iter().all(Option::is_none) {
        return Err(Failure::Error(format!(
            "couldn't find any field with path {} in the list of objects",
            quote(&field)
        )));
    }
    let unsortable = |e: String, item: &Option<Item<'_>>| {
        let kind = match item {
            Some(Item::Node(_)) | None => "interface",
            Some(Item::Text(_)) => "string",
            Some(Item::Int(_)) => "int",
            Some(Item::Float(_)) => "float64",
            Some(Item::Bool(_)) => "bool",
            Some(Item::Byte(_)) => "uint8",
            Some(Item::Nothing) => "invalid",
        };
        Failure::Unsortable(format!(
            "Field {field} in *unstructured.Unstructured is an unsortable type: {kind}, err: {e}"
        ))
    };
    let mut order: Vec<usize> = (0..objects.len()).collect();
    // Go's sort.Sort is an insertion sort up to 12 elements: reproduce it
    // there, objects without the field included.
    if order.len() <= 12 {
        for i in 1..order.len() {
            let mut j = i;
            while j > 0 {
                let (a, b) = (&keys[order[j]], &keys[order[j - 1]]);
                if !less(a, b).map_err(|e| unsortable(e, a))? {
                    break;
                }
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(order);
    }
    let mut failure = None;
    order.sort_by(|&x, &y| {
        let (a, b) = (&keys[x], &keys[y]);
        match (a.is_none(), b.is_none()) {
            (true, true) => return std::cmp::Ordering::Equal,
            (true, false) => return std::cmp::Ordering::Less,
            (false, true) => return std::cmp::Ordering::Greater,
            (false, false) => {}
        }
        match (less(a, b), less(b, a)) {
            (Ok(true), _) => std::cmp::Ordering::Less,
            (Ok(false), Ok(true)) => std::cmp::Ordering::Greater,
            (Ok(false), Ok(false)) => std::cmp::Ordering::Equal,
            (Err(e), _) | (_, Err(e)) => {
                failure.get_or_insert_with(|| unsortable(e, a));
                std::cmp::Ordering::Equal
            }
        }
    });
    match failure {
        Some(f) => Err(f),
        None => Ok(order),
    }
}

/// `RelaxedJSONPathExpression`: `metadata.name`, `.metadata.name`,
/// `{metadata.name}` and `{.metadata.name}` all become `{.metadata.name}`.
fn relaxed(expression: &str) -> Result<String, String> {
    // The regexp's group: the text without braces, its leading dot
    // dropped when something is left.
    let group = |body: &str| -> Option<String> {
        if body.is_empty() || body.contains(['{', '}']) {
            return None;
        }
        let stripped = body.strip_prefix('.').filter(|s| !s.is_empty()).unwrap_or(body);
        Some(stripped.to_owned())
    };
    let braced = expression.strip_prefix('{').and_then(|e| e.strip_suffix('}')).and_then(group);
    braced.or_else(|| group(expression)).map(|g| format!("{{.{g}}}")).ok_or_else(|| {
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
            .to_owned()
    })
}

/// `isLess` for the values found: an object without one sorts first.
fn less(a: &Option<Item<'_>>, b: &Option<Item<'_>>) -> Result<bool, String> {
    let (Some(a), Some(b)) = (a, b) else {
        return Ok(a.is_none());
    };
    match (a, b) {
        (Item::Node(a), Item::Node(b)) => less_values(a, b),
        (Item::Text(a), Item::Text(b)) => Ok(a < b),
        (Item::Int(a), Item::Int(b)) => Ok(a < b),
        (Item::Float(a), Item::Float(b)) => Ok(a < b),
        (Item::Byte(a), Item::Byte(b)) => Ok(a < b),
        (Item::Bool(_), _) => Err("unsortable type: bool".to_owned()),
        _ => Err("unsortable interface: interface".to_owned()),
    }
}

/// Two decoded JSON values, compared as kubectl compares `interface{}`s.
fn less_values(a: &Value, b: &Value) -> Result<bool, String> {
    match (a, b) {
        (Value::Null, Value::Null) => Ok(false),
        (Value::Null, _) => Ok(true),
        (_, Value::Null) => Ok(false),
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Number(x), Value::Number(y)) => {
            let (x, y): (f64, f64) = (x.parse().unwrap_or(f64::NAN), y.parse().unwrap_or(f64::NAN));
            Ok(x < y)
        }
        (Value::Str(x), Value::Str(y)) => Ok(match (Quantity::parse(x), Quantity::parse(y)) {
            (Some(qx), Some(qy)) => qx < qy,
            _ => x < y,
        }),
        (Value::Bool(_), _) => Err("unsortable type: bool".to_owned()),
        (Value::Object(_), _) => Err("unsortable type: map[string]interface {}".to_owned()),
        (Value::Array(_), _) => Err("unsortable type: []interface {}".to_owned()),
        _ => Err("unsortable interface: interface".to_owned()),
    }
}

/// What klog's `Exitf` writes before kubectl exits.
pub(super) fn klog_exit(now: Timestamp, message: &str) -> String {
    klog::line(Severity::Fatal, now, 1, "sorter.go:329", message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str, extra: Option<(&str, Value)>) -> Value {
        let mut meta = vec![("name", Value::str(name))];
        meta.extend(extra);
        Value::object([("metadata", Value::object(meta))])
    }

    #[test]
    fn expressions_with_or_without_braces() {
        for e in ["metadata.name", ".metadata.name", "{metadata.name}", "{.metadata.name}"] {
            assert_eq!(relaxed(e).as_deref(), Ok("{.metadata.name}"), "{e}");
        }
        assert_eq!(relaxed("{.}").as_deref(), Ok("{..}"));
        assert!(relaxed("{.a}{.b}").is_err());
        assert!(relaxed("{.a").is_err());
    }

    #[test]
    fn missing_fields_sort_first_in_reverse() {
        let objects = vec![
            named("c", Some(("x", Value::Int(3)))),
            named("m1", None),
            named("a", Some(("x", Value::Int(1)))),
            named("m2", None),
        ];
        assert_eq!(order(&objects, ".metadata.x"), Ok(vec![3, 1, 2, 0]));
        assert_eq!(order(&objects, "{.metadata.name}"), Ok(vec![2, 0, 1, 3]));
    }

    #[test]
    fn quantities_compare_by_value() {
        let objects: Vec<Value> =
            ["1Gi", "500Mi", "2", "10"].iter().map(|q| named("n", Some(("q", Value::str(*q))))).collect();
        assert_eq!(order(&objects, ".metadata.q"), Ok(vec![2, 3, 1, 0]));
    }

    #[test]
    fn failures() {
        let objects = vec![named("a", None), named("b", None)];
        assert_eq!(
            order(&objects, ".spec.nope"),
            Err(Failure::Error(
                "couldn't find any field with path \"{.spec.nope}\" in the list of objects".to_owned()
            ))
        );
        let flags =
            vec![named("a", Some(("f", Value::Bool(true)))), named("b", Some(("f", Value::Bool(false))))];
        assert_eq!(
            order(&flags, ".metadata.f"),
            Err(Failure::Unsortable(
                "Field {.metadata.f} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: bool"
                    .to_owned()
            ))
        );
    }
}

//! How Python writes the JSON values the CLI holds: `str()`, which its text
//! and table printers show, `repr()`, and the type names its error
//! messages use.

use super::usage::python_repr;
use crate::shell::printer::value::Value;

/// A JSON number Python parses as a float rather than an int.
fn is_float(number: &str) -> bool {
    number.contains(['.', 'e', 'E'])
}

/// `str(value)`.
pub fn str_of(value: &Value) -> String {
    match value {
        Value::Str(s) => s.clone(),
        Value::Array(_) | Value::Object(_) => repr_of(value),
        scalar => repr_of(scalar),
    }
}

/// `repr(value)`.
pub fn repr_of(value: &Value) -> String {
    match value {
        Value::Null => "None".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        Value::Int(n) => n.to_string(),
        Value::Number(n) => n.clone(),
        Value::Str(s) => python_repr(s),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(repr_of).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(pairs) => {
            let pairs: Vec<String> =
                pairs.iter().map(|(k, v)| format!("{}: {}", python_repr(k), repr_of(v))).collect();
            format!("{{{}}}", pairs.join(", "))
        }
    }
}

/// `type(value).__name__`.
pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Number(n) if is_float(n) => "float",
        Value::Number(_) => "int",
        Value::Str(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// Python's truth of a value: empty strings, lists and dicts, zero, None
/// and False are false.
pub fn is_truthy(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => false,
        Value::Bool(true) => true,
        Value::Int(n) => *n != 0,
        Value::Number(n) => !matches!(n.parse::<f64>(), Ok(f) if f == 0.0),
        Value::Str(s) => !s.is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(pairs) => !pairs.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_python_prints_them() {
        let v = Value::object([
            ("a", Value::Array(vec![Value::str("x"), Value::Int(1), Value::Null])),
            ("b", Value::Bool(true)),
        ]);
        assert_eq!(str_of(&v), "{'a': ['x', 1, None], 'b': True}");
        assert_eq!(str_of(&Value::str("it's")), "it's");
        assert_eq!(type_name(&Value::Number("1.5".into())), "float");
        assert!(!is_truthy(&Value::Number("0.0".into())) && is_truthy(&Value::Number("0.5".into())));
        assert!(!is_truthy(&Value::Int(0)) && !is_truthy(&Value::str("")));
    }
}

//! `--filters`, as the CLI turns each shorthand argument into a `Filter`
//! structure (`Name`, `Values`) and botocore validates it. What a filter
//! means is the service's business (`ec2/filters.rs`, `autoscaling/groups.rs`).

use super::python::repr_of;
use super::shorthand::{self, Shorthand};
use super::usage;
use crate::shell::printer::value::Value;
use crate::shell::Output;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub name: String,
    pub values: Vec<String>,
}

/// A shorthand value as the Python object the CLI would hold.
fn as_value(s: &Shorthand) -> Value {
    match s {
        Shorthand::Str(s) => Value::str(s.clone()),
        Shorthand::List(items) => Value::Array(items.iter().map(as_value).collect()),
        Shorthand::Map(pairs) => Value::object(pairs.iter().map(|(k, v)| (k.clone(), as_value(v)))),
    }
}

fn invalid_type(at: &str, value: &Value, valid: &str) -> String {
    let kind = if matches!(value, Value::Array(_)) { "list" } else { "dict" };
    format!(
        "Invalid type for parameter {at}, value: {}, type: <class '{kind}'>, valid types: {valid}",
        repr_of(value)
    )
}

/// `--filters` arguments, each in shorthand, as the CLI parses and botocore
/// validates them.
pub fn parse(args: &[String]) -> Result<Vec<Filter>, Output> {
    let mut filters = Vec::new();
    let mut problems = Vec::new();
    for (n, text) in args.iter().enumerate() {
        if text.trim_start().starts_with(['{', '[']) {
            return Err(usage::not_simulated(
                "JSON for \"--filters\"",
                "the shorthand \"Name=NAME,Values=VALUE\"",
            ));
        }
        let pairs = shorthand::parse(text)
            .map_err(|e| usage::param_error(&format!("Error parsing parameter '--filters': {}", e.0)))?;
        let mut filter = Filter { name: String::new(), values: Vec::new() };
        for (key, value) in &pairs {
            match (key.as_str(), value) {
                ("Name", Shorthand::Str(s)) => filter.name = s.clone(),
                ("Name", other) => problems.push(invalid_type(
                    &format!("Filters[{n}].Name"),
                    &as_value(other),
                    "<class 'str'>",
                )),
                // A single value stands for a list of one.
                ("Values", Shorthand::Str(s)) => filter.values = vec![s.clone()],
                ("Values", Shorthand::List(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        match item {
                            Shorthand::Str(s) => filter.values.push(s.clone()),
                            other => problems.push(invalid_type(
                                &format!("Filters[{n}].Values[{i}]"),
                                &as_value(other),
                                "<class 'str'>",
                            )),
                        }
                    }
                }
                // A map is not a list either: the CLI wraps it in one.
                ("Values", map) => problems.push(invalid_type(
                    &format!("Filters[{n}].Values[0]"),
                    &as_value(map),
                    "<class 'str'>",
                )),
                (other, _) => problems.push(format!(
                    "Unknown parameter in Filters[{n}]: \"{other}\", must be one of: Name, Values"
                )),
            }
        }
        let named = pairs.iter().any(|(k, _)| k == "Name");
        if problems.is_empty() && (!named || filter.values.is_empty()) {
            return Err(usage::not_simulated(
                "a filter without both a \"Name\" and \"Values\"",
                "\"Name=NAME,Values=VALUE\"",
            ));
        }
        filters.push(filter);
    }
    if !problems.is_empty() {
        return Err(usage::param_error(&format!("Parameter validation failed:\n{}", problems.join("\n"))));
    }
    Ok(filters)
}

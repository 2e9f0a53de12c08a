//! Evaluating a parsed `--query` with JMESPath's rules: a projection drops
//! the nulls it makes, a pipe ends it, and ordering anything but numbers
//! gives null.

use super::lex::Comparator;
use super::Node;
use crate::shell::printer::value::Value;

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => false,
        Value::Str(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Int(n) => Some(*n as f64),
        Value::Number(n) => n.parse().ok(),
        _ => None,
    }
}

pub(super) fn eval(node: &Node, value: &Value) -> Value {
    match node {
        Node::Current => value.clone(),
        Node::Field(name) => value.get(name).cloned().unwrap_or(Value::Null),
        Node::Literal(v) => v.clone(),
        Node::Sub(left, right) => eval(right, &eval(left, value)),
        Node::Index(left, i) => match eval(left, value) {
            Value::Array(items) => {
                let len = items.len() as i64;
                let at = if *i < 0 { len + i } else { *i };
                usize::try_from(at).ok().and_then(|at| items.get(at).cloned()).unwrap_or(Value::Null)
            }
            _ => Value::Null,
        },
        Node::Projection(left, right) => match eval(left, value) {
            Value::Array(items) => project(items.iter(), right),
            _ => Value::Null,
        },
        Node::ValueProjection(left, right) => match eval(left, value) {
            Value::Object(pairs) => project(pairs.iter().map(|(_, v)| v), right),
            _ => Value::Null,
        },
        Node::FilterProjection(left, right, condition) => match eval(left, value) {
            Value::Array(items) => project(items.iter().filter(|item| truthy(&eval(condition, item))), right),
            _ => Value::Null,
        },
        Node::Flatten(inner) => match eval(inner, value) {
            Value::Array(items) => Value::Array(
                items
                    .into_iter()
                    .flat_map(|item| match item {
                        Value::Array(inner) => inner,
                        other => vec![other],
                    })
                    .collect(),
            ),
            _ => Value::Null,
        },
        Node::MultiList(items) if *value != Value::Null => {
            Value::Array(items.iter().map(|item| eval(item, value)).collect())
        }
        Node::MultiHash(pairs) if *value != Value::Null => {
            Value::Object(pairs.iter().map(|(k, n)| (k.clone(), eval(n, value))).collect())
        }
        Node::MultiList(_) | Node::MultiHash(_) => Value::Null,
        Node::Pipe(left, right) => eval(right, &eval(left, value)),
        Node::Compare(op, left, right) => compare(*op, &eval(left, value), &eval(right, value)),
        Node::Or(left, right) => {
            let l = eval(left, value);
            if truthy(&l) {
                l
            } else {
                eval(right, value)
            }
        }
        Node::And(left, right) => {
            let l = eval(left, value);
            if truthy(&l) {
                eval(right, value)
            } else {
                l
            }
        }
        Node::Not(inner) => Value::Bool(!truthy(&eval(inner, value))),
    }
}

fn project<'a>(items: impl Iterator<Item = &'a Value>, right: &Node) -> Value {
    Value::Array(items.map(|item| eval(right, item)).filter(|v| *v != Value::Null).collect())
}

fn compare(op: Comparator, a: &Value, b: &Value) -> Value {
    match op {
        Comparator::Eq => Value::Bool(same(a, b)),
        Comparator::Ne => Value::Bool(!same(a, b)),
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => Value::Bool(match op {
                Comparator::Lt => x < y,
                Comparator::Le => x <= y,
                Comparator::Gt => x > y,
                _ => x >= y,
            }),
            _ => Value::Null,
        },
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

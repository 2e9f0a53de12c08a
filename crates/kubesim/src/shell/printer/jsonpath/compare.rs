//! The comparisons of a JSONPath filter (`==`, `!=`, `<`, `>`, `<=`, `>=`),
//! with the type rules of the Go template functions client-go borrows:
//! strings with strings, numbers of one kind with each other, booleans
//! only for equality.

use super::eval::Item;
use crate::shell::printer::value::Value;

const BAD_TYPE: &str = "invalid type for comparison";
const INCOMPATIBLE: &str = "incompatible types for comparison";

/// A value Go's templates know how to compare.
#[derive(Clone, Debug, PartialEq)]
enum Basic<'a> {
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(&'a str),
}

fn basic<'a>(item: &'a Item<'_>) -> Result<Basic<'a>, String> {
    Ok(match item {
        Item::Node(Value::Bool(b)) | Item::Bool(b) => Basic::Bool(*b),
        Item::Node(Value::Int(n)) | Item::Int(n) => Basic::Int(*n),
        Item::Node(Value::Number(n)) => match n.parse::<i64>() {
            Ok(i) => Basic::Int(i),
            Err(_) => Basic::Float(n.parse().map_err(|_| BAD_TYPE.to_owned())?),
        },
        Item::Float(f) => Basic::Float(*f),
        Item::Byte(b) => Basic::Uint(u64::from(*b)),
        Item::Node(Value::Str(s)) | Item::Text(s) => Basic::Str(s),
        Item::Node(Value::Null | Value::Array(_) | Value::Object(_)) | Item::Nothing => {
            return Err(BAD_TYPE.to_owned())
        }
    })
}

/// Whether `left OPERATOR right` holds.
pub(super) fn passes(operator: &str, left: &Item<'_>, right: &Item<'_>) -> Result<bool, String> {
    type Comparison = fn(&Basic<'_>, &Basic<'_>) -> Result<bool, String>;
    let compare: Comparison = match operator {
        "<" => less,
        ">" => |l, r| Ok(!less_equal(l, r)?),
        "==" => equal,
        "!=" => |l, r| Ok(!equal(l, r)?),
        "<=" => less_equal,
        ">=" => |l, r| Ok(!less(l, r)?),
        other => return Err(format!("unrecognized filter operator {other}")),
    };
    compare(&basic(left)?, &basic(right)?)
}

fn equal(l: &Basic<'_>, r: &Basic<'_>) -> Result<bool, String> {
    Ok(match (l, r) {
        (Basic::Bool(a), Basic::Bool(b)) => a == b,
        (Basic::Int(a), Basic::Int(b)) => a == b,
        (Basic::Uint(a), Basic::Uint(b)) => a == b,
        (Basic::Float(a), Basic::Float(b)) => a == b,
        (Basic::Str(a), Basic::Str(b)) => a == b,
        (Basic::Int(a), Basic::Uint(b)) | (Basic::Uint(b), Basic::Int(a)) => u64::try_from(*a) == Ok(*b),
        _ => return Err(INCOMPATIBLE.to_owned()),
    })
}

fn less(l: &Basic<'_>, r: &Basic<'_>) -> Result<bool, String> {
    Ok(match (l, r) {
        (Basic::Int(a), Basic::Int(b)) => a < b,
        (Basic::Uint(a), Basic::Uint(b)) => a < b,
        (Basic::Float(a), Basic::Float(b)) => a < b,
        (Basic::Str(a), Basic::Str(b)) => a < b,
        (Basic::Int(a), Basic::Uint(b)) => u64::try_from(*a).map_or(true, |a| a < *b),
        (Basic::Uint(a), Basic::Int(b)) => u64::try_from(*b).is_ok_and(|b| *a < b),
        (Basic::Bool(_), Basic::Bool(_)) => return Err(BAD_TYPE.to_owned()),
        _ => return Err(INCOMPATIBLE.to_owned()),
    })
}

fn less_equal(l: &Basic<'_>, r: &Basic<'_>) -> Result<bool, String> {
    if less(l, r)? {
        return Ok(true);
    }
    equal(l, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_must_agree() {
        let ready = Value::str("Ready");
        let two = Value::Int(2);
        assert_eq!(passes("==", &Item::Node(&ready), &Item::Text("Ready".into())), Ok(true));
        assert_eq!(passes("!=", &Item::Node(&ready), &Item::Text("Ready".into())), Ok(false));
        assert_eq!(passes(">", &Item::Node(&two), &Item::Int(1)), Ok(true));
        assert_eq!(passes("<=", &Item::Node(&two), &Item::Int(2)), Ok(true));
        assert_eq!(passes("==", &Item::Node(&two), &Item::Text("2".into())), Err(INCOMPATIBLE.to_owned()));
        assert_eq!(passes("<", &Item::Bool(true), &Item::Bool(false)), Err(BAD_TYPE.to_owned()));
        assert_eq!(passes("==", &Item::Node(&Value::Null), &Item::Int(1)), Err(BAD_TYPE.to_owned()));
        assert_eq!(passes("=~", &Item::Int(1), &Item::Int(1)), Err("unrecognized filter operator =~".into()));
    }
}

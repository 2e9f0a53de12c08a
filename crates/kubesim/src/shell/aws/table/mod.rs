//! `--output table`: the CLI's `TableFormatter` (`awscli/formatter.py`),
//! which lays any response out as sections without looking at the model.
//! A list of objects becomes one section with a column per scalar key (keys
//! sorted) and a row per object; an object becomes a row under its scalar
//! keys (a key and its value when it has only one); lists and objects
//! inside become sections of their own, titled by their key and indented
//! one level. The whole table is titled with the operation's name.
//!
//! Values of unusual shapes (a list of objects with something else in it)
//! fail in the CLI with a Python exception; those are reproduced, message
//! and all, where the CLI's code path is plain to follow.

mod render;
mod width;

use super::python::{is_truthy, str_of, type_name};
use crate::shell::printer::value::Value;
use render::Section;

/// Why a response cannot be laid out.
#[derive(Debug, PartialEq, Eq)]
pub enum TableError {
    /// The exception the CLI's formatter raises, as it prints it.
    Python(String),
    /// A shape whose exception the simulator does not reproduce.
    Unmodelled,
}

/// The table, or nothing when the response is empty (as the CLI prints
/// nothing for `{}`, `[]`, `""`, `0`, `false` or `null`).
pub fn format(title: &str, value: &Value) -> Result<String, TableError> {
    let mut table = Table { sections: Vec::new() };
    if table.build(Some(title), value, 0)? {
        Ok(render::render(table.sections))
    } else {
        Ok(String::new())
    }
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

/// `(scalar keys, other keys)` of an object, each sorted.
fn group_keys(pairs: &[(String, Value)]) -> (Vec<String>, Vec<String>) {
    let (mut scalars, mut more): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for (k, v) in pairs {
        if is_scalar(v) {
            scalars.push(k.clone());
        } else {
            more.push(k.clone());
        }
    }
    scalars.sort();
    more.sort();
    (scalars, more)
}

fn member<'a>(pairs: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

struct Table {
    sections: Vec<Section>,
}

impl Table {
    fn new_section(&mut self, title: Option<&str>, indent: usize) {
        self.sections.push(Section::new(title.map(str::to_owned), indent));
    }

    fn current(&mut self) -> Result<&mut Section, TableError> {
        self.sections.last_mut().ok_or(TableError::Unmodelled)
    }

    fn add_row(&mut self, row: Vec<String>) -> Result<(), TableError> {
        self.current()?.add_row(row).map_err(TableError::Python)
    }

    /// `_build_table`.
    fn build(&mut self, title: Option<&str>, current: &Value, indent: usize) -> Result<bool, TableError> {
        if !is_truthy(current) {
            return Ok(false);
        }
        if let Some(title) = title {
            self.new_section(Some(title), indent);
        }
        match current {
            Value::Array(items) if matches!(items.first(), Some(Value::Object(_))) => {
                self.sub_table_from_list(items, indent, title)?;
            }
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::Array(inner) if inner.iter().all(is_scalar) => {
                            self.add_row(inner.iter().map(str_of).collect())?;
                        }
                        // Iterating a dict gives its keys: scalars all.
                        Value::Object(pairs) => {
                            self.add_row(pairs.iter().map(|(k, _)| k.clone()).collect())?
                        }
                        Value::Array(_) => {
                            self.build(None, item, 0)?;
                        }
                        scalar => self.add_row(vec![str_of(scalar)])?,
                    }
                }
            }
            Value::Object(pairs) => self.sub_table_from_dict(pairs, indent)?,
            _ => {}
        }
        Ok(true)
    }

    /// `_build_sub_table_from_dict`.
    fn sub_table_from_dict(&mut self, pairs: &[(String, Value)], indent: usize) -> Result<(), TableError> {
        let (headers, more) = group_keys(pairs);
        let cell = |key: &str| member(pairs, key).map(str_of).unwrap_or_default();
        match headers.as_slice() {
            [] => {}
            [only] => self.add_row(vec![only.clone(), cell(only)])?,
            _ => {
                let row = headers.iter().map(|h| cell(h)).collect();
                self.current()?.add_header(headers);
                self.add_row(row)?;
            }
        }
        for key in more {
            if let Some(value) = member(pairs, &key) {
                self.build(Some(&key), value, indent + 1)?;
            }
        }
        Ok(())
    }

    /// `_build_sub_table_from_list`: the list's first element is an object.
    fn sub_table_from_list(
        &mut self,
        items: &[Value],
        indent: usize,
        title: Option<&str>,
    ) -> Result<(), TableError> {
        let (headers, more) = keys_of_all(items)?;
        self.current()?.add_header(headers.clone());
        for (i, item) in items.iter().enumerate() {
            if i > 0 && !more.is_empty() {
                self.new_section(title, indent);
                self.current()?.add_header(headers.clone());
            }
            let Value::Object(pairs) = item else {
                // Only an empty string or list gets this far; with no
                // columns to fill, `.get` is never called on it.
                if !headers.is_empty() {
                    return Err(TableError::Python(format!(
                        "'{}' object has no attribute 'get'",
                        type_name(item)
                    )));
                }
                self.add_row(Vec::new())?;
                continue;
            };
            self.add_row(headers.iter().map(|h| member(pairs, h).map(str_of).unwrap_or_default()).collect())?;
            for key in &more {
                if let Some(value) = member(pairs, key) {
                    self.build(Some(key), value, indent + 1)?;
                }
            }
        }
        Ok(())
    }
}

/// `_group_scalar_keys_from_list`: the union of every element's scalar and
/// other keys. Iterating an element that is not an object, then indexing it
/// with what came out, is where Python fails.
fn keys_of_all(items: &[Value]) -> Result<(Vec<String>, Vec<String>), TableError> {
    let (mut headers, mut more) = (Vec::new(), Vec::new());
    for item in items {
        match item {
            Value::Object(pairs) => {
                let (h, m) = group_keys(pairs);
                headers.extend(h);
                more.extend(m);
            }
            Value::Str(s) if s.is_empty() => {}
            Value::Str(_) => {
                return Err(TableError::Python("string indices must be integers, not 'str'".to_owned()))
            }
            Value::Array(inner) => match inner.first() {
                None => {}
                Some(Value::Int(_) | Value::Bool(_)) => return Err(TableError::Unmodelled),
                Some(first) => {
                    return Err(TableError::Python(format!(
                        "list indices must be integers or slices, not {}",
                        type_name(first)
                    )))
                }
            },
            scalar => {
                return Err(TableError::Python(format!("'{}' object is not iterable", type_name(scalar))))
            }
        }
    }
    headers.sort();
    headers.dedup();
    more.sort();
    more.dedup();
    Ok((headers, more))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(value: &Value) -> String {
        format("Op", value).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn an_object_is_a_row_under_its_sorted_keys() {
        let v = Value::object([("b", Value::Int(2)), ("a", Value::str("x"))]);
        // What the CLI's TableFormatter prints for the same object.
        assert_eq!(table(&v), "------------\n|    Op    |\n+----+-----+\n|  a |  b  |\n+----+-----+\n|  x |  2  |\n+----+-----+\n");
    }

    #[test]
    fn lists_of_scalars_are_rows_and_empty_values_print_nothing() {
        let v = Value::Array(vec![
            Value::Array(vec![Value::str("i-1"), Value::str("a")]),
            Value::Array(vec![Value::str("i-22"), Value::str("b")]),
        ]);
        assert_eq!(table(&v), "---------------\n|     Op      |\n+-------+-----+\n|  i-1  |  a  |\n|  i-22 |  b  |\n+-------+-----+\n");
        assert_eq!(table(&Value::Array(Vec::new())), "");
        assert_eq!(table(&Value::Int(0)), "");
    }

    #[test]
    fn odd_shapes_fail_as_python_does() {
        let v = Value::Array(vec![Value::object([("a", Value::Int(1))]), Value::Int(3)]);
        assert_eq!(format("Op", &v), Err(TableError::Python("'int' object is not iterable".to_owned())));
        let rows = Value::Array(vec![
            Value::Array(vec![Value::Int(1), Value::Int(2)]),
            Value::Array(vec![Value::Int(1)]),
        ]);
        assert_eq!(
            format("Op", &rows),
            Err(TableError::Python("Row should have 2 elements, instead it has 1".to_owned()))
        );
    }
}

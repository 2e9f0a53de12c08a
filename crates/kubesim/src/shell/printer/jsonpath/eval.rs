//! Evaluates a parsed template against an object as client-go's JSONPath
//! does, `range … end` bookkeeping included: each top-level action yields
//! one list of results.

use super::compare;
use super::nodes::{Node, Param, Segment};
use crate::shell::printer::go_format;
use crate::shell::printer::value::Value;

/// One result: a value inside the object, or a literal from the template.
#[derive(Clone, Debug, PartialEq)]
pub enum Item<'a> {
    Node(&'a Value),
    /// One byte of a string (Go walks a string's bytes for `*` and `..`).
    Byte(u8),
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// What a `range` over no results runs its body on.
    Nothing,
}

impl<'a> Item<'a> {
    /// The children `*` and `..` visit: map values (in key order: Go's map
    /// order is random), array items, a string's bytes.
    fn children(&self) -> Vec<Item<'a>> {
        match self {
            Item::Node(Value::Object(pairs)) => {
                let mut sorted: Vec<&(String, Value)> = pairs.iter().collect();
                sorted.sort_by(|a, b| a.0.cmp(&b.0));
                sorted.into_iter().map(|(_, v)| Item::Node(v)).collect()
            }
            Item::Node(Value::Array(items)) => items.iter().map(Item::Node).collect(),
            Item::Node(Value::Str(s)) => s.bytes().map(Item::Byte).collect(),
            Item::Text(s) => s.bytes().map(Item::Byte).collect(),
            _ => Vec::new(),
        }
    }

    /// A JSON null inside the object: skipped where Go finds a nil.
    fn is_nil(&self) -> bool {
        matches!(self, Item::Node(Value::Null))
    }

    /// The Go type name in `… is not array or slice`.
    fn type_name(&self) -> &'static str {
        match self {
            Item::Node(Value::Object(_)) => "map[string]interface {}",
            Item::Node(Value::Array(_)) => "[]interface {}",
            Item::Node(Value::Str(_)) | Item::Text(_) => "string",
            Item::Node(Value::Int(_)) => "int64",
            Item::Node(Value::Number(_)) | Item::Float(_) => "float64",
            Item::Node(Value::Bool(_)) | Item::Bool(_) => "bool",
            Item::Node(Value::Null) | Item::Nothing => "interface {}",
            Item::Byte(_) => "uint8",
            Item::Int(_) => "int",
        }
    }

    /// How `%v` shows the item.
    pub(super) fn plain(&self) -> String {
        match self {
            Item::Node(v) => go_format::go_plain(v),
            Item::Byte(b) => b.to_string(),
            Item::Text(s) => s.clone(),
            Item::Int(n) => n.to_string(),
            Item::Float(f) => go_format::float_g(*f),
            Item::Bool(b) => b.to_string(),
            Item::Nothing => "<invalid reflect.Value>".to_owned(),
        }
    }
}

/// The evaluation state: the range counters the Go code keeps.
pub(super) struct Evaluator {
    allow_missing_keys: bool,
    begin_range: usize,
    in_range: usize,
    end_range: usize,
    /// Where the last `end` was met, as an index into the whole template.
    last_end: Option<usize>,
}

impl Evaluator {
    pub(super) fn new(allow_missing_keys: bool) -> Self {
        Evaluator { allow_missing_keys, begin_range: 0, in_range: 0, end_range: 0, last_end: None }
    }

    /// `FindResults`: the results of each top-level part, from `offset` on.
    pub(super) fn find_results<'a>(
        &mut self,
        data: Item<'a>,
        segments: &[Segment],
        offset: usize,
    ) -> Result<Vec<Vec<Item<'a>>>, String> {
        let mut full = Vec::new();
        let mut i = 0;
        while let Some(segment) = segments.get(i) {
            let results = match segment {
                Segment::Text(text) => vec![Item::Text(text.clone())],
                Segment::Action(nodes) => self.list(vec![data.clone()], nodes)?,
            };
            if self.end_range > 0 && self.end_range <= self.in_range {
                self.end_range -= 1;
                self.last_end = Some(offset + i);
                break;
            }
            if self.begin_range > 0 {
                self.begin_range -= 1;
                self.in_range += 1;
                let body = segments.get(i + 1..).unwrap_or_default();
                if results.is_empty() {
                    self.find_results(Item::Nothing, body, offset + i + 1)?;
                } else {
                    for value in results {
                        full.extend(self.find_results(value, body, offset + i + 1)?);
                    }
                }
                self.in_range -= 1;
                // Resume after the `end` the body stopped at.
                if let Some(k) = (i + 1..segments.len()).find(|&k| Some(offset + k) == self.last_end) {
                    i = k;
                }
                i += 1;
                continue;
            }
            full.push(results);
            i += 1;
        }
        Ok(full)
    }

    fn list<'a>(&mut self, input: Vec<Item<'a>>, nodes: &[Node]) -> Result<Vec<Item<'a>>, String> {
        nodes.iter().try_fold(input, |current, node| self.walk(current, node))
    }

    fn walk<'a>(&mut self, input: Vec<Item<'a>>, node: &Node) -> Result<Vec<Item<'a>>, String> {
        match node {
            Node::Text(text) => Ok(vec![Item::Text(text.clone())]),
            Node::Field(name) => self.field(input, name),
            Node::Array(params) => array(input, params),
            Node::Filter { left, right, operator } => self.filter(input, left, right, operator),
            Node::Int(n) => Ok(vec![Item::Int(*n); input.len()]),
            Node::Float(f) => Ok(vec![Item::Float(*f); input.len()]),
            Node::Bool(b) => Ok(vec![Item::Bool(*b); input.len()]),
            Node::Wildcard => Ok(input.iter().filter(|v| !v.is_nil()).flat_map(Item::children).collect()),
            Node::Recursive => Ok(recursive(&input)),
            Node::Union(lists) => {
                let mut results = Vec::new();
                for list in lists {
                    results.extend(self.list(input.clone(), list)?);
                }
                Ok(results)
            }
            Node::Identifier(name) => match name.as_str() {
                "range" => {
                    self.begin_range += 1;
                    Ok(input)
                }
                "end" if self.in_range > 0 => {
                    self.end_range += 1;
                    Ok(Vec::new())
                }
                "end" => Err("not in range, nothing to end".to_owned()),
                other => Err(format!("unrecognized identifier {other}")),
            },
        }
    }

    fn field<'a>(&self, input: Vec<Item<'a>>, name: &str) -> Result<Vec<Item<'a>>, String> {
        if input.is_empty() {
            return Ok(Vec::new());
        }
        let results: Vec<Item<'a>> = input
            .into_iter()
            .filter_map(|item| match item {
                Item::Node(Value::Object(pairs)) => {
                    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| Item::Node(v))
                }
                _ => None,
            })
            .collect();
        if results.is_empty() && !self.allow_missing_keys {
            return Err(format!("{name} is not found"));
        }
        Ok(results)
    }

    fn filter<'a>(
        &mut self,
        input: Vec<Item<'a>>,
        left: &[Node],
        right: &[Node],
        operator: &str,
    ) -> Result<Vec<Item<'a>>, String> {
        let mut results = Vec::new();
        for value in input {
            let Item::Node(Value::Array(items)) = value else {
                return Err(format!("{} is not array or slice and cannot be filtered", value.plain()));
            };
            for item in items {
                let element = Item::Node(item);
                let lefts = self.list(vec![element.clone()], left);
                if operator == "exists" {
                    if lefts.is_ok_and(|l| !l.is_empty()) {
                        results.push(element);
                    }
                    continue;
                }
                let Some(l) = single(lefts?)? else { continue };
                let Some(r) = single(self.list(vec![element.clone()], right)?)? else { continue };
                if compare::passes(operator, &l, &r)? {
                    results.push(element);
                }
            }
        }
        Ok(results)
    }
}

/// The one value a side of a comparison gives, if any.
fn single(values: Vec<Item<'_>>) -> Result<Option<Item<'_>>, String> {
    match values.len() {
        0 => Ok(None),
        1 => Ok(values.into_iter().next()),
        _ => Err("can only compare one element at a time".to_owned()),
    }
}

fn recursive<'a>(input: &[Item<'a>]) -> Vec<Item<'a>> {
    let mut result = Vec::new();
    for value in input.iter().filter(|v| !v.is_nil()) {
        let children = value.children();
        if !children.is_empty() {
            result.push(value.clone());
            result.extend(recursive(&children));
        }
    }
    result
}

/// `[start:end:step]` on each array in `input`.
fn array<'a>(input: Vec<Item<'a>>, params: &[Param; 3]) -> Result<Vec<Item<'a>>, String> {
    let mut result = Vec::new();
    for value in input {
        if value.is_nil() {
            continue;
        }
        let Item::Node(Value::Array(items)) = value else {
            return Err(format!("{} is not array or slice", value.type_name()));
        };
        let len = i64::try_from(items.len()).unwrap_or(i64::MAX);
        let mut p = *params;
        if !p[0].known {
            p[0].value = 0;
        }
        if p[0].value < 0 {
            p[0].value += len;
        }
        if !p[1].known {
            p[1].value = len;
        }
        if p[1].value < 0 || (p[1].value == 0 && p[1].derived) {
            p[1].value += len;
        }
        if p[1].value == p[0].value {
            // Asking for no elements ends the whole evaluation here.
            return Ok(result);
        }
        let (start, end) = (p[0].value, p[1].value);
        if start >= len || start < 0 {
            return Err(format!("array index out of bounds: index {start}, length {len}"));
        }
        if end > len || end < 0 {
            return Err(format!("array index out of bounds: index {}, length {len}", end.saturating_sub(1)));
        }
        if start > end {
            return Err(format!("starting index {start} is greater than ending index {end}"));
        }
        let step = if p[2].known {
            if p[2].value <= 0 {
                return Err("step must be > 0".to_owned());
            }
            usize::try_from(p[2].value).unwrap_or(usize::MAX)
        } else {
            1
        };
        // Both bounds were checked against the length just above.
        let slice = items.get(start as usize..end as usize).unwrap_or_default();
        result.extend(slice.iter().step_by(step).map(Item::Node));
    }
    Ok(result)
}

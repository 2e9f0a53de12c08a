//! What a JSONPath template is made of once parsed.

/// One part of the template: literal text, or an action `{…}`.
#[derive(Clone, Debug, PartialEq)]
pub enum Segment {
    Text(String),
    Action(Vec<Node>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    Field(String),
    Wildcard,
    Recursive,
    Array([Param; 3]),
    Union(Vec<Vec<Node>>),
    Filter { left: Vec<Node>, right: Vec<Node>, operator: String },
    Int(i64),
    Float(f64),
    Bool(bool),
    Identifier(String),
}

/// One of `[start:end:step]`: whether it was given, and for `end`, whether
/// it was derived from a lone index (`[2]` is `[2:3]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Param {
    pub value: i64,
    pub known: bool,
    pub derived: bool,
}

impl Param {
    /// `[start:end:step]` as the parser reads it; `^(-?\d*)(:-?\d*)?(:-?\d*)?$`.
    pub fn slice(inner: &str) -> Result<[Param; 3], String> {
        let parts: Vec<&str> = inner.split(':').collect();
        let well_formed = parts.len() <= 3
            && parts.iter().all(|p| p.strip_prefix('-').unwrap_or(p).bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            return Err(format!("invalid array index {inner}"));
        }
        let mut params = [Param::default(); 3];
        for i in 0..3 {
            match parts.get(i) {
                Some(text) if i == 0 && text.is_empty() => {}
                Some(text) if i > 0 && text.is_empty() => params[i].known = false,
                Some(text) => {
                    params[i].known = true;
                    params[i].value =
                        text.parse().map_err(|_| format!("array index {text} is not a number"))?;
                }
                // A lone index `[i]` means `[i:i+1]`; Go's int addition wraps.
                None if i == 1 => {
                    params[1] = Param { value: params[0].value.wrapping_add(1), known: true, derived: true };
                }
                None => {}
            }
        }
        Ok(params)
    }
}

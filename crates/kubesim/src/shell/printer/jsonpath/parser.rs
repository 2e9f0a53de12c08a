//! Reads a template as client-go's JSONPath parser does: text, and actions
//! in braces made of fields, `[…]` indexes, slices, unions and filters,
//! `..` recursive descent, literals, and the `range`/`end` keywords. Its
//! quirks are kept (`[]` means `[0]`, `['a.b']` is two fields) and so are
//! its error messages.

use super::literals::{go_parse_float, unquote};
use super::nodes::{Node, Param, Segment};
use crate::shell::printer::go_format;

/// Parses `text`; the error is the parser's own message.
pub fn parse(text: &str) -> Result<Vec<Segment>, String> {
    let mut parser = Parser { input: text.chars().collect(), pos: 0, start: 0 };
    let mut segments = Vec::new();
    loop {
        let rest = parser.input.get(parser.pos..).unwrap_or_default();
        match rest.iter().position(|&c| c == '{') {
            Some(offset) => {
                parser.pos += offset;
                if parser.pos > parser.start {
                    segments.push(Segment::Text(parser.consume()));
                }
                parser.pos += 1;
                parser.consume();
                segments.push(Segment::Action(parser.inside_action()?));
            }
            None => {
                parser.pos = parser.input.len();
                if parser.pos > parser.start {
                    segments.push(Segment::Text(parser.consume()));
                }
                return Ok(segments);
            }
        }
    }
}

/// An action on its own (`parseAction`): `text` parsed as `{text}`.
fn parse_action(text: &str) -> Result<Vec<Node>, String> {
    match parse(&format!("{{{text}}}"))?.into_iter().next() {
        Some(Segment::Action(nodes)) => Ok(nodes),
        _ => Ok(Vec::new()),
    }
}

struct Parser {
    input: Vec<char>,
    pos: usize,
    start: usize,
}

/// Characters that end a field name or keyword.
fn is_terminator(c: Option<char>) -> bool {
    matches!(c, None | Some(' ' | '\t' | '\r' | '\n' | '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}'))
}

fn is_alphanumeric(c: char) -> bool {
    c == '_' || c.is_alphabetic() || c.is_numeric()
}

impl Parser {
    fn next(&mut self) -> Option<char> {
        let c = self.input.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn backup(&mut self, c: Option<char>) {
        if c.is_some() {
            self.pos -= 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.input.get(self.pos).copied()
    }

    fn starts_with(&self, prefix: &str) -> bool {
        let rest = self.input.get(self.pos..).unwrap_or_default();
        prefix.chars().count() <= rest.len() && prefix.chars().zip(rest).all(|(a, &b)| a == b)
    }

    /// The text since the last consume.
    fn consume(&mut self) -> String {
        let text: String = self.input.get(self.start..self.pos).unwrap_or_default().iter().collect();
        self.start = self.pos;
        text
    }

    /// The character before the one just read.
    fn before_last(&self) -> Option<char> {
        self.pos.checked_sub(2).and_then(|at| self.input.get(at).copied())
    }

    /// Everything up to the closing `}`.
    fn inside_action(&mut self) -> Result<Vec<Node>, String> {
        let mut nodes = Vec::new();
        loop {
            if self.starts_with("}") {
                self.pos += 1;
                self.consume();
                return Ok(nodes);
            }
            if self.starts_with("[?(") {
                self.filter(&mut nodes)?;
                continue;
            }
            if self.starts_with("..") {
                if nodes.last() == Some(&Node::Recursive) {
                    return Err("invalid multiple recursive descent".to_owned());
                }
                self.pos += 2;
                self.consume();
                nodes.push(Node::Recursive);
                if self.peek().is_some_and(is_alphanumeric) {
                    self.field(&mut nodes);
                }
                continue;
            }
            match self.next() {
                None | Some('\r' | '\n') => return Err("unclosed action".to_owned()),
                Some(' ' | '@' | '$') => {
                    self.consume();
                }
                Some('[') => self.array(&mut nodes)?,
                Some(quote @ ('"' | '\'')) => self.quoted(&mut nodes, quote)?,
                Some('.') => self.field(&mut nodes),
                Some(c) if c == '+' || c == '-' || c.is_numeric() => {
                    self.backup(Some(c));
                    self.number(&mut nodes)?;
                }
                Some(c) if is_alphanumeric(c) => {
                    self.backup(Some(c));
                    self.identifier(&mut nodes);
                }
                Some(c) => return Err(format!("unrecognized character in action: {}", go_format::rune(c))),
            }
        }
    }

    fn field(&mut self, nodes: &mut Vec<Node>) {
        self.consume();
        loop {
            let c = self.next();
            if c == Some('\\') {
                self.next();
            } else if is_terminator(c) {
                self.backup(c);
                break;
            }
        }
        let value = self.consume();
        if value == "*" {
            nodes.push(Node::Wildcard);
        } else {
            nodes.push(Node::Field(value.replace('\\', "")));
        }
    }

    fn identifier(&mut self, nodes: &mut Vec<Node>) {
        loop {
            let c = self.next();
            if is_terminator(c) {
                self.backup(c);
                break;
            }
        }
        let value = self.consume();
        nodes.push(match value.as_str() {
            "true" => Node::Bool(true),
            "false" => Node::Bool(false),
            _ => Node::Identifier(value),
        });
    }

    fn number(&mut self, nodes: &mut Vec<Node>) -> Result<(), String> {
        if matches!(self.peek(), Some('+' | '-')) {
            self.next();
        }
        loop {
            let c = self.next();
            if !c.is_some_and(|c| c == '.' || c.is_numeric()) {
                self.backup(c);
                break;
            }
        }
        let value = self.consume();
        if let Ok(i) = value.parse::<i64>() {
            nodes.push(Node::Int(i));
        } else if let Some(f) = go_parse_float(&value) {
            nodes.push(Node::Float(f));
        } else {
            return Err(format!("cannot parse number {value}"));
        }
        Ok(())
    }

    fn array(&mut self, nodes: &mut Vec<Node>) -> Result<(), String> {
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated array".to_owned()),
                Some(']') => break,
                Some(_) => {}
            }
        }
        let text = self.consume();
        let inner = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or_default();
        let inner = if inner == "*" { ":" } else { inner };

        let parts: Vec<&str> = inner.split(',').collect();
        if parts.len() > 1 {
            let union = parts
                .iter()
                .map(|part| parse_action(&format!("[{}]", part.trim_matches(' '))))
                .collect::<Result<Vec<_>, _>>()?;
            nodes.push(Node::Union(union));
            return Ok(());
        }
        if let Some(key) = inner.strip_prefix('\'').and_then(|k| k.strip_suffix('\'')) {
            if !key.contains('\'') {
                nodes.extend(parse_action(&format!(".{key}"))?);
                return Ok(());
            }
        }
        nodes.push(Node::Array(Param::slice(inner)?));
        Ok(())
    }

    fn filter(&mut self, nodes: &mut Vec<Node>) -> Result<(), String> {
        self.pos += 3;
        self.consume();
        let (mut begin, mut end) = (false, false);
        let mut pair = '"';
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated filter".to_owned()),
                Some(quote @ ('"' | '\'')) => {
                    if !begin {
                        begin = true;
                        pair = quote;
                        continue;
                    }
                    if self.before_last() != Some('\\') && quote == pair {
                        end = true;
                    }
                }
                Some(')') if begin == end => break,
                Some(_) => {}
            }
        }
        if self.next() != Some(']') {
            return Err("unclosed array expect ]".to_owned());
        }
        let text = self.consume();
        let text: String = text.chars().take(text.chars().count().saturating_sub(2)).collect();
        let node = match split_comparison(&text) {
            None => {
                Node::Filter { left: parse_action(&text)?, right: Vec::new(), operator: "exists".to_owned() }
            }
            Some((left, operator, right)) => Node::Filter {
                left: parse_action(left)?,
                right: parse_action(right)?,
                operator: operator.to_owned(),
            },
        };
        nodes.push(node);
        Ok(())
    }

    fn quoted(&mut self, nodes: &mut Vec<Node>, quote: char) -> Result<(), String> {
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated quoted string".to_owned()),
                Some(c) if c == quote && self.before_last() != Some('\\') => break,
                Some(_) => {}
            }
        }
        let value = self.consume();
        let text = unquote(&value).ok_or_else(|| format!("unquote string {value} error invalid syntax"))?;
        nodes.push(Node::Text(text));
        Ok(())
    }
}

/// `^([^!<>=]+)([!<>=]+)(.+?)$`: the left side, the operator and the right
/// side of a filter's comparison.
fn split_comparison(text: &str) -> Option<(&str, &str, &str)> {
    let is_operator = |c: char| matches!(c, '!' | '<' | '>' | '=');
    let at = text.find(is_operator).filter(|&at| at > 0)?;
    let rest = &text[at..];
    let len = rest.find(|c: char| !is_operator(c)).unwrap_or(rest.len());
    let (operator, right) = rest.split_at(len);
    (!right.is_empty()).then_some((&text[..at], operator, right))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(text: &str) -> Vec<Node> {
        match parse(text).expect("parses").into_iter().next() {
            Some(Segment::Action(nodes)) => nodes,
            other => panic!("not an action: {other:?}"),
        }
    }

    #[test]
    fn fields_indexes_and_text() {
        assert_eq!(
            parse("name: {.metadata.name}\n").expect("parses"),
            vec![
                Segment::Text("name: ".into()),
                Segment::Action(vec![Node::Field("metadata".into()), Node::Field("name".into())]),
                Segment::Text("\n".into()),
            ]
        );
        let last = Param { value: -1, known: true, derived: false };
        assert_eq!(
            action("{.items[-1:]}"),
            vec![Node::Field("items".into()), Node::Array([last, Param::default(), Param::default()])]
        );
        assert_eq!(action("{.a\\.b}"), vec![Node::Field("a.b".into())]);
        assert_eq!(action("{['a.b']}"), vec![Node::Field("a".into()), Node::Field("b".into())]);
        assert_eq!(action("{\"\\t\"}"), vec![Node::Text("\t".into())]);
    }

    #[test]
    fn filters_ranges_and_recursion() {
        assert_eq!(
            action("{.status.conditions[?(@.type==\"Ready\")].status}"),
            vec![
                Node::Field("status".into()),
                Node::Field("conditions".into()),
                Node::Filter {
                    left: vec![Node::Field("type".into())],
                    right: vec![Node::Text("Ready".into())],
                    operator: "==".into()
                },
                Node::Field("status".into()),
            ]
        );
        assert_eq!(
            action("{range .items[*]}"),
            vec![
                Node::Identifier("range".into()),
                Node::Field("items".into()),
                Node::Array([
                    Param::default(),
                    Param { value: 0, known: false, derived: false },
                    Param::default()
                ]),
            ]
        );
        assert_eq!(action("{..name}"), vec![Node::Recursive, Node::Field("name".into())]);
    }

    #[test]
    fn errors_read_as_client_go_writes_them() {
        assert_eq!(parse("{.a").unwrap_err(), "unclosed action");
        assert_eq!(parse("{.a[0}").unwrap_err(), "unterminated array");
        assert_eq!(parse("{.a[x]}").unwrap_err(), "invalid array index x");
        assert_eq!(parse("{{.a}}").unwrap_err(), "unrecognized character in action: U+007B '{'");
        assert_eq!(parse("{....a}").unwrap_err(), "invalid multiple recursive descent");
        assert_eq!(parse("{.a[?(@.b==1)}").unwrap_err(), "unclosed array expect ]");
        assert_eq!(parse("{1.2.3}").unwrap_err(), "cannot parse number 1.2.3");
        assert_eq!(parse("{\"a}").unwrap_err(), "unterminated quoted string");
    }
}

//! The `--query` lexer: JMESPath's tokens, with raw strings, quoted
//! identifiers and backquoted JSON literals (strings, integers, booleans,
//! null).

use crate::shell::printer::value::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    Identifier(String),
    Number(i64),
    Literal(Value),
    Dot,
    Star,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    At,
    LParen,
    RParen,
    Compare(Comparator),
    End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparator {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

pub fn lex(text: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied();
    while let Some(c) = at(i) {
        let next = at(i + 1);
        let (token, width) = match c {
            ' ' | '\t' | '\n' | '\r' => {
                i += 1;
                continue;
            }
            '.' => (Token::Dot, 1),
            '*' => (Token::Star, 1),
            ']' => (Token::RBracket, 1),
            '{' => (Token::LBrace, 1),
            '}' => (Token::RBrace, 1),
            ',' => (Token::Comma, 1),
            ':' => (Token::Colon, 1),
            '@' => (Token::At, 1),
            '(' => (Token::LParen, 1),
            ')' => (Token::RParen, 1),
            '[' if next == Some(']') => (Token::Flatten, 2),
            '[' if next == Some('?') => (Token::Filter, 2),
            '[' => (Token::LBracket, 1),
            '|' if next == Some('|') => (Token::Or, 2),
            '|' => (Token::Pipe, 1),
            '&' if next == Some('&') => (Token::And, 2),
            '!' if next == Some('=') => (Token::Compare(Comparator::Ne), 2),
            '!' => (Token::Not, 1),
            '=' if next == Some('=') => (Token::Compare(Comparator::Eq), 2),
            '<' if next == Some('=') => (Token::Compare(Comparator::Le), 2),
            '<' => (Token::Compare(Comparator::Lt), 1),
            '>' if next == Some('=') => (Token::Compare(Comparator::Ge), 2),
            '>' => (Token::Compare(Comparator::Gt), 1),
            '\'' | '"' | '`' => {
                let end = (i + 1..chars.len())
                    .find(|&j| chars.get(j) == Some(&c) && chars.get(j - 1) != Some(&'\\'))?;
                let body: String = chars.get(i + 1..end)?.iter().collect();
                let token = match c {
                    '\'' => Token::Literal(Value::Str(body.replace("\\'", "'"))),
                    '"' => Token::Identifier(unescape_json(&body)?),
                    _ => Token::Literal(json_literal(body.trim())?),
                };
                (token, end + 1 - i)
            }
            '-' | '0'..='9' => {
                let digits = chars.get(i + 1..)?.iter().take_while(|d| d.is_ascii_digit()).count();
                let width = 1 + digits;
                if c == '-' && digits == 0 {
                    return None;
                }
                let number: String = chars.get(i..i + width)?.iter().collect();
                (Token::Number(number.parse().ok()?), width)
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let width =
                    chars.get(i..)?.iter().take_while(|d| d.is_ascii_alphanumeric() || **d == '_').count();
                (Token::Identifier(chars.get(i..i + width)?.iter().collect()), width)
            }
            _ => return None,
        };
        tokens.push(token);
        i += width;
    }
    tokens.push(Token::End);
    Some(tokens)
}

fn unescape_json(body: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            '/' => out.push('/'),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            _ => return None,
        }
    }
    Some(out)
}

/// A backquoted JSON literal: strings, integers, booleans and null.
fn json_literal(body: &str) -> Option<Value> {
    match body {
        "true" => Some(Value::Bool(true)),
        "false" => Some(Value::Bool(false)),
        "null" => Some(Value::Null),
        _ if body.len() >= 2 && body.starts_with('"') && body.ends_with('"') => {
            Some(Value::Str(unescape_json(body.get(1..body.len() - 1)?)?))
        }
        _ => body.parse().ok().map(Value::Int),
    }
}

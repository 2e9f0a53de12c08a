//! `--query`: the part of JMESPath people type at a terminal. Field paths
//! (`cluster.status`, `"quoted-key"`), indexes (`[0]`, `[-1]`), projections
//! (`[*]`, `[]`, `.*`, `[?a=='x']` with `==` `!=` `<` `<=` `>` `>=`, `&&`,
//! `||`, `!`), multiselect lists and hashes (`[a, b]`, `{Name: a}`), `@` and
//! pipes, evaluated with JMESPath's projection rules (a projection drops
//! the nulls it makes; a pipe ends it). Functions and slices are not
//! modelled: `parse` refuses them, and anything it cannot read.

mod eval;
mod lex;

use crate::shell::printer::value::Value;

use lex::{lex, Comparator, Token};

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Node {
    Current,
    Field(String),
    Literal(Value),
    Sub(Box<Node>, Box<Node>),
    Index(Box<Node>, i64),
    /// Every element of the left (a list) through the right.
    Projection(Box<Node>, Box<Node>),
    /// Every value of the left (an object) through the right.
    ValueProjection(Box<Node>, Box<Node>),
    FilterProjection(Box<Node>, Box<Node>, Box<Node>),
    Flatten(Box<Node>),
    MultiList(Vec<Node>),
    MultiHash(Vec<(String, Node)>),
    Pipe(Box<Node>, Box<Node>),
    Compare(Comparator, Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Not(Box<Node>),
}

/// A parsed `--query`.
#[derive(Clone, Debug, PartialEq)]
pub struct Query(Node);

impl Query {
    /// None when the expression uses what is not modelled, or is not
    /// JMESPath at all.
    pub fn parse(text: &str) -> Option<Query> {
        let tokens = lex(text)?;
        let mut parser = Parser { tokens, at: 0 };
        let node = parser.expression(0)?;
        (parser.peek() == &Token::End).then_some(Query(node))
    }

    pub fn search(&self, value: &Value) -> Value {
        eval::eval(&self.0, value)
    }
}

/// Binding powers, as jmespath.py's parser has them.
fn binding_power(token: &Token) -> u8 {
    match token {
        Token::Pipe => 1,
        Token::Or => 2,
        Token::And => 3,
        Token::Compare(_) => 5,
        Token::Flatten => 9,
        Token::Star => 20,
        Token::Filter => 21,
        Token::Dot => 40,
        Token::Not => 45,
        Token::LBrace => 50,
        Token::LBracket => 55,
        Token::LParen => 60,
        _ => 0,
    }
}

/// Below this, a token ends a projection's right-hand side.
const PROJECTION_STOP: u8 = 10;

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> &Token {
        self.tokens.get(self.at).unwrap_or(&Token::End)
    }

    fn advance(&mut self) -> Token {
        let token = self.peek().clone();
        self.at += 1;
        token
    }

    fn take_token(&mut self, token: &Token) -> Option<()> {
        (self.advance() == *token).then_some(())
    }

    fn expression(&mut self, power: u8) -> Option<Node> {
        let token = self.advance();
        let mut left = self.nud(token)?;
        while power < binding_power(self.peek()) {
            let token = self.advance();
            left = self.led(token, left)?;
        }
        Some(left)
    }

    fn nud(&mut self, token: Token) -> Option<Node> {
        match token {
            Token::Identifier(name) => {
                // A name followed by `(` is a function call: not modelled.
                (self.peek() != &Token::LParen).then_some(Node::Field(name))
            }
            Token::Literal(v) => Some(Node::Literal(v)),
            Token::At => Some(Node::Current),
            Token::Star => {
                let rhs = self.projection_rhs(binding_power(&Token::Star))?;
                Some(Node::ValueProjection(Box::new(Node::Current), Box::new(rhs)))
            }
            Token::Flatten => {
                let rhs = self.projection_rhs(binding_power(&Token::Flatten))?;
                Some(Node::Projection(Box::new(Node::Flatten(Box::new(Node::Current))), Box::new(rhs)))
            }
            Token::Filter => self.filter(Node::Current),
            Token::LBracket => match self.peek().clone() {
                Token::Number(n) => {
                    self.advance();
                    self.take_token(&Token::RBracket)?;
                    Some(Node::Index(Box::new(Node::Current), n))
                }
                Token::Star if self.tokens.get(self.at + 1) == Some(&Token::RBracket) => {
                    self.at += 2;
                    let rhs = self.projection_rhs(binding_power(&Token::Star))?;
                    Some(Node::Projection(Box::new(Node::Current), Box::new(rhs)))
                }
                _ => self.multi_list(),
            },
            Token::LBrace => self.multi_hash(),
            Token::Not => Some(Node::Not(Box::new(self.expression(binding_power(&Token::Not))?))),
            Token::LParen => {
                let inner = self.expression(0)?;
                self.take_token(&Token::RParen)?;
                Some(inner)
            }
            _ => None,
        }
    }

    fn led(&mut self, token: Token, left: Node) -> Option<Node> {
        let power = binding_power(&token);
        match token {
            Token::Dot => {
                if self.peek() == &Token::Star {
                    self.advance();
                    let rhs = self.projection_rhs(binding_power(&Token::Star))?;
                    return Some(Node::ValueProjection(Box::new(left), Box::new(rhs)));
                }
                let rhs = self.dot_rhs(power)?;
                Some(Node::Sub(Box::new(left), Box::new(rhs)))
            }
            Token::LBracket => match self.advance() {
                Token::Number(n) => {
                    self.take_token(&Token::RBracket)?;
                    Some(Node::Index(Box::new(left), n))
                }
                Token::Star => {
                    self.take_token(&Token::RBracket)?;
                    let rhs = self.projection_rhs(binding_power(&Token::Star))?;
                    Some(Node::Projection(Box::new(left), Box::new(rhs)))
                }
                _ => None,
            },
            Token::Flatten => {
                let rhs = self.projection_rhs(power)?;
                Some(Node::Projection(Box::new(Node::Flatten(Box::new(left))), Box::new(rhs)))
            }
            Token::Filter => self.filter(left),
            Token::Pipe => Some(Node::Pipe(Box::new(left), Box::new(self.expression(power)?))),
            Token::Or => Some(Node::Or(Box::new(left), Box::new(self.expression(power)?))),
            Token::And => Some(Node::And(Box::new(left), Box::new(self.expression(power)?))),
            Token::Compare(op) => Some(Node::Compare(op, Box::new(left), Box::new(self.expression(power)?))),
            _ => None,
        }
    }

    fn filter(&mut self, left: Node) -> Option<Node> {
        let condition = self.expression(0)?;
        self.take_token(&Token::RBracket)?;
        let rhs = self.projection_rhs(binding_power(&Token::Filter))?;
        Some(Node::FilterProjection(Box::new(left), Box::new(rhs), Box::new(condition)))
    }

    fn projection_rhs(&mut self, power: u8) -> Option<Node> {
        let next = self.peek().clone();
        if binding_power(&next) < PROJECTION_STOP {
            return Some(Node::Current);
        }
        match next {
            Token::LBracket | Token::Filter => self.expression(power),
            Token::Dot => {
                self.advance();
                self.dot_rhs(power)
            }
            _ => None,
        }
    }

    fn dot_rhs(&mut self, power: u8) -> Option<Node> {
        match self.peek() {
            Token::Identifier(_) | Token::Star => self.expression(power),
            Token::LBracket => {
                self.advance();
                self.multi_list()
            }
            Token::LBrace => {
                self.advance();
                self.multi_hash()
            }
            _ => None,
        }
    }

    fn multi_list(&mut self) -> Option<Node> {
        let mut items = vec![self.expression(0)?];
        while self.peek() == &Token::Comma {
            self.advance();
            items.push(self.expression(0)?);
        }
        self.take_token(&Token::RBracket)?;
        Some(Node::MultiList(items))
    }

    fn multi_hash(&mut self) -> Option<Node> {
        let mut pairs = Vec::new();
        loop {
            let Token::Identifier(key) = self.advance() else { return None };
            self.take_token(&Token::Colon)?;
            pairs.push((key, self.expression(0)?));
            match self.advance() {
                Token::Comma => continue,
                Token::RBrace => break,
                _ => return None,
            }
        }
        Some(Node::MultiHash(pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Value {
        let ng = |name: &str, desired: i64| {
            Value::object([
                ("name", Value::str(name)),
                ("size", Value::object([("desired", Value::Int(desired))])),
            ])
        };
        Value::object([
            ("cluster", Value::object([("status", Value::str("ACTIVE")), ("my-key", Value::Int(1))])),
            ("groups", Value::Array(vec![ng("a", 3), ng("b", 0)])),
        ])
    }

    fn q(text: &str) -> Value {
        Query::parse(text).unwrap_or_else(|| panic!("{text} parses")).search(&sample())
    }

    #[test]
    fn paths_indexes_and_projections() {
        assert_eq!(q("cluster.status"), Value::str("ACTIVE"));
        assert_eq!(q("cluster.\"my-key\""), Value::Int(1));
        assert_eq!(q("groups[0].name"), Value::str("a"));
        assert_eq!(q("groups[-1].name"), Value::str("b"));
        assert_eq!(q("groups[*].name"), Value::Array(vec![Value::str("a"), Value::str("b")]));
        assert_eq!(q("groups[].size.desired"), Value::Array(vec![Value::Int(3), Value::Int(0)]));
        assert_eq!(q("groups[?size.desired > `0`].name"), Value::Array(vec![Value::str("a")]));
        assert_eq!(q("groups[?name=='b'] | [0].name"), Value::str("b"));
        assert_eq!(q("nope.deeper"), Value::Null);
    }

    #[test]
    fn multiselects() {
        assert_eq!(
            q("groups[*].[name, size.desired]"),
            Value::Array(vec![
                Value::Array(vec![Value::str("a"), Value::Int(3)]),
                Value::Array(vec![Value::str("b"), Value::Int(0)])
            ])
        );
        assert_eq!(q("groups[0].{N: name}"), Value::object([("N", Value::str("a"))]));
    }

    #[test]
    fn functions_and_slices_are_refused() {
        assert!(Query::parse("length(groups)").is_none());
        assert!(Query::parse("groups[0:1]").is_none());
        assert!(Query::parse("groups[").is_none());
    }
}

//! Label selectors as the API server parses them (apimachinery
//! `labels.Parse`): `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`,
//! `k`, `!k`, `k>1`, `k<1`, joined by commas; all must hold. A malformed
//! selector gets the parser's own message.

mod lexer;
pub mod validation;

use lexer::{Scanned, Token};
use validation::{invalid, label_value_errors, qualified_name_errors};

use crate::sim::Labels;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operator {
    In,
    NotIn,
    Equals,
    NotEquals,
    Exists,
    DoesNotExist,
    GreaterThan,
    LessThan,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Requirement {
    key: String,
    operator: Operator,
    /// Sorted and without repeats, as the parser's string set keeps them.
    values: Vec<String>,
}

impl Requirement {
    /// `NewRequirement`'s checks on what the parser read; several problems
    /// are reported together as an aggregate (`[a, b]`).
    fn new(key: String, operator: Operator, values: Vec<String>) -> Result<Requirement, String> {
        let mut errors = Vec::new();
        if matches!(operator, Operator::GreaterThan | Operator::LessThan) {
            for (i, value) in values.iter().enumerate() {
                if value.parse::<i64>().is_err() {
                    errors.push(invalid(
                        &format!("values[{i}]"),
                        value,
                        "for 'Gt', 'Lt' operators, the value must be an integer",
                    ));
                }
            }
        }
        for (i, value) in values.iter().enumerate() {
            let problems = label_value_errors(value);
            let error = invalid(&format!("values[{i}][{key}]"), value, &problems.join("; "));
            if !problems.is_empty() && !errors.contains(&error) {
                errors.push(error);
            }
        }
        match errors.as_slice() {
            [] => Ok(Requirement { key, operator, values }),
            [one] => Err(one.clone()),
            many => Err(format!("[{}]", many.join(", "))),
        }
    }

    fn matches(&self, labels: &Labels) -> bool {
        let value = labels.get(&self.key);
        let listed = |v: &String| self.values.contains(v);
        match self.operator {
            Operator::In | Operator::Equals => value.is_some_and(listed),
            Operator::NotIn | Operator::NotEquals => !value.is_some_and(listed),
            Operator::Exists => value.is_some(),
            Operator::DoesNotExist => value.is_none(),
            Operator::GreaterThan | Operator::LessThan => {
                let (Some(have), Some(want)) = (
                    value.and_then(|v| v.parse::<i64>().ok()),
                    self.values.first().and_then(|v| v.parse::<i64>().ok()),
                ) else {
                    return false;
                };
                if self.operator == Operator::GreaterThan {
                    have > want
                } else {
                    have < want
                }
            }
        }
    }
}

/// A parsed selector; the empty selector matches everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LabelSelector(Vec<Requirement>);

impl LabelSelector {
    /// Parses a selector; the error is the API server's message (kubectl
    /// prints it inside its `Unable to find …` wrapper).
    pub fn parse(text: &str) -> Result<LabelSelector, String> {
        Parser { items: lexer::scan(text), position: 0 }.parse().map(LabelSelector)
    }

    pub fn matches(&self, labels: &Labels) -> bool {
        self.0.iter().all(|r| r.matches(labels))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Whether `in`/`notin` read as keywords (after a key) or as plain words
/// (keys and values).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    KeyAndOperator,
    Values,
}

struct Parser {
    items: Vec<Scanned>,
    position: usize,
}

/// The scan always ends with an `EndOfString` item; reading past it reads it
/// again.
static END: Scanned = Scanned { token: Token::EndOfString, literal: String::new() };

impl Parser {
    fn peek(&self, context: Context) -> (Token, &str) {
        let item = self.items.get(self.position).unwrap_or(&END);
        let token = match item.token {
            Token::In | Token::NotIn if context == Context::Values => Token::Identifier,
            token => token,
        };
        (token, &item.literal)
    }

    fn next(&mut self, context: Context) -> (Token, String) {
        let (token, literal) = self.peek(context);
        let literal = literal.to_owned();
        self.position += 1;
        (token, literal)
    }

    fn parse(&mut self) -> Result<Vec<Requirement>, String> {
        let mut requirements = Vec::new();
        loop {
            let (token, literal) = self.peek(Context::Values);
            match token {
                Token::Identifier | Token::DoesNotExist => {
                    let requirement =
                        self.requirement().map_err(|e| format!("unable to parse requirement: {e}"))?;
                    requirements.push(requirement);
                    let (token, literal) = self.next(Context::Values);
                    match token {
                        Token::EndOfString => return Ok(requirements),
                        Token::Comma => {
                            let (after, literal) = self.peek(Context::Values);
                            if after != Token::Identifier && after != Token::DoesNotExist {
                                return Err(format!("found '{literal}', expected: identifier after ','"));
                            }
                        }
                        _ => return Err(format!("found '{literal}', expected: ',' or 'end of string'")),
                    }
                }
                Token::EndOfString => return Ok(requirements),
                _ => return Err(format!("found '{literal}', expected: !, identifier, or 'end of string'")),
            }
        }
    }

    fn requirement(&mut self) -> Result<Requirement, String> {
        let (key, inferred) = self.key_and_inferred_operator()?;
        if let Some(operator) = inferred {
            return Requirement::new(key, operator, Vec::new());
        }
        let operator = self.operator()?;
        let values = match operator {
            Operator::In | Operator::NotIn => self.value_set()?,
            _ => vec![self.exact_value()?],
        };
        let mut values = values;
        values.sort();
        values.dedup();
        Requirement::new(key, operator, values)
    }

    /// The key, and `Exists`/`DoesNotExist` when nothing follows it.
    fn key_and_inferred_operator(&mut self) -> Result<(String, Option<Operator>), String> {
        let (mut token, mut literal) = self.next(Context::Values);
        let negated = token == Token::DoesNotExist;
        if negated {
            (token, literal) = self.next(Context::Values);
        }
        if token != Token::Identifier {
            return Err(format!("found '{literal}', expected: identifier"));
        }
        let problems = qualified_name_errors(&literal);
        if !problems.is_empty() {
            return Err(invalid("<nil>", &literal, &problems.join("; ")));
        }
        let alone = matches!(self.peek(Context::Values).0, Token::EndOfString | Token::Comma);
        let inferred = match (negated, alone) {
            (true, _) => Some(Operator::DoesNotExist),
            (false, true) => Some(Operator::Exists),
            (false, false) => None,
        };
        Ok((literal, inferred))
    }

    fn operator(&mut self) -> Result<Operator, String> {
        let (token, literal) = self.next(Context::KeyAndOperator);
        Ok(match token {
            Token::In => Operator::In,
            Token::Equals | Token::DoubleEquals => Operator::Equals,
            Token::GreaterThan => Operator::GreaterThan,
            Token::LessThan => Operator::LessThan,
            Token::NotIn => Operator::NotIn,
            Token::NotEquals => Operator::NotEquals,
            _ => return Err(format!("found '{literal}', expected: in, notin, =, ==, !=, gt, lt")),
        })
    }

    /// `( a, b )`; empty entries are the empty value.
    fn value_set(&mut self) -> Result<Vec<String>, String> {
        let (token, literal) = self.next(Context::Values);
        if token != Token::OpenPar {
            return Err(format!("found '{literal}' expected: '('"));
        }
        let (token, literal) = self.peek(Context::Values);
        let literal = literal.to_owned();
        match token {
            Token::Identifier | Token::Comma => {
                let values = self.identifier_list()?;
                if self.next(Context::Values).0 != Token::ClosedPar {
                    return Err(format!("found '{literal}', expected: ')'"));
                }
                Ok(values)
            }
            Token::ClosedPar => {
                self.next(Context::Values);
                Ok(vec![String::new()])
            }
            _ => Err(format!("found '{literal}', expected: ',', ')' or identifier")),
        }
    }

    fn identifier_list(&mut self) -> Result<Vec<String>, String> {
        let mut values: Vec<String> = Vec::new();
        loop {
            let (token, literal) = self.next(Context::Values);
            match token {
                Token::Identifier => {
                    values.push(literal);
                    match self.peek(Context::Values) {
                        (Token::Comma, _) => continue,
                        (Token::ClosedPar, _) => return Ok(values),
                        (_, after) => return Err(format!("found '{after}', expected: ',' or ')'")),
                    }
                }
                Token::Comma => {
                    if values.is_empty() {
                        values.push(String::new());
                    }
                    match self.peek(Context::Values).0 {
                        Token::ClosedPar => {
                            values.push(String::new());
                            return Ok(values);
                        }
                        Token::Comma => {
                            self.next(Context::Values);
                            values.push(String::new());
                        }
                        _ => {}
                    }
                }
                _ => return Err(format!("found '{literal}', expected: ',', or identifier")),
            }
        }
    }

    fn exact_value(&mut self) -> Result<String, String> {
        if matches!(self.peek(Context::Values).0, Token::EndOfString | Token::Comma) {
            return Ok(String::new());
        }
        match self.next(Context::Values) {
            (Token::Identifier, literal) => Ok(literal),
            (_, literal) => Err(format!("found '{literal}', expected: identifier")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> Labels {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    fn matches(selector: &str, pairs: &[(&str, &str)]) -> bool {
        LabelSelector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e}")).matches(&labels(pairs))
    }

    fn error(selector: &str) -> String {
        LabelSelector::parse(selector).expect_err(selector)
    }

    #[test]
    fn every_operator() {
        let web = [("app", "web"), ("tier", "front"), ("replicas", "3")];
        assert!(matches("app=web", &web));
        assert!(matches("app==web,tier=front", &web));
        assert!(!matches("app!=web", &web));
        assert!(matches("app!=api", &web));
        assert!(matches("missing!=x", &web));
        assert!(matches("app in (web, api)", &web));
        assert!(!matches("app notin (web)", &web));
        assert!(matches("missing notin (web)", &web));
        assert!(matches("tier", &web));
        assert!(matches("!missing", &web));
        assert!(!matches("!app", &web));
        assert!(matches("replicas>2,replicas<4", &web));
        assert!(!matches("app>2", &web));
        assert!(matches("", &web));
        assert!(matches("  ", &web));
    }

    #[test]
    fn empty_values() {
        assert!(matches("app=", &[("app", "")]));
        assert!(matches("app in (,web)", &[("app", "")]));
        assert!(matches("app in ()", &[("app", "")]));
        assert!(!matches("app=", &[("app", "web")]));
    }

    #[test]
    fn in_and_notin_are_plain_words_as_keys_and_values() {
        assert!(matches("in=notin", &[("in", "notin")]));
        assert!(matches("mode in (in, out)", &[("mode", "in")]));
    }

    #[test]
    fn syntax_errors_read_as_the_api_server_writes_them() {
        assert_eq!(
            error("a b"),
            "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"
        );
        assert_eq!(error("app=web,"), "found '', expected: identifier after ','");
        assert_eq!(error(",app"), "found ',', expected: !, identifier, or 'end of string'");
        assert_eq!(error("app=web)"), "found ')', expected: ',' or 'end of string'");
        assert_eq!(error("app in web"), "unable to parse requirement: found 'web' expected: '('");
        assert_eq!(error("app in (web"), "unable to parse requirement: found '', expected: ',' or ')'");
        assert_eq!(
            error("app in (=)"),
            "unable to parse requirement: found '=', expected: ',', ')' or identifier"
        );
        assert_eq!(error("app=(web)"), "unable to parse requirement: found '(', expected: identifier");
        assert_eq!(error("!"), "unable to parse requirement: found '', expected: identifier");
    }

    #[test]
    fn invalid_keys_and_values() {
        assert_eq!(
            error("-ltier=postgres"),
            "unable to parse requirement: <nil>: Invalid value: \"-ltier\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
        );
        assert_eq!(error("app=web!"), "found '!', expected: ',' or 'end of string'");
        assert_eq!(
            error("app=-web"),
            "unable to parse requirement: values[0][app]: Invalid value: \"-web\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
        );
        assert_eq!(
            error("n>x"),
            "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer"
        );
    }

    #[test]
    fn several_invalid_values_are_one_aggregate() {
        let message = error("app in (b-, a-)");
        assert!(message.starts_with("unable to parse requirement: [values[0][app]: Invalid value: \"a-\""));
        assert!(message.contains(", values[1][app]: Invalid value: \"b-\""));
        assert!(message.ends_with("')]"));
    }
}

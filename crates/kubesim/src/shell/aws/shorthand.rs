//! The CLI's shorthand syntax (`awscli/shorthand.py`): `a=1,b=2`,
//! `a=x,y` (a list), `a=[x,y]`, `a={k=v}`, quoted values, and the parser's
//! own error messages with their caret under the failing character.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shorthand {
    Str(String),
    List(Vec<Shorthand>),
    Map(Vec<(String, Shorthand)>),
}

/// A syntax error, worded as `ShorthandParseError` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError(pub String);

/// The key characters shorthand accepts.
fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '#' | '/' | ':')
}

/// `_START_WORD`: what may begin an unquoted value.
fn starts_word(c: char) -> bool {
    matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='Z' | '\\'..='z' | '|'..='\u{ffff}')
}

/// `_FIRST_FOLLOW_CHARS`: what may continue a first value.
fn follows_first(c: char) -> bool {
    c.is_whitespace() || matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='\\' | '^'..='|' | '~'..='\u{ffff}')
}

/// `_SECOND_FOLLOW_CHARS`: what may continue a later value in a list.
fn follows_second(c: char) -> bool {
    c.is_whitespace() || matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='\u{ffff}')
}

pub fn parse(input: &str) -> Result<Vec<(String, Shorthand)>, SyntaxError> {
    let mut p = Parser { chars: input.chars().collect(), at: 0 };
    p.parameter()
}

struct Parser {
    chars: Vec<char>,
    at: usize,
}

impl Parser {
    fn current(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn at_eof(&self) -> bool {
        self.at >= self.chars.len()
    }

    fn input(&self) -> String {
        self.chars.iter().collect()
    }

    /// `_error_location`: the input, then a caret `index` spaces in.
    fn location(&self, index: usize) -> String {
        let value = self.input();
        let before: String = self.chars.iter().take(index).collect();
        let after: String = self.chars.iter().skip(index).collect();
        let mut spaces = index;
        let (mut consumed, mut remaining) = (value, String::new());
        if let Some(nl) = before.rfind('\n') {
            spaces = index - before.get(..nl).map_or(0, |s| s.chars().count()) - 1;
        }
        if let Some(nl) = after.find('\n') {
            consumed = format!("{before}{}", after.get(..nl).unwrap_or_default());
            remaining = after.get(nl..).unwrap_or_default().to_owned();
        }
        format!("{consumed}\n{}^{remaining}", " ".repeat(spaces))
    }

    fn syntax_error(&self, expected: &str, actual: &str) -> SyntaxError {
        SyntaxError(format!(
            "Expected: '{expected}', received: '{actual}' for input:\n {}",
            self.location(self.at)
        ))
    }

    fn consume_whitespace(&mut self) {
        while self.current().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn take_char(&mut self, c: char, consume_whitespace: bool) -> Result<(), SyntaxError> {
        if consume_whitespace {
            self.consume_whitespace();
        }
        match self.current() {
            None => return Err(self.syntax_error(&c.to_string(), "EOF")),
            Some(actual) if actual != c => return Err(self.syntax_error(&c.to_string(), &actual.to_string())),
            Some(_) => self.at += 1,
        }
        if consume_whitespace {
            self.consume_whitespace();
        }
        Ok(())
    }

    fn parameter(&mut self) -> Result<Vec<(String, Shorthand)>, SyntaxError> {
        let mut params: Vec<(String, Shorthand)> = vec![self.keyval()?];
        let mut last = self.at;
        while !self.at_eof() {
            self.take_char(',', true)?;
            let (key, value) = self.keyval()?;
            if params.iter().any(|(k, _)| *k == key) {
                return Err(SyntaxError(format!(
                    "Second instance of key \"{key}\" encountered for input:\n{}\nThis is often because there \
                     is a preceding \",\" instead of a space.",
                    self.location(last + 1)
                )));
            }
            params.push((key, value));
            last = self.at;
        }
        Ok(params)
    }

    fn key(&mut self) -> String {
        let start = self.at;
        while self.current().is_some_and(is_key_char) {
            self.at += 1;
        }
        self.chars.get(start..self.at).unwrap_or_default().iter().collect()
    }

    fn keyval(&mut self) -> Result<(String, Shorthand), SyntaxError> {
        let key = self.key();
        self.consume_whitespace();
        if self.current() == Some('@') {
            self.at += 1;
        }
        self.take_char('=', true)?;
        Ok((key, self.values()?))
    }

    fn values(&mut self) -> Result<Shorthand, SyntaxError> {
        match self.current() {
            None => Ok(Shorthand::Str(String::new())),
            Some('[') => self.explicit_list(),
            Some('{') => self.hash_literal(),
            Some(_) => self.csv_value(),
        }
    }

    fn csv_value(&mut self) -> Result<Shorthand, SyntaxError> {
        let first = self.first_value()?;
        self.consume_whitespace();
        if self.current() != Some(',') {
            return Ok(Shorthand::Str(first));
        }
        self.take_char(',', true)?;
        let mut list = vec![Shorthand::Str(first.clone())];
        loop {
            let attempt = self.second_value().and_then(|v| {
                self.consume_whitespace();
                if self.at_eof() {
                    return Ok((v, true));
                }
                self.take_char(',', true).map(|()| (v, false))
            });
            match attempt {
                Ok((v, done)) => {
                    list.push(Shorthand::Str(v));
                    if done {
                        break;
                    }
                }
                Err(e) => {
                    if self.at_eof() {
                        return Err(e);
                    }
                    while self.at > 0 && self.current() != Some(',') {
                        self.at -= 1;
                    }
                    break;
                }
            }
        }
        if list.len() == 1 {
            return Ok(Shorthand::Str(first));
        }
        Ok(Shorthand::List(list))
    }

    /// Consumes `(\\,|[start])(\\,|[follow])*`; the matched text with escaped
    /// commas unescaped and trailing space cut, or None if nothing matched.
    fn word(&mut self, follows: fn(char) -> bool) -> Option<String> {
        let start = self.at;
        let mut first = true;
        loop {
            let c = self.current();
            if c == Some('\\') && self.chars.get(self.at + 1) == Some(&',') {
                self.at += 2;
            } else if c.is_some_and(|c| if first { starts_word(c) } else { follows(c) }) {
                self.at += 1;
            } else {
                break;
            }
            first = false;
        }
        (self.at > start).then(|| {
            let text: String = self.chars.get(start..self.at).unwrap_or_default().iter().collect();
            text.replace("\\,", ",").trim_end().to_owned()
        })
    }

    fn first_value(&mut self) -> Result<String, SyntaxError> {
        match self.current() {
            Some(q @ ('\'' | '"')) => self.quoted(q),
            _ => Ok(self.word(follows_first).unwrap_or_default()),
        }
    }

    fn second_value(&mut self) -> Result<String, SyntaxError> {
        match self.current() {
            Some(q @ ('\'' | '"')) => self.quoted(q),
            _ => self.word(follows_second).ok_or_else(|| self.syntax_error("<second>", "<none>")),
        }
    }

    fn quoted(&mut self, quote: char) -> Result<String, SyntaxError> {
        let start = self.at;
        let mut i = start + 1;
        while let Some(&c) = self.chars.get(i) {
            if c == '\\' && self.chars.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            if c == quote {
                let body: String = self.chars.get(start + 1..i).unwrap_or_default().iter().collect();
                self.at = i + 1;
                let escaped = format!("\\{quote}");
                return Ok(body.replace(&escaped, &quote.to_string()).replace("\\\\", "\\"));
            }
            i += 1;
        }
        let name = if quote == '\'' { "singled quoted" } else { "double quoted" };
        Err(self.syntax_error(&format!("<{name}>"), "<none>"))
    }

    fn explicit_list(&mut self) -> Result<Shorthand, SyntaxError> {
        self.take_char('[', true)?;
        let mut values = Vec::new();
        while self.current() != Some(']') {
            values.push(self.explicit_value()?);
            self.consume_whitespace();
            if self.current() != Some(']') {
                self.take_char(',', false)?;
                self.consume_whitespace();
            }
        }
        self.take_char(']', false)?;
        Ok(Shorthand::List(values))
    }

    fn explicit_value(&mut self) -> Result<Shorthand, SyntaxError> {
        match self.current() {
            Some('[') => self.explicit_list(),
            Some('{') => self.hash_literal(),
            _ => self.first_value().map(Shorthand::Str),
        }
    }

    fn hash_literal(&mut self) -> Result<Shorthand, SyntaxError> {
        self.take_char('{', true)?;
        let mut pairs: Vec<(String, Shorthand)> = Vec::new();
        while self.current() != Some('}') {
            let key = self.key();
            self.consume_whitespace();
            if self.current() == Some('@') {
                self.at += 1;
            }
            self.take_char('=', true)?;
            let value = self.explicit_value()?;
            self.consume_whitespace();
            if self.current() != Some('}') {
                self.take_char(',', false)?;
                self.consume_whitespace();
            }
            pairs.retain(|(k, _)| *k != key);
            pairs.push((key, value));
        }
        self.take_char('}', false)?;
        Ok(Shorthand::Map(pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Shorthand {
        Shorthand::Str(v.to_owned())
    }

    #[test]
    fn pairs_lists_and_quotes() {
        assert_eq!(
            parse("minSize=1,maxSize=6,desiredSize=4"),
            Ok(vec![("minSize".into(), s("1")), ("maxSize".into(), s("6")), ("desiredSize".into(), s("4"))])
        );
        assert_eq!(
            parse("a=x,y,b=z"),
            Ok(vec![("a".into(), Shorthand::List(vec![s("x"), s("y")])), ("b".into(), s("z"))])
        );
        assert_eq!(parse("a='x,y'"), Ok(vec![("a".into(), s("x,y"))]));
        assert_eq!(parse("a=[1,2]"), Ok(vec![("a".into(), Shorthand::List(vec![s("1"), s("2")]))]));
    }

    #[test]
    fn errors_point_at_the_failing_character() {
        assert_eq!(
            parse("minSize"),
            Err(SyntaxError("Expected: '=', received: 'EOF' for input:\n minSize\n       ^".to_owned()))
        );
        assert_eq!(
            parse("a=1,a=2"),
            Err(SyntaxError(
                "Second instance of key \"a\" encountered for input:\na=1,a=2\n    ^\nThis is often because there \
                 is a preceding \",\" instead of a space."
                    .to_owned()
            ))
        );
    }
}

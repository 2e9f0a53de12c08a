//! The label selector lexer (apimachinery `labels.Lexer`): identifiers are
//! runs of anything but whitespace and the symbols `= ! ( ) , > <`; a run of
//! symbols becomes the longest operator it starts with.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token {
    EndOfString,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

/// A token and the text it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scanned {
    pub token: Token,
    pub literal: String,
}

fn keyword(text: &str) -> Option<Token> {
    Some(match text {
        ")" => Token::ClosedPar,
        "," => Token::Comma,
        "!" => Token::DoesNotExist,
        "==" => Token::DoubleEquals,
        "=" => Token::Equals,
        ">" => Token::GreaterThan,
        "in" => Token::In,
        "<" => Token::LessThan,
        "!=" => Token::NotEquals,
        "notin" => Token::NotIn,
        "(" => Token::OpenPar,
        _ => return None,
    })
}

fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_special(b: u8) -> bool {
    matches!(b, b'=' | b'!' | b'(' | b')' | b',' | b'>' | b'<')
}

/// Every token of `text`, ending with `EndOfString`.
pub fn scan(text: &str) -> Vec<Scanned> {
    let bytes = text.as_bytes();
    let mut items = Vec::new();
    let mut pos = 0;
    loop {
        while bytes.get(pos).copied().is_some_and(is_whitespace) {
            pos += 1;
        }
        let Some(&first) = bytes.get(pos) else {
            items.push(Scanned { token: Token::EndOfString, literal: String::new() });
            return items;
        };
        let start = pos;
        if is_special(first) {
            // Grow while the symbols still read as an operator, as
            // `scanSpecialSymbol` does; every single symbol is one.
            let mut end = start + 1;
            while bytes.get(end).copied().is_some_and(is_special)
                && text.get(start..=end).and_then(keyword).is_some()
            {
                end += 1;
            }
            let literal = text.get(start..end).unwrap_or_default();
            let token = keyword(literal).unwrap_or(Token::Identifier);
            items.push(Scanned { token, literal: literal.to_owned() });
            pos = end;
        } else {
            while bytes.get(pos).is_some_and(|&b| !is_special(b) && !is_whitespace(b)) {
                pos += 1;
            }
            // Splits fall on ASCII bytes only, so the slice is whole UTF-8.
            let literal = text.get(start..pos).unwrap_or_default();
            let token = match keyword(literal) {
                Some(t @ (Token::In | Token::NotIn)) => t,
                _ => Token::Identifier,
            };
            items.push(Scanned { token, literal: literal.to_owned() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(Token, String)> {
        scan(text).into_iter().map(|s| (s.token, s.literal)).collect()
    }

    #[test]
    fn operators_take_the_longest_match() {
        assert_eq!(
            tokens("a!=b,c==d"),
            [
                (Token::Identifier, "a".to_owned()),
                (Token::NotEquals, "!=".to_owned()),
                (Token::Identifier, "b".to_owned()),
                (Token::Comma, ",".to_owned()),
                (Token::Identifier, "c".to_owned()),
                (Token::DoubleEquals, "==".to_owned()),
                (Token::Identifier, "d".to_owned()),
                (Token::EndOfString, String::new()),
            ]
        );
        assert_eq!(tokens("===")[0], (Token::DoubleEquals, "==".to_owned()));
        assert_eq!(tokens("!(")[0], (Token::DoesNotExist, "!".to_owned()));
    }

    #[test]
    fn keywords_and_whitespace() {
        let scanned = tokens(" env in (a, b) ");
        assert_eq!(scanned[1], (Token::In, "in".to_owned()));
        assert_eq!(scanned[2], (Token::OpenPar, "(".to_owned()));
        assert_eq!(scanned.len(), 8);
    }
}

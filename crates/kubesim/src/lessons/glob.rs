//! The patterns a lesson's goals use: `*` stands for any run of characters
//! (newlines included), `?` for any one character, `\*`, `\?` and `\\` for
//! themselves. Everything else matches itself. Small enough that authors need
//! no regular expressions, and the page no regex engine.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    pattern: String,
    tokens: Vec<Token>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Any,
    One,
    Char(char),
}

impl Glob {
    pub fn new(pattern: &str) -> Glob {
        let mut tokens = Vec::new();
        let mut chars = pattern.chars();
        while let Some(c) = chars.next() {
            match c {
                '*' => tokens.push(Token::Any),
                '?' => tokens.push(Token::One),
                '\\' => match chars.next() {
                    Some(next @ ('*' | '?' | '\\')) => tokens.push(Token::Char(next)),
                    Some(other) => tokens.extend([Token::Char('\\'), Token::Char(other)]),
                    None => tokens.push(Token::Char('\\')),
                },
                c => tokens.push(Token::Char(c)),
            }
        }
        Glob { pattern: pattern.to_owned(), tokens }
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Whether the whole of `text` matches. Linear in practice: on a mismatch
    /// after a `*`, the `*` takes one more character and the rest is tried
    /// again from there (the classic wildcard backtracking, one level deep).
    pub fn matches(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().collect();
        let (mut t, mut p) = (0, 0);
        let mut star: Option<(usize, usize)> = None;
        while t < text.len() {
            match self.tokens.get(p) {
                Some(Token::Any) => {
                    star = Some((p, t));
                    p += 1;
                }
                Some(Token::One) => {
                    t += 1;
                    p += 1;
                }
                Some(Token::Char(c)) if *c == text[t] => {
                    t += 1;
                    p += 1;
                }
                _ => match star {
                    Some((sp, st)) => {
                        star = Some((sp, st + 1));
                        p = sp + 1;
                        t = st + 1;
                    }
                    None => return false,
                },
            }
        }
        self.tokens[p..].iter().all(|token| *token == Token::Any)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_and_question_marks() {
        let g = Glob::new("kubectl get no*");
        assert!(g.matches("kubectl get nodes"));
        assert!(g.matches("kubectl get no"));
        assert!(g.matches("kubectl get node -o wide"));
        assert!(!g.matches("kubectl get pods"));
        assert!(Glob::new("pod/web-?????-*").matches("pod/web-7d4b9-x2x9q"));
        assert!(!Glob::new("pod/web-?????-*").matches("pod/web-7d4b-x"));
        assert!(Glob::new("*").matches(""));
        assert!(Glob::new("*DRAINING*").matches("[\n    \"DRAINING\"\n]"));
        assert!(!Glob::new("a*b").matches("a\nc"));
        assert!(Glob::new("a*b*c").matches("aXbYbZc"));
    }

    #[test]
    fn escapes_match_themselves() {
        assert!(Glob::new(r"a\*").matches("a*"));
        assert!(!Glob::new(r"a\*").matches("ab"));
        assert!(Glob::new(r"\?").matches("?"));
        assert!(Glob::new(r"a\b").matches(r"a\b"));
        assert!(Glob::new("x\\").matches("x\\"));
    }
}

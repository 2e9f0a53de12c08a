//! Splits a command line into words as a POSIX shell does: whitespace
//! separates words; single quotes keep everything literally; double quotes
//! keep everything but `\"`, `\\`, `\$` and `` \` ``; a backslash outside
//! quotes escapes the next character; `#` at the start of a word begins a
//! comment.

/// Why a line could not be split. The message is bash's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexError {
    UnterminatedQuote(char),
}

impl LexError {
    pub fn message(&self) -> String {
        match self {
            LexError::UnterminatedQuote(q) => {
                format!("bash: unexpected EOF while looking for matching `{q}'")
            }
        }
    }
}

pub fn split(line: &str) -> Result<Vec<String>, LexError> {
    let mut words = Vec::new();
    let mut word = String::new();
    // A word has started even if it is still empty (`''` is an empty word).
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '#' if !in_word => break,
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(ch) => word.push(ch),
                        None => return Err(LexError::UnterminatedQuote('\'')),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(ch @ ('"' | '\\' | '$' | '`')) => word.push(ch),
                            Some('\n') => {}
                            Some(ch) => {
                                word.push('\\');
                                word.push(ch);
                            }
                            None => return Err(LexError::UnterminatedQuote('"')),
                        },
                        Some(ch) => word.push(ch),
                        None => return Err(LexError::UnterminatedQuote('"')),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some('\n') | None => {}
                    Some(ch) => word.push(ch),
                }
            }
            _ => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        split(line).unwrap_or_else(|e| panic!("{line:?} failed: {e:?}"))
    }

    #[test]
    fn whitespace_separates_words() {
        assert_eq!(words("  kubectl   get\tnodes "), ["kubectl", "get", "nodes"]);
        assert!(words("   ").is_empty());
    }

    #[test]
    fn quotes_group_and_disappear() {
        assert_eq!(
            words(r#"kubectl get nodes -o jsonpath='{.items[*].metadata.name}'"#),
            ["kubectl", "get", "nodes", "-o", "jsonpath={.items[*].metadata.name}"]
        );
        assert_eq!(words(r#"echo "a b" 'c d'e"#), ["echo", "a b", "c de"]);
        assert_eq!(words("x '' y"), ["x", "", "y"]);
    }

    #[test]
    fn backslashes_escape() {
        assert_eq!(words(r"a\ b"), ["a b"]);
        assert_eq!(words(r#""say \"hi\" \n""#), [r#"say "hi" \n"#]);
        assert_eq!(words(r"'\n'"), [r"\n"]);
    }

    #[test]
    fn comments_start_only_at_a_word() {
        assert_eq!(words("kubectl get nodes # list them"), ["kubectl", "get", "nodes"]);
        assert_eq!(words("a#b"), ["a#b"]);
        assert!(words("# only a comment").is_empty());
    }

    #[test]
    fn unterminated_quotes_are_bash_errors() {
        let err = split("kubectl get 'nodes").unwrap_err();
        assert_eq!(err.message(), "bash: unexpected EOF while looking for matching `''");
        assert_eq!(split("echo \"x").unwrap_err(), LexError::UnterminatedQuote('"'));
    }
}

//! The words of a command line up to the cursor, as the lexer would split
//! them, but forgiving of a line still being typed.

/// The finished words before the cursor and the word the cursor ends.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Words {
    pub before: Vec<String>,
    /// The word under the cursor with its quotes removed ("" at a blank).
    pub current: String,
    /// Byte offset where the current word begins.
    pub start: usize,
}

/// Splits `line[..cursor]`. None when there is nothing to complete: the
/// cursor is inside an open quote or a comment. `cursor` must be a char
/// boundary of `line`.
pub(super) fn split(line: &str, cursor: usize) -> Option<Words> {
    let text = line.get(..cursor)?;
    let mut before = Vec::new();
    let mut word = String::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' => {
                if start.take().is_some() {
                    before.push(std::mem::take(&mut word));
                }
                continue;
            }
            '#' if start.is_none() => return None,
            _ => {}
        }
        start.get_or_insert(i);
        match c {
            '\'' => loop {
                match chars.next() {
                    Some((_, '\'')) => break,
                    Some((_, ch)) => word.push(ch),
                    None => return None,
                }
            },
            '"' => loop {
                match chars.next() {
                    Some((_, '"')) => break,
                    Some((_, '\\')) => match chars.next() {
                        Some((_, ch @ ('"' | '\\' | '$' | '`'))) => word.push(ch),
                        Some((_, ch)) => {
                            word.push('\\');
                            word.push(ch);
                        }
                        None => return None,
                    },
                    Some((_, ch)) => word.push(ch),
                    None => return None,
                }
            },
            '\\' => {
                if let Some((_, ch)) = chars.next() {
                    word.push(ch);
                }
            }
            _ => word.push(c),
        }
    }
    Some(Words { before, current: word, start: start.unwrap_or(cursor) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Option<Words> {
        split(line, line.len())
    }

    #[test]
    fn the_last_word_is_the_one_being_typed() {
        let w = words("kubectl get no").unwrap();
        assert_eq!((w.before, w.current.as_str(), w.start), (vec!["kubectl".into(), "get".into()], "no", 12));
        let w = words("kubectl get ").unwrap();
        assert_eq!((w.before.len(), w.current.as_str(), w.start), (2, "", 12));
        let w = words("").unwrap();
        assert_eq!((w.before.len(), w.current.as_str(), w.start), (0, "", 0));
    }

    #[test]
    fn quotes_and_escapes_are_removed() {
        let w = words("echo 'a b' \"c\\\"d\" e\\ f").unwrap();
        assert_eq!(w.before, ["echo", "a b", "c\"d"]);
        assert_eq!((w.current.as_str(), w.start), ("e f", 18));
    }

    #[test]
    fn open_quotes_and_comments_complete_nothing() {
        assert_eq!(words("kubectl get 'no"), None);
        assert_eq!(words("kubectl get \"no\\"), None);
        assert_eq!(words("kubectl get nodes # no"), None);
        assert!(words("kubectl get a#b").is_some());
    }

    #[test]
    fn only_the_text_before_the_cursor_counts() {
        let w = split("kubectl get nodes", 9).unwrap();
        assert_eq!((w.before, w.current.as_str(), w.start), (vec!["kubectl".to_owned()], "g", 8));
    }
}

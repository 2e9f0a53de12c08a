//! The word wrapping explain's template applies (mitchellh/go-wordwrap
//! `WrapString`): breaks only at white space, keeps existing line breaks,
//! and lets a word longer than the limit overrun it on a line of its own.

/// Text read but not yet written: the spaces before a word, and the word.
#[derive(Default)]
struct Pending {
    space: String,
    space_len: usize,
    word: String,
    word_len: usize,
}

impl Pending {
    /// Writes both and clears them; returns how many characters that was.
    fn flush(&mut self, out: &mut String) -> usize {
        out.push_str(&self.space);
        out.push_str(&self.word);
        let written = self.space_len + self.word_len;
        *self = Pending::default();
        written
    }

    fn drop_space(&mut self) {
        self.space.clear();
        self.space_len = 0;
    }
}

pub fn wrap(s: &str, limit: usize) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / limit.max(1));
    let mut current = 0;
    let mut pending = Pending::default();
    for c in s.chars() {
        if c == '\n' {
            // Spaces at the end of a line are kept only if they fit.
            if pending.word.is_empty() && current + pending.space_len > limit {
                pending.drop_space();
            }
            pending.flush(&mut out);
            out.push(c);
            current = 0;
        } else if c.is_whitespace() && c != '\u{a0}' {
            if pending.space.is_empty() || !pending.word.is_empty() {
                current += pending.flush(&mut out);
            }
            pending.space.push(c);
            pending.space_len += 1;
        } else {
            pending.word.push(c);
            pending.word_len += 1;
            if current + pending.space_len + pending.word_len > limit && pending.word_len < limit {
                out.push('\n');
                current = 0;
                pending.drop_space();
            }
        }
    }
    if pending.word.is_empty() && current + pending.space_len > limit {
        pending.drop_space();
    }
    pending.flush(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_at_the_last_space_that_fits() {
        assert_eq!(wrap("aaa bbb ccc", 7), "aaa bbb\nccc");
        assert_eq!(wrap("aaa bbb ccc", 8), "aaa bbb\nccc");
    }

    #[test]
    fn long_words_take_a_line_of_their_own() {
        assert_eq!(
            wrap("More info: https://example.com/a/very/long/path", 12),
            "More info:\nhttps://example.com/a/very/long/path"
        );
    }

    #[test]
    fn keeps_paragraphs() {
        assert_eq!(wrap("one two\n\nthree", 5), "one\ntwo\n\nthree");
        assert_eq!(wrap("text\n", 76), "text\n");
    }
}

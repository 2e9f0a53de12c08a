//! The word wrapping explain's template applies (mitchellh/go-wordwrap
//! `WrapString`): breaks only at white space, keeps existing line breaks,
//! and lets a word longer than the limit overrun it on a line of its own.

pub fn wrap(s: &str, limit: usize) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / limit.max(1));
    let mut current = 0;
    let (mut word, mut word_len) = (String::new(), 0);
    let (mut space, mut space_len) = (String::new(), 0);
    for c in s.chars() {
        if c == '\n' {
            if word.is_empty() {
                if current + space_len <= limit {
                    out.push_str(&space);
                }
            } else {
                out.push_str(&space);
                out.push_str(&word);
            }
            space.clear();
            space_len = 0;
            word.clear();
            word_len = 0;
            out.push(c);
            current = 0;
        } else if c.is_whitespace() && c != '\u{a0}' {
            if space.is_empty() || !word.is_empty() {
                current += space_len + word_len;
                out.push_str(&space);
                out.push_str(&word);
                space.clear();
                space_len = 0;
                word.clear();
                word_len = 0;
            }
            space.push(c);
            space_len += 1;
        } else {
            word.push(c);
            word_len += 1;
            if current + space_len + word_len > limit && word_len < limit {
                out.push('\n');
                current = 0;
                space.clear();
                space_len = 0;
            }
        }
    }
    if word.is_empty() {
        if current + space_len <= limit {
            out.push_str(&space);
        }
    } else {
        out.push_str(&space);
        out.push_str(&word);
    }
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

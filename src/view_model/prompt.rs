//! The prompt's line editing that needs no browser: what Tab does to the
//! line, and the cursor positions between the DOM (UTF-16 code units) and
//! Rust strings (bytes).

use kubesim::shell::complete;
use kubesim::Shell;

/// How wide the list of candidates is laid out, in characters.
const LIST_WIDTH: usize = 80;

/// What one press of Tab does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The line becomes `line`, with the cursor at UTF-16 offset `cursor`.
    Edit {
        line: String,
        cursor: u32,
    },
    /// The candidates, in columns, to show under the prompt.
    List(String),
    Nothing,
}

/// Tab at UTF-16 offset `cursor` of `line`, as bash does it: the only
/// candidate, or as much as all candidates share; when that adds nothing,
/// a second Tab in a row (`again`) lists them.
pub fn tab(shell: &Shell, line: &str, cursor: u32, again: bool) -> Tab {
    let completion = complete(shell, line, byte_offset(line, cursor));
    if let Some((line, cursor)) = completion.apply(line) {
        let cursor = utf16_offset(&line, cursor);
        return Tab::Edit { line, cursor };
    }
    if again && completion.candidates.len() > 1 {
        return Tab::List(completion.columns(LIST_WIDTH));
    }
    Tab::Nothing
}

/// The byte offset of a UTF-16 offset; one inside a character or past the
/// end counts as the end of that character or of the line.
pub fn byte_offset(line: &str, utf16: u32) -> usize {
    let mut units = 0;
    for (i, c) in line.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    line.len()
}

/// The UTF-16 offset of a byte offset.
pub fn utf16_offset(line: &str, byte: usize) -> u32 {
    line.char_indices().take_while(|(i, _)| *i < byte).map(|(_, c)| c.len_utf16() as u32).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_model::test_support;

    fn shell() -> Shell {
        Shell::new(test_support::basic())
    }

    #[test]
    fn one_candidate_is_inserted_with_a_space() {
        let line = "kubectl get no";
        assert_eq!(
            tab(&shell(), line, 14, false),
            Tab::Edit { line: "kubectl get nodes ".to_owned(), cursor: 18 }
        );
    }

    #[test]
    fn the_second_tab_lists_what_the_first_could_not_choose() {
        let line = "kubectl d";
        assert_eq!(tab(&shell(), line, 9, false), Tab::Nothing);
        assert_eq!(tab(&shell(), line, 9, true), Tab::List("delete    describe  drain\n".to_owned()));
        assert_eq!(
            tab(&shell(), "kubectl get po", 14, false),
            Tab::Edit { line: "kubectl get pod".to_owned(), cursor: 15 }
        );
        assert_eq!(
            tab(&shell(), "kubectl get pod", 15, true),
            Tab::List("poddisruptionbudgets  pods\n".to_owned())
        );
    }

    #[test]
    fn cursors_count_utf16_units() {
        // `ノ` is one UTF-16 unit and three bytes; `𝑥` is two and four.
        let line = "echo ノ𝑥 kubectl";
        assert_eq!(byte_offset(line, 5), 5);
        assert_eq!(byte_offset(line, 6), 8);
        assert_eq!(byte_offset(line, 7), 12);
        assert_eq!(byte_offset(line, 8), 12);
        assert_eq!(byte_offset(line, 99), line.len());
        assert_eq!(utf16_offset(line, 8), 6);
        assert_eq!(utf16_offset(line, 12), 8);
        assert_eq!(utf16_offset(line, line.len()), 16);
    }

    #[test]
    fn tab_in_the_middle_of_a_line_keeps_the_rest() {
        let line = "kubectl -n ノ ge nodes";
        assert_eq!(
            tab(&shell(), line, 15, false),
            Tab::Edit { line: "kubectl -n ノ get nodes".to_owned(), cursor: 16 }
        );
    }
}

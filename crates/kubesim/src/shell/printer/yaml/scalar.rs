//! Scalars: which style go-yaml v2 picks for a string (plain, single- or
//! double-quoted, literal block), and how each style is written, folding at
//! a space once the line is past the width.

use super::{implicit, Context, Emitter, BEST_INDENT, BEST_WIDTH};

/// The style the encoder asks for; the emitter may fall back to a quoted one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Requested {
    Plain,
    DoubleQuoted,
    Literal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// A string is asked for as a literal block when it has a newline, plain
/// when YAML would read it back as a string, else double-quoted.
pub(super) fn requested_for_string(s: &str) -> Requested {
    if s.contains('\n') {
        Requested::Literal
    } else if implicit::reads_as_string(s) {
        Requested::Plain
    } else {
        Requested::DoubleQuoted
    }
}

/// A key written as `key:` rather than `? key`: one line, at most 128 bytes.
pub(super) fn is_simple_key(key: &str) -> bool {
    !Analysis::of(key).multiline && key.len() <= 128
}

/// What the emitter learns from scanning a scalar: which styles can carry it.
struct Analysis {
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// libyaml's printable set: 4-byte UTF-8 characters are not in it.
fn is_printable(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}') && c != '\u{feff}'
}

impl Analysis {
    fn of(value: &str) -> Analysis {
        let chars: Vec<char> = value.chars().collect();
        if chars.is_empty() {
            return Analysis {
                multiline: false,
                block_plain_allowed: true,
                single_quoted_allowed: true,
                block_allowed: false,
            };
        }
        let mut block_indicators = value.starts_with("---") || value.starts_with("...");
        let (mut line_breaks, mut special_characters) = (false, false);
        let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
            (false, false, false, false);
        let (mut break_space, mut space_break) = (false, false);
        let (mut previous_space, mut previous_break) = (false, false);
        let mut preceded_by_whitespace = true;
        let last = chars.len() - 1;
        for (i, &c) in chars.iter().enumerate() {
            let followed_by_whitespace = chars.get(i + 1).is_none_or(|&n| is_blank(n));
            if i == 0 {
                match c {
                    '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%'
                    | '@' | '`' => block_indicators = true,
                    '?' | ':' | '-' if followed_by_whitespace => block_indicators = true,
                    _ => {}
                }
            } else {
                match c {
                    ':' if followed_by_whitespace => block_indicators = true,
                    '#' if preceded_by_whitespace => block_indicators = true,
                    _ => {}
                }
            }
            if !is_printable(c) {
                special_characters = true;
            }
            if c == ' ' {
                leading_space |= i == 0;
                trailing_space |= i == last;
                break_space |= previous_break;
                previous_space = true;
                previous_break = false;
            } else if is_break(c) {
                line_breaks = true;
                leading_break |= i == 0;
                trailing_break |= i == last;
                space_break |= previous_space;
                previous_space = false;
                previous_break = true;
            } else {
                previous_space = false;
                previous_break = false;
            }
            preceded_by_whitespace = is_blank(c) || is_break(c) || c == '\0';
        }
        let edge_whitespace = leading_space || leading_break || trailing_space || trailing_break;
        Analysis {
            multiline: line_breaks,
            block_plain_allowed: !(edge_whitespace
                || break_space
                || space_break
                || special_characters
                || line_breaks
                || block_indicators),
            single_quoted_allowed: !(break_space || space_break || special_characters),
            block_allowed: !(trailing_space || space_break || special_characters),
        }
    }
}

/// The emitter's choice, falling back from what was asked for.
fn select_style(requested: Requested, analysis: &Analysis, value: &str, simple_key: bool) -> Style {
    let mut style = match requested {
        Requested::Plain => Style::Plain,
        Requested::DoubleQuoted => Style::DoubleQuoted,
        Requested::Literal => Style::Literal,
    };
    if simple_key && analysis.multiline {
        style = Style::DoubleQuoted;
    }
    if style == Style::Plain && (!analysis.block_plain_allowed || (value.is_empty() && simple_key)) {
        style = Style::SingleQuoted;
    }
    if style == Style::SingleQuoted && !analysis.single_quoted_allowed {
        style = Style::DoubleQuoted;
    }
    if style == Style::Literal && (!analysis.block_allowed || simple_key) {
        style = Style::DoubleQuoted;
    }
    style
}

impl Emitter {
    pub(super) fn scalar(&mut self, value: &str, requested: Requested, context: Context) {
        let analysis = Analysis::of(value);
        let style = select_style(requested, &analysis, value, context.simple_key);
        self.increase_indent(true, false);
        let chars: Vec<char> = value.chars().collect();
        let allow_breaks = !context.simple_key;
        match style {
            Style::Plain => self.write_plain(&chars, allow_breaks),
            Style::SingleQuoted => self.write_single_quoted(&chars, allow_breaks),
            Style::DoubleQuoted => self.write_double_quoted(&chars, allow_breaks),
            Style::Literal => self.write_literal(&chars),
        }
        self.pop_indent();
    }

    /// A space where the line may fold: past the width, after a non-space
    /// and before one.
    fn folds_at(&self, chars: &[char], i: usize, allow_breaks: bool, spaces: bool) -> bool {
        allow_breaks && !spaces && self.column > BEST_WIDTH && chars.get(i + 1) != Some(&' ')
    }

    fn write_break_char(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    fn write_plain(&mut self, chars: &[char], allow_breaks: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                if self.folds_at(chars, i, allow_breaks, spaces) {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single_quoted(&mut self, chars: &[char], allow_breaks: bool) {
        self.write_indicator("'", true, false, false);
        let (mut spaces, mut breaks) = (false, false);
        let last = chars.len().saturating_sub(1);
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                if i > 0 && i < last && self.folds_at(chars, i, allow_breaks, spaces) {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break_char(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, chars: &[char], allow_breaks: bool) {
        self.write_indicator("\"", true, false, false);
        // libyaml escapes everything after a leading byte-order mark.
        let bom = chars.first() == Some(&'\u{feff}');
        let mut spaces = false;
        let last = chars.len().saturating_sub(1);
        for (i, &c) in chars.iter().enumerate() {
            if !is_printable(c) || bom || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                match escape(c) {
                    Some(letter) => self.put(letter),
                    None => {
                        let code = c as u32;
                        let (marker, digits) = match code {
                            0..=0xff => ('x', 2),
                            0x100..=0xffff => ('u', 4),
                            _ => ('U', 8),
                        };
                        self.put(marker);
                        for ch in format!("{code:0digits$X}").chars() {
                            self.put(ch);
                        }
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i < last {
                    self.write_indent();
                    if chars.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, chars: &[char]) {
        self.write_indicator("|", true, false, false);
        if chars.first().is_some_and(|&c| c == ' ' || is_break(c)) {
            let hint = char::from_digit(BEST_INDENT.unsigned_abs(), 10).unwrap_or('2');
            self.write_indicator(&hint.to_string(), false, false, false);
        }
        if let Some(chomp) = chomping(chars) {
            self.write_indicator(chomp, false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for &c in chars {
            if is_break(c) {
                self.write_break_char(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// The block chomping indicator: `-` without a final line break, `+` to
/// keep more than one, none for exactly one.
fn chomping(chars: &[char]) -> Option<&'static str> {
    match chars {
        [] => Some("-"),
        [.., last] if !is_break(*last) => Some("-"),
        [_] => Some("+"),
        [.., before, _] if is_break(*before) => Some("+"),
        _ => None,
    }
}

/// The one-letter escapes of a double-quoted YAML string.
fn escape(c: char) -> Option<char> {
    Some(match c {
        '\0' => '0',
        '\u{7}' => 'a',
        '\u{8}' => 'b',
        '\t' => 't',
        '\n' => 'n',
        '\u{b}' => 'v',
        '\u{c}' => 'f',
        '\r' => 'r',
        '\u{1b}' => 'e',
        '"' => '"',
        '\\' => '\\',
        '\u{85}' => 'N',
        '\u{a0}' => '_',
        '\u{2028}' => 'L',
        '\u{2029}' => 'P',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_fall_back_as_libyaml_does() {
        let style = |s: &str| select_style(requested_for_string(s), &Analysis::of(s), s, false);
        assert_eq!(style("plain"), Style::Plain);
        assert_eq!(style(""), Style::DoubleQuoted);
        assert_eq!(style("#comment"), Style::SingleQuoted);
        assert_eq!(style("trailing "), Style::SingleQuoted);
        assert_eq!(style("bell\u{7}"), Style::DoubleQuoted);
        assert_eq!(style("two\nlines"), Style::Literal);
        assert_eq!(style("space \nbreak"), Style::DoubleQuoted);
        assert_eq!(style("emoji 🙂"), Style::DoubleQuoted);
    }

    #[test]
    fn chomping_indicators() {
        assert_eq!(chomping(&['a']), Some("-"));
        assert_eq!(chomping(&['a', '\n']), None);
        assert_eq!(chomping(&['a', '\n', '\n']), Some("+"));
        assert_eq!(chomping(&['\n']), Some("+"));
    }
}

//! `echo`: bash's built-in. Leading words made only of `-n`, `-e` and `-E`
//! are options (no newline; backslash escapes on; off); the rest are printed
//! separated by spaces.

use crate::shell::Output;

pub fn run(args: &[String]) -> Output {
    let mut newline = true;
    let mut escapes = false;
    let mut words = args;
    while let Some((first, rest)) = words.split_first() {
        let Some(letters) =
            first.strip_prefix('-').filter(|l| !l.is_empty() && l.chars().all(|c| "neE".contains(c)))
        else {
            break;
        };
        for letter in letters.chars() {
            match letter {
                'n' => newline = false,
                'e' => escapes = true,
                _ => escapes = false,
            }
        }
        words = rest;
    }
    let mut bytes = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            bytes.push(b' ');
        }
        if !escapes {
            bytes.extend_from_slice(word.as_bytes());
        } else if unescape(word, &mut bytes) == Flow::Stop {
            newline = false;
            break;
        }
    }
    if newline {
        bytes.push(b'\n');
    }
    let mut out = Output::default();
    out.out(String::from_utf8_lossy(&bytes).into_owned());
    out
}

#[derive(PartialEq, Eq)]
enum Flow {
    Go,
    /// `\c`: nothing more is printed, not even the newline.
    Stop,
}

/// bash's `echo -e` escapes; an unknown one is printed as written.
fn unescape(word: &str, bytes: &mut Vec<u8>) -> Flow {
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let simple = match chars.peek() {
            Some('a') => Some(0x07),
            Some('b') => Some(0x08),
            Some('e' | 'E') => Some(0x1b),
            Some('f') => Some(0x0c),
            Some('n') => Some(b'\n'),
            Some('r') => Some(b'\r'),
            Some('t') => Some(b'\t'),
            Some('v') => Some(0x0b),
            Some('\\') => Some(b'\\'),
            _ => None,
        };
        if let Some(byte) = simple {
            chars.next();
            bytes.push(byte);
            continue;
        }
        let (radix, max_digits, unicode) = match chars.peek() {
            Some('c') => return Flow::Stop,
            Some('0') => (8, 3, false),
            Some('x') => (16, 2, false),
            Some('u') => (16, 4, true),
            Some('U') => (16, 8, true),
            _ => {
                bytes.push(b'\\');
                continue;
            }
        };
        let Some(letter) = chars.next() else { continue };
        let mut value: u32 = 0;
        let mut digits = 0;
        while digits < max_digits {
            let Some(d) = chars.peek().and_then(|c| c.to_digit(radix)) else { break };
            value = value * radix + d;
            digits += 1;
            chars.next();
        }
        if digits == 0 && radix == 16 {
            // `\x` with no hex digit stays as typed.
            bytes.push(b'\\');
            bytes.extend(letter.to_string().bytes());
        } else if unicode {
            let c = char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER);
            let mut buf = [0; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        } else {
            // At most three octal or two hex digits: below 0x200, and
            // bash keeps the low byte.
            bytes.push((value & 0xff) as u8);
        }
    }
    Flow::Go
}

#[cfg(test)]
mod tests {
    use super::*;

    fn echo(args: &[&str]) -> String {
        run(&args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>()).stdout()
    }

    #[test]
    fn words_are_joined_by_spaces() {
        assert_eq!(echo(&["drain", "the", "node"]), "drain the node\n");
        assert_eq!(echo(&[]), "\n");
        assert_eq!(echo(&["-", "a"]), "- a\n");
        assert_eq!(echo(&["--", "a", "-n"]), "-- a -n\n");
        assert_eq!(echo(&["-nz", "a"]), "-nz a\n");
    }

    #[test]
    fn options_come_first() {
        assert_eq!(echo(&["-n", "x"]), "x");
        assert_eq!(echo(&["-n", "-e", "a\\tb"]), "a\tb");
        assert_eq!(echo(&["-eE", "a\\tb"]), "a\\tb\n");
        assert_eq!(echo(&["-e"]), "\n");
        assert_eq!(echo(&["-en"]), "");
    }

    #[test]
    fn escapes_follow_bash() {
        assert_eq!(
            echo(&["-e", r"\101|\0101|\01|\x4|\x|\u00e9|\q|\\|\e|end"]),
            "\\101|A|\u{1}|\u{4}|\\x|é|\\q|\\|\u{1b}|end\n"
        );
        assert_eq!(echo(&["-e", r"a\cb", "c"]), "a");
        assert_eq!(echo(&["-e", "trailing\\"]), "trailing\\\n");
    }
}

//! How kubectl's YAML printer (sigs.k8s.io/yaml over go-yaml v2) writes a
//! string scalar: plain when it would read back as the same string, double
//! quoted when plain text would read back as another type (`"1"`, `"true"`,
//! a timestamp), single quoted when YAML syntax forbids it plain.

pub(in crate::shell::kubectl) fn scalar(s: &str) -> String {
    if s.chars().any(char::is_control) || resolves_to_other_type(s) {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\x{:02X}", u32::from(c))),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    } else if plain_forbidden(s) {
        format!("'{}'", s.replace('\'', "''"))
    } else {
        s.to_owned()
    }
}

/// go-yaml v2's `resolve`: YAML 1.1 booleans and nulls, numbers,
/// timestamps and sexagesimal floats.
fn resolves_to_other_type(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
        "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", ".inf", ".Inf", ".INF",
        "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN", "<<",
    ];
    WORDS.contains(&s) || is_number(s) || is_timestamp(s) || is_base60_float(s)
}

fn is_number(s: &str) -> bool {
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    let radix = [("0x", 16), ("0o", 8), ("0b", 2)]
        .iter()
        .find_map(|(prefix, radix)| unsigned.strip_prefix(prefix).map(|digits| (digits, *radix)));
    if let Some((digits, radix)) = radix {
        return !digits.is_empty() && digits.chars().all(|c| c == '_' || c.is_digit(radix));
    }
    // `[0-9]+(\.[0-9]*)?` or `\.[0-9]+`, then an optional exponent.
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => digits(fraction),
        Some((whole, fraction)) => digits(whole) && (fraction.is_empty() || digits(fraction)),
        None => {
            digits(mantissa)
                || (exponent.is_none()
                    && !mantissa.is_empty()
                    && mantissa.bytes().all(|b| b.is_ascii_digit() || b == b'_'))
        }
    };
    mantissa_ok && exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)))
}

/// `2006-1-2`, optionally followed by `T`/`t`/space and a time.
fn is_timestamp(s: &str) -> bool {
    let date = s.split(['T', 't', ' ']).next().unwrap_or(s);
    let parts: Vec<&str> = date.split('-').collect();
    parts.len() == 3
        && parts.first().is_some_and(|y| y.len() == 4)
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && (date.len() == s.len() || s[date.len() + 1..].contains(':'))
}

/// `1:30`, `-190:20:30.15`.
fn is_base60_float(s: &str) -> bool {
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    let whole = unsigned.split('.').next().unwrap_or(unsigned);
    let mut parts = whole.split(':');
    let first_ok = parts.next().is_some_and(|p| p.bytes().next().is_some_and(|b| b.is_ascii_digit()));
    let rest: Vec<&str> = parts.collect();
    first_ok
        && !rest.is_empty()
        && rest.iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Where the emitter cannot write the text plain in block context.
fn plain_forbidden(s: &str) -> bool {
    let mut chars = s.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else { return true };
    let indicator = "[]{},#&*!|>'\"%@`".contains(first)
        || ("-?:".contains(first) && second.is_none_or(char::is_whitespace));
    indicator
        || s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace)
        || s.ends_with(':')
        || s.contains(": ")
        || s.contains(" #")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_that_read_back_as_strings_stay_plain() {
        for s in [
            "v1.31.0-eks-a737599",
            "--region",
            "arn:aws:eks:us-west-2:1:cluster/x",
            "31+",
            "linux/amd64",
            "team-a",
        ] {
            assert_eq!(scalar(s), s);
        }
    }

    #[test]
    fn other_types_are_double_quoted() {
        assert_eq!(scalar("1"), "\"1\"");
        assert_eq!(scalar("2024-08-13T07:37:34Z"), "\"2024-08-13T07:37:34Z\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("1e3"), "\"1e3\"");
        assert_eq!(scalar("0x1F"), "\"0x1F\"");
        assert_eq!(scalar("1:30"), "\"1:30\"");
    }

    #[test]
    fn yaml_syntax_is_single_quoted() {
        assert_eq!(scalar("a: b"), "'a: b'");
        assert_eq!(scalar("- x"), "'- x'");
        assert_eq!(scalar("it's #1"), "'it''s #1'");
        assert_eq!(scalar(""), "''");
    }
}

//! How Go's `fmt` and `strconv` write values, where kubectl's output passes
//! them through: `%q` (a template in an error), `%#v` and `%v` (the object in
//! a JSONPath error), `%#U` (a parse error), and the shortest float forms of
//! `strconv.FormatFloat` and `encoding/json`.

use super::value::{sorted, Value};

/// `strconv.FormatFloat(f, 'g', -1, 64)`, also what `%v` prints: the
/// shortest digits, in exponent form when the exponent is below -4 or at
/// least 6 (`1e+06`, `123456`, `1.5e-05`).
pub fn float_g(f: f64) -> String {
    if let Some(special) = non_finite(f) {
        return special;
    }
    let (negative, digits, exponent) = shortest_digits(f);
    let sign = if negative { "-" } else { "" };
    if !(-4..6).contains(&exponent) {
        return format!("{sign}{}", exponent_form(&digits, exponent));
    }
    let mut out = sign.to_owned();
    let digits_before_point = exponent + 1;
    if digits_before_point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', digits_before_point.unsigned_abs() as usize));
        out.push_str(&digits);
    } else {
        let whole = digits_before_point as usize;
        if digits.len() <= whole {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', whole - digits.len()));
        } else {
            let (int_part, frac_part) = digits.split_at(whole);
            out.push_str(int_part);
            out.push('.');
            out.push_str(frac_part);
        }
    }
    out
}

/// A float as Go's `encoding/json` writes it: plain decimal, or exponent
/// form below 1e-6 and from 1e21 on (`1e-7`, `1e+21`).
pub fn float_json(f: f64) -> String {
    if let Some(special) = non_finite(f) {
        return special;
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let (negative, digits, exponent) = shortest_digits(f);
        let sign = if negative { "-" } else { "" };
        let written = exponent_form(&digits, exponent);
        // encoding/json trims `e-07` to `e-7`.
        return format!("{sign}{}", written.replacen("e-0", "e-", 1));
    }
    format!("{f}")
}

fn non_finite(f: f64) -> Option<String> {
    if f.is_nan() {
        Some("NaN".to_owned())
    } else if f.is_infinite() {
        Some(if f > 0.0 { "+Inf" } else { "-Inf" }.to_owned())
    } else {
        None
    }
}

/// The shortest decimal digits that read back as `f`, and the power of ten
/// of the first one.
fn shortest_digits(f: f64) -> (bool, String, i32) {
    let written = format!("{:e}", f.abs());
    let (mantissa, exponent) = written.split_once('e').unwrap_or((written.as_str(), "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    (f.is_sign_negative(), digits.to_owned(), exponent.parse().unwrap_or(0))
}

/// `d.ddde±XX`, at least two exponent digits, as Go's `%e` writes.
fn exponent_form(digits: &str, exponent: i32) -> String {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    let point = if rest.is_empty() { String::new() } else { format!(".{rest}") };
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{first}{point}e{sign}{:02}", exponent.unsigned_abs())
}

/// `%q`: a double-quoted Go string literal, printable characters kept.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if is_print(c) => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// The `time` package's own quoting, in its parse errors: quotes and
/// backslashes escaped, bytes of control and non-ASCII characters as `\x..`.
pub fn time_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_ascii() && c >= ' ' {
            if c == '"' || c == '\\' {
                out.push('\\');
            }
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
    }
    out.push('"');
    out
}

/// Go's `unicode.IsPrint`: graphic characters and the ASCII space.
fn is_print(c: char) -> bool {
    c == ' ' || !(c.is_control() || c.is_whitespace() || is_format_character(c))
}

/// The invisible formatting characters (Unicode category Cf) Go does not
/// print as they are.
fn is_format_character(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// `%#U`: `U+0041 'A'`, or just `U+0007` for a character that does not print.
pub fn rune(c: char) -> String {
    if is_print(c) {
        format!("U+{:04X} '{c}'", c as u32)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

/// `%#v` of the decoded object (`map[string]interface {}{"kind":"Node", …}`),
/// as kubectl's JSONPath error shows what it was given.
pub fn go_syntax(value: &Value) -> String {
    let mut out = String::new();
    write_go_syntax(value, &mut out);
    out
}

fn write_go_syntax(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("interface {}(nil)"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => out.push_str(&n.to_string()),
        Value::Number(n) => out.push_str(&number_text(n)),
        Value::Str(s) => out.push_str(&quote(s)),
        Value::Array(items) => {
            out.push_str("[]interface {}{");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_go_syntax(item, out);
            }
            out.push('}');
        }
        Value::Object(pairs) => {
            out.push_str("map[string]interface {}{");
            for (i, (k, v)) in sorted(pairs).into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&quote(k));
                out.push(':');
                write_go_syntax(v, out);
            }
            out.push('}');
        }
    }
}

/// `%v`: `map[a:1 b:[x y]]`, strings bare, `<nil>` for null.
pub fn go_plain(value: &Value) -> String {
    let mut out = String::new();
    write_go_plain(value, &mut out);
    out
}

fn write_go_plain(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("<nil>"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => out.push_str(&n.to_string()),
        Value::Number(n) => out.push_str(&number_text(n)),
        Value::Str(s) => out.push_str(s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_go_plain(item, out);
            }
            out.push(']');
        }
        Value::Object(pairs) => {
            out.push_str("map[");
            for (i, (k, v)) in sorted(pairs).into_iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(k);
                out.push(':');
                write_go_plain(v, out);
            }
            out.push(']');
        }
    }
}

/// A JSON number as decoded into Go: an `int64` when whole, else a `float64`.
pub fn number_text(n: &str) -> String {
    match n.parse::<i64>() {
        Ok(i) => i.to_string(),
        Err(_) => n.parse::<f64>().map(float_g).unwrap_or_else(|_| n.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_strconv_writes_them() {
        assert_eq!(float_g(1_000_000.0), "1e+06");
        assert_eq!(float_g(123_456.0), "123456");
        assert_eq!(float_g(1.5), "1.5");
        assert_eq!(float_g(0.0001), "0.0001");
        assert_eq!(float_g(0.00001), "1e-05");
        assert_eq!(float_g(1_568_995_467.529), "1.568995467529e+09");
        assert_eq!(float_g(-2.0), "-2");
        assert_eq!(float_json(1e21), "1e+21");
        assert_eq!(float_json(1e-7), "1e-7");
        assert_eq!(float_json(2.5), "2.5");
    }

    #[test]
    fn quoting_and_runes() {
        assert_eq!(quote("a\"b\\\n\t"), r#""a\"b\\\n\t""#);
        assert_eq!(quote("\u{1}é"), "\"\\x01é\"");
        assert_eq!(time_quote("1\"é"), r#""1\"\xc3\xa9""#);
        assert_eq!(rune('{'), "U+007B '{'");
        assert_eq!(rune('\u{7}'), "U+0007");
    }

    #[test]
    fn go_syntax_and_plain_forms() {
        let v = Value::object([
            ("b", Value::Array(vec![Value::Int(1), Value::Null])),
            ("a", Value::str("x")),
            ("c", Value::Object(Vec::new())),
        ]);
        assert_eq!(
            go_syntax(&v),
            r#"map[string]interface {}{"a":"x", "b":[]interface {}{1, interface {}(nil)}, "c":map[string]interface {}{}}"#
        );
        assert_eq!(go_plain(&v), "map[a:x b:[1 <nil>] c:map[]]");
    }
}

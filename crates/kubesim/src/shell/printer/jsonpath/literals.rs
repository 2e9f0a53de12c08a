//! The literals a template may hold, read as Go reads them: quoted text
//! (`strconv.Unquote`, extended to single quotes) and numbers
//! (`strconv.ParseFloat`).

/// Go's `strconv.ParseFloat` for what the number scanner collects: a sign,
/// digits and points.
pub(super) fn go_parse_float(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let digits = unsigned.bytes().filter(u8::is_ascii_digit).count();
    let points = unsigned.bytes().filter(|&b| b == b'.').count();
    if digits == 0 || points > 1 || digits + points != unsigned.len() {
        return None;
    }
    text.parse().ok()
}

/// Go's `strconv.Unquote` extended to single quotes: the quoted text with
/// its escapes resolved, or `None` when it is not valid.
pub(super) fn unquote(quoted: &str) -> Option<String> {
    let quote = quoted.chars().next()?;
    let inner = quoted.strip_prefix(quote)?.strip_suffix(quote)?;
    if !inner.contains('\\') && !inner.contains(quote) {
        return Some(inner.to_owned());
    }
    let mut out: Vec<u8> = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == quote {
            return None;
        }
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let escaped = chars.next()?;
        let simple = match escaped {
            'a' => Some(7),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '\'' | '"' if escaped == quote => Some(escaped as u8),
            _ => None,
        };
        if let Some(byte) = simple {
            out.push(byte);
            continue;
        }
        match escaped {
            'x' | 'u' | 'U' => {
                let width = match escaped {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..width).map(|_| chars.next()).collect::<Option<String>>()?;
                let code = u32::from_str_radix(&hex, 16).ok()?;
                if escaped == 'x' {
                    out.push(u8::try_from(code).ok()?);
                } else {
                    let mut buf = [0; 4];
                    out.extend_from_slice(char::from_u32(code)?.encode_utf8(&mut buf).as_bytes());
                }
            }
            '0'..='7' => {
                let mut code = escaped.to_digit(8)?;
                for _ in 0..2 {
                    code = code * 8 + chars.next()?.to_digit(8)?;
                }
                out.push(u8::try_from(code).ok()?);
            }
            _ => return None,
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_and_escapes() {
        assert_eq!(unquote("\"a\\tb\"").as_deref(), Some("a\tb"));
        assert_eq!(unquote("'it\\'s'").as_deref(), Some("it's"));
        assert_eq!(unquote("\"\\x41\\u00e9\\101\"").as_deref(), Some("AéA"));
        assert_eq!(unquote("\"\\'\""), None);
        assert_eq!(unquote("\"\\q\""), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(go_parse_float("1.5"), Some(1.5));
        assert_eq!(go_parse_float("-2."), Some(-2.0));
        assert_eq!(go_parse_float("1.2.3"), None);
        assert_eq!(go_parse_float("+"), None);
    }
}

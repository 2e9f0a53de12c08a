//! What a plain, unquoted scalar means to a YAML 1.1 reader (go-yaml v2's
//! `resolve`): `true`, `y`, `off`, `~`, `80`, `0x1F`, `1.30`, `1e3`,
//! `2025-06-12T09:00:00Z` and sexagesimal `1:20` are not strings, so a string
//! that looks like one of them has to be quoted.

/// Whether `s`, written plain, would read back as the same string.
pub(super) fn reads_as_string(s: &str) -> bool {
    !(s.is_empty() || is_keyword(s) || looks_numeric(s) || is_base60_float(s))
}

/// The words YAML 1.1 reads as booleans, null, infinities and NaN, and the
/// merge key.
fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "y" | "Y"
            | "yes"
            | "Yes"
            | "YES"
            | "true"
            | "True"
            | "TRUE"
            | "on"
            | "On"
            | "ON"
            | "n"
            | "N"
            | "no"
            | "No"
            | "NO"
            | "false"
            | "False"
            | "FALSE"
            | "off"
            | "Off"
            | "OFF"
            | "~"
            | "null"
            | "Null"
            | "NULL"
            | ".nan"
            | ".NaN"
            | ".NAN"
            | ".inf"
            | ".Inf"
            | ".INF"
            | "+.inf"
            | "+.Inf"
            | "+.INF"
            | "-.inf"
            | "-.Inf"
            | "-.INF"
            | "<<"
    )
}

/// A number or timestamp, by the first character's hint as go-yaml checks.
fn looks_numeric(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b'.') => parses_as_float(s),
        Some(b'0'..=b'9' | b'+' | b'-') => {
            if is_timestamp(s) {
                return true;
            }
            let plain: String = s.chars().filter(|&c| c != '_').collect();
            parses_as_int(&plain, 0)
                || (is_yaml_style_float(&plain) && parses_as_float(&plain))
                || binary_with_prefix(&plain)
        }
        _ => false,
    }
}

/// `0b…` and `-0b…`, which go-yaml also reads as base-2 integers.
fn binary_with_prefix(plain: &str) -> bool {
    if let Some(rest) = plain.strip_prefix("0b") {
        parses_as_int(rest, 2)
    } else if let Some(rest) = plain.strip_prefix("-0b") {
        parses_as_int(&format!("-{rest}"), 2)
    } else {
        false
    }
}

/// Go's `strconv.ParseInt` or `ParseUint` into 64 bits succeeds; base 0
/// takes its base from a `0x`, `0o`, `0b` or `0` prefix.
fn parses_as_int(s: &str, base: u32) -> bool {
    let (negative, unsigned) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) = if base != 0 {
        (base, unsigned)
    } else if let Some(hex) = unsigned.strip_prefix("0x").or_else(|| unsigned.strip_prefix("0X")) {
        (16, hex)
    } else if let Some(oct) = unsigned.strip_prefix("0o").or_else(|| unsigned.strip_prefix("0O")) {
        (8, oct)
    } else if let Some(bin) = unsigned.strip_prefix("0b").or_else(|| unsigned.strip_prefix("0B")) {
        (2, bin)
    } else if unsigned.len() > 1 && unsigned.starts_with('0') {
        (8, &unsigned[1..])
    } else {
        (10, unsigned)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return false;
    }
    match u128::from_str_radix(digits, radix) {
        // ParseUint takes no sign but reaches 2^64-1; ParseInt stops at 2^63.
        Ok(n) if negative => n <= 1 << 63,
        Ok(n) if s.starts_with('+') => n < 1 << 63,
        Ok(n) => n <= u128::from(u64::MAX),
        Err(_) => false,
    }
}

/// go-yaml's `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn is_yaml_style_float(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (number, exponent) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let number_ok = match number.split_once('.') {
        Some(("", frac)) => all_digits(frac),
        Some((whole, frac)) => all_digits(whole) && (frac.is_empty() || all_digits(frac)),
        None => all_digits(number),
    };
    let exponent_ok = exponent.is_none_or(|e| all_digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    number_ok && exponent_ok
}

/// Go's `strconv.ParseFloat` succeeds: decimal syntax with digit-separating
/// underscores, in range (an overflow to infinity is an error).
fn parses_as_float(s: &str) -> bool {
    let bytes = s.as_bytes();
    let underscores_ok = bytes.iter().enumerate().all(|(i, &b)| {
        b != b'_'
            || (i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    });
    let plain: String = s.chars().filter(|&c| c != '_').collect();
    underscores_ok && is_decimal_float(&plain) && plain.parse::<f64>().is_ok_and(f64::is_finite)
}

/// Decimal float syntax: digits with at most one point, then an exponent.
fn is_decimal_float(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    let digits = mantissa.bytes().filter(u8::is_ascii_digit).count();
    let points = mantissa.bytes().filter(|&b| b == b'.').count();
    let mantissa_ok = digits > 0 && points <= 1 && digits + points == mantissa.len();
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    });
    mantissa_ok && exponent_ok
}

/// The timestamp forms go-yaml tries: `2006-1-2T15:4:5.999999999Z07:00`
/// (also with `t`), `2006-1-2 15:4:5.999999999` and `2006-1-2`.
fn is_timestamp(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.len() < 5 || !bytes[..4].iter().all(u8::is_ascii_digit) || bytes[4] != b'-' {
        return false;
    }
    let mut cursor = Cursor { bytes, at: 5 };
    let Some(year) = s.get(..4).and_then(|y| y.parse::<i64>().ok()) else {
        return false;
    };
    let date_ok = (|| {
        let month = cursor.number(1, 2)?;
        cursor.take(b'-')?;
        let day = cursor.number(1, 2)?;
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(())
    })();
    if date_ok.is_none() {
        return false;
    }
    let Some(&separator) = bytes.get(cursor.at) else {
        return true;
    };
    if !matches!(separator, b'T' | b't' | b' ') {
        return false;
    }
    cursor.at += 1;
    let time_ok = (|| {
        let hour = cursor.number(1, 2)?;
        cursor.take(b':')?;
        let minute = cursor.number(1, 2)?;
        cursor.take(b':')?;
        let second = cursor.number(1, 2)?;
        (hour < 24 && minute < 60 && second < 60).then_some(())
    })();
    if time_ok.is_none() {
        return false;
    }
    if cursor.peek() == Some(b'.') && cursor.bytes.get(cursor.at + 1).is_some_and(u8::is_ascii_digit) {
        cursor.at += 1;
        while cursor.peek().is_some_and(|b| b.is_ascii_digit()) {
            cursor.at += 1;
        }
    }
    if separator == b' ' {
        return cursor.at == bytes.len();
    }
    match cursor.peek() {
        Some(b'Z') => cursor.at + 1 == bytes.len(),
        Some(b'+' | b'-') => {
            cursor.at += 1;
            let zone = (|| {
                let hours = cursor.number(2, 2)?;
                cursor.take(b':')?;
                let minutes = cursor.number(2, 2)?;
                (hours < 24 && minutes < 60).then_some(())
            })();
            zone.is_some() && cursor.at == bytes.len()
        }
        _ => false,
    }
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn take(&mut self, b: u8) -> Option<()> {
        (self.peek() == Some(b)).then(|| self.at += 1)
    }

    /// Between `min` and `max` digits.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let start = self.at;
        while self.at - start < max && self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        if self.at - start < min {
            return None;
        }
        std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?.parse().ok()
    }
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`: YAML 1.1's base-60
/// numbers, which go-yaml quotes for older readers.
fn is_base60_float(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (main, fraction) = s.split_once('.').unwrap_or((s, ""));
    if !fraction.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        return false;
    }
    let mut groups = main.split(':');
    let head_ok = groups.next().is_some_and(|head| {
        head.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && head.bytes().all(|b| b.is_ascii_digit() || b == b'_')
    });
    let mut sixties = 0;
    let rest_ok = groups.all(|g| {
        sixties += 1;
        match g.as_bytes() {
            [d] => d.is_ascii_digit(),
            [t, d] => (b'0'..=b'5').contains(t) && d.is_ascii_digit(),
            _ => false,
        }
    });
    head_ok && sixties > 0 && rest_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_form_go_yaml_reads() {
        for s in ["0", "17", "-1", "+5", "0x1F", "0o17", "0755", "08", "1.30", ".5", "1e3", "1_000", "0b101"]
        {
            assert!(!reads_as_string(s), "{s} should be quoted");
        }
        for s in ["1930m", "3388364Ki", "10.0.1.23", "v1.30", "-", ".", "1e400", "0x", "e5", "1.2.3"] {
            assert!(reads_as_string(s), "{s} should stay plain");
        }
    }

    #[test]
    fn timestamps_and_sexagesimals() {
        assert!(!reads_as_string("2025-06-12T09:00:00Z"));
        assert!(!reads_as_string("2025-06-12"));
        assert!(!reads_as_string("2025-6-1 9:00:00"));
        assert!(!reads_as_string("2025-06-12T09:00:00.5+02:00"));
        assert!(reads_as_string("2025-02-30"));
        assert!(reads_as_string("2025-06-12T09:00:00"));
        assert!(!reads_as_string("1:20"));
        assert!(!reads_as_string("190:20:30.15"));
        assert!(reads_as_string("1:70"));
        assert!(reads_as_string("a:1"));
    }
}

//! Typed flag values as pflag reads them for kubectl: integers
//! (`strconv.ParseInt`), durations (`time.ParseDuration`), and flags with a
//! value implied when none is given (`NoOptDefVal`), with pflag's messages.

use super::{error, GLOBAL_FLAGS};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;
use crate::sim::Duration;

/// pflag's "invalid argument" error, wrapped as kubectl's `FlagErrorFunc`
/// does.
fn invalid(command: &str, specs: &[Flag], long: &str, value: &str, reason: &str) -> Output {
    let shorthand = specs.iter().chain(GLOBAL_FLAGS).find(|f| f.long == long).and_then(|f| f.short);
    let name = match shorthand {
        Some(s) => format!("-{s}, --{long}"),
        None => format!("--{long}"),
    };
    error(&format!(
        "invalid argument \"{value}\" for \"{name}\" flag: {reason}\nSee 'kubectl {command} --help' for usage."
    ))
}

/// An integer flag (`IntVar`, `Int64Var`), or `default` when not given.
pub fn int(parsed: &Parsed, command: &str, specs: &[Flag], long: &str, default: i64) -> Result<i64, Output> {
    let Some(value) = parsed.value(long) else { return Ok(default) };
    parse_int(value).map_err(|reason| invalid(command, specs, long, value, &reason))
}

/// A duration flag (`DurationVar`), or `default` when not given.
pub fn duration(
    parsed: &Parsed,
    command: &str,
    specs: &[Flag],
    long: &str,
    default: Duration,
) -> Result<Duration, Output> {
    let Some(value) = parsed.value(long) else { return Ok(default) };
    parse_duration(value).map_err(|reason| invalid(command, specs, long, value, &reason))
}

/// Flags whose value may be left out (`NoOptDefVal`): a bare `--cascade`
/// means `--cascade=background`.
pub fn with_implied_values(args: &[String], implied: &[(&str, &str)]) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--" {
            out.push(arg.clone());
            out.extend(rest.cloned());
            break;
        }
        match implied.iter().find(|(long, _)| arg.strip_prefix("--") == Some(*long)) {
            Some((long, value)) => out.push(format!("--{long}={value}")),
            None => out.push(arg.clone()),
        }
    }
    out
}

/// Go's `strconv.ParseInt(s, 0, 64)`: an optional sign, then decimal, or
/// `0x`, `0o`, `0b` or a leading `0` (octal); the error after
/// `strconv.ParseInt: `.
fn parse_int(s: &str) -> Result<i64, String> {
    let syntax = || format!("strconv.ParseInt: parsing \"{s}\": invalid syntax");
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return Err(syntax());
    }
    let magnitude = u128::from_str_radix(digits, radix)
        .map_err(|_| format!("strconv.ParseInt: parsing \"{s}\": value out of range"))?;
    let value = if negative { -(magnitude as i128) } else { magnitude as i128 };
    i64::try_from(value).map_err(|_| format!("strconv.ParseInt: parsing \"{s}\": value out of range"))
}

/// Go's `time.ParseDuration`, to the millisecond: `300ms`, `1.5h`, `2h45m`,
/// `-1s`; a bare number must be `0`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let quoted = format!("\"{s}\"");
    let invalid = || format!("time: invalid duration {quoted}");
    let (negative, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Ok(Duration::default());
    }
    if rest.is_empty() {
        return Err(invalid());
    }
    let mut total_ns: f64 = 0.0;
    while !rest.is_empty() {
        let number_end = rest.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(rest.len());
        let number = &rest[..number_end];
        if number.is_empty() || number == "." || number.matches('.').count() > 1 {
            return Err(invalid());
        }
        let value: f64 = number.parse().map_err(|_| invalid())?;
        rest = &rest[number_end..];
        let unit_end = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let unit = &rest[..unit_end];
        rest = &rest[unit_end..];
        let scale: f64 = match unit {
            "" => return Err(format!("time: missing unit in duration {quoted}")),
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            other => return Err(format!("time: unknown unit \"{other}\" in duration {quoted}")),
        };
        total_ns += value * scale;
    }
    if total_ns > i64::MAX as f64 {
        return Err(invalid());
    }
    let millis = (total_ns / 1e6) as i64;
    Ok(Duration::from_millis(if negative { -millis } else { millis }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_as_go_reads_them() {
        assert_eq!(parse_int("30"), Ok(30));
        assert_eq!(parse_int("-1"), Ok(-1));
        assert_eq!(parse_int("+5"), Ok(5));
        assert_eq!(parse_int("0x10"), Ok(16));
        assert_eq!(parse_int("010"), Ok(8));
        assert_eq!(parse_int("x"), Err("strconv.ParseInt: parsing \"x\": invalid syntax".to_owned()));
        assert_eq!(parse_int("08"), Err("strconv.ParseInt: parsing \"08\": invalid syntax".to_owned()));
        assert_eq!(
            parse_int("99999999999999999999"),
            Err("strconv.ParseInt: parsing \"99999999999999999999\": value out of range".to_owned())
        );
    }

    #[test]
    fn durations_as_go_reads_them() {
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("1m30s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("1.5h"), Ok(Duration::from_mins(90)));
        assert_eq!(parse_duration("300ms"), Ok(Duration::from_millis(300)));
        assert_eq!(parse_duration("-1s"), Ok(Duration::from_secs(-1)));
        assert_eq!(parse_duration("0"), Ok(Duration::default()));
        assert_eq!(parse_duration("10"), Err("time: missing unit in duration \"10\"".to_owned()));
        assert_eq!(parse_duration("1d"), Err("time: unknown unit \"d\" in duration \"1d\"".to_owned()));
        assert_eq!(parse_duration("abc"), Err("time: invalid duration \"abc\"".to_owned()));
        assert_eq!(parse_duration(""), Err("time: invalid duration \"\"".to_owned()));
    }

    #[test]
    fn implied_values_fill_bare_flags_only() {
        let args: Vec<String> = ["--cascade", "--cascade=orphan", "x", "--", "--cascade"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(
            with_implied_values(&args, &[("cascade", "background")]),
            ["--cascade=background", "--cascade=orphan", "x", "--", "--cascade"]
        );
    }
}

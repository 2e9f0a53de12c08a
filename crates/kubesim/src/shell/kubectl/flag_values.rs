//! Typed flag values as pflag reads them for kubectl: integers
//! (`strconv.ParseInt`), durations (`time.ParseDuration`), and flags with a
//! value implied when none is given (`NoOptDefVal`), with pflag's messages.

use super::go_duration::GoDuration;
use super::{error, GLOBAL_FLAGS};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::printer::go_format::quote;
use crate::shell::Output;

/// pflag's "invalid argument" error, wrapped as kubectl's `FlagErrorFunc`
/// does.
fn invalid(command: &str, specs: &[Flag], long: &str, value: &str, reason: &str) -> Output {
    let shorthand = specs.iter().chain(GLOBAL_FLAGS).find(|f| f.long == long).and_then(|f| f.short);
    let name = match shorthand {
        Some(s) => format!("-{s}, --{long}"),
        None => format!("--{long}"),
    };
    error(&format!(
        "invalid argument {} for {} flag: {reason}\nSee 'kubectl {command} --help' for usage.",
        quote(value),
        quote(&name)
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
    default: GoDuration,
) -> Result<GoDuration, Output> {
    let Some(value) = parsed.value(long) else { return Ok(default) };
    GoDuration::parse(value).map_err(|reason| invalid(command, specs, long, value, &reason))
}

/// Go's `strconv.ParseInt(s, 0, 64)`: an optional sign, then decimal, or
/// `0x`, `0o`, `0b` or a leading `0` (octal); the error after
/// `strconv.ParseInt: `.
fn parse_int(s: &str) -> Result<i64, String> {
    let failure = |why: &str| format!("strconv.ParseInt: parsing {}: {why}", quote(s));
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
        (8, lower.get(1..).unwrap_or_default())
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return Err(failure("invalid syntax"));
    }
    let magnitude = u128::from_str_radix(digits, radix).map_err(|_| failure("value out of range"))?;
    let value = if negative { -(magnitude as i128) } else { magnitude as i128 };
    i64::try_from(value).map_err(|_| failure("value out of range"))
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
}

//! Go's `time.Duration` as kubectl's duration flags take it
//! (`time.ParseDuration`, with its error messages) and as kubectl prints it
//! (`Duration.String`: `1m0s`, `1.5s`, `500ms`).

use crate::shell::printer::go_format::time_quote;
use crate::sim::Duration;

const SECOND: u64 = 1_000_000_000;
const MILLISECOND: i64 = 1_000_000;

/// A duration in nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoDuration(pub i64);

fn unit_nanos(unit: &str) -> Option<u128> {
    Some(match unit {
        "ns" => 1,
        "us" | "µs" | "μs" => 1_000,
        "ms" => 1_000_000,
        "s" => 1_000_000_000,
        "m" => 60_000_000_000,
        "h" => 3_600_000_000_000,
        _ => return None,
    })
}

impl GoDuration {
    /// `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or `0`.
    pub const fn from_secs(secs: i64) -> GoDuration {
        GoDuration(secs * SECOND as i64)
    }

    pub fn parse(text: &str) -> Result<GoDuration, String> {
        let invalid = || format!("time: invalid duration {}", time_quote(text));
        let (negative, mut rest) = match (text.strip_prefix('-'), text.strip_prefix('+')) {
            (Some(rest), _) => (true, rest),
            (None, Some(rest)) => (false, rest),
            (None, None) => (false, text),
        };
        if rest == "0" {
            return Ok(GoDuration(0));
        }
        if rest.is_empty() {
            return Err(invalid());
        }
        let mut total: u128 = 0;
        while !rest.is_empty() {
            if !rest.starts_with(|c: char| c == '.' || c.is_ascii_digit()) {
                return Err(invalid());
            }
            let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            let (whole, after) = rest.split_at(digits);
            let (fraction, after) = match after.strip_prefix('.') {
                Some(f) => {
                    let n = f.find(|c: char| !c.is_ascii_digit()).unwrap_or(f.len());
                    f.split_at(n)
                }
                None => ("", after),
            };
            if whole.is_empty() && fraction.is_empty() {
                return Err(invalid());
            }
            let unit_len = after.find(|c: char| c == '.' || c.is_ascii_digit()).unwrap_or(after.len());
            if unit_len == 0 {
                return Err(format!("time: missing unit in duration {}", time_quote(text)));
            }
            let (unit, tail) = after.split_at(unit_len);
            let scale = unit_nanos(unit).ok_or_else(|| {
                format!("time: unknown unit {} in duration {}", time_quote(unit), time_quote(text))
            })?;
            let whole: u128 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| invalid())? };
            let mut nanos = whole.checked_mul(scale).ok_or_else(invalid)?;
            let mut place = scale;
            for digit in fraction.bytes() {
                place /= 10;
                nanos += u128::from(digit - b'0') * place;
            }
            total = total.checked_add(nanos).filter(|t| *t <= i64::MAX as u128).ok_or_else(invalid)?;
            rest = tail;
        }
        let total = i64::try_from(total).map_err(|_| invalid())?;
        Ok(GoDuration(if negative { -total } else { total }))
    }

    /// The span on the simulated clock, which counts whole milliseconds:
    /// rounded away from zero, so that no duration given becomes none.
    pub fn to_clock(self) -> Duration {
        let ms = self.0 / MILLISECOND;
        Duration::from_millis(ms + (self.0 % MILLISECOND).signum())
    }
}

impl From<Duration> for GoDuration {
    fn from(d: Duration) -> GoDuration {
        GoDuration(d.millis().saturating_mul(MILLISECOND))
    }
}

/// `d` in units of `scale` nanoseconds, with the fraction Go prints
/// (trailing zeros dropped).
fn with_fraction(d: u64, scale: u64) -> String {
    let whole = d / scale;
    let fraction = d % scale;
    if fraction == 0 {
        return whole.to_string();
    }
    let width = scale.ilog10() as usize;
    let digits = format!("{fraction:0width$}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

impl std::fmt::Display for GoDuration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let d = self.0.unsigned_abs();
        if d == 0 {
            return write!(f, "0s");
        }
        if d < SECOND {
            let (scale, unit) = match d {
                d if d < 1_000 => (1, "ns"),
                d if d < 1_000_000 => (1_000, "µs"),
                _ => (1_000_000, "ms"),
            };
            return write!(f, "{sign}{}{unit}", with_fraction(d, scale));
        }
        let seconds = with_fraction(d % (60 * SECOND), SECOND);
        let minutes = d / (60 * SECOND) % 60;
        let hours = d / (3_600 * SECOND);
        match (hours, minutes) {
            (0, 0) => write!(f, "{sign}{seconds}s"),
            (0, m) => write!(f, "{sign}{m}m{seconds}s"),
            (h, m) => write!(f, "{sign}{h}h{m}m{seconds}s"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        GoDuration::parse(text).map(|d| d.to_string()).unwrap_or_else(|e| e)
    }

    #[test]
    fn prints_like_go() {
        assert_eq!(shown("60s"), "1m0s");
        assert_eq!(shown("1m"), "1m0s");
        assert_eq!(shown("1h"), "1h0m0s");
        assert_eq!(shown("90s"), "1m30s");
        assert_eq!(shown("1.5s"), "1.5s");
        assert_eq!(shown("1h2m3.25s"), "1h2m3.25s");
        assert_eq!(shown("500ms"), "500ms");
        assert_eq!(shown("1500us"), "1.5ms");
        assert_eq!(shown("0"), "0s");
        assert_eq!(shown("-2s"), "-2s");
        assert_eq!(shown(".5m"), "30s");
        assert_eq!(shown("3"), "time: missing unit in duration \"3\"");
        assert_eq!(shown("1d"), "time: unknown unit \"d\" in duration \"1d\"");
        assert_eq!(shown("x"), "time: invalid duration \"x\"");
        assert_eq!(shown(""), "time: invalid duration \"\"");
        assert_eq!(shown("."), "time: invalid duration \".\"");
        assert_eq!(shown("9999999999h"), "time: invalid duration \"9999999999h\"");
    }

    #[test]
    fn the_clock_rounds_away_from_zero() {
        assert_eq!(GoDuration(1).to_clock(), Duration::from_millis(1));
        assert_eq!(GoDuration(2_000_000).to_clock(), Duration::from_millis(2));
        assert_eq!(GoDuration(-1).to_clock(), Duration::from_millis(-1));
        assert_eq!(GoDuration::from_secs(30).to_clock(), Duration::from_secs(30));
    }

    #[test]
    fn clock_spans_print_as_go_does() {
        let shown = |d: Duration| GoDuration::from(d).to_string();
        assert_eq!(shown(Duration::from_hours(72) + Duration::from_secs(3)), "72h0m3s");
        assert_eq!(shown(Duration::from_millis(90_500)), "1m30.5s");
        assert_eq!(shown(Duration::from_millis(500)), "500ms");
        assert_eq!(shown(Duration::default()), "0s");
    }
}

//! Simulated time. Nothing in the engine reads the wall clock: a scenario fixes
//! "now", and only the engine moves it.

use std::fmt;
use std::ops::{Add, Sub};

/// A point in simulated time, in milliseconds since the Unix epoch (UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

/// A span of simulated time, in milliseconds. May be negative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration(i64);

impl Timestamp {
    pub const fn from_unix_millis(ms: i64) -> Self {
        Timestamp(ms)
    }

    pub const fn unix_millis(self) -> i64 {
        self.0
    }

    /// Builds a UTC timestamp from a calendar date and time of day.
    pub fn from_utc(year: i64, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Self {
        let days = days_from_civil(year, month, day);
        let secs = days * 86_400 + i64::from(hour) * 3_600 + i64::from(minute) * 60 + i64::from(second);
        Timestamp(secs * 1_000)
    }
}

impl Duration {
    pub const fn from_millis(ms: i64) -> Self {
        Duration(ms)
    }

    pub const fn from_secs(secs: i64) -> Self {
        Duration(secs * 1_000)
    }

    pub const fn from_mins(mins: i64) -> Self {
        Duration::from_secs(mins * 60)
    }

    pub const fn from_hours(hours: i64) -> Self {
        Duration::from_secs(hours * 3_600)
    }

    pub const fn from_days(days: i64) -> Self {
        Duration::from_hours(days * 24)
    }

    pub const fn millis(self) -> i64 {
        self.0
    }

    /// Whole seconds, truncated toward zero as Go's `int(d.Seconds())` is.
    pub const fn whole_secs(self) -> i64 {
        self.0 / 1_000
    }
}

/// `number` (digits, at most one `.`) times `unit_ms`, rounded to the
/// millisecond. Integer arithmetic: no float parsing or printing is needed
/// anywhere in the engine.
pub fn decimal_duration(number: &str, unit_ms: i64) -> Option<Duration> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) || fraction.len() > 9
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let mut ms = whole.checked_mul(unit_ms)?;
    if !fraction.is_empty() {
        let scale = 10i64.pow(fraction.len() as u32);
        let part: i64 = fraction.parse().ok()?;
        ms = ms.checked_add((i128::from(part) * i128::from(unit_ms) / i128::from(scale)) as i64)?;
    }
    (ms < 1_000_000_000_000_000).then_some(Duration(ms))
}

/// Parses a duration written with units, as scenarios and `sleep` take
/// them: `30s`, `5m`, `12d13m`, `1h30m`, `1.5` (seconds), `250ms`.
pub fn parse_duration(s: &str) -> Option<Duration> {
    if s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return decimal_duration(s, 1_000);
    }
    let mut total = Duration(0);
    let mut rest = s;
    while !rest.is_empty() {
        let number_len = rest.find(|c: char| !c.is_ascii_digit() && c != '.').filter(|&i| i > 0)?;
        let number = &rest[..number_len];
        rest = &rest[number_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let unit_ms = match &rest[..unit_len] {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => return None,
        };
        rest = &rest[unit_len..];
        total = Duration(total.0.checked_add(decimal_duration(number, unit_ms)?.0)?);
    }
    Some(total)
}

/// Parses an RFC 3339 UTC timestamp: `2025-06-12T09:00:00Z`.
pub fn parse_timestamp(s: &str) -> Option<Timestamp> {
    let s = s.strip_suffix('Z')?;
    let (date, time) = s.split_once('T')?;
    let mut d = date.splitn(3, '-');
    let year: i64 = d.next()?.parse().ok()?;
    let month: u32 = d.next()?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day: u32 = d.next()?.parse().ok().filter(|d| (1..=31).contains(d))?;
    let mut t = time.splitn(3, ':');
    let hour: u32 = t.next()?.parse().ok().filter(|h| *h < 24)?;
    let minute: u32 = t.next()?.parse().ok().filter(|m| *m < 60)?;
    let second: u32 = t.next()?.parse().ok().filter(|s| *s < 60)?;
    Some(Timestamp::from_utc(year, month, day, hour, minute, second))
}

impl Add<Duration> for Timestamp {
    type Output = Timestamp;
    fn add(self, d: Duration) -> Timestamp {
        Timestamp(self.0.saturating_add(d.0))
    }
}

impl Add for Duration {
    type Output = Duration;
    fn add(self, d: Duration) -> Duration {
        Duration(self.0.saturating_add(d.0))
    }
}

impl Sub<Duration> for Timestamp {
    type Output = Timestamp;
    fn sub(self, d: Duration) -> Timestamp {
        Timestamp(self.0.saturating_sub(d.0))
    }
}

impl Sub for Timestamp {
    type Output = Duration;
    fn sub(self, other: Timestamp) -> Duration {
        Duration(self.0.saturating_sub(other.0))
    }
}

/// RFC 3339 in UTC with a `Z`, as Kubernetes serialises `metav1.Time`.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.div_euclid(1_000);
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        write!(f, "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3_600, rem % 3_600 / 60, rem % 60)
    }
}

// Howard Hinnant's proleptic Gregorian conversions ("chrono-Compatible
// Low-Level Date Algorithms"), exact for every i64 day count we can meet.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trip() {
        let t = Timestamp::from_utc(2025, 6, 12, 9, 30, 5);
        assert_eq!(t.to_string(), "2025-06-12T09:30:05Z");
        assert_eq!(Timestamp::from_unix_millis(0).to_string(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp::from_utc(2024, 2, 29, 23, 59, 59).to_string(), "2024-02-29T23:59:59Z");
    }

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("30s"), Some(Duration::from_secs(30)));
        assert_eq!(parse_duration("12d13m"), Some(Duration::from_days(12) + Duration::from_mins(13)));
        assert_eq!(parse_duration("1.5"), Some(Duration::from_millis(1_500)));
        assert_eq!(parse_duration("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(parse_duration("5x"), None);
        assert_eq!(parse_duration("-1"), None);
        assert_eq!(parse_duration("m"), None);
        assert_eq!(parse_duration(""), None);
    }

    #[test]
    fn timestamps_parse_back() {
        let t = Timestamp::from_utc(2025, 6, 12, 9, 0, 0);
        assert_eq!(parse_timestamp(&t.to_string()), Some(t));
        assert_eq!(parse_timestamp("2025-13-01T00:00:00Z"), None);
        assert_eq!(parse_timestamp("2025-06-12 09:00:00"), None);
    }

    #[test]
    fn differences_are_durations() {
        let a = Timestamp::from_utc(2025, 5, 31, 9, 0, 0);
        let b = Timestamp::from_utc(2025, 6, 12, 9, 0, 0);
        assert_eq!(b - a, Duration::from_days(12));
        assert_eq!(a + Duration::from_days(12), b);
    }
}

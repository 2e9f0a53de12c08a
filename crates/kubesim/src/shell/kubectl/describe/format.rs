//! Values as describe prints them: Go's `time.RFC1123Z` timestamps and the
//! truncated percentages of allocatable.

use crate::sim::Timestamp;

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `Mon, 02 Jan 2006 15:04:05 -0700`, in UTC as the API server's times are.
pub fn rfc1123z(t: Timestamp) -> String {
    // RFC 3339 (`2025-06-12T09:00:00Z`) already has the calendar fields.
    let iso = t.to_string();
    let field = |from: usize, to: usize| iso.get(from..to).unwrap_or("00");
    let month =
        field(5, 7).parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).unwrap_or(&"Jan");
    let days = t.unix_millis().div_euclid(86_400_000);
    // 1970-01-01 was a Thursday.
    let weekday = WEEKDAYS.get((days + 4).rem_euclid(7) as usize).unwrap_or(&"Thu");
    format!("{weekday}, {} {month} {} {} +0000", field(8, 10), field(0, 4), field(11, 19))
}

/// `int64(float64(part) / float64(whole) * 100)`, as describe computes
/// the share of allocatable (0 for nothing allocatable).
pub fn percent(part: u64, whole: u64) -> i64 {
    if whole == 0 {
        return 0;
    }
    (part as f64 / whole as f64 * 100.0) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_in_rfc1123z() {
        assert_eq!(rfc1123z(Timestamp::from_utc(2025, 5, 31, 9, 0, 0)), "Sat, 31 May 2025 09:00:00 +0000");
        assert_eq!(rfc1123z(Timestamp::from_utc(2025, 6, 12, 8, 47, 3)), "Thu, 12 Jun 2025 08:47:03 +0000");
        assert_eq!(rfc1123z(Timestamp::from_unix_millis(0)), "Thu, 01 Jan 1970 00:00:00 +0000");
    }

    #[test]
    fn percentages_truncate_like_go_floats() {
        assert_eq!(percent(250, 1_930), 12);
        // 0.29 * 100 is 28.999999999999996 in float64.
        assert_eq!(percent(29, 100), 28);
        assert_eq!(percent(5, 0), 0);
    }
}

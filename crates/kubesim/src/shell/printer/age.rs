//! The AGE column: apimachinery's `duration.HumanDuration`, integer
//! truncation and all.

use std::fmt;

use crate::sim::Duration;

/// Formats an elapsed time the way `kubectl get` prints AGE.
pub fn human_duration(d: Duration) -> String {
    HumanDuration(d).to_string()
}

/// An elapsed time that prints as AGE, for writing it without a
/// `String` of its own.
#[derive(Clone, Copy, Debug)]
pub struct HumanDuration(pub Duration);

impl fmt::Display for HumanDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.0.whole_secs();
        if seconds < -1 {
            return f.write_str("<invalid>");
        }
        if seconds < 0 {
            return f.write_str("0s");
        }
        if seconds < 60 * 2 {
            return write!(f, "{seconds}s");
        }
        let minutes = seconds / 60;
        if minutes < 10 {
            let s = seconds % 60;
            return if s == 0 { write!(f, "{minutes}m") } else { write!(f, "{minutes}m{s}s") };
        }
        if minutes < 60 * 3 {
            return write!(f, "{minutes}m");
        }
        let hours = minutes / 60;
        if hours < 8 {
            let m = minutes % 60;
            return if m == 0 { write!(f, "{hours}h") } else { write!(f, "{hours}h{m}m") };
        }
        if hours < 48 {
            return write!(f, "{hours}h");
        }
        if hours < 24 * 8 {
            let h = hours % 24;
            let days = hours / 24;
            return if h == 0 { write!(f, "{days}d") } else { write!(f, "{days}d{h}h") };
        }
        if hours < 24 * 365 * 2 {
            return write!(f, "{}d", hours / 24);
        }
        if hours < 24 * 365 * 8 {
            let years = hours / 24 / 365;
            let dy = hours / 24 % 365;
            return if dy == 0 { write!(f, "{years}y") } else { write!(f, "{years}y{dy}d") };
        }
        write!(f, "{}y", hours / 24 / 365)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(secs: i64) -> String {
        human_duration(Duration::from_secs(secs))
    }

    #[test]
    fn each_band_of_the_table() {
        let cases = [
            (-5, "<invalid>"),
            (-1, "0s"),
            (0, "0s"),
            (5, "5s"),
            (119, "119s"),
            (120, "2m"),
            (200, "3m20s"),
            (599, "9m59s"),
            (600, "10m"),
            (179 * 60 + 59, "179m"),
            (3 * 3600, "3h"),
            (5 * 3600 + 12 * 60, "5h12m"),
            (8 * 3600, "8h"),
            (47 * 3600 + 3599, "47h"),
            (48 * 3600, "2d"),
            (51 * 3600, "2d3h"),
            (7 * 86_400 + 23 * 3600, "7d23h"),
            (8 * 86_400, "8d"),
            (12 * 86_400 + 13 * 60, "12d"),
            (729 * 86_400, "729d"),
            (730 * 86_400, "2y"),
            (3 * 365 * 86_400 + 12 * 86_400, "3y12d"),
            (9 * 365 * 86_400, "9y"),
        ];
        for (secs, want) in cases {
            assert_eq!(age(secs), want, "{secs}s");
        }
    }

    #[test]
    fn sub_second_negatives_truncate_toward_zero() {
        assert_eq!(human_duration(Duration::from_millis(-1_500)), "0s");
        assert_eq!(human_duration(Duration::from_millis(-2_000)), "<invalid>");
    }
}

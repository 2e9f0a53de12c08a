//! The simulated clock's control: how fast simulated time runs in the page,
//! and how the time is written.

use kubesim::sim::{Duration, Timestamp};

/// How many simulated seconds pass per real second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    Paused,
    RealTime,
    Fast,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Paused, Speed::RealTime, Speed::Fast];

    /// How the page keeps the choice across a reload.
    pub fn code(self) -> &'static str {
        match self {
            Speed::Paused => "paused",
            Speed::RealTime => "1x",
            Speed::Fast => "10x",
        }
    }

    /// The speed kept as `code`; anything else is real time.
    pub fn from_code(code: Option<&str>) -> Speed {
        Speed::ALL.into_iter().find(|s| Some(s.code()) == code).unwrap_or(Speed::RealTime)
    }

    /// What the speed's button shows.
    pub fn symbol(self) -> &'static str {
        match self {
            Speed::Paused => "❚❚",
            Speed::RealTime => "1×",
            Speed::Fast => "10×",
        }
    }

    /// The simulated time one real second moves the clock by; None when
    /// paused.
    pub fn step(self) -> Option<Duration> {
        match self {
            Speed::Paused => None,
            Speed::RealTime => Some(Duration::from_secs(1)),
            Speed::Fast => Some(Duration::from_secs(10)),
        }
    }
}

/// The time of day in UTC, `09:00:12`.
pub fn time_of_day(t: Timestamp) -> String {
    let secs = t.unix_millis().div_euclid(1_000).rem_euclid(86_400);
    format!("{:02}:{:02}:{:02}", secs / 3_600, secs / 60 % 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_of_day_is_utc_hours_minutes_seconds() {
        assert_eq!(time_of_day(Timestamp::from_utc(2025, 6, 12, 9, 0, 12)), "09:00:12");
        assert_eq!(time_of_day(Timestamp::from_utc(2025, 6, 12, 23, 59, 59)), "23:59:59");
        assert_eq!(time_of_day(Timestamp::from_unix_millis(-1_000)), "23:59:59");
    }

    #[test]
    fn a_kept_speed_reads_back_and_junk_is_real_time() {
        for speed in Speed::ALL {
            assert_eq!(Speed::from_code(Some(speed.code())), speed);
        }
        assert_eq!(Speed::from_code(Some("100x")), Speed::RealTime);
        assert_eq!(Speed::from_code(None), Speed::RealTime);
    }

    #[test]
    fn speeds_step_zero_one_and_ten_seconds() {
        let steps: Vec<Option<i64>> = Speed::ALL.iter().map(|s| s.step().map(Duration::whole_secs)).collect();
        assert_eq!(steps, [None, Some(1), Some(10)]);
    }
}

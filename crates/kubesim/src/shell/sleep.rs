//! `sleep`: GNU coreutils' syntax, but it moves the simulated clock instead
//! of waiting (`Shell::pass`). Each operand is a number with an optional `s`,
//! `m`, `h` or `d` suffix; operands add up.

use super::Output;
use crate::sim::clock::decimal_duration;
use crate::sim::Duration;

/// A learner's typo of `sleep 3000d` should not freeze the page: one command
/// moves the clock by a day at most.
const LONGEST: Duration = Duration::from_days(1);

fn operand(word: &str) -> Option<Duration> {
    let (number, unit_ms) = match word.char_indices().last()? {
        (i, 's') => (&word[..i], 1_000),
        (i, 'm') => (&word[..i], 60_000),
        (i, 'h') => (&word[..i], 3_600_000),
        (i, 'd') => (&word[..i], 86_400_000),
        _ => (word, 1_000),
    };
    decimal_duration(number, unit_ms)
}

/// How far `sleep ARGS` moves the clock, or the error GNU sleep gives.
pub fn duration(args: &[String]) -> Result<Duration, Output> {
    const TRY: &str = "Try 'sleep --help' for more information.\n";
    if args.is_empty() {
        return Err(Output::failure(1, format!("sleep: missing operand\n{TRY}")));
    }
    let mut total = Duration::default();
    for arg in args {
        match operand(arg) {
            Some(d) => total = total + d,
            None => return Err(Output::failure(1, format!("sleep: invalid time interval ‘{arg}’\n{TRY}"))),
        }
    }
    if total > LONGEST {
        return Err(Output::failure(
            1,
            "kubesim: sleep moves the simulated clock by at most 1d at a time\n".to_owned(),
        ));
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operands_follow_gnu_sleep() {
        assert_eq!(operand("30"), Some(Duration::from_secs(30)));
        assert_eq!(operand("30s"), Some(Duration::from_secs(30)));
        assert_eq!(operand("1.5m"), Some(Duration::from_secs(90)));
        assert_eq!(operand("2h"), Some(Duration::from_hours(2)));
        assert_eq!(operand("1m30s"), None);
        assert_eq!(operand("-1"), None);
        assert_eq!(operand("s"), None);
    }
}

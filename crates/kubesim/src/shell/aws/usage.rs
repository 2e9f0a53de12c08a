//! How the AWS CLI v2 (2.27) reports what goes wrong, and with which exit
//! status: argparse errors under the usage blurb (252), "Unknown options"
//! (252), parameter errors (252), service errors from the API (254) and
//! anything Python raised on the way (255). Each is written to stderr after
//! an empty line, as the CLI's error handlers do.

use crate::shell::Output;

/// `PARAM_VALIDATION_ERROR_RC`: bad usage or bad parameters.
pub const PARAM_VALIDATION_ERROR: i32 = 252;
/// `CLIENT_ERROR_RC`: the service answered with an error.
pub const CLIENT_ERROR: i32 = 254;
/// `GENERAL_ERROR_RC`: any other exception.
pub const GENERAL_ERROR: i32 = 255;

/// `awscli.argparser.USAGE`.
const USAGE: &str = "aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n\
To see help text, you can run:\n\
\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

/// An argparse error: the usage, then `aws: error: MESSAGE`.
pub fn argparse_error(message: &str) -> Output {
    Output::failure(PARAM_VALIDATION_ERROR, format!("\nusage: {USAGE}\naws: error: {message}\n\n"))
}

/// Arguments the operation does not take.
pub fn unknown_options(options: &[String]) -> Output {
    Output::failure(
        PARAM_VALIDATION_ERROR,
        format!("\nusage: {USAGE}\nUnknown options: {}\n\n", options.join(", ")),
    )
}

/// `the following arguments are required: --a, --b`.
pub fn required(names: &[&str]) -> Output {
    argparse_error(&format!("the following arguments are required: {}", names.join(", ")))
}

/// A `ParamError`, a `ParamValidationError` or a shorthand syntax error.
pub fn param_error(message: &str) -> Output {
    Output::failure(PARAM_VALIDATION_ERROR, format!("\n{message}\n"))
}

/// An exception no handler knows, e.g. Python's `int()` refusing a value.
pub fn general_error(message: &str) -> Output {
    Output::failure(GENERAL_ERROR, format!("\n{message}\n"))
}

/// botocore's `ClientError`: the error code and message the API returned.
pub fn service_error(operation: &str, code: &str, message: &str) -> Output {
    Output::failure(
        CLIENT_ERROR,
        format!("\nAn error occurred ({code}) when calling the {operation} operation: {message}\n"),
    )
}

/// What the simulator leaves out, said plainly.
pub fn not_simulated(what: &str, try_instead: &str) -> Output {
    Output::failure(1, format!("kubesim: {what} is not simulated yet; try {try_instead}\n"))
}

/// `argument NAME: Invalid choice, valid choices are:` with the choices two
/// to a line, each padded to 40 columns, and close matches for a typo.
pub fn invalid_choice(argument: &str, value: &str, choices: &[&str]) -> Output {
    let mut lines = vec!["Invalid choice, valid choices are:\n".to_owned()];
    for pair in choices.chunks(2) {
        let cells: Vec<String> = pair.iter().map(|c| format!("{c:<40}")).collect();
        lines.push(cells.join(" | "));
    }
    let close = close_matches(value, choices);
    if !close.is_empty() {
        lines.push(format!("\n\nInvalid choice: {}, maybe you meant:\n", python_repr(value)));
        lines.extend(close.iter().map(|c| format!("  * {c}")));
    }
    argparse_error(&format!("argument {argument}: {}", lines.join("\n")))
}

/// Python's `repr()` of a string: single quotes unless the text has one and
/// no double quote.
pub fn python_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `difflib.get_close_matches(word, possibilities, n=3, cutoff=0.8)`: the
/// best three by similarity ratio, highest first (ties: the later name in
/// Python's string order first, as `heapq.nlargest` on pairs gives).
fn close_matches<'a>(word: &str, possibilities: &[&'a str]) -> Vec<&'a str> {
    let word: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .iter()
        .filter_map(|p| {
            let candidate: Vec<char> = p.chars().collect();
            let ratio = similarity(&candidate, &word);
            (ratio >= 0.8).then_some((ratio, *p))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| b.1.cmp(a.1)));
    scored.into_iter().take(3).map(|(_, p)| p).collect()
}

/// `SequenceMatcher(None, a, b).ratio()`: twice the matched characters over
/// the total length, matches found as difflib finds them (the longest
/// common block, earliest on ties, then recursively either side). Names are
/// far shorter than the 200 characters where difflib's junk heuristic
/// starts.
fn similarity(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    2.0 * matched(a, b) as f64 / total as f64
}

fn matched(a: &[char], b: &[char]) -> usize {
    let (mut best_i, mut best_j, mut best) = (0, 0, 0);
    // lengths[j]: the length of the common run ending at the previous
    // a[i] and b[j].
    let mut lengths = vec![0usize; b.len()];
    for (i, ca) in a.iter().enumerate() {
        let mut next = vec![0usize; b.len()];
        for (j, cb) in b.iter().enumerate() {
            if ca == cb {
                let run = j.checked_sub(1).and_then(|k| lengths.get(k)).map_or(1, |r| r + 1);
                if let Some(slot) = next.get_mut(j) {
                    *slot = run;
                }
                if run > best {
                    (best_i, best_j, best) = (i + 1 - run, j + 1 - run, run);
                }
            }
        }
        lengths = next;
    }
    if best == 0 {
        return 0;
    }
    let (a_left, a_rest) = a.split_at(best_i);
    let (b_left, b_rest) = b.split_at(best_j);
    best + matched(a_left, b_left)
        + matched(a_rest.get(best..).unwrap_or_default(), b_rest.get(best..).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_difflib() {
        let r = |a: &str, b: &str| similarity(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>());
        // difflib.SequenceMatcher(None, "es", "eks").ratio() == 0.8
        assert!((r("es", "eks") - 0.8).abs() < 1e-9);
        // difflib.SequenceMatcher(None, "abcd", "bcda").ratio() == 0.75
        assert!((r("abcd", "bcda") - 0.75).abs() < 1e-9);
    }

    #[test]
    fn close_matches_keep_the_best_three() {
        assert_eq!(close_matches("eks", &["ecs", "es", "eks", "iam"]), ["eks", "es"]);
        assert_eq!(close_matches("ekss", &["ecs", "eks"]), ["eks"]);
        assert!(close_matches("zzz", &["eks"]).is_empty());
    }

    #[test]
    fn repr_quotes_as_python_does() {
        assert_eq!(python_repr("ekss"), "'ekss'");
        assert_eq!(python_repr("it's"), "\"it's\"");
    }
}

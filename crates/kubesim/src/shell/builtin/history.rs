//! `history`: bash's built-in, for the lines typed in this terminal.
//! `history` lists them numbered from 1 as bash prints them (`%5d  %s`),
//! `history N` the last N, `history -c` forgets them all.

use crate::shell::Output;

const USAGE: &str =
    "history: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]\n";

/// bash's options that act on history files or single entries: real, but not
/// part of this terminal.
const UNMODELLED_OPTIONS: &[&str] = &["-d", "-a", "-n", "-r", "-w", "-p", "-s"];

pub fn run(history: &mut Vec<String>, args: &[String]) -> Output {
    let mut operands = args;
    match args.first().map(String::as_str) {
        Some("-c") => {
            history.clear();
            return Output::default();
        }
        Some("--") => operands = &args[1..],
        Some(option) if UNMODELLED_OPTIONS.contains(&option) => {
            return Output::failure(
                1,
                format!(
                    "kubesim: \"history {option}\" is not simulated yet; try \"history\" or \"history -c\"\n"
                ),
            );
        }
        Some(option) if option.starts_with('-') && option.len() > 1 => {
            return Output::failure(2, format!("bash: history: {option}: invalid option\n{USAGE}"));
        }
        _ => {}
    }
    let count = match operands {
        [] => history.len(),
        [n] => match count(n) {
            Some(n) => n,
            None => return Output::failure(1, format!("bash: history: {n}: numeric argument required\n")),
        },
        _ => return Output::failure(2, "bash: history: too many arguments\n".to_owned()),
    };
    let first = history.len().saturating_sub(count);
    let mut out = Output::default();
    for (i, line) in history.iter().enumerate().skip(first) {
        out.out(format!("{:5}  {line}\n", i + 1));
    }
    out
}

/// bash's `legal_number`: blanks around an optionally signed decimal that
/// fits in 64 bits; a negative count lists as many as its magnitude.
fn count(text: &str) -> Option<usize> {
    let n: i64 = text.trim().parse().ok()?;
    usize::try_from(n.unsigned_abs()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(entries: &[&str]) -> Vec<String> {
        entries.iter().map(|e| (*e).to_owned()).collect()
    }

    fn history(entries: &mut Vec<String>, args: &[&str]) -> Output {
        run(entries, &lines(args))
    }

    #[test]
    fn lists_numbered_from_one_as_bash_does() {
        let mut entries = lines(&["kubectl get nodes", "sleep 1m", "history"]);
        assert_eq!(
            history(&mut entries, &[]).stdout(),
            "    1  kubectl get nodes\n    2  sleep 1m\n    3  history\n"
        );
        assert_eq!(history(&mut entries, &["2"]).stdout(), "    2  sleep 1m\n    3  history\n");
        assert_eq!(history(&mut entries, &["0"]).stdout(), "");
        assert_eq!(history(&mut entries, &["99"]).stdout().lines().count(), 3);
        assert_eq!(history(&mut entries, &["--", "-1"]).stdout(), "    3  history\n");
    }

    #[test]
    fn numbers_pass_ten_thousand_without_losing_the_two_spaces() {
        let mut entries = vec!["x".to_owned(); 100_000];
        assert_eq!(history(&mut entries, &["1"]).stdout(), "100000  x\n");
    }

    #[test]
    fn dash_c_forgets_everything() {
        let mut entries = lines(&["a", "history -c"]);
        let out = history(&mut entries, &["-c"]);
        assert_eq!(out, Output::default());
        assert!(entries.is_empty());
    }

    #[test]
    fn bad_arguments_get_bash_errors() {
        let mut entries = lines(&["a"]);
        let out = history(&mut entries, &["x"]);
        assert_eq!((out.stderr().as_str(), out.status), ("bash: history: x: numeric argument required\n", 1));
        let out = history(&mut entries, &["-1"]);
        assert_eq!(out.stderr(), format!("bash: history: -1: invalid option\n{USAGE}"));
        assert_eq!(out.status, 2);
        let out = history(&mut entries, &["1", "2"]);
        assert_eq!((out.stderr().as_str(), out.status), ("bash: history: too many arguments\n", 2));
        let out = history(&mut entries, &["99999999999999999999"]);
        assert_eq!(out.status, 1);
        assert_eq!(history(&mut entries, &["-d", "1"]).status, 1);
        assert_eq!(entries, ["a"]);
    }
}

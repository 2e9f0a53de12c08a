//! `clear`: clears the screen. The shell only says so (`Output::clear_screen`);
//! the page empties its terminal and the native terminal writes `ESCAPE`.

use crate::shell::Output;

/// What ncurses' `clear` writes for an xterm: cursor home, erase the screen,
/// erase the scrollback.
pub const ESCAPE: &str = "\x1b[H\x1b[2J\x1b[3J";

const USAGE: &str = "\
Usage: clear [options]

Options:
  -T TERM     use this instead of $TERM
  -V          print curses-version
  -x          do not try to clear scrollback
";

pub fn run(args: &[String]) -> Output {
    let Some(first) = args.first() else {
        return Output { clear_screen: true, ..Output::default() };
    };
    let Some(letters) = first.strip_prefix('-').filter(|l| !l.is_empty()) else {
        return Output::failure(1, USAGE.to_owned());
    };
    // getopt reads the letters in order and stops at the first it lacks.
    match letters.chars().find(|c| !"xTV".contains(*c)) {
        Some(bad) => Output::failure(1, format!("clear: invalid option -- '{bad}'\n{USAGE}")),
        None => {
            Output::failure(1, format!("kubesim: \"clear {first}\" is not simulated yet; try \"clear\"\n"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clears_and_writes_nothing_itself() {
        let out = run(&[]);
        assert!(out.clear_screen);
        assert!(out.chunks.is_empty());
        assert_eq!(out.status, 0);
    }

    #[test]
    fn anything_else_gets_the_usage() {
        assert!(run(&["-x".to_owned()]).stderr().contains("not simulated"));
        let out = run(&["screen".to_owned()]);
        assert!(!out.clear_screen);
        assert_eq!((out.stderr().as_str(), out.status), (USAGE, 1));
        let out = run(&["--all".to_owned()]);
        assert_eq!(out.stderr(), format!("clear: invalid option -- '-'\n{USAGE}"));
    }
}

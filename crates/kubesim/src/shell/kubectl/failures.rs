//! Errors of commands that go on past a failed object (the builder's
//! `ContinueOnError`) and report them all at the end, as kubectl's `CheckErr`
//! prints an aggregate: one error alone gets `error: ` unless it came from
//! the API server; several are printed one a line, as they are.

use crate::shell::Output;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// An API status error, already in kubectl's words:
    /// `Error from server (NotFound): …`.
    Api(String),
    /// Any other error's text.
    Plain(String),
}

impl Failure {
    fn text(&self) -> &str {
        match self {
            Failure::Api(t) | Failure::Plain(t) => t,
        }
    }
}

/// Writes the failures to stderr and sets exit status 1 if there are any.
pub fn report(out: &mut Output, failures: &[Failure]) {
    match failures {
        [] => return,
        [Failure::Plain(text)] if !text.starts_with("error: ") => out.err(format!("error: {text}\n")),
        _ => {
            for failure in failures {
                out.err(format!("{}\n", failure.text()));
            }
        }
    }
    out.status = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_plain_error_gets_the_prefix_several_do_not() {
        let mut out = Output::default();
        report(&mut out, &[Failure::Plain("timed out".into())]);
        assert_eq!(out.stderr(), "error: timed out\n");
        let mut out = Output::default();
        report(
            &mut out,
            &[Failure::Plain("a".into()), Failure::Api("Error from server (NotFound): b".into())],
        );
        assert_eq!(out.stderr(), "a\nError from server (NotFound): b\n");
        assert_eq!(out.status, 1);
    }
}

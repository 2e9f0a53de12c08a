//! A step's goal: checks on the simulated world, each a read-only command
//! line of the shell and what it must print, and for steps that are about
//! reading output, the command the learner must have run.

use super::glob::Glob;
use crate::shell::lexer;
use crate::{Output, Shell};

/// What a command must answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expect {
    /// The exit status; 0 unless the author says otherwise.
    pub status: i32,
    pub stdout: Option<Stdout>,
}

/// What stdout must hold, its final newline aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stdout {
    Exact(String),
    Like(Glob),
}

impl Expect {
    pub fn met(&self, output: &Output) -> bool {
        if output.status != self.status {
            return false;
        }
        let stdout = output.stdout();
        let stdout = stdout.strip_suffix('\n').unwrap_or(&stdout);
        match &self.stdout {
            None => true,
            Some(Stdout::Exact(text)) => stdout == text,
            Some(Stdout::Like(glob)) => glob.matches(stdout),
        }
    }
}

/// A read-only command line and what it must answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub line: String,
    pub expect: Expect,
}

impl Check {
    /// Runs the check on a copy of the world and tells what it answered.
    pub fn run(&self, shell: &Shell) -> (bool, Output) {
        let output = shell.probe(&self.line);
        (self.expect.met(&output), output)
    }
}

/// A command the learner must run, as a pattern over its words (quotes
/// removed, one space between words), and the status it must exit with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ran {
    pub pattern: Glob,
    pub status: i32,
}

impl Ran {
    pub fn matches(&self, line: &str, status: i32) -> bool {
        status == self.status && lexer::split(line).is_ok_and(|words| self.pattern.matches(&words.join(" ")))
    }
}

/// Everything that must hold for a step to be done.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Goal {
    pub checks: Vec<Check>,
    /// Any one of these, run while the step is current, will do.
    pub ran: Vec<Ran>,
}

impl Goal {
    /// Whether a step is about reading output rather than changing the world.
    pub fn is_reading(&self) -> bool {
        self.checks.is_empty()
    }

    /// Whether every check holds in the world as it is now.
    pub fn checks_hold(&self, shell: &Shell) -> bool {
        self.checks.iter().all(|check| check.run(shell).0)
    }

    /// Whether the step is done, given whether a matching command ran.
    pub fn holds(&self, shell: &Shell, ran: bool) -> bool {
        (self.ran.is_empty() || ran) && self.checks_hold(shell)
    }

    pub fn ran_matches(&self, line: &str, status: i32) -> bool {
        self.ran.iter().any(|r| r.matches(line, status))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    fn shell() -> Shell {
        Shell::new(scenario::default_cluster())
    }

    fn check(line: &str, status: i32, stdout: Option<Stdout>) -> Check {
        Check { line: line.to_owned(), expect: Expect { status, stdout } }
    }

    #[test]
    fn a_check_compares_stdout_without_its_final_newline() {
        let node = "ip-10-0-1-23.us-west-2.compute.internal";
        let unschedulable = format!("kubectl get node {node} -o jsonpath='{{.spec.unschedulable}}'");
        let mut shell = shell();
        let cordoned = check(&unschedulable, 0, Some(Stdout::Exact("true".to_owned())));
        assert!(!cordoned.run(&shell).0);
        shell.run(&format!("kubectl cordon {node}"));
        assert!(cordoned.run(&shell).0);
        let name = check(
            &format!("kubectl get node {node} -o name"),
            0,
            Some(Stdout::Exact(format!("node/{node}"))),
        );
        assert!(name.run(&shell).0);
        let like =
            check("kubectl get pods -l app=web -o name", 0, Some(Stdout::Like(Glob::new("pod/web-*"))));
        assert!(like.run(&shell).0);
    }

    #[test]
    fn a_check_may_expect_a_failure() {
        let missing = check("kubectl get pod nope", 1, None);
        assert!(missing.run(&shell()).0);
        assert!(!check("kubectl get pod nope", 0, None).run(&shell()).0);
    }

    #[test]
    fn checking_changes_nothing() {
        let shell = shell();
        let before = shell.probe("kubectl get nodes");
        let wait = check("sleep 1h", 0, None);
        assert!(wait.run(&shell).0);
        assert_eq!(shell.cluster().now(), scenario::default_cluster().now());
        assert!(shell.history().is_empty());
        assert_eq!(shell.probe("kubectl get nodes"), before);
    }

    #[test]
    fn ran_matches_the_words_not_the_quoting() {
        let ran = Ran { pattern: Glob::new("kubectl get no*"), status: 0 };
        assert!(ran.matches("kubectl   get 'nodes'  -o wide", 0));
        assert!(!ran.matches("kubectl get nodes", 1));
        assert!(!ran.matches("kubectl get 'nodes", 0));
        let refused = Ran { pattern: Glob::new("kubectl drain *"), status: 1 };
        assert!(refused.matches("kubectl drain ip-10-0-1-23.us-west-2.compute.internal", 1));
    }
}

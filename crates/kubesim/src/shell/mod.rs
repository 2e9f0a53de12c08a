//! The shell: takes one command line, runs it against the simulated world and
//! answers with what a terminal would show.

pub mod aws;
pub mod builtin;
pub mod completion;
pub mod flags;
pub mod kubectl;
pub mod language;
pub mod lexer;
pub mod output;
pub mod printer;
pub mod sleep;

pub use completion::{complete, Completion};
pub use language::Language;
pub use output::{Output, Stream};

use crate::sim::Cluster;

/// Every program and built-in `Shell::run` knows, in name order (what Tab
/// offers for the first word).
pub const PROGRAMS: &[&str] =
    &["aws", "clear", "echo", "exit", "help", "history", "kubectl", "reset", "sleep"];

/// A terminal session on one simulated world.
#[derive(Clone, Debug)]
pub struct Shell {
    cluster: Cluster,
    /// The world as the session began, for `reset`.
    initial: Cluster,
    /// What the AWS CLI keeps on the learner's machine (the kubeconfig it
    /// wrote, its record of node group scaling updates).
    aws: aws::Session,
    /// kubectl's kubeconfig: client-side, so it lives with the terminal, not
    /// the cluster.
    kubeconfig: kubectl::KubeConfig,
    history: Vec<String>,
    language: Language,
}

impl Shell {
    pub fn new(cluster: Cluster) -> Self {
        Shell {
            initial: cluster.clone(),
            cluster,
            aws: aws::Session::default(),
            kubeconfig: kubectl::KubeConfig::default(),
            history: Vec::new(),
            language: Language::default(),
        }
    }

    pub fn cluster(&self) -> &Cluster {
        &self.cluster
    }

    /// Moves the simulated clock, as the browser's real-time ticker does.
    pub fn advance(&mut self, d: crate::sim::Duration) {
        self.cluster.advance(d);
    }

    /// Lines entered so far, oldest first (blank lines are not kept).
    pub fn history(&self) -> &[String] {
        &self.history
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The language of the shell's own messages (`help`, `reset`, `exit`).
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    /// Runs one command line.
    pub fn run(&mut self, line: &str) -> Output {
        if !line.trim().is_empty() {
            self.history.push(line.to_owned());
        }
        let words = match lexer::split(line) {
            Ok(words) => words,
            Err(e) => return Output::failure(2, format!("{}\n", e.message())),
        };
        let Some((program, args)) = words.split_first() else {
            return Output::default();
        };
        let output = match program.as_str() {
            "kubectl" => kubectl::run(&mut self.cluster, &mut self.kubeconfig, args),
            "aws" => aws::run(&mut self.cluster, &mut self.aws, args),
            "sleep" => sleep::run(&mut self.cluster, args),
            "help" => builtin::help::run(self.language, args),
            "history" => builtin::history::run(&mut self.history, args),
            "clear" => builtin::clear::run(args),
            "echo" => builtin::echo::run(args),
            "exit" => builtin::exit::run(self.language),
            "reset" => {
                let out = builtin::reset::run(&mut self.cluster, &self.initial, self.language, args);
                if out.status == 0 {
                    // The learner's machine starts over with the cluster: no
                    // kubeconfig edits, no remembered updates.
                    self.aws = aws::Session::default();
                    self.kubeconfig = kubectl::KubeConfig::default();
                }
                out
            }
            _ => Output::failure(127, format!("bash: {program}: command not found\n")),
        };
        // The controllers react within milliseconds: by the next prompt they
        // have.
        self.cluster.reconcile();
        output
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    #[test]
    fn every_listed_program_runs() {
        let mut shell = Shell::new(scenario::default_cluster());
        for program in PROGRAMS {
            assert_ne!(shell.run(program).status, 127, "{program}");
        }
        assert_eq!(shell.run("k get nodes").status, 127);
    }

    #[test]
    fn reset_brings_back_the_starting_world_and_keeps_the_history() {
        let mut shell = Shell::new(scenario::default_cluster());
        let start = shell.run("kubectl get nodes").stdout();
        shell.run("sleep 1d");
        assert_ne!(shell.run("kubectl get nodes").stdout(), start);
        let reset = shell.run("reset");
        assert_eq!((reset.status, reset.stdout().is_empty()), (0, false));
        assert_eq!(shell.run("kubectl get nodes").stdout(), start);
        assert_eq!(shell.history().len(), 5);
    }

    #[test]
    fn the_language_changes_only_the_shell_own_words() {
        let mut shell = Shell::new(scenario::default_cluster());
        let english = shell.run("help").stdout();
        let error = shell.run("kubectl gett").stderr();
        shell.set_language(Language::Japanese);
        assert_eq!(shell.language(), Language::Japanese);
        assert_ne!(shell.run("help").stdout(), english);
        assert_eq!(shell.run("help en").stdout(), english);
        assert_eq!(shell.run("kubectl gett").stderr(), error);
    }
}

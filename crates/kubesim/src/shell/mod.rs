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

use std::sync::Arc;

use crate::sim::Cluster;

/// Every program and built-in `Shell::run` knows, in name order (what Tab
/// offers for the first word).
pub const PROGRAMS: &[&str] =
    &["aws", "clear", "echo", "exit", "help", "history", "kubectl", "reset", "sleep"];

/// A terminal session on one simulated world.
#[derive(Clone, Debug)]
pub struct Shell {
    cluster: Cluster,
    /// The world as the session began, for `reset`; shared, so copying a
    /// shell (as `probe` does) copies one world, not two.
    initial: Arc<Cluster>,
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
            initial: Arc::new(cluster.clone()),
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

    /// What `line` would show if run now, run on a copy of the world: the
    /// cluster, the clock, the kubeconfig and the history stay as they are.
    /// Lessons check their goals with it.
    pub fn probe(&self, line: &str) -> Output {
        let mut copy = Shell {
            cluster: self.cluster.clone(),
            initial: Arc::clone(&self.initial),
            aws: self.aws.clone(),
            kubeconfig: self.kubeconfig.clone(),
            history: Vec::new(),
            language: self.language,
        };
        copy.run(line)
    }

    /// Lines entered so far, oldest first (blank lines are not kept).
    pub fn history(&self) -> &[String] {
        &self.history
    }

    /// Forgets the lines entered so far (for ↑ and `history`).
    pub fn clear_history(&mut self) {
        self.history.clear();
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
        self.run_watching(line, &mut |_| {})
    }

    /// Runs one command line, showing `each_instant` the world at every
    /// moment a `sleep` passes through at which something changed, so that
    /// a lesson sees its goals hold the moment they do.
    pub fn run_watching(&mut self, line: &str, each_instant: &mut dyn FnMut(&Shell)) -> Output {
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
            "sleep" => match sleep::duration(args) {
                Ok(d) => {
                    self.pass(d, each_instant);
                    Output::default()
                }
                Err(out) => out,
            },
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

    /// Moves the clock by `d` one busy instant at a time (the same world as
    /// one `advance`), showing `each_instant` every instant that changed it.
    fn pass(&mut self, d: crate::sim::Duration, each_instant: &mut dyn FnMut(&Shell)) {
        let target = self.cluster.now() + d;
        let mut seen = self.cluster.generation();
        while let Some(t) = self.cluster.next_wakeup().filter(|t| *t < target) {
            self.cluster.advance(t - self.cluster.now());
            if self.cluster.generation() != seen {
                seen = self.cluster.generation();
                each_instant(self);
            }
        }
        self.cluster.advance(target - self.cluster.now());
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
    fn a_sleep_shows_each_instant_that_changed_the_world() {
        let mut shell = Shell::new(scenario::default_cluster());
        let start = shell.cluster().now();
        let resize = "aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=4";
        assert_eq!(shell.run(resize).status, 0);
        let mut seen = Vec::new();
        shell.run_watching("sleep 10m", &mut |s| seen.push((s.cluster().now(), s.cluster().nodes().count())));
        assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{seen:?}");
        assert!(seen.iter().all(|(t, _)| *t > start && *t < start + crate::sim::Duration::from_mins(10)));
        // The fourth node registers a minute in, and is seen then.
        assert_eq!(
            seen.first().map(|(t, nodes)| (*t - start, *nodes)),
            Some((crate::sim::Duration::from_secs(50), 4))
        );
        let mut idle = Shell::new(scenario::default_cluster());
        let mut instants = 0;
        idle.run_watching("sleep 1d", &mut |_| instants += 1);
        // Nothing happens on an idle cluster, so nothing is shown.
        assert_eq!(instants, 0);
        assert_eq!(idle.cluster().now(), start + crate::sim::Duration::from_days(1));
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

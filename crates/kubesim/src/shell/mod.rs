//! The shell: takes one command line, runs it against the simulated world and
//! answers with what a terminal would show.

pub mod aws;
pub mod builtin;
pub mod completion;
pub mod flags;
pub mod journal;
pub mod kubectl;
pub mod language;
pub mod lexer;
pub mod output;
pub mod printer;
pub mod sleep;

pub use completion::{complete, Completion};
pub use journal::{Entry, Journal, JournalError};
pub use language::Language;
pub use output::{Output, Stream};

use std::sync::Arc;

use crate::scenario::{About, StartingKubeconfig};
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
    /// What the AWS CLI keeps on the learner's machine (the kubeconfigs it
    /// wrote besides `~/.kube/config`, its record of node group scaling
    /// updates).
    aws: aws::Session,
    /// kubectl's kubeconfig, `~/.kube/config`: client-side, so it lives with
    /// the terminal, not the cluster. `None` until `aws eks
    /// update-kubeconfig` writes it, on a machine that starts without one.
    kubeconfig: Option<kubectl::KubeConfig>,
    /// The kubeconfig as the session began, for `reset`.
    initial_kubeconfig: Option<kubectl::KubeConfig>,
    history: Vec<String>,
    language: Language,
}

impl Shell {
    /// A session on a machine whose kubeconfig already holds the cluster.
    pub fn new(cluster: Cluster) -> Self {
        Shell::starting(cluster, Some(kubectl::KubeConfig::default()))
    }

    /// A session as the scenario starts it: on a machine with or without a
    /// kubeconfig (`kubeconfig none`).
    pub fn for_scenario(about: &About, cluster: Cluster) -> Self {
        let kubeconfig = match about.kubeconfig {
            StartingKubeconfig::Written => Some(kubectl::KubeConfig::default()),
            StartingKubeconfig::None => None,
        };
        Shell::starting(cluster, kubeconfig)
    }

    fn starting(cluster: Cluster, kubeconfig: Option<kubectl::KubeConfig>) -> Self {
        Shell {
            initial: Arc::new(cluster.clone()),
            cluster,
            aws: aws::Session::default(),
            initial_kubeconfig: kubeconfig.clone(),
            kubeconfig,
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
            initial_kubeconfig: self.initial_kubeconfig.clone(),
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
            "aws" => aws::run(&mut self.cluster, &mut self.aws, &mut self.kubeconfig, args),
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
                    // The learner's machine starts over with the cluster: its
                    // kubeconfig as it was (or none), no remembered updates.
                    self.aws = aws::Session::default();
                    self.kubeconfig = self.initial_kubeconfig.clone();
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
    fn without_a_kubeconfig_kubectl_waits_for_update_kubeconfig_and_reset_removes_it_again() {
        let text =
            format!("kubeconfig none\n{}", scenario::builtin_source(scenario::DEFAULT).unwrap_or_default());
        let Ok((about, cluster)) = scenario::from_source(&text, None) else { panic!("the scenario builds") };
        let mut shell = Shell::for_scenario(&about, cluster);
        let refused = shell.run("kubectl get nodes");
        assert_eq!(refused.status, 1);
        assert!(refused.stderr().ends_with(
            "The connection to the server localhost:8080 was refused - did you specify the right host or port?\n"
        ));
        let added = shell.run("aws eks update-kubeconfig --name kubelab --region us-west-2").stdout();
        assert!(added.starts_with("Added new context arn:aws:eks:us-west-2:123456789012:cluster/kubelab to "));
        assert_eq!(shell.run("kubectl get nodes").status, 0);
        shell.run("reset");
        assert_eq!(shell.run("kubectl get nodes").stderr(), refused.stderr());
        assert_eq!(Shell::new(scenario::default_cluster()).run("kubectl get nodes").status, 0);
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

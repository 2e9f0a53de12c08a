//! The shell: takes one command line, runs it against the simulated world and
//! answers with what a terminal would show.

pub mod aws;
pub mod flags;
pub mod kubectl;
pub mod lexer;
pub mod output;
pub mod printer;
pub mod sleep;

pub use output::{Output, Stream};

use crate::sim::Cluster;

/// A terminal session on one simulated world.
#[derive(Clone, Debug)]
pub struct Shell {
    cluster: Cluster,
    /// What the AWS CLI keeps on the learner's machine (the kubeconfig it
    /// wrote, its record of node group scaling updates).
    aws: aws::Session,
    /// kubectl's kubeconfig: client-side, so it lives with the terminal, not
    /// the cluster.
    kubeconfig: kubectl::KubeConfig,
    history: Vec<String>,
}

impl Shell {
    pub fn new(cluster: Cluster) -> Self {
        Shell {
            cluster,
            aws: aws::Session::default(),
            kubeconfig: kubectl::KubeConfig::default(),
            history: Vec::new(),
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
            _ => Output::failure(127, format!("bash: {program}: command not found\n")),
        };
        // The controllers react within milliseconds: by the next prompt they
        // have.
        self.cluster.reconcile();
        output
    }
}

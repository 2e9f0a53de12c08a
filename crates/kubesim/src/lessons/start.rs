//! Opening a lesson: its scenario as a fresh shell, or as it stands after
//! the steps already done (their solutions replayed: the engine is
//! deterministic, so the same lines give the same world).

use super::definition::Lesson;
use crate::scenario::{self, ScenarioError};
use crate::Shell;

impl Lesson {
    /// A shell on the lesson's starting scenario.
    pub fn start(&self) -> Result<Shell, ScenarioError> {
        let built = scenario::builtin(&self.scenario, None).unwrap_or_else(|| {
            Err(ScenarioError { line: 0, message: format!("{} is not a stock scenario", self.scenario) })
        });
        built.map(|(about, cluster)| Shell::for_scenario(&about, cluster))
    }

    /// A shell on the world the first `done` steps' solutions leave behind,
    /// with an empty history: the learner did not type those lines here.
    pub fn replay(&self, done: usize) -> Result<Shell, ScenarioError> {
        let mut shell = self.start()?;
        for line in self.steps.iter().take(done).flat_map(|step| &step.solution) {
            shell.run(line);
        }
        shell.clear_history();
        Ok(shell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaying_done_steps_rebuilds_their_world() {
        let node = "ip-10-0-1-23.us-west-2.compute.internal";
        let text = format!(
            "scenario basic\nstep cordon\nsolution kubectl cordon {node}\ncheck kubectl get node {node} -o jsonpath='{{.spec.unschedulable}}'\nprints true\n"
        );
        let lesson = Lesson::parse(&text).unwrap_or_else(|e| panic!("{e}"));
        let fresh = lesson.replay(0).unwrap_or_else(|e| panic!("{e}"));
        assert!(!lesson.steps[0].goal.checks_hold(&fresh));
        let replayed = lesson.replay(1).unwrap_or_else(|e| panic!("{e}"));
        assert!(lesson.steps[0].goal.checks_hold(&replayed));
        assert!(replayed.history().is_empty());
    }
}

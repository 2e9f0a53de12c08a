//! The rules of progress through a lesson: steps are done in order; the
//! current step is done the moment its goal holds, after a command or after
//! a tick of the clock; done stays done.

use std::ops::Range;

use super::definition::Lesson;
use crate::Shell;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// How many steps are done: steps `0..done`.
    done: usize,
    /// Whether a command the current step asks for has run while it was
    /// current.
    ran: bool,
}

impl Progress {
    /// Progress as saved: `done` steps, at most the lesson's.
    pub fn restored(lesson: &Lesson, done: usize) -> Progress {
        Progress { done: done.min(lesson.steps.len()), ran: false }
    }

    pub fn done(&self) -> usize {
        self.done
    }

    /// The step to work on; None once every step is done.
    pub fn current(&self, lesson: &Lesson) -> Option<usize> {
        (self.done < lesson.steps.len()).then_some(self.done)
    }

    pub fn finished(&self, lesson: &Lesson) -> bool {
        self.done >= lesson.steps.len()
    }

    /// After the learner ran `line`, which exited with `status`: the steps
    /// this made done.
    pub fn after_command(&mut self, lesson: &Lesson, shell: &Shell, line: &str, status: i32) -> Range<usize> {
        if let Some(step) = self.current(lesson).and_then(|i| lesson.step(i)) {
            self.ran |= step.goal.ran_matches(line, status);
        }
        self.advance(lesson, shell)
    }

    /// After the clock moved on its own: the steps that are now done.
    pub fn after_tick(&mut self, lesson: &Lesson, shell: &Shell) -> Range<usize> {
        self.advance(lesson, shell)
    }

    /// Marks steps done while the current one's goal holds. A command counts
    /// for one step only: the next step's `ran` starts afresh.
    fn advance(&mut self, lesson: &Lesson, shell: &Shell) -> Range<usize> {
        let start = self.done;
        while let Some(step) = self.current(lesson).and_then(|i| lesson.step(i)) {
            if !step.goal.holds(shell, self.ran) {
                break;
            }
            self.done += 1;
            self.ran = false;
        }
        start..self.done
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    const NODE: &str = "ip-10-0-1-23.us-west-2.compute.internal";

    fn lesson() -> Lesson {
        let text = format!(
            "scenario basic\n\
             step look\nsolution kubectl get nodes\nran kubectl get no*\n\
             step cordon\nsolution kubectl cordon {NODE}\ncheck kubectl get node {NODE} -o jsonpath='{{.spec.unschedulable}}'\nprints true\n\
             step uncordon\nsolution kubectl uncordon {NODE}\ncheck kubectl get node {NODE} -o jsonpath='{{.spec.unschedulable}}'\nprints\n\
             check kubectl get events --field-selector reason=NodeSchedulable -o name\nmatches event/*\n"
        );
        Lesson::parse(&text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn run(progress: &mut Progress, lesson: &Lesson, shell: &mut Shell, line: &str) -> Range<usize> {
        let status = shell.run(line).status;
        progress.after_command(lesson, shell, line, status)
    }

    #[test]
    fn steps_are_done_in_order_and_stay_done() {
        let lesson = lesson();
        let mut shell = Shell::new(scenario::default_cluster());
        let mut progress = Progress::default();
        // Cordoning first does not skip the reading step.
        assert_eq!(run(&mut progress, &lesson, &mut shell, &format!("kubectl cordon {NODE}")), 0..0);
        assert_eq!(run(&mut progress, &lesson, &mut shell, "kubectl get nodes -o wide"), 0..2);
        assert_eq!(progress.current(&lesson), Some(2));
        assert_eq!(run(&mut progress, &lesson, &mut shell, &format!("kubectl uncordon {NODE}")), 2..3);
        assert!(progress.finished(&lesson));
        // Cordoning again undoes nothing.
        assert_eq!(run(&mut progress, &lesson, &mut shell, &format!("kubectl cordon {NODE}")), 3..3);
        assert_eq!(progress.done(), 3);
    }

    #[test]
    fn a_failed_or_other_command_does_not_count_as_reading() {
        let lesson = lesson();
        let mut shell = Shell::new(scenario::default_cluster());
        let mut progress = Progress::default();
        assert_eq!(run(&mut progress, &lesson, &mut shell, "kubectl get nodez"), 0..0);
        assert_eq!(run(&mut progress, &lesson, &mut shell, "kubectl get pods"), 0..0);
        assert_eq!(run(&mut progress, &lesson, &mut shell, "kubectl get no"), 0..1);
    }

    #[test]
    fn another_path_to_the_same_world_is_done_too() {
        let lesson = lesson();
        let mut shell = Shell::new(scenario::default_cluster());
        let mut progress = Progress::restored(&lesson, 1);
        let by_label = "kubectl cordon -l topology.kubernetes.io/zone=us-west-2a";
        assert_eq!(run(&mut progress, &lesson, &mut shell, by_label), 1..2);
    }

    #[test]
    fn saved_progress_is_clamped_to_the_lesson() {
        let lesson = lesson();
        assert_eq!(Progress::restored(&lesson, 99).done(), 3);
        assert_eq!(Progress::restored(&lesson, 2).current(&lesson), Some(2));
    }
}

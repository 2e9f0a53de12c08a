//! A learner's attempt at one lesson: the lesson and the progress made,
//! fed every command line and every tick of the clock. The page and
//! `kubesim --lesson` both drive it, so the rules hold the same in each.

use std::ops::Range;

use super::definition::Lesson;
use super::progress::Progress;
use crate::{Output, Shell};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    lesson: Lesson,
    progress: Progress,
}

impl Attempt {
    pub fn new(lesson: Lesson, progress: Progress) -> Attempt {
        Attempt { lesson, progress }
    }

    pub fn lesson(&self) -> &Lesson {
        &self.lesson
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Runs a line. Steps done while it runs (as a `sleep` passes) go to
    /// `during` at once; those its end made done are returned, to be told
    /// after its output.
    pub fn run(
        &mut self,
        shell: &mut Shell,
        line: &str,
        during: &mut dyn FnMut(Range<usize>),
    ) -> (Output, Range<usize>) {
        let (lesson, progress) = (&self.lesson, &mut self.progress);
        let output = shell.run_watching(line, &mut |now| {
            let done = progress.after_tick(lesson, now);
            if !done.is_empty() {
                during(done);
            }
        });
        let done = progress.after_command(lesson, shell, line, output.status);
        (output, done)
    }

    /// After the clock moved on its own: the steps now done.
    pub fn tick(&mut self, shell: &Shell) -> Range<usize> {
        self.progress.after_tick(&self.lesson, shell)
    }
}

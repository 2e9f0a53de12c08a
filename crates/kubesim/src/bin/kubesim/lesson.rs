//! `kubesim --lesson PATH`: a lesson's scenario, with the lesson's goals
//! watched as commands run, so an author can try another path to the same
//! goal. Each step done is told on stderr the moment it is done, during a
//! `sleep` included.

use std::io::{self, Write};
use std::ops::Range;
use std::path::Path;

use kubesim::lessons::{Lesson, Progress};
use kubesim::{Output, Shell};

pub struct Watched {
    lesson: Lesson,
    progress: Progress,
}

impl Watched {
    /// The lesson at `path` and a shell on its scenario.
    pub fn open(path: &str) -> Result<(Watched, Shell), String> {
        let text = std::fs::read_to_string(Path::new(path)).map_err(|e| format!("{path}: {e}"))?;
        let lesson = Lesson::parse(&text).map_err(|e| format!("{path}: {e}"))?;
        let shell = lesson.start().map_err(|e| format!("{path}: scenario {}: {e}", lesson.scenario))?;
        Ok((Watched { lesson, progress: Progress::default() }, shell))
    }

    /// Runs a line. Steps done while it runs (as a `sleep` passes) are told
    /// at once; those its end made done are returned, to be told after its
    /// output.
    pub fn run(&mut self, shell: &mut Shell, line: &str) -> (Output, Range<usize>) {
        let (lesson, progress) = (&self.lesson, &mut self.progress);
        let output = shell.run_watching(line, &mut |now| tell(progress.after_tick(lesson, now)));
        let done = progress.after_command(lesson, shell, line, output.status);
        (output, done)
    }
}

/// `kubesim: step K done` on stderr for each step (numbered from 1).
pub fn tell(steps: Range<usize>) {
    let mut stderr = io::stderr().lock();
    for step in steps {
        // A closed stderr leaves nothing to tell.
        let _ = writeln!(stderr, "kubesim: step {} done", step + 1);
    }
}

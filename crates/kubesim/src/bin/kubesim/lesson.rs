//! `kubesim --lesson PATH`: a lesson's scenario, with the lesson's goals
//! watched as commands run, so an author can try another path to the same
//! goal. Each step done is told on stderr the moment it is done, during a
//! `sleep` included.

use std::io::{self, Write};
use std::ops::Range;

use kubesim::lessons::{Attempt, Lesson, Progress};
use kubesim::Shell;

/// The lesson at `path` and a shell on its scenario.
pub fn open(path: &str) -> Result<(Attempt, Shell), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let lesson = Lesson::parse(&text).map_err(|e| format!("{path}: {e}"))?;
    let shell = lesson.start().map_err(|e| format!("{path}: scenario {}: {e}", lesson.scenario))?;
    Ok((Attempt::new(lesson, Progress::default()), shell))
}

/// `kubesim: step K done` on stderr for each step (numbered from 1).
pub fn tell(steps: Range<usize>) {
    let mut stderr = io::stderr().lock();
    for step in steps {
        // A closed stderr leaves nothing to tell.
        let _ = writeln!(stderr, "kubesim: step {} done", step + 1);
    }
}

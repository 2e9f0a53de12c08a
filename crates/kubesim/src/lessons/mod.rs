//! Lessons that check themselves. A lesson is a definition written once
//! (its scenario, and per step a goal, a solution and the ECS command that
//! corresponds: `definition.rs`) and its prose in each language
//! (`prose.rs`). A goal is a check on the simulated world — a read-only
//! command line and what it must print — never a match on what was typed;
//! steps about reading output may instead ask that a command ran.
//! `Progress` applies the rules, an `Attempt` feeds it commands and clock
//! ticks, and `verify` is the author's check that every solution replays
//! green.

mod attempt;
mod course;
mod definition;
mod glob;
mod goal;
mod progress;
mod prose;
mod read_only;
mod start;
mod verify;

pub use attempt::Attempt;
pub use course::{Course, CourseLesson, Page, LANGUAGES};
pub use definition::{Lesson, LessonError, Step};
pub use glob::Glob;
pub use goal::{Check, Expect, Goal, Ran, Stdout};
pub use progress::Progress;
pub use prose::{Prose, StepProse};
pub use verify::verify;

//! What a lesson costs the page: its goals are checked after every command
//! and every tick of the clock (once a real second). Lesson 3's `uncordon`
//! step has the most checks of the course (four, two of them aws calls on
//! the ECS twin), each run on a copy of the world.
//! A reload replays the kept session through the same attempt: the second
//! benchmark replays a whole lesson 3 worked at the prompt, with a second
//! of clock between lines as the page's timer records it.
//! Run with `make bench`; the figures are kept in docs/PERFORMANCE.md.

use criterion::{criterion_group, criterion_main, Criterion};
use kubesim::lessons::{Attempt, Lesson, Progress};
use kubesim::shell::{Entry, Journal, Language};
use kubesim::sim::Duration;

const LESSON: &str = include_str!("../../../content/03-node-maintenance.lesson");

fn tick_with_four_checks(c: &mut Criterion) {
    let lesson = Lesson::parse(LESSON).unwrap_or_else(|e| panic!("lesson 3: {e}"));
    let uncordon =
        lesson.steps.iter().position(|s| s.id == "uncordon").unwrap_or_else(|| panic!("no uncordon step"));
    assert_eq!(lesson.steps[uncordon].goal.checks.len(), 4);
    let shell = lesson.replay(uncordon).unwrap_or_else(|e| panic!("lesson 3 replays: {e}"));
    let mut attempt = Attempt::new(lesson.clone(), Progress::restored(&lesson, uncordon));
    c.bench_function("lesson goals after a clock tick (4 checks)", |b| {
        b.iter(|| {
            let done = attempt.tick(&shell);
            assert!(done.is_empty(), "the step waits for its uncordon");
        })
    });
}

/// Lesson 3 done at the prompt: each step's solution, then `kubectl get
/// pods -o wide`, with ten seconds of clock after each line.
fn lesson_three_journal(lesson: &Lesson) -> Journal {
    let mut journal = Journal::new();
    for line in lesson.steps.iter().flat_map(|step| &step.solution) {
        for line in [line.as_str(), "kubectl get pods -o wide"] {
            assert!(journal.record_run(line, Language::English));
            journal.record_advance(Duration::from_secs(10));
        }
    }
    journal
}

fn replay_a_whole_lesson(c: &mut Criterion) {
    let lesson = Lesson::parse(LESSON).unwrap_or_else(|e| panic!("lesson 3: {e}"));
    let journal = lesson_three_journal(&lesson);
    c.bench_function("replaying lesson 3 worked at the prompt, on reload", |b| {
        b.iter(|| {
            let mut shell = lesson.start().unwrap_or_else(|e| panic!("lesson 3 starts: {e}"));
            let mut attempt = Attempt::new(lesson.clone(), Progress::restored(&lesson, 0));
            for entry in journal.entries() {
                match entry {
                    Entry::Run(line) => {
                        attempt.run(&mut shell, line, &mut |_| {});
                    }
                    Entry::Advance(d) => {
                        shell.advance(*d);
                        attempt.tick(&shell);
                    }
                    Entry::Language(_) | Entry::Interrupt(_) | Entry::ClearScreen => {}
                }
            }
            assert_eq!(attempt.progress().done(), lesson.steps.len());
        })
    });
}

criterion_group! {
    name = lessons;
    config = Criterion::default().sample_size(50);
    targets = tick_with_four_checks, replay_a_whole_lesson
}
criterion_main!(lessons);

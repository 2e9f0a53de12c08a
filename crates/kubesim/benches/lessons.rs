//! What a lesson costs the page: its goals are checked after every command
//! and every tick of the clock (once a real second). Lesson 3's `uncordon`
//! step has the most checks of the course (four, two of them aws calls on
//! the ECS twin), each run on a copy of the world.
//! Run with `make bench`; the figures are kept in docs/PERFORMANCE.md.

use criterion::{criterion_group, criterion_main, Criterion};
use kubesim::lessons::{Attempt, Lesson, Progress};

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

criterion_group! {
    name = lessons;
    config = Criterion::default().sample_size(50);
    targets = tick_with_four_checks
}
criterion_main!(lessons);

//! `kubesim --check-lessons DIR`: every lesson of the course in `DIR`
//! parsed in both languages and replayed (`kubesim::lessons::verify`). One
//! line per lesson, then `lessons: N, steps: M, ok`; the first failure ends
//! it with a non-zero exit.

use std::path::Path;

use kubesim::lessons::{verify, Course, LANGUAGES};

/// The report's lines, or the first failure.
pub fn check_lessons(dir: &str) -> Result<Vec<String>, String> {
    let course = Course::load(Path::new(dir))?;
    let mut report = Vec::new();
    let mut steps = 0;
    for lesson in &course.lessons {
        let languages: Vec<(&str, &kubesim::lessons::Prose)> =
            LANGUAGES.iter().copied().zip(&lesson.prose).collect();
        let path = Path::new(dir).join(format!("{}.lesson", lesson.slug));
        verify(&lesson.lesson, &languages).map_err(|e| format!("{}: {e}", path.display()))?;
        let n = lesson.lesson.steps.len();
        steps += n;
        report.push(format!("{}: {n} steps, ok", lesson.slug));
    }
    if course.lessons.is_empty() {
        return Err(format!("{dir}: no lessons (*.lesson) found"));
    }
    report.push(format!("lessons: {}, steps: {steps}, ok", course.lessons.len()));
    Ok(report)
}

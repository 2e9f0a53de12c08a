//! Which lesson is open and what the learner has done, as the page keeps it:
//! read from the link (`?lesson=N`) and from localStorage, written back to
//! both. Plain functions, so a junk link or stored value is tested without a
//! browser; every junk input means a clean start, never a failure.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The scenarios the sandbox offers, in the order shown.
pub const SANDBOX_SCENARIOS: [&str; 3] = ["basic", "fargate", "outdated-nodegroup"];

/// The localStorage key. A new layout takes a new key, so an old one is
/// simply never read.
pub const STORAGE_KEY: &str = "kubelab.course.v1";

/// What the lesson pane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opened {
    /// A lesson, by its index in the course (0 is lesson 1).
    Lesson(usize),
    Sandbox,
}

impl Opened {
    /// `?lesson=3` (numbered from 1) or `?lesson=sandbox`; None for anything
    /// else, including a lesson the course does not have.
    pub fn from_query(value: &str, lessons: usize) -> Option<Opened> {
        let value = value.trim();
        if value.eq_ignore_ascii_case("sandbox") {
            return Some(Opened::Sandbox);
        }
        let n: usize = value.parse().ok()?;
        (1..=lessons).contains(&n).then(|| Opened::Lesson(n - 1))
    }

    /// The value of `?lesson=` that opens this again.
    pub fn query_value(self) -> String {
        match self {
            Opened::Lesson(i) => (i + 1).to_string(),
            Opened::Sandbox => "sandbox".to_owned(),
        }
    }
}

/// What survives a reload: the lesson shown, how many steps of each lesson
/// are done, and the sandbox's scenario. Lessons go by slug, so adding one
/// to the course keeps everyone's progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// A lesson's slug, or `sandbox`.
    #[serde(default)]
    pub open: Option<String>,
    #[serde(default)]
    pub done: BTreeMap<String, usize>,
    #[serde(default)]
    pub sandbox: Option<String>,
}

impl Saved {
    /// The stored text, or a clean start for anything unreadable.
    pub fn parse(text: Option<&str>) -> Saved {
        text.and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        // Maps of strings to numbers always serialize.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The lesson shown last, if the course still has it.
    pub fn opened(&self, slugs: &[&str]) -> Option<Opened> {
        match self.open.as_deref()? {
            "sandbox" => Some(Opened::Sandbox),
            slug => slugs.iter().position(|s| *s == slug).map(Opened::Lesson),
        }
    }

    pub fn set_opened(&mut self, opened: Opened, slugs: &[&str]) {
        self.open = match opened {
            Opened::Lesson(i) => slugs.get(i).map(|s| (*s).to_owned()),
            Opened::Sandbox => Some("sandbox".to_owned()),
        };
    }

    pub fn done(&self, slug: &str) -> usize {
        self.done.get(slug).copied().unwrap_or(0)
    }

    /// The sandbox's scenario: the saved one if it is offered, else the first.
    pub fn sandbox_scenario(&self) -> &'static str {
        let saved = self.sandbox.as_deref();
        SANDBOX_SCENARIOS.into_iter().find(|s| Some(*s) == saved).unwrap_or(SANDBOX_SCENARIOS[0])
    }
}

/// What opens first: the link, then what was open last, then lesson 1.
pub fn first_opened(query: Option<&str>, saved: &Saved, slugs: &[&str]) -> Opened {
    query
        .and_then(|q| Opened::from_query(q, slugs.len()))
        .or_else(|| saved.opened(slugs))
        .unwrap_or(Opened::Lesson(0))
}

/// The page's query string for `opened` in `lang`, e.g. `?lesson=3&lang=ja`.
pub fn query_string(opened: Opened, lang: &str) -> String {
    format!("?lesson={}&lang={lang}", opened.query_value())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLUGS: [&str; 4] = ["01-a", "02-b", "03-c", "04-d"];

    #[test]
    fn the_link_names_lessons_from_one() {
        assert_eq!(Opened::from_query("3", 4), Some(Opened::Lesson(2)));
        assert_eq!(Opened::from_query("Sandbox", 4), Some(Opened::Sandbox));
        for junk in ["0", "5", "-1", "three", "", "3.0", "99999999999999999999999"] {
            assert_eq!(Opened::from_query(junk, 4), None, "{junk}");
        }
        assert_eq!(Opened::Lesson(2).query_value(), "3");
        assert_eq!(query_string(Opened::Sandbox, "ja"), "?lesson=sandbox&lang=ja");
    }

    #[test]
    fn the_link_beats_what_was_open_which_beats_lesson_one() {
        let mut saved = Saved::default();
        saved.set_opened(Opened::Lesson(1), &SLUGS);
        assert_eq!(first_opened(Some("4"), &saved, &SLUGS), Opened::Lesson(3));
        assert_eq!(first_opened(Some("junk"), &saved, &SLUGS), Opened::Lesson(1));
        assert_eq!(first_opened(None, &Saved::default(), &SLUGS), Opened::Lesson(0));
    }

    #[test]
    fn progress_round_trips_through_storage() {
        let mut saved = Saved::default();
        saved.set_opened(Opened::Lesson(2), &SLUGS);
        saved.done.insert("03-c".to_owned(), 4);
        saved.sandbox = Some("fargate".to_owned());
        let again = Saved::parse(Some(&saved.to_json()));
        assert_eq!(again, saved);
        assert_eq!((again.done("03-c"), again.done("01-a")), (4, 0));
        assert_eq!(again.opened(&SLUGS), Some(Opened::Lesson(2)));
        assert_eq!(again.sandbox_scenario(), "fargate");
    }

    #[test]
    fn junk_in_storage_is_a_clean_start() {
        for junk in [
            None,
            Some(""),
            Some("{not json"),
            Some("[1,2,3]"),
            Some(r#"{"done":{"03-c":"four"}}"#),
            Some(r#"{"done":{"03-c":-1}}"#),
            Some("null"),
        ] {
            assert_eq!(Saved::parse(junk), Saved::default(), "{junk:?}");
        }
        let stale = Saved::parse(Some(r#"{"open":"09-gone","sandbox":"stress","extra":true}"#));
        assert_eq!(stale.opened(&SLUGS), None);
        assert_eq!(stale.sandbox_scenario(), "basic");
    }
}

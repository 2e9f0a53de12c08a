//! The terminal session as the page keeps it across a reload: what was open
//! (a lesson by slug, or the sandbox with its scenario), the engine's
//! journal of that session, and the clock it reached, which the replay
//! must reach again. Plain functions, so junk in storage is tested without
//! a browser: whatever cannot be read is a clean start, with a reason.

use kubesim::shell::Journal;
use kubesim::sim::Timestamp;
use serde::{Deserialize, Serialize};

use super::course::Opened;

/// The localStorage key; a new layout takes a new key.
pub const SESSION_KEY: &str = "kubelab.session.v1";

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Stored {
    /// `lesson:SLUG` or `sandbox:SCENARIO`.
    opened: String,
    /// The journal's text form.
    journal: String,
    /// The simulated clock when it was saved, in Unix milliseconds.
    now: i64,
}

/// What was open, as the stored session names it.
pub fn opened_key(opened: Opened, slugs: &[&str], sandbox_scenario: &str) -> String {
    match opened {
        Opened::Lesson(i) => format!("lesson:{}", slugs.get(i).copied().unwrap_or_default()),
        Opened::Sandbox => format!("sandbox:{sandbox_scenario}"),
    }
}

/// The stored text for a session on `opened` (its key) at `now`.
pub fn to_json(opened: &str, journal: &Journal, now: Timestamp) -> String {
    let stored = Stored { opened: opened.to_owned(), journal: journal.to_string(), now: now.unix_millis() };
    // Strings and a number always serialize.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// A session to replay, and the clock the replay must reach.
#[derive(Debug, PartialEq, Eq)]
pub struct Restorable {
    pub journal: Journal,
    pub now: Timestamp,
}

/// What storage holds for the page that opens on `opened`.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// Nothing kept: a first visit, or another lesson was open last.
    Nothing,
    /// The session to replay.
    Session(Restorable),
    /// Something is kept but cannot be read: a clean start, and the learner
    /// is told.
    Unreadable,
}

/// Reads the stored text for the page opening on `opened` (its key).
pub fn find(text: Option<&str>, opened: &str) -> Found {
    let Some(text) = text else { return Found::Nothing };
    let Ok(stored) = serde_json::from_str::<Stored>(text) else { return Found::Unreadable };
    if stored.opened != opened {
        return Found::Nothing;
    }
    match Journal::parse(&stored.journal) {
        Ok(journal) => Found::Session(Restorable { journal, now: Timestamp::from_unix_millis(stored.now) }),
        Err(_) => Found::Unreadable,
    }
}

#[cfg(test)]
mod tests {
    use kubesim::shell::Language;
    use kubesim::sim::Duration;

    use super::*;

    fn journal() -> Journal {
        let mut journal = Journal::new();
        journal.record_run("kubectl get nodes", Language::English);
        journal.record_advance(Duration::from_secs(3));
        journal
    }

    #[test]
    fn a_session_reads_back_for_what_it_was_kept_for() {
        let now = Timestamp::from_utc(2025, 6, 12, 9, 0, 3);
        let text = to_json("lesson:03-node-maintenance", &journal(), now);
        assert_eq!(
            find(Some(&text), "lesson:03-node-maintenance"),
            Found::Session(Restorable { journal: journal(), now })
        );
        assert_eq!(find(Some(&text), "lesson:01-why-kubectl-lists-ec2"), Found::Nothing);
        assert_eq!(find(Some(&text), "sandbox:basic"), Found::Nothing);
        assert_eq!(find(None, "sandbox:basic"), Found::Nothing);
    }

    #[test]
    fn junk_is_unreadable_never_half_read() {
        let tampered = to_json("sandbox:basic", &journal(), Timestamp::from_unix_millis(0))
            .replace("$ kubectl get nodes", "rm -rf /");
        for junk in ["", "{", "null", "[]", r#"{"opened":"sandbox:basic"}"#, &tampered] {
            assert_eq!(find(Some(junk), "sandbox:basic"), Found::Unreadable, "{junk:?}");
        }
    }

    #[test]
    fn keys_name_the_lesson_or_the_sandbox_scenario() {
        let slugs = ["01-a", "02-b"];
        assert_eq!(opened_key(Opened::Lesson(1), &slugs, "basic"), "lesson:02-b");
        assert_eq!(opened_key(Opened::Sandbox, &slugs, "fargate"), "sandbox:fargate");
    }
}

//! The journal of a terminal session: every line typed, every move of the
//! clock and every change of language, in order. The engine is
//! deterministic, so the session's scenario plus its journal rebuild the
//! session exactly, by replaying it: the page keeps a session across a
//! reload this way, small to store.
//!
//! The text form is one entry per line after a header:
//!
//! ```text
//! kubesim-journal 1
//! $ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets
//! + 37000
//! lang ja
//! ^C kubectl get no
//! clear-screen
//! ```
//!
//! `$ LINE` ran a line; `+ MS` moved the clock by MS milliseconds; `lang
//! CODE` switched the language the shell's own messages speak; `^C LINE`
//! abandoned a line with Ctrl+C; `clear-screen` is Ctrl+L. Text from
//! storage (or, later, a link) is checked as it is parsed: a wrong header,
//! an unknown entry, a control character or a journal over the limits is
//! refused whole, never half replayed.

use std::fmt;

use super::Language;
use crate::sim::Duration;

const HEADER: &str = "kubesim-journal 1";

/// At most this many entries: a long day of work at the prompt, and still
/// well inside what a browser lets a page keep.
pub const MAX_ENTRIES: usize = 5_000;

/// At most this many bytes in one command line.
pub const MAX_LINE: usize = 4_096;

/// One thing that happened in the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A line entered at the prompt.
    Run(String),
    /// The clock moved on its own (the page's timer).
    Advance(Duration),
    /// The page switched language; later lines answer in it.
    Language(Language),
    /// A line abandoned with Ctrl+C: shown, never run.
    Interrupt(String),
    /// Ctrl+L: the screen was cleared.
    ClearScreen,
}

/// Why a journal could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalError {
    /// The line it failed on, from 1 (the header is line 1).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for JournalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "journal line {}: {}", self.line, self.message)
    }
}

/// The session so far, oldest entry first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journal {
    entries: Vec<Entry>,
    /// The language of the last `Language` entry (English before any).
    language: Language,
}

impl Journal {
    pub fn new() -> Journal {
        Journal::default()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Whether another entry fits under `MAX_ENTRIES`.
    pub fn is_full(&self) -> bool {
        self.entries.len() >= MAX_ENTRIES
    }

    /// Records a line run at the prompt, in `language`. Returns false, and
    /// records nothing, when the journal is full or the line too long to
    /// keep.
    pub fn record_run(&mut self, line: &str, language: Language) -> bool {
        if line.len() > MAX_LINE || has_control(line) || self.entries.len() + 2 > MAX_ENTRIES {
            return false;
        }
        self.record_language(language);
        self.entries.push(Entry::Run(line.to_owned()));
        true
    }

    /// Records the clock moving by `d`; a run of moves is kept as one, as
    /// the engine's clock gives the same world either way.
    pub fn record_advance(&mut self, d: Duration) -> bool {
        if d.millis() <= 0 {
            return true;
        }
        if let Some(Entry::Advance(total)) = self.entries.last_mut() {
            *total = Duration::from_millis(total.millis().saturating_add(d.millis()));
            return true;
        }
        self.push(Entry::Advance(d))
    }

    pub fn record_interrupt(&mut self, line: &str) -> bool {
        if line.len() > MAX_LINE || has_control(line) {
            return false;
        }
        self.push(Entry::Interrupt(line.to_owned()))
    }

    pub fn record_clear_screen(&mut self) -> bool {
        self.push(Entry::ClearScreen)
    }

    fn record_language(&mut self, language: Language) {
        if language != self.language {
            self.language = language;
            self.entries.push(Entry::Language(language));
        }
    }

    fn push(&mut self, entry: Entry) -> bool {
        if self.is_full() {
            return false;
        }
        if let Entry::Language(language) = entry {
            self.language = language;
        }
        self.entries.push(entry);
        true
    }

    /// Reads the text form, refusing it whole at the first bad line.
    pub fn parse(text: &str) -> Result<Journal, JournalError> {
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Err(JournalError { line: 1, message: format!("expected \"{HEADER}\"") });
        }
        let mut journal = Journal::new();
        for (i, line) in lines.enumerate() {
            let number = i + 2;
            let fail = |message: &str| JournalError { line: number, message: message.to_owned() };
            if journal.is_full() {
                return Err(fail("too many entries"));
            }
            if has_control(line) {
                return Err(fail("not a line that was typed"));
            }
            let typed = line.strip_prefix("$ ").or_else(|| line.strip_prefix("^C "));
            if typed.is_some_and(|typed| typed.len() > MAX_LINE) {
                return Err(fail("a line longer than the prompt takes"));
            }
            let entry = if let Some(run) = line.strip_prefix("$ ") {
                Entry::Run(run.to_owned())
            } else if let Some(run) = line.strip_prefix("^C ") {
                Entry::Interrupt(run.to_owned())
            } else if let Some(ms) = line.strip_prefix("+ ") {
                match ms.parse::<i64>() {
                    // At most a year at once: more is no session anyone had.
                    Ok(ms) if ms > 0 && ms <= 366 * 86_400_000 => Entry::Advance(Duration::from_millis(ms)),
                    _ => return Err(fail("a clock move is a positive number of milliseconds")),
                }
            } else if let Some(code) = line.strip_prefix("lang ") {
                match Language::from_code(code) {
                    Some(language) => Entry::Language(language),
                    None => return Err(fail("unknown language")),
                }
            } else if line == "clear-screen" {
                Entry::ClearScreen
            } else {
                return Err(fail("unknown entry"));
            };
            journal.push(entry);
        }
        Ok(journal)
    }
}

/// Command lines are one line of printable text; a tab is allowed (it can
/// be pasted), no other control character is.
fn has_control(line: &str) -> bool {
    line.chars().any(|c| c.is_control() && c != '\t')
}

impl fmt::Display for Journal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{HEADER}")?;
        for entry in &self.entries {
            match entry {
                Entry::Run(line) => writeln!(f, "$ {line}")?,
                Entry::Advance(d) => writeln!(f, "+ {}", d.millis())?,
                Entry::Language(language) => writeln!(f, "lang {}", language.code())?,
                Entry::Interrupt(line) => writeln!(f, "^C {line}")?,
                Entry::ClearScreen => writeln!(f, "clear-screen")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Journal {
        let mut journal = Journal::new();
        journal.record_run("kubectl get nodes", Language::English);
        journal.record_advance(Duration::from_secs(1));
        journal.record_advance(Duration::from_secs(1));
        journal.record_run("kubectl get pods", Language::Japanese);
        journal.record_interrupt("kubectl dr");
        journal.record_clear_screen();
        journal.record_run("  ", Language::Japanese);
        journal
    }

    #[test]
    fn the_text_form_reads_back_as_written() {
        let journal = sample();
        let text = journal.to_string();
        assert_eq!(
            text,
            "kubesim-journal 1\n$ kubectl get nodes\n+ 2000\nlang ja\n$ kubectl get pods\n^C kubectl dr\nclear-screen\n$   \n"
        );
        assert_eq!(Journal::parse(&text), Ok(journal));
    }

    #[test]
    fn consecutive_clock_moves_are_one_entry() {
        let mut journal = Journal::new();
        for _ in 0..600 {
            journal.record_advance(Duration::from_secs(1));
        }
        assert_eq!(journal.entries(), [Entry::Advance(Duration::from_mins(10))]);
    }

    #[test]
    fn anything_but_a_journal_is_refused_whole() {
        for (text, line) in [
            ("", 1),
            ("{\"open\":\"sandbox\"}", 1),
            ("kubesim-journal 2\n$ kubectl get nodes\n", 1),
            ("kubesim-journal 1\n$ kubectl get nodes\nrm -rf /\n", 3),
            ("kubesim-journal 1\n+ -5\n", 2),
            ("kubesim-journal 1\n+ 99999999999999\n", 2),
            ("kubesim-journal 1\nlang fr\n", 2),
            ("kubesim-journal 1\n$ kubectl get nodes\u{1b}[2J\n", 2),
        ] {
            assert_eq!(Journal::parse(text).map_err(|e| e.line), Err(line), "{text:?}");
        }
        let long = format!("kubesim-journal 1\n$ {}\n", "x".repeat(MAX_LINE + 1));
        assert!(Journal::parse(&long).is_err());
        let many = format!("kubesim-journal 1\n{}", "clear-screen\n".repeat(MAX_ENTRIES + 1));
        assert_eq!(Journal::parse(&many).map_err(|e| e.message), Err("too many entries".to_owned()));
    }

    #[test]
    fn a_full_journal_records_nothing_more() {
        let mut journal = Journal::new();
        while journal.record_clear_screen() {}
        assert_eq!(journal.entries().len(), MAX_ENTRIES);
        assert!(!journal.record_run("kubectl get nodes", Language::English));
        assert!(!journal.record_run(&"x".repeat(MAX_LINE + 1), Language::English));
    }
}

//! The learner's session: the shell on the simulated world, the lesson
//! open and the attempt at it, and what is saved across reloads. Every
//! command line and clock tick goes through here, so a lesson sees them
//! all. The rules are the engine's (`kubesim::lessons`); this only wires
//! them to the page's signals.
//!
//! Everything that happens at the prompt and on the clock is also written
//! to the engine's journal and kept in localStorage, so a reload replays
//! it: the same world, clock, scrollback, history and lesson progress.

use std::ops::Range;

use kubesim::lessons::{Attempt, Lesson, Progress};
use kubesim::scenario::{self, ScenarioError};
use kubesim::shell::{Entry, Journal};
use kubesim::sim::Duration;
use kubesim::{Shell, Stream};
use leptos::prelude::*;

use super::app::Locale;
use super::preferences;
use super::terminal::{EntryKind, Scrollback};
use crate::course::LESSONS;
use crate::i18n::{Lang, Msg};
use crate::view_model::course::{first_opened, Opened, Saved};
use crate::view_model::session_store::{self, Found, Restorable};

#[derive(Clone, Copy)]
pub struct Session {
    pub shell: RwSignal<Shell>,
    /// The attempt at the open lesson; None in the sandbox.
    attempt: RwSignal<Option<Attempt>>,
    pub opened: RwSignal<Opened>,
    /// What is kept in localStorage (the App saves it when it changes).
    pub saved: RwSignal<Saved>,
    /// The course's lessons, parsed once.
    lessons: StoredValue<Vec<Lesson>>,
    pub scrollback: Scrollback,
    locale: Locale,
    /// What happened on the open lesson's or sandbox's world, for a reload.
    journal: StoredValue<Journal>,
    /// Whether the journal is still kept: not once the browser refused it
    /// or it grew too long (the learner is told, once).
    keeping: StoredValue<bool>,
}

/// The lessons' slugs, in course order.
fn slugs() -> Vec<&'static str> {
    LESSONS.iter().map(|l| l.slug).collect()
}

impl Session {
    /// Opens what the link asks for, else what was open last, else lesson 1;
    /// the session kept for it, if any, is replayed.
    pub fn new(locale: Locale) -> Session {
        let saved = Saved::parse(preferences::load_course().as_deref());
        let opened = first_opened(preferences::query_param("lesson").as_deref(), &saved, &slugs());
        // build.rs parsed every definition with this same parser, so none
        // is skipped here.
        let lessons: Vec<Lesson> = LESSONS.iter().filter_map(|l| Lesson::parse(l.definition).ok()).collect();
        let scrollback = Scrollback::new();
        let storage = preferences::storage_available();
        let key = session_store::opened_key(opened, &slugs(), saved.sandbox_scenario());
        let found = session_store::find(preferences::load_session().as_deref(), &key);
        let start = match &found {
            Found::Session(kept) if kept.journal.entries().iter().any(|e| matches!(e, Entry::Run(_))) => {
                Start::Session
            }
            Found::Session(_) => Start::Scenario,
            Found::Nothing | Found::Unreadable => Start::Solutions,
        };
        let fresh = Fresh::open(opened, &saved, &lessons, locale.0.get_untracked(), scrollback, start);
        let session = Session {
            shell: RwSignal::new(fresh.shell),
            attempt: RwSignal::new(fresh.attempt),
            opened: RwSignal::new(opened),
            saved: RwSignal::new(saved),
            lessons: StoredValue::new(lessons),
            scrollback,
            locale,
            journal: StoredValue::new(Journal::new()),
            keeping: StoredValue::new(storage),
        };
        session.saved.update(|s| s.set_opened(opened, &slugs()));
        match found {
            Found::Session(kept) => session.restore(kept),
            Found::Unreadable => {
                session.notice(Msg::SessionUnreadable);
                session.save_journal();
            }
            Found::Nothing => session.save_journal(),
        }
        if !storage {
            session.notice(Msg::StorageUnavailable);
        }
        session
    }

    pub fn lesson_count(self) -> usize {
        self.lessons.with_value(Vec::len)
    }

    /// The open lesson's definition.
    pub fn lesson(self, index: usize) -> Option<Lesson> {
        self.lessons.with_value(|l| l.get(index).cloned())
    }

    /// How many steps of the open lesson are done (reactive).
    pub fn done(self) -> usize {
        self.attempt.with(|a| a.as_ref().map_or(0, |a| a.progress().done()))
    }

    /// Whether the sandbox holds work that opening a lesson would lose.
    pub fn sandbox_has_work(self) -> bool {
        self.opened.get_untracked() == Opened::Sandbox
            && self.shell.with_untracked(|s| !s.history().is_empty())
    }

    /// Shows a lesson or the sandbox, on its own fresh world.
    pub fn open(self, opened: Opened) {
        let lang = self.locale.0.get_untracked();
        let fresh = self.saved.with_untracked(|saved| {
            self.lessons.with_value(|lessons| {
                Fresh::open(opened, saved, lessons, lang, self.scrollback, Start::Solutions)
            })
        });
        self.shell.set(fresh.shell);
        self.attempt.set(fresh.attempt);
        self.opened.set(opened);
        self.saved.update(|s| s.set_opened(opened, &slugs()));
        self.journal.set_value(Journal::new());
        self.keeping.set_value(preferences::storage_available());
        self.save_journal();
    }

    /// The open lesson from its first step, on a fresh world.
    pub fn reset_lesson(self) {
        if let Opened::Lesson(i) = self.opened.get_untracked() {
            if let Some(slug) = slugs().get(i) {
                self.saved.update(|s| {
                    s.done.remove(*slug);
                });
            }
            self.open(Opened::Lesson(i));
        }
    }

    /// The sandbox again, from `scenario`.
    pub fn restart_sandbox(self, scenario: &str) {
        self.saved.update(|s| s.sandbox = Some(scenario.to_owned()));
        self.open(Opened::Sandbox);
    }

    /// Runs a line as if typed at the prompt.
    pub fn run(self, line: String) {
        let lang = self.locale.0.get_untracked();
        let kept = self.record(|journal| journal.record_run(&line, lang.shell_language()));
        self.execute(line, lang);
        self.kept(kept);
    }

    /// Moves the simulated clock, as the page's timer does each second.
    pub fn tick(self, d: Duration) {
        let kept = self.record(|journal| journal.record_advance(d));
        self.advance(d);
        self.kept(kept);
    }

    /// Ctrl+C: the line is left unrun, as the terminal shows it.
    pub fn interrupt(self, line: String) {
        let kept = self.record(|journal| journal.record_interrupt(&line));
        self.show_interrupt(&line);
        self.kept(kept);
    }

    /// Ctrl+L: a clear screen, the session otherwise as it was.
    pub fn clear_screen(self) {
        let kept = self.record(|journal| journal.record_clear_screen());
        self.scrollback.clear();
        self.kept(kept);
    }

    fn show_interrupt(self, line: &str) {
        self.scrollback.push(EntryKind::Command, format!("{}{line}^C", super::terminal::PROMPT));
    }

    /// Runs `line` with the shell (and the notes) speaking `lang`.
    fn execute(self, line: String, lang: Lang) {
        self.scrollback.push(EntryKind::Command, format!("{}{line}", super::terminal::PROMPT));
        let mut during = Vec::new();
        let mut attempt = self.attempt.get_untracked();
        let Some((output, done)) = self.shell.try_update(|shell| {
            shell.set_language(lang.shell_language());
            match attempt.as_mut() {
                Some(attempt) => attempt.run(shell, &line, &mut |steps| during.push(steps)),
                None => (shell.run(&line), 0..0),
            }
        }) else {
            return;
        };
        if output.clear_screen {
            self.scrollback.clear();
        }
        for steps in during {
            self.steps_done(steps, lang);
        }
        for (stream, text) in output.chunks {
            let kind = match stream {
                Stream::Stdout => EntryKind::Stdout,
                Stream::Stderr => EntryKind::Stderr,
            };
            self.scrollback.push(kind, text);
        }
        self.steps_done(done, lang);
        if attempt.is_some() {
            self.attempt.set(attempt);
        }
    }

    fn advance(self, d: Duration) {
        self.shell.update(|s| s.advance(d));
        let mut attempt = self.attempt.get_untracked();
        if let Some(a) = attempt.as_mut() {
            let done = self.shell.with_untracked(|s| a.tick(s));
            if !done.is_empty() {
                self.steps_done(done, self.locale.0.get_untracked());
                self.attempt.set(attempt);
            }
        }
    }

    /// Replays a kept session on the fresh world just opened. A replay that
    /// does not reach the kept clock, or the steps already done, is not the
    /// session that was kept: the learner gets a clean start and a note.
    fn restore(self, kept: Restorable) {
        let done_before = self.saved_done();
        let mut lang = Lang::En;
        for entry in kept.journal.entries() {
            match entry {
                Entry::Run(line) => self.execute(line.clone(), lang),
                Entry::Advance(d) => self.advance(*d),
                Entry::Language(language) => lang = Lang::from_shell(*language),
                Entry::Interrupt(line) => self.show_interrupt(line),
                Entry::ClearScreen => self.scrollback.clear(),
            }
        }
        let now = self.shell.with_untracked(|s| s.cluster().now());
        if now == kept.now && self.done() >= done_before {
            self.journal.set_value(kept.journal);
        } else {
            self.open(self.opened.get_untracked());
            self.notice(Msg::SessionDiverged);
        }
    }

    /// Steps of the open lesson the saved progress counts as done.
    fn saved_done(self) -> usize {
        match self.opened.get_untracked() {
            Opened::Lesson(i) => slugs().get(i).map_or(0, |slug| self.saved.with_untracked(|s| s.done(slug))),
            Opened::Sandbox => 0,
        }
    }

    /// Writes to the journal while it is kept; whether it took the entry.
    fn record(self, write: impl FnOnce(&mut Journal) -> bool) -> bool {
        if !self.keeping.get_value() {
            return true;
        }
        let mut took = false;
        self.journal.update_value(|journal| took = write(journal));
        took
    }

    /// Saves the journal after an entry, or, when it could not take the
    /// entry, stops keeping it and says so.
    fn kept(self, took: bool) {
        if took {
            self.save_journal();
        } else if self.keeping.get_value() {
            self.keeping.set_value(false);
            self.notice(Msg::SessionTooLong);
        }
    }

    fn save_journal(self) {
        if !self.keeping.get_value() {
            return;
        }
        let key = self.saved.with_untracked(|saved| {
            session_store::opened_key(self.opened.get_untracked(), &slugs(), saved.sandbox_scenario())
        });
        let now = self.shell.with_untracked(|s| s.cluster().now());
        let json = self.journal.with_value(|journal| session_store::to_json(&key, journal, now));
        if !preferences::save_session(&json) {
            self.keeping.set_value(false);
            self.notice(Msg::SessionNotSaved);
        }
    }

    /// Tells of steps just done and saves them (progress only grows: a
    /// replay passing through earlier steps leaves it as it was).
    fn steps_done(self, steps: Range<usize>, lang: Lang) {
        let (Some(last), Opened::Lesson(i)) = (steps.clone().last(), self.opened.get_untracked()) else {
            return;
        };
        for step in steps {
            self.note(lang.step_done(step + 1));
        }
        if let Some(slug) = slugs().get(i) {
            self.saved.update(|s| {
                let done = s.done.entry((*slug).to_owned()).or_default();
                *done = (*done).max(last + 1);
            });
        }
    }

    fn note(self, text: String) {
        self.scrollback.push(EntryKind::Note, text);
    }

    /// A note about the page itself, in the page's language.
    fn notice(self, msg: Msg) {
        self.note(msg.text(self.locale.0.get_untracked()).to_owned());
    }
}

/// How a lesson's world starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Start {
    /// With the steps already done replayed from their solutions.
    Solutions,
    /// From its scenario, for a kept session to be replayed on it.
    Session,
    /// From its scenario, for a kept session in which nothing was typed
    /// (only the clock moved) to be replayed: as good as a fresh start.
    Scenario,
}

/// What opening a lesson or the sandbox starts: its world, the attempt at
/// the lesson, and a terminal that says which it is.
struct Fresh {
    shell: Shell,
    attempt: Option<Attempt>,
}

impl Fresh {
    /// A lesson with steps done resumes where it was: its solutions so far
    /// are replayed on its scenario (unless a kept session is to be).
    fn open(
        opened: Opened,
        saved: &Saved,
        lessons: &[Lesson],
        lang: Lang,
        scrollback: Scrollback,
        start: Start,
    ) -> Fresh {
        scrollback.clear();
        let lesson = match opened {
            Opened::Lesson(i) => lessons.get(i).map(|lesson| (i, lesson.clone())),
            Opened::Sandbox => None,
        };
        let (built, attempt, note) = match lesson {
            Some((i, lesson)) => {
                let done = match start {
                    Start::Solutions => slugs().get(i).map_or(0, |slug| saved.done(slug)),
                    Start::Session | Start::Scenario => 0,
                };
                let progress = Progress::restored(&lesson, done);
                let note = match start {
                    Start::Session => Msg::SessionRestored,
                    _ if progress.done() > 0 => Msg::LessonResumed,
                    _ => Msg::LessonOpened,
                };
                let built = lesson.replay(progress.done());
                let note = format!("{}: {}", lang.lesson_number(i + 1), note.text(lang));
                (built, Some(Attempt::new(lesson, progress)), note)
            }
            // The sandbox (and, were a lesson missing from the course, that
            // too: the page always has a world).
            None => {
                let name = saved.sandbox_scenario();
                let built = scenario::builtin(name, None)
                    .unwrap_or_else(|| {
                        Err(ScenarioError { line: 0, message: format!("{name} is not a stock scenario") })
                    })
                    .map(|(about, cluster)| Shell::for_scenario(&about, cluster));
                {
                    let note =
                        if start == Start::Session { Msg::SessionRestored } else { Msg::SandboxOpened };
                    (built, None, format!("{}: {}", Msg::SandboxOption.text(lang), note.text(lang)))
                }
            }
        };
        scrollback.push(EntryKind::Note, note);
        let shell = built.unwrap_or_else(|e| {
            // Stock scenarios always build (the engine's tests build each);
            // should one not, the learner is told and keeps a working cluster.
            scrollback.push(EntryKind::Stderr, format!("kubesim: {e}\n"));
            Shell::new(scenario::default_cluster())
        });
        Fresh { shell, attempt }
    }
}

//! The learner's session: the shell on the simulated world, the lesson
//! open and the attempt at it, and what is saved across reloads. Every
//! command line and clock tick goes through here, so a lesson sees them
//! all. The rules are the engine's (`kubesim::lessons`); this only wires
//! them to the page's signals.

use std::ops::Range;

use kubesim::lessons::{Attempt, Lesson, Progress};
use kubesim::scenario::{self, ScenarioError};
use kubesim::sim::Duration;
use kubesim::{Shell, Stream};
use leptos::prelude::*;

use super::app::Locale;
use super::preferences;
use super::terminal::{EntryKind, Scrollback};
use crate::course::LESSONS;
use crate::i18n::{Lang, Msg};
use crate::view_model::course::{first_opened, Opened, Saved};

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
}

/// The lessons' slugs, in course order.
fn slugs() -> Vec<&'static str> {
    LESSONS.iter().map(|l| l.slug).collect()
}

impl Session {
    /// Opens what the link asks for, else what was open last, else lesson 1.
    pub fn new(locale: Locale) -> Session {
        let saved = Saved::parse(preferences::load_course().as_deref());
        let opened = first_opened(preferences::query_param("lesson").as_deref(), &saved, &slugs());
        // build.rs parsed every definition with this same parser, so none
        // is skipped here.
        let lessons: Vec<Lesson> = LESSONS.iter().filter_map(|l| Lesson::parse(l.definition).ok()).collect();
        let scrollback = Scrollback::new();
        let fresh = Fresh::open(opened, &saved, &lessons, locale.0.get_untracked(), scrollback);
        let session = Session {
            shell: RwSignal::new(fresh.shell),
            attempt: RwSignal::new(fresh.attempt),
            opened: RwSignal::new(opened),
            saved: RwSignal::new(saved),
            lessons: StoredValue::new(lessons),
            scrollback,
            locale,
        };
        session.saved.update(|s| s.set_opened(opened, &slugs()));
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
            self.lessons.with_value(|lessons| Fresh::open(opened, saved, lessons, lang, self.scrollback))
        });
        self.shell.set(fresh.shell);
        self.attempt.set(fresh.attempt);
        self.opened.set(opened);
        self.saved.update(|s| s.set_opened(opened, &slugs()));
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
        self.scrollback.push(EntryKind::Command, format!("{}{line}", super::terminal::PROMPT));
        // The shell answers in the page's language at the moment the line
        // runs, so the toggle needs no link of its own to the shell.
        let language = self.locale.0.get_untracked().shell_language();
        let mut during = Vec::new();
        let mut attempt = self.attempt.get_untracked();
        let Some((output, done)) = self.shell.try_update(|shell| {
            shell.set_language(language);
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
            self.steps_done(steps);
        }
        for (stream, text) in output.chunks {
            let kind = match stream {
                Stream::Stdout => EntryKind::Stdout,
                Stream::Stderr => EntryKind::Stderr,
            };
            self.scrollback.push(kind, text);
        }
        self.steps_done(done);
        if attempt.is_some() {
            self.attempt.set(attempt);
        }
    }

    /// Moves the simulated clock, as the page's timer does each second.
    pub fn tick(self, d: Duration) {
        self.shell.update(|s| s.advance(d));
        let mut attempt = self.attempt.get_untracked();
        if let Some(a) = attempt.as_mut() {
            let done = self.shell.with_untracked(|s| a.tick(s));
            if !done.is_empty() {
                self.steps_done(done);
                self.attempt.set(attempt);
            }
        }
    }

    /// Tells of steps just done and saves them.
    fn steps_done(self, steps: Range<usize>) {
        let (Some(last), Opened::Lesson(i)) = (steps.clone().last(), self.opened.get_untracked()) else {
            return;
        };
        let lang = self.locale.0.get_untracked();
        for step in steps {
            self.note(lang.step_done(step + 1));
        }
        if let Some(slug) = slugs().get(i) {
            self.saved.update(|s| {
                s.done.insert((*slug).to_owned(), last + 1);
            });
        }
    }

    fn note(self, text: String) {
        self.scrollback.push(EntryKind::Note, text);
    }
}

/// What opening a lesson or the sandbox starts: its world, the attempt at
/// the lesson, and a terminal that says which it is.
struct Fresh {
    shell: Shell,
    attempt: Option<Attempt>,
}

impl Fresh {
    /// A lesson with steps done resumes where it was: its solutions so far
    /// are replayed on its scenario.
    fn open(opened: Opened, saved: &Saved, lessons: &[Lesson], lang: Lang, scrollback: Scrollback) -> Fresh {
        scrollback.clear();
        let lesson = match opened {
            Opened::Lesson(i) => lessons.get(i).map(|lesson| (i, lesson.clone())),
            Opened::Sandbox => None,
        };
        let (built, attempt, note) = match lesson {
            Some((i, lesson)) => {
                let done = slugs().get(i).map_or(0, |slug| saved.done(slug));
                let progress = Progress::restored(&lesson, done);
                let note = if progress.done() > 0 { Msg::LessonResumed } else { Msg::LessonOpened };
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
                (built, None, format!("{}: {}", Msg::SandboxOption.text(lang), Msg::SandboxOpened.text(lang)))
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

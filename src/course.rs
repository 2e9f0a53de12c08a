//! The course, from `content/` at build time: each lesson's definition
//! (goals and solutions, read by the engine when the page starts) and its
//! prose as HTML in both languages, and the sandbox's page. `build.rs`
//! writes the data.

use crate::i18n::Lang;

/// One step's prose, as HTML.
pub struct StepText {
    pub title: &'static str,
    pub text: &'static str,
    pub hint: &'static str,
    pub ecs: &'static str,
}

/// A lesson's or page's prose in one language, as HTML.
pub struct ProseText {
    pub title: &'static str,
    pub intro: &'static str,
    pub steps: &'static [StepText],
    /// Shown once every step is done; empty for a page.
    pub summary: &'static str,
}

pub struct LessonText {
    pub slug: &'static str,
    /// The lesson file, for `kubesim::lessons::Lesson::parse`.
    pub definition: &'static str,
    pub en: ProseText,
    pub ja: ProseText,
}

pub struct PageText {
    pub en: ProseText,
    pub ja: ProseText,
}

impl LessonText {
    pub fn prose(&self, lang: Lang) -> &ProseText {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }
}

impl PageText {
    pub fn prose(&self, lang: Lang) -> &ProseText {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/course.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use kubesim::lessons::Lesson;

    #[test]
    fn every_lesson_has_its_prose_in_both_languages_and_parses() {
        assert!(LESSONS.len() >= 4);
        for lesson in LESSONS {
            let parsed = Lesson::parse(lesson.definition).unwrap_or_else(|e| panic!("{}: {e}", lesson.slug));
            for lang in Lang::ALL {
                let prose = lesson.prose(lang);
                assert!(!prose.title.is_empty(), "{} has no {lang:?} title", lesson.slug);
                assert_eq!(prose.steps.len(), parsed.steps.len(), "{} {lang:?}", lesson.slug);
                assert!(prose.summary.contains("<table>"), "{} {lang:?} ends without its table", lesson.slug);
            }
        }
        assert!(SANDBOX.prose(Lang::Ja).intro.contains("<p>"));
    }

    #[test]
    fn console_blocks_become_run_buttons_named_for_their_command() {
        let html = SANDBOX.prose(Lang::En).intro;
        assert!(
            html.contains(
                r#"data-command="kubectl get nodes -o wide" aria-label="Run: kubectl get nodes -o wide">Run</button>"#
            ),
            "{html}"
        );
        let html = SANDBOX.prose(Lang::Ja).intro;
        assert!(html.contains(r#"aria-label="実行: kubectl get nodes -o wide">実行</button>"#), "{html}");
    }
}

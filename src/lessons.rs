//! The lessons, rendered from `content/` to HTML at build time.

use crate::i18n::Lang;

pub struct Page {
    pub title: &'static str,
    pub html: &'static str,
}

pub struct Lesson {
    pub slug: &'static str,
    pub en: Page,
    pub ja: Page,
}

impl Lesson {
    pub fn page(&self, lang: Lang) -> &Page {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_has_text_in_both_languages() {
        assert!(!LESSONS.is_empty());
        for lesson in LESSONS {
            for lang in Lang::ALL {
                let page = lesson.page(lang);
                assert!(!page.title.is_empty(), "{} has no {lang:?} title", lesson.slug);
                assert!(page.html.contains("<p>"), "{} has no {lang:?} text", lesson.slug);
            }
        }
    }

    #[test]
    fn console_blocks_become_run_buttons() {
        let welcome = LESSONS.iter().find(|l| l.slug == "00-welcome").expect("the welcome lesson exists");
        assert!(welcome.en.html.contains(r#"data-command="kubectl get nodes">Run</button>"#));
        assert!(welcome.ja.html.contains(r#"data-command="kubectl get nodes">実行</button>"#));
    }
}

//! The course as it lies in a folder (`content/`): `NN-slug.lesson`
//! definitions, and `en/NN-slug.md`, `ja/NN-slug.md` prose for each. A
//! Markdown file with no definition is a plain page (the sandbox's), which
//! has no steps. Read by `kubesim --check-lessons` and by the page's build.

use std::fs;
use std::path::{Path, PathBuf};

use super::definition::Lesson;
use super::prose::Prose;

/// The languages every lesson and page is written in.
pub const LANGUAGES: [&str; 2] = ["en", "ja"];

/// One lesson: its definition and its prose in each of `LANGUAGES`.
#[derive(Clone, Debug)]
pub struct CourseLesson {
    pub slug: String,
    pub lesson: Lesson,
    pub prose: [Prose; 2],
}

/// A page without steps, in each of `LANGUAGES`.
#[derive(Clone, Debug)]
pub struct Page {
    pub slug: String,
    pub prose: [Prose; 2],
}

#[derive(Clone, Debug, Default)]
pub struct Course {
    /// In file-name order, which is course order (`01-…`, `02-…`).
    pub lessons: Vec<CourseLesson>,
    pub pages: Vec<Page>,
}

impl Course {
    /// Reads and parses every file; the error names the first bad file.
    pub fn load(dir: &Path) -> Result<Course, String> {
        let mut course = Course::default();
        let definitions = files(dir, "lesson")?;
        let prose_slugs = files(&dir.join(LANGUAGES[0]), "md")?;
        for lang in &LANGUAGES[1..] {
            let other = files(&dir.join(lang), "md")?;
            if let Some(missing) = prose_slugs.iter().find(|s| !other.contains(s)) {
                return Err(format!(
                    "{} is missing: every page needs both languages",
                    md_path(dir, lang, missing).display()
                ));
            }
            if let Some(extra) = other.iter().find(|s| !prose_slugs.contains(s)) {
                return Err(format!(
                    "{} is missing: every page needs both languages",
                    md_path(dir, LANGUAGES[0], extra).display()
                ));
            }
        }
        for slug in &definitions {
            if !prose_slugs.contains(slug) {
                return Err(format!(
                    "{} has no prose: {} is missing",
                    dir.join(format!("{slug}.lesson")).display(),
                    md_path(dir, LANGUAGES[0], slug).display()
                ));
            }
        }
        for slug in prose_slugs {
            let prose = [read_prose(dir, LANGUAGES[0], &slug)?, read_prose(dir, LANGUAGES[1], &slug)?];
            if definitions.contains(&slug) {
                let path = dir.join(format!("{slug}.lesson"));
                let lesson = Lesson::parse(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
                course.lessons.push(CourseLesson { slug, lesson, prose });
            } else if prose.iter().any(|p| !p.steps.is_empty()) {
                return Err(format!(
                    "{} has steps but no {slug}.lesson beside it",
                    md_path(dir, LANGUAGES[0], &slug).display()
                ));
            } else {
                course.pages.push(Page { slug, prose });
            }
        }
        Ok(course)
    }
}

fn md_path(dir: &Path, lang: &str, slug: &str) -> PathBuf {
    dir.join(lang).join(format!("{slug}.md"))
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_prose(dir: &Path, lang: &str, slug: &str) -> Result<Prose, String> {
    let path = md_path(dir, lang, slug);
    Prose::parse(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))
}

/// The stems of the files in `dir` with extension `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Result<Vec<String>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut stems = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.extension().is_some_and(|e| e == ext) {
            if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                stems.push(stem.to_owned());
            }
        }
    }
    stems.sort();
    Ok(stems)
}

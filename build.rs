//! Renders the lessons in `content/{en,ja}/*.md` to HTML at build time, so the
//! page ships HTML rather than a Markdown parser. Every lesson must exist in
//! both languages: a missing twin fails the build.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use pulldown_cmark::{html, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// Each language and the label of its run buttons.
const LANGS: [(&str, &str); 2] = [("en", "Run"), ("ja", "実行")];

struct Page {
    title: String,
    html: String,
}

fn main() {
    println!("cargo:rerun-if-changed=content");
    let mut lessons: BTreeMap<String, BTreeMap<&str, Page>> = BTreeMap::new();
    for (lang, run_label) in LANGS {
        let dir = Path::new("content").join(lang);
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display())).path();
            if path.extension().is_none_or(|ext| ext != "md") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let slug = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let page = render(&source, run_label).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            lessons.entry(slug).or_default().insert(lang, page);
        }
    }
    let mut out = String::from("pub const LESSONS: &[Lesson] = &[\n");
    for (slug, pages) in &lessons {
        let page = |lang: &str| {
            pages.get(lang).unwrap_or_else(|| {
                panic!("content/{lang}/{slug}.md is missing: every lesson needs both languages")
            })
        };
        let (en, ja) = (page("en"), page("ja"));
        writeln!(
            out,
            "    Lesson {{ slug: {slug:?}, en: Page {{ title: {:?}, html: {:?} }}, ja: Page {{ title: {:?}, html: {:?} }} }},",
            en.title, en.html, ja.title, ja.html
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"))).join("lessons.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

/// Splits off the front matter (`---` … `---`, `key: value` lines) and renders
/// the body. A `console` code block becomes a command with a run button.
fn render(source: &str, run_label: &str) -> Result<Page, String> {
    let rest = source.strip_prefix("---\n").ok_or("front matter (---) missing")?;
    let (front, body) = rest.split_once("\n---\n").ok_or("front matter is not closed by ---")?;
    let title = front
        .lines()
        .find_map(|line| line.strip_prefix("title:"))
        .map(|t| t.trim().to_owned())
        .ok_or("front matter has no title")?;

    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut events = Vec::new();
    let mut command: Option<String> = None;
    for event in Parser::new_ext(body, options) {
        match (&mut command, event) {
            (None, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang)))) if &*lang == "console" => {
                command = Some(String::new());
            }
            (Some(text), Event::Text(t)) => text.push_str(&t),
            (Some(text), Event::End(TagEnd::CodeBlock)) => {
                let line = text.trim_end().to_owned();
                if line.contains('\n') {
                    return Err(format!("a console block holds one command, got {line:?}"));
                }
                let escaped = escape(&line);
                events.push(Event::Html(
                    format!(
                        "<div class=\"command\"><code>{escaped}</code><button type=\"button\" class=\"command__run\" data-command=\"{escaped}\">{run_label}</button></div>\n"
                    )
                    .into(),
                ));
                command = None;
            }
            (Some(_), _) => {}
            (None, event) => events.push(event),
        }
    }
    let events = join_cjk_lines(events);
    let mut html_out = String::new();
    html::push_html(&mut html_out, events.into_iter());
    Ok(Page { title, html: html_out })
}

/// A line break inside a paragraph renders as a space, which is right between
/// words and wrong between two Japanese characters: drop those.
fn join_cjk_lines(mut events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    fn edge(event: Option<&Event<'_>>, last: bool) -> Option<char> {
        match event? {
            Event::Text(t) | Event::Code(t) => {
                if last {
                    t.chars().next_back()
                } else {
                    t.chars().next()
                }
            }
            _ => None,
        }
    }
    let wide = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
    for i in 0..events.len() {
        if matches!(events[i], Event::SoftBreak)
            && wide(edge(i.checked_sub(1).and_then(|j| events.get(j)), true))
            && wide(edge(events.get(i + 1), false))
        {
            events[i] = Event::Text("".into());
        }
    }
    events
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

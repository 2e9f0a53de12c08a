//! Renders the course in `content/` to HTML at build time, so the page ships
//! HTML rather than a Markdown parser. The engine's own reader loads it
//! (`kubesim::lessons::Course`), so a lesson that would not parse, a check
//! that could change the world, or a lesson missing a language fails the
//! build, not the page.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use kubesim::lessons::{Course, Prose, LANGUAGES};
use pulldown_cmark::{html, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// The label of a run button, per language (in `LANGUAGES` order).
const RUN_LABELS: [&str; 2] = ["Run", "実行"];

fn main() {
    // A folder: cargo looks at everything under it.
    println!("cargo:rerun-if-changed=content");
    let course = Course::load(Path::new("content")).unwrap_or_else(|e| panic!("{e}"));
    let mut out = String::from("pub const LESSONS: &[LessonText] = &[\n");
    for lesson in &course.lessons {
        let definition = format!("content/{}.lesson", lesson.slug);
        let [en, ja] = [0, 1].map(|i| prose(&lesson.prose[i], RUN_LABELS[i]));
        writeln!(
            out,
            "    LessonText {{ slug: {:?}, definition: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{definition}\")), en: {en}, ja: {ja} }},",
            lesson.slug
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    out.push_str("];\n");
    let sandbox = course.pages.iter().find(|p| p.slug == "sandbox").unwrap_or_else(|| {
        panic!("content/{}/sandbox.md is missing: the sandbox needs its page", LANGUAGES[0])
    });
    let [en, ja] = [0, 1].map(|i| prose(&sandbox.prose[i], RUN_LABELS[i]));
    writeln!(out, "pub const SANDBOX: PageText = PageText {{ en: {en}, ja: {ja} }};")
        .unwrap_or_else(|e| panic!("{e}"));
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"))).join("course.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

/// A `Prose` literal with every part rendered to HTML.
fn prose(prose: &Prose, run_label: &str) -> String {
    let steps: Vec<String> = prose
        .steps
        .iter()
        .map(|s| {
            format!(
                "StepText {{ title: {:?}, text: {:?}, hint: {:?}, ecs: {:?} }}",
                inline(&s.title),
                render(&s.text, run_label),
                render(&s.hint, run_label),
                render(&s.ecs, run_label)
            )
        })
        .collect();
    format!(
        "ProseText {{ title: {:?}, intro: {:?}, steps: &[{}], summary: {:?} }}",
        prose.title,
        render(&prose.intro, run_label),
        steps.join(", "),
        render(prose.summary.as_deref().unwrap_or_default(), run_label)
    )
}

/// One line of Markdown as inline HTML (a step's title).
fn inline(markdown: &str) -> String {
    let block = render(markdown, "");
    let block = block.trim_end();
    block.strip_prefix("<p>").and_then(|b| b.strip_suffix("</p>")).unwrap_or(block).to_owned()
}

/// Markdown to HTML. A `console` code block becomes a command with a run
/// button, named with its command for screen readers.
fn render(markdown: &str, run_label: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut events = Vec::new();
    let mut command: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        match (&mut command, event) {
            (None, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang)))) if &*lang == "console" => {
                command = Some(String::new());
            }
            (Some(text), Event::Text(t)) => text.push_str(&t),
            (Some(text), Event::End(TagEnd::CodeBlock)) => {
                let line = text.trim_end().to_owned();
                assert!(!line.contains('\n'), "a console block holds one command, got {line:?}");
                let escaped = escape(&line);
                events.push(Event::Html(
                    format!(
                        "<div class=\"command\"><code>{escaped}</code><button type=\"button\" class=\"command__run\" data-command=\"{escaped}\" aria-label=\"{run_label}: {escaped}\">{run_label}</button></div>\n"
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
    html_out
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

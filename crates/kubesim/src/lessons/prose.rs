//! A lesson's text in one language: Markdown with front matter and a few
//! `:::` markers that cut it into the parts the page shows apart.
//!
//! ```text
//! ---
//! title: Node maintenance
//! ---
//! The introduction.
//!
//! ::: step cordon
//! ### Cordon the node
//! What to do, and why.
//! ::: hint
//! A nudge.
//! ::: ecs
//! What ECS does instead.
//! ::: summary
//! What the lesson covered, with its ECS ↔ EKS table.
//! ```
//!
//! The parts stay Markdown here; the page renders them at build time. A
//! `:::` line inside a fenced code block is text, not a marker.

use super::definition::LessonError;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prose {
    pub title: String,
    pub intro: String,
    pub steps: Vec<StepProse>,
    /// What the learner sees when the last step is done.
    pub summary: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepProse {
    pub id: String,
    /// One line of Markdown (inline only).
    pub title: String,
    pub text: String,
    pub hint: String,
    /// What an ECS administrator would run or see instead.
    pub ecs: String,
}

/// Which part the lines being read belong to.
enum Part {
    Intro,
    Text,
    Hint,
    Ecs,
    Summary,
}

impl Prose {
    pub fn parse(source: &str) -> Result<Prose, LessonError> {
        let err = |line: usize, message: &str| LessonError { line, message: message.to_owned() };
        let rest = source.strip_prefix("---\n").ok_or_else(|| err(1, "front matter (---) missing"))?;
        let (front, body) =
            rest.split_once("\n---\n").ok_or_else(|| err(1, "front matter is not closed by ---"))?;
        let title = front
            .lines()
            .find_map(|line| line.strip_prefix("title:"))
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| err(2, "front matter has no title"))?;
        let first_body_line = front.lines().count() + 3;

        let mut prose = Prose { title, ..Prose::default() };
        let mut part = Part::Intro;
        let mut fence: Option<&str> = None;
        for (i, line) in body.lines().enumerate() {
            let line_no = first_body_line + i;
            let trimmed = line.trim_start();
            if let Some(open) = fence {
                if trimmed.starts_with(open) {
                    fence = None;
                }
            } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                fence = Some(&trimmed[..3]);
            } else if let Some(marker) = line.strip_prefix(":::") {
                let words: Vec<&str> = marker.split_whitespace().collect();
                part = match (words.as_slice(), prose.steps.last(), &part) {
                    (["step", id], _, Part::Intro | Part::Ecs) => {
                        prose.steps.push(StepProse { id: (*id).to_owned(), ..StepProse::default() });
                        Part::Text
                    }
                    (["hint"], Some(step), Part::Text) if !step.text.trim().is_empty() => Part::Hint,
                    (["ecs"], Some(_), Part::Hint) => Part::Ecs,
                    (["summary"], _, Part::Ecs | Part::Intro) => Part::Summary,
                    _ => {
                        return Err(err(
                            line_no,
                            &format!(
                                "unexpected \":::{marker}\": parts go ::: step ID, ::: hint, ::: ecs (for each step), then ::: summary"
                            ),
                        ))
                    }
                };
                continue;
            }
            let target = match (&part, prose.steps.last_mut()) {
                (Part::Intro, _) => &mut prose.intro,
                (Part::Summary, _) => prose.summary.get_or_insert_with(String::new),
                (Part::Text, Some(step)) if step.title.is_empty() => {
                    if line.trim().is_empty() {
                        continue;
                    }
                    let title = line.strip_prefix("### ").map(str::trim).filter(|t| !t.is_empty());
                    step.title = title
                        .ok_or_else(|| err(line_no, "a step begins with its title: ### TITLE"))?
                        .to_owned();
                    continue;
                }
                (Part::Text, Some(step)) => &mut step.text,
                (Part::Hint, Some(step)) => &mut step.hint,
                (Part::Ecs, Some(step)) => &mut step.ecs,
                // A step part is only entered once a step exists.
                (_, None) => &mut prose.intro,
            };
            target.push_str(line);
            target.push('\n');
        }
        if let Some(step) = prose.steps.last() {
            if !matches!(part, Part::Ecs | Part::Summary) {
                return Err(err(0, &format!("step {} needs its ::: hint and ::: ecs parts", step.id)));
            }
        }
        for step in &mut prose.steps {
            for text in [&mut step.text, &mut step.hint, &mut step.ecs] {
                *text = text.trim().to_owned();
            }
            if step.hint.is_empty() || step.ecs.is_empty() {
                return Err(err(0, &format!("step {}: the hint and the ECS part may not be empty", step.id)));
            }
        }
        prose.intro = prose.intro.trim().to_owned();
        if let Some(summary) = &mut prose.summary {
            *summary = summary.trim().to_owned();
        }
        Ok(prose)
    }

    pub fn step_ids(&self) -> Vec<&str> {
        self.steps.iter().map(|s| s.id.as_str()).collect()
    }
}

/// The commands of the ```` ```console ```` blocks in some Markdown: the page
/// shows each with a button that runs it.
pub fn console_commands(markdown: &str) -> Vec<&str> {
    let mut commands = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "```console" {
            commands.extend(lines.by_ref().take_while(|l| l.trim() != "```").map(str::trim));
        }
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = "---\ntitle: Node maintenance\n---\nWhy it matters.\n\n```console\nkubectl get nodes\n```\n\n::: step cordon\n\n### Cordon `the` node\nText one.\n\n```text\n::: not a marker\n```\n::: hint\nA hint.\n::: ecs\nNo cordon in ECS.\n::: step drain\n### Drain it\nText two.\n::: hint\nUse flags.\n::: ecs\nDRAINING.\n::: summary\n| ECS | EKS |\n| --- | --- |\n";

    #[test]
    fn markers_cut_the_text_into_parts() {
        let prose = Prose::parse(LESSON).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(prose.title, "Node maintenance");
        assert_eq!(prose.intro, "Why it matters.\n\n```console\nkubectl get nodes\n```");
        assert_eq!(prose.step_ids(), ["cordon", "drain"]);
        let cordon = &prose.steps[0];
        assert_eq!(cordon.title, "Cordon `the` node");
        assert_eq!(cordon.text, "Text one.\n\n```text\n::: not a marker\n```");
        assert_eq!((cordon.hint.as_str(), cordon.ecs.as_str()), ("A hint.", "No cordon in ECS."));
        assert_eq!(prose.summary.as_deref(), Some("| ECS | EKS |\n| --- | --- |"));
    }

    #[test]
    fn console_blocks_hold_runnable_commands() {
        let text = "Try:\n\n```console\nkubectl get nodes\n```\n\n```text\nnot this\n```\n`nor this`\n";
        assert_eq!(console_commands(text), ["kubectl get nodes"]);
    }

    #[test]
    fn a_page_without_steps_is_all_introduction() {
        let prose = Prose::parse("---\ntitle: Sandbox\n---\nPlay.\n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((prose.intro.as_str(), prose.steps.len(), prose.summary), ("Play.", 0, None));
    }

    #[test]
    fn parts_out_of_order_name_their_line() {
        let cases = [
            ("---\ntitle: T\n---\n::: hint\n", "line 4: unexpected \"::: hint\": parts go ::: step ID, ::: hint, ::: ecs (for each step), then ::: summary"),
            ("---\ntitle: T\n---\n::: step a\nno title\n", "line 5: a step begins with its title: ### TITLE"),
            ("---\ntitle: T\n---\n::: step a\n### A\ntext\n::: hint\nh\n", "step a needs its ::: hint and ::: ecs parts"),
            ("---\ntitle: T\n---\n::: step a\n### A\ntext\n::: hint\n::: ecs\ne\n", "step a: the hint and the ECS part may not be empty"),
            ("---\ntitle: T\n---\n::: step a\n### A\n::: hint\n", "line 6: unexpected \"::: hint\": parts go ::: step ID, ::: hint, ::: ecs (for each step), then ::: summary"),
            ("title: T\n", "line 1: front matter (---) missing"),
            ("---\nname: T\n---\n", "line 2: front matter has no title"),
        ];
        for (source, message) in cases {
            assert_eq!(Prose::parse(source).map_err(|e| e.to_string()), Err(message.to_owned()), "{source}");
        }
    }
}

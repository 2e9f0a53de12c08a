//! The author's check of a lesson (`kubesim --check-lessons`): both
//! languages tell the same steps, and no step's text or hint offers its
//! solution to run (the page shows it only when asked); no step's goal holds
//! when the lesson starts; replaying the solutions in order makes each step
//! done, and no step is done before its own solution runs. Reading steps
//! need no action of their own, so only the last rule spares them.

use super::definition::{Lesson, Step};
use super::goal::{Check, Expect, Stdout};
use super::progress::Progress;
use super::prose::{console_commands, Prose};
use crate::Shell;

/// Checks one lesson against its prose in each language (`(code, prose)`).
/// The error names the first failure.
pub fn verify(lesson: &Lesson, languages: &[(&str, &Prose)]) -> Result<(), String> {
    let ids: Vec<&str> = lesson.steps.iter().map(|s| s.id.as_str()).collect();
    for (code, prose) in languages {
        if prose.step_ids() != ids {
            return Err(format!(
                "{code}: the steps are [{}], the lesson's are [{}]",
                prose.step_ids().join(", "),
                ids.join(", ")
            ));
        }
        for (k, (step, text)) in lesson.steps.iter().zip(&prose.steps).enumerate() {
            let runnable: Vec<&str> =
                [&text.text, &text.hint].into_iter().flat_map(|t| console_commands(t)).collect();
            if let Some(line) = step.solution.iter().find(|line| runnable.contains(&line.as_str())) {
                return Err(format!(
                    "{code}: {}: the text or hint offers the solution to run (`{line}`); the page shows it only when asked for",
                    name(k, step)
                ));
            }
        }
        let summary = prose.summary.as_deref().unwrap_or_default();
        if !summary.lines().any(|line| line.trim_start().starts_with('|') && line.contains("---")) {
            return Err(format!("{code}: the ::: summary needs its ECS ↔ EKS table"));
        }
    }

    let mut shell = lesson.start().map_err(|e| format!("scenario {}: {e}", lesson.scenario))?;
    if let Some((k, step)) = holding_ahead(lesson, &shell, 0) {
        return Err(format!("{}: its goal holds when the lesson starts", name(k, step)));
    }
    let mut progress = Progress::default();
    for (k, step) in lesson.steps.iter().enumerate() {
        for line in &step.solution {
            let status = shell.run(line).status;
            progress.after_command(lesson, &shell, line, status);
            if let Some((later, ahead)) = holding_ahead(lesson, &shell, k + 1) {
                return Err(format!(
                    "{}: its goal holds after `{line}`, before its own solution",
                    name(later, ahead)
                ));
            }
        }
        if progress.done() <= k {
            return Err(format!(
                "{}: its goal does not hold after its solution; {}",
                name(k, step),
                why_not(step, &shell)
            ));
        }
    }
    Ok(())
}

fn name(index: usize, step: &Step) -> String {
    format!("step {} ({})", index + 1, step.id)
}

/// The first step from `from` on, reading steps aside, whose checks hold.
fn holding_ahead<'a>(lesson: &'a Lesson, shell: &Shell, from: usize) -> Option<(usize, &'a Step)> {
    lesson
        .steps
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, step)| !step.goal.is_reading() && step.goal.checks_hold(shell))
}

/// Why a step's goal does not hold: the first check that fails, with what
/// it printed; else the commands it wanted.
fn why_not(step: &Step, shell: &Shell) -> String {
    for check in &step.goal.checks {
        let (holds, output) = check.run(shell);
        if !holds {
            return format!(
                "`{}` printed {:?} (exit status {}), not {}",
                check.line,
                output.stdout(),
                output.status,
                wanted(check)
            );
        }
    }
    let patterns: Vec<String> = step
        .goal
        .ran
        .iter()
        .map(|r| format!("`{}` (exit status {})", r.pattern.as_str(), r.status))
        .collect();
    format!("no solution line matches {}", patterns.join(" or "))
}

fn wanted(check: &Check) -> String {
    let Expect { status, stdout } = &check.expect;
    match stdout {
        None => format!("exit status {status}"),
        Some(Stdout::Exact(text)) => format!("{text:?} (exit status {status})"),
        Some(Stdout::Like(glob)) => format!("a match for `{}` (exit status {status})", glob.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NODE: &str = "ip-10-0-1-23.us-west-2.compute.internal";

    fn prose(ids: &[&str]) -> Prose {
        let steps: String =
            ids.iter().map(|id| format!("::: step {id}\n### T\nx\n::: hint\nh\n::: ecs\ne\n")).collect();
        let source =
            format!("---\ntitle: T\n---\nIntro.\n{steps}::: summary\n| ECS | EKS |\n| --- | --- |\n");
        Prose::parse(&source).unwrap_or_else(|e| panic!("{e}"))
    }

    fn verify_text(text: &str, ids: &[&str]) -> Result<(), String> {
        let lesson = Lesson::parse(&format!("scenario basic\n{text}")).unwrap_or_else(|e| panic!("{e}"));
        verify(&lesson, &[("en", &prose(ids)), ("ja", &prose(ids))])
    }

    fn cordon(id: &str, solution: &str) -> String {
        format!("step {id}\nsolution {solution}\ncheck kubectl get node {NODE} -o jsonpath='{{.spec.unschedulable}}'\nprints true\n")
    }

    #[test]
    fn a_lesson_whose_solutions_replay_green_passes() {
        let look = "step look\nsolution kubectl get nodes\nran kubectl get no*\n";
        let text = format!("{look}{}", cordon("cordon", &format!("kubectl cordon {NODE}")));
        assert_eq!(verify_text(&text, &["look", "cordon"]), Ok(()));
    }

    #[test]
    fn a_goal_that_holds_at_the_start_fails() {
        let text = format!("step ready\nsolution kubectl get nodes\ncheck kubectl get node {NODE} -o name\n");
        assert_eq!(
            verify_text(&text, &["ready"]),
            Err("step 1 (ready): its goal holds when the lesson starts".to_owned())
        );
    }

    #[test]
    fn a_step_done_by_an_earlier_solution_fails() {
        let text = format!(
            "{}{}",
            cordon("first", &format!("kubectl cordon {NODE}")),
            cordon("second", "kubectl get nodes")
        );
        assert_eq!(
            verify_text(&text, &["first", "second"]),
            Err(format!(
                "step 2 (second): its goal holds after `kubectl cordon {NODE}`, before its own solution"
            ))
        );
    }

    #[test]
    fn a_solution_that_misses_its_goal_names_what_the_check_printed() {
        let text = cordon("cordon", "kubectl get nodes");
        assert_eq!(
            verify_text(&text, &["cordon"]),
            Err(format!("step 1 (cordon): its goal does not hold after its solution; `kubectl get node {NODE} -o jsonpath='{{.spec.unschedulable}}'` printed \"\" (exit status 0), not \"true\" (exit status 0)"))
        );
        let reading = "step look\nsolution kubectl get pods\nran kubectl get no*\n";
        assert_eq!(
            verify_text(reading, &["look"]),
            Err("step 1 (look): its goal does not hold after its solution; no solution line matches `kubectl get no*` (exit status 0)".to_owned())
        );
    }

    #[test]
    fn a_step_may_not_give_its_solution_away() {
        let text = cordon("cordon", &format!("kubectl cordon {NODE}"));
        let lesson = Lesson::parse(&format!("scenario basic\n{text}")).unwrap_or_else(|e| panic!("{e}"));
        let mut telling = prose(&["cordon"]);
        telling.steps[0].hint = "Cordon it with `kubectl cordon`.".to_owned();
        assert_eq!(verify(&lesson, &[("ja", &telling)]), Ok(()));
        telling.steps[0].hint = format!("Run this:\n\n```console\nkubectl cordon {NODE}\n```");
        assert_eq!(
            verify(&lesson, &[("ja", &telling)]),
            Err(format!("ja: step 1 (cordon): the text or hint offers the solution to run (`kubectl cordon {NODE}`); the page shows it only when asked for"))
        );
    }

    #[test]
    fn the_languages_must_tell_the_same_steps_and_end_with_a_table() {
        let text = cordon("cordon", &format!("kubectl cordon {NODE}"));
        let lesson = Lesson::parse(&format!("scenario basic\n{text}")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            verify(&lesson, &[("en", &prose(&["cordon"])), ("ja", &prose(&["drain"]))]),
            Err("ja: the steps are [drain], the lesson's are [cordon]".to_owned())
        );
        let mut no_table = prose(&["cordon"]);
        no_table.summary = Some("Done.".to_owned());
        assert_eq!(
            verify(&lesson, &[("en", &no_table)]),
            Err("en: the ::: summary needs its ECS ↔ EKS table".to_owned())
        );
    }
}

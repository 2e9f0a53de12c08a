//! A lesson's definition, written once for every language: its starting
//! scenario and its steps, each with a goal, a solution and the ECS
//! command that corresponds. The prose lives apart, per language
//! (`prose.rs`). Format, one keyword a line (`content/README.md`):
//!
//! ```text
//! scenario basic
//! step cordon
//! solution kubectl cordon ip-10-0-1-23.us-west-2.compute.internal
//! check kubectl get node ip-10-0-1-23.us-west-2.compute.internal -o jsonpath='{.spec.unschedulable}'
//! prints true
//! ecs aws ecs update-container-instances-state --cluster kubelab --container-instances … --status DRAINING
//! ```

use std::fmt;

use super::glob::Glob;
use super::goal::{Check, Expect, Goal, Ran, Stdout};
use super::read_only;
use crate::scenario;
use crate::shell::lexer;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// The stock scenario the lesson starts from.
    pub scenario: String,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Names the step in both languages' prose.
    pub id: String,
    pub goal: Goal,
    /// Command lines that reach the goal, in order.
    pub solution: Vec<String>,
    /// What an ECS administrator would run instead, where a command exists.
    pub ecs: Vec<String>,
}

/// A mistake in a lesson file, with the line at fault (0: the whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}", self.message),
            line => write!(f, "line {line}: {}", self.message),
        }
    }
}

/// What the last `check` or `ran` line opened, for the lines that qualify it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    Check,
    Ran,
}

impl Lesson {
    pub fn parse(text: &str) -> Result<Lesson, LessonError> {
        let mut scenario_name: Option<String> = None;
        let mut steps: Vec<Step> = Vec::new();
        let mut open = Open::Nothing;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let err = |message: String| LessonError { line: line_no, message };
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (keyword, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let rest = rest.trim_start();
            // `prints` alone: the check prints nothing.
            if rest.is_empty() && keyword != "prints" {
                return Err(err(format!("{keyword}: nothing follows it")));
            }
            if keyword == "scenario" {
                if scenario_name.is_some() || !steps.is_empty() {
                    return Err(err("scenario: give it once, before the steps".to_owned()));
                }
                if scenario::builtin_source(rest).is_none() {
                    let names: Vec<&str> = scenario::BUILTIN.iter().map(|(n, _)| *n).collect();
                    return Err(err(format!(
                        "scenario: {rest} is not a stock scenario ({})",
                        names.join(", ")
                    )));
                }
                scenario_name = Some(rest.to_owned());
                continue;
            }
            if keyword == "step" {
                if !rest.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                    return Err(err(format!("step: the id {rest:?} may hold only a-z, 0-9 and -")));
                }
                if steps.iter().any(|s| s.id == rest) {
                    return Err(err(format!("step: {rest} is given twice")));
                }
                if let Some(last) = steps.last() {
                    complete(last).map_err(err)?;
                }
                steps.push(Step {
                    id: rest.to_owned(),
                    goal: Goal::default(),
                    solution: Vec::new(),
                    ecs: Vec::new(),
                });
                open = Open::Nothing;
                continue;
            }
            let Some(step) = steps.last_mut() else {
                return Err(err(format!("{keyword}: comes before any step")));
            };
            match keyword {
                "solution" => {
                    lexer::split(rest).map_err(|e| err(format!("solution: {}", e.message())))?;
                    step.solution.push(rest.to_owned());
                }
                "ecs" => {
                    let words = lexer::split(rest).map_err(|e| err(format!("ecs: {}", e.message())))?;
                    if words.first().is_none_or(|w| w != "aws") {
                        return Err(err("ecs: an aws command, e.g. aws ecs update-service …".to_owned()));
                    }
                    step.ecs.push(rest.to_owned());
                }
                "check" => {
                    read_only::check(rest).map_err(|why| err(format!("check: {why}")))?;
                    let expect = Expect { status: 0, stdout: None };
                    step.goal.checks.push(Check { line: rest.to_owned(), expect });
                    open = Open::Check;
                }
                "ran" => {
                    step.goal.ran.push(Ran { pattern: Glob::new(rest), status: 0 });
                    open = Open::Ran;
                }
                "prints" | "matches" => {
                    let Some(check) = step.goal.checks.last_mut().filter(|_| open == Open::Check) else {
                        return Err(err(format!("{keyword}: follows a check")));
                    };
                    check.expect.stdout = match (keyword, check.expect.stdout.take()) {
                        ("prints", None) => Some(Stdout::Exact(rest.to_owned())),
                        ("prints", Some(Stdout::Exact(text))) => {
                            Some(Stdout::Exact(format!("{text}\n{rest}")))
                        }
                        ("matches", None) => Some(Stdout::Like(Glob::new(rest))),
                        _ => return Err(err(format!("{keyword}: this check already says what it prints"))),
                    };
                }
                "status" => {
                    let status: i32 =
                        rest.parse().map_err(|_| err(format!("status: {rest} is not a number")))?;
                    match open {
                        Open::Check => {
                            if let Some(check) = step.goal.checks.last_mut() {
                                check.expect.status = status;
                            }
                        }
                        Open::Ran => {
                            if let Some(ran) = step.goal.ran.last_mut() {
                                ran.status = status;
                            }
                        }
                        Open::Nothing => return Err(err("status: follows a check or a ran".to_owned())),
                    }
                }
                other => return Err(err(format!("unknown keyword {other}"))),
            }
        }
        let scenario =
            scenario_name.ok_or(LessonError { line: 0, message: "no scenario line".to_owned() })?;
        let last = steps.last().ok_or(LessonError { line: 0, message: "no steps".to_owned() })?;
        complete(last).map_err(|message| LessonError { line: 0, message })?;
        Ok(Lesson { scenario, steps })
    }

    pub fn step(&self, index: usize) -> Option<&Step> {
        self.steps.get(index)
    }
}

/// A step needs a goal and a way to reach it.
fn complete(step: &Step) -> Result<(), String> {
    if step.solution.is_empty() {
        return Err(format!("step {} has no solution", step.id));
    }
    if step.goal.checks.is_empty() && step.goal.ran.is_empty() {
        return Err(format!("step {} has no goal (a check or a ran line)", step.id));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NODE: &str = "ip-10-0-1-23.us-west-2.compute.internal";

    fn lesson(body: &str) -> Result<Lesson, LessonError> {
        Lesson::parse(&format!("# a test lesson\nscenario basic\n{body}"))
    }

    #[test]
    fn steps_with_checks_solutions_and_ecs_commands() {
        let parsed = lesson(&format!(
            "step cordon\n  solution kubectl cordon {NODE}\n  check kubectl get node {NODE} -o jsonpath='{{.spec.unschedulable}}'\n  prints true\n  ecs aws ecs list-container-instances --cluster kubelab\n\nstep look\nsolution kubectl get nodes\nran kubectl get no*\nran kubectl describe no*\n"
        ));
        let Ok(parsed) = parsed else { panic!("{parsed:?}") };
        assert_eq!(parsed.scenario, "basic");
        let ids: Vec<&str> = parsed.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["cordon", "look"]);
        let cordon = &parsed.steps[0];
        assert_eq!(cordon.solution, [format!("kubectl cordon {NODE}")]);
        assert_eq!(
            cordon.goal.checks[0].expect,
            Expect { status: 0, stdout: Some(Stdout::Exact("true".to_owned())) }
        );
        assert_eq!(cordon.ecs.len(), 1);
        assert!(!cordon.goal.is_reading());
        let look = &parsed.steps[1];
        assert!(look.goal.is_reading());
        assert_eq!(look.goal.ran.len(), 2);
    }

    #[test]
    fn prints_lines_join_and_status_qualifies_what_it_follows() {
        let Ok(parsed) = lesson(
            "step a\nsolution kubectl delete pod x\ncheck kubectl get pod x\nstatus 1\ncheck kubectl get nodes -o name\nprints node/a\nprints node/b\nran kubectl drain *\nstatus 1\n",
        ) else {
            panic!("parses")
        };
        let goal = &parsed.steps[0].goal;
        assert_eq!(goal.checks[0].expect.status, 1);
        assert_eq!(goal.checks[0].expect.stdout, None);
        assert_eq!(goal.checks[1].expect.stdout, Some(Stdout::Exact("node/a\nnode/b".to_owned())));
        assert_eq!(goal.ran[0].status, 1);
    }

    #[test]
    fn a_check_that_could_change_the_world_is_refused() {
        let err = lesson(&format!("step a\nsolution kubectl cordon {NODE}\ncheck kubectl drain {NODE}\n"));
        assert_eq!(
            err,
            Err(LessonError {
                line: 5,
                message: "check: `kubectl drain` can change the cluster or move the clock".to_owned()
            })
        );
    }

    #[test]
    fn mistakes_name_their_line() {
        let cases = [
            ("step a\nprints true\n", "line 4: prints: follows a check"),
            ("step a\nsolution x\n", "step a has no goal (a check or a ran line)"),
            ("step a\nran kubectl get *\nstep b\n", "line 5: step a has no solution"),
            ("step A\n", "line 3: step: the id \"A\" may hold only a-z, 0-9 and -"),
            ("solution kubectl get nodes\n", "line 3: solution: comes before any step"),
            ("step a\nsolution x\nran y\nstatus two\n", "line 6: status: two is not a number"),
            (
                "step a\nsolution 'x\n",
                "line 4: solution: bash: unexpected EOF while looking for matching `''",
            ),
            (
                "step a\nsolution x\necs kubectl get nodes\n",
                "line 5: ecs: an aws command, e.g. aws ecs update-service …",
            ),
            (
                "step a\nsolution x\ncheck kubectl get nodes\nprints a\nmatches b\n",
                "line 7: matches: this check already says what it prints",
            ),
            ("step a\nsolution x\nran y\nstep a\n", "line 6: step: a is given twice"),
            ("step a\nwhatever x\n", "line 4: unknown keyword whatever"),
            ("step a\nsolution\n", "line 4: solution: nothing follows it"),
            ("", "no steps"),
        ];
        for (body, message) in cases {
            assert_eq!(lesson(body).map_err(|e| e.to_string()), Err(message.to_owned()), "{body}");
        }
        assert_eq!(Lesson::parse("step a\n").map_err(|e| e.to_string()), Err("no scenario line".to_owned()));
        assert_eq!(
            Lesson::parse("scenario nowhere\n").map_err(|e| e.to_string()),
            Err("line 1: scenario: nowhere is not a stock scenario (basic, fargate, outdated-nodegroup, first-day, maintenance, stress)"
                .to_owned())
        );
    }
}

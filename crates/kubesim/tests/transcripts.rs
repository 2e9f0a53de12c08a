//! Golden transcripts: each `transcripts/*.t` file is one terminal session.
//! Its command lines run in order through one `kubesim --transcript`
//! process (so a drain is seen by the `get` after it), and each line's
//! output must match exactly.
//!
//! Format, one line each:
//!   `#! ARGS`  (before the first case) arguments for `kubesim`, e.g.
//!              `#! --scenario fargate`
//!   `$ LINE`   a command line to run
//!   `> TEXT`   a line it writes to stdout (`>` alone: an empty line)
//!   `! TEXT`   a line it writes to stderr (`!` alone: an empty line)
//!   `%`        the line above has no newline at its end
//!   `? N`      its exit status (0 when absent)
//!   `#` lines and blank lines between cases are ignored.
//!
//! `kubesim --transcript` prints this same format, so a new case can be
//! drafted with it; every expected line is then checked against what the
//! real kubectl or aws CLI prints, not against the simulator.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

#[derive(Debug, PartialEq, Eq)]
struct Case {
    line: String,
    stdout: String,
    stderr: String,
    status: i32,
}

struct Transcript {
    args: Vec<String>,
    cases: Vec<Case>,
}

fn parse(text: &str) -> Transcript {
    let mut args = Vec::new();
    let mut cases: Vec<Case> = Vec::new();
    let mut last_stream_is_stdout = true;
    for (n, raw) in text.lines().enumerate() {
        if let Some(header) = raw.strip_prefix("#!") {
            assert!(cases.is_empty(), "line {}: `#!` after the first case", n + 1);
            args.extend(header.split_whitespace().map(str::to_owned));
            continue;
        }
        let (tag, rest) = raw.split_at(raw.chars().next().map_or(0, char::len_utf8));
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        if tag == "$" {
            cases.push(Case {
                line: rest.to_owned(),
                stdout: String::new(),
                stderr: String::new(),
                status: 0,
            });
            continue;
        }
        if tag.is_empty() || tag == "#" {
            continue;
        }
        let case = cases.last_mut().unwrap_or_else(|| panic!("line {}: output before any `$` line", n + 1));
        match tag {
            ">" => {
                case.stdout.push_str(rest);
                case.stdout.push('\n');
                last_stream_is_stdout = true;
            }
            "!" => {
                case.stderr.push_str(rest);
                case.stderr.push('\n');
                last_stream_is_stdout = false;
            }
            "%" => {
                let stream = if last_stream_is_stdout { &mut case.stdout } else { &mut case.stderr };
                assert!(stream.pop() == Some('\n'), "line {}: `%` after no output line", n + 1);
            }
            "?" => case.status = rest.parse().unwrap_or_else(|e| panic!("line {}: {e}", n + 1)),
            _ => panic!("line {}: unknown tag {tag:?}", n + 1),
        }
    }
    Transcript { args, cases }
}

fn kubesim() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kubesim"))
}

/// Runs a transcript's lines through one `kubesim --transcript` session.
fn replay(transcript: &Transcript) -> Vec<Case> {
    let input: String = transcript.cases.iter().map(|c| format!("{}\n", c.line)).collect();
    let mut child = kubesim()
        .arg("--transcript")
        .args(&transcript.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kubesim starts");
    child.stdin.take().expect("piped stdin").write_all(input.as_bytes()).expect("write to kubesim");
    let out = child.wait_with_output().expect("kubesim finishes");
    assert!(out.status.success(), "kubesim {:?}: {}", transcript.args, String::from_utf8_lossy(&out.stderr));
    parse(&String::from_utf8_lossy(&out.stdout)).cases
}

#[test]
fn transcripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/transcripts exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "t"))
        .collect();
    files.sort();
    let mut count = 0;
    let mut failures = Vec::new();
    for file in &files {
        let transcript = parse(&std::fs::read_to_string(file).expect("readable transcript"));
        let got = replay(&transcript);
        assert_eq!(got.len(), transcript.cases.len(), "{}: every line gets one case", file.display());
        for (want, got) in transcript.cases.iter().zip(&got) {
            count += 1;
            if want != got {
                failures.push(format!(
                    "{}: $ {}\n--- want stdout\n{}--- got stdout\n{}--- want stderr\n{}--- got stderr\n{}--- status want {} got {}",
                    file.display(),
                    want.line,
                    want.stdout,
                    got.stdout,
                    want.stderr,
                    got.stderr,
                    want.status,
                    got.status
                ));
            }
        }
    }
    assert!(count > 0, "no transcript cases found in {}", dir.display());
    assert!(failures.is_empty(), "{} of {count} cases differ:\n\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn dash_c_matches_the_transcript_session() {
    let one = kubesim().args(["-c", "kubectl get nodes nope"]).output().expect("kubesim runs");
    assert_eq!(one.status.code(), Some(1));
    let cases = replay(&Transcript { args: Vec::new(), cases: parse("$ kubectl get nodes nope\n").cases });
    assert_eq!(cases[0].stderr.as_bytes(), one.stderr);
    assert_eq!(cases[0].status, 1);
}

/// Runs `kubesim` with `input` on its standard input.
fn kubesim_with_stdin(input: &str) -> std::process::Output {
    let mut child = kubesim()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kubesim starts");
    child.stdin.take().expect("piped stdin").write_all(input.as_bytes()).expect("write to kubesim");
    child.wait_with_output().expect("kubesim finishes")
}

#[test]
fn stdin_and_file_input_match_dash_c() {
    let one = kubesim().args(["-c", "kubectl get nodes"]).output().expect("kubesim runs");
    let piped = kubesim_with_stdin("kubectl get nodes\n");
    assert_eq!(piped.stdout, one.stdout);
    assert!(piped.status.success());

    let script = std::env::temp_dir().join(format!("kubesim-test-{}.sh", std::process::id()));
    std::fs::write(&script, "# list the nodes\nkubectl get nodes\n").expect("write script");
    let from_file = kubesim().arg(&script).output().expect("kubesim runs");
    std::fs::remove_file(&script).ok();
    assert_eq!(from_file.stdout, one.stdout);
}

#[test]
fn the_last_command_sets_the_exit_status() {
    let out = kubesim_with_stdin("kubectl get nodes\nnosuchcommand\n");
    assert_eq!(out.status.code(), Some(127));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "bash: nosuchcommand: command not found\n");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let out = kubesim().arg("-x").output().expect("kubesim runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("kubesim: unknown option: -x\nUsage: kubesim"));
    let missing = kubesim().arg("/nonexistent/script").output().expect("kubesim runs");
    assert_eq!(missing.status.code(), Some(2));
}

//! Golden transcripts: each `transcripts/*.t` file lists command lines and the
//! exact output the `kubesim` binary must give for each, run as
//! `kubesim -c LINE` on a fresh default scenario.
//!
//! Format, one line each:
//!   `$ LINE`   a command line to run
//!   `> TEXT`   a line it writes to stdout (`>` alone: an empty line)
//!   `! TEXT`   a line it writes to stderr (`!` alone: an empty line)
//!   `? N`      its exit status (0 when absent)
//!   `#` lines and blank lines between cases are ignored.

use std::path::Path;
use std::process::Command;

struct Case {
    line: String,
    stdout: String,
    stderr: String,
    status: i32,
}

fn parse(text: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let (tag, rest) = raw.split_at(raw.len().min(1));
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
            }
            "!" => {
                case.stderr.push_str(rest);
                case.stderr.push('\n');
            }
            "?" => case.status = rest.parse().unwrap_or_else(|e| panic!("line {}: {e}", n + 1)),
            _ => panic!("line {}: unknown tag {tag:?}", n + 1),
        }
    }
    cases
}

fn kubesim() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kubesim"))
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
        let text = std::fs::read_to_string(file).expect("readable transcript");
        for case in parse(&text) {
            count += 1;
            let out = kubesim().arg("-c").arg(&case.line).output().expect("kubesim runs");
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let status = out.status.code().unwrap_or(-1);
            if stdout != case.stdout || stderr != case.stderr || status != case.status {
                failures.push(format!(
                    "{}: $ {}\n--- want stdout\n{}--- got stdout\n{}--- want stderr\n{}--- got stderr\n{}--- status want {} got {}",
                    file.display(),
                    case.line,
                    case.stdout,
                    stdout,
                    case.stderr,
                    stderr,
                    case.status,
                    status
                ));
            }
        }
    }
    assert!(count > 0, "no transcript cases found in {}", dir.display());
    assert!(failures.is_empty(), "{} of {count} cases differ:\n\n{}", failures.len(), failures.join("\n\n"));
}

/// Runs `kubesim` with `input` on its standard input.
fn kubesim_with_stdin(input: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
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

//! What the tests that drive the `kubesim` binary share.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `kubesim ARGS` with `stdin` on its standard input.
pub fn kubesim(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kubesim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kubesim starts");
    child.stdin.take().expect("stdin is piped").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("kubesim finishes")
}

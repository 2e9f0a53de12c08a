//! Command lines in, terminal output out: whatever bytes arrive, the shell
//! answers without panicking, and a failing command says why on stderr. Up
//! to four lines run in one session, so state a command leaves behind (a
//! drain, a scale, a reset) meets the commands after it.

#![no_main]

use std::sync::OnceLock;

use kubesim::sim::Cluster;
use kubesim::{scenario, Shell};
use libfuzzer_sys::fuzz_target;

fn basic() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(scenario::default_cluster)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut shell = Shell::new(basic().clone());
    for line in text.lines().take(4) {
        let out = shell.run(line);
        assert!(out.status == 0 || !out.stderr().is_empty(), "{line:?} failed silently");
    }
});

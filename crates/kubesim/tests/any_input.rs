//! Whatever a learner types gets an answer: no panic, and a failing command
//! always says why on stderr.

use kubesim::{scenario, Shell};
use proptest::prelude::*;

const TOKENS: &[&str] = &[
    "kubectl",
    "get",
    "gett",
    "nodes",
    "node",
    "no",
    "pods",
    "node/",
    "/x",
    "-o",
    "-owide",
    "wide",
    "name",
    "yaml",
    "-A",
    "-Az",
    "--show-labels",
    "--show-labels=x",
    "-n",
    "--namespace=",
    "--",
    "-",
    "-h",
    "'",
    "\"",
    "\\",
    "#",
    "=",
    ",",
    "nodes,no",
    "ip-10-0-1-23.us-west-2.compute.internal",
    "ノード",
    "sleep",
    "30s",
    "1.5m",
    "23h",
    "1d",
    ".5",
    "99999999999999999999d",
    "\t",
    "",
];

fn check(line: &str) {
    let mut shell = Shell::new(scenario::default_cluster());
    let out = shell.run(line);
    if out.status != 0 {
        assert!(!out.stderr().is_empty(), "{line:?} failed with status {} and no message", out.status);
    }
    for (_, text) in &out.chunks {
        assert!(text.ends_with('\n'), "{line:?} left a line unterminated: {text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn arbitrary_strings(line in any::<String>()) {
        check(&line);
    }

    #[test]
    fn sequences_of_real_words(words in proptest::collection::vec(proptest::sample::select(TOKENS), 0..8)) {
        check(&words.join(" "));
    }
}

//! Tab on any line, with the cursor anywhere, gives an answer that fits the
//! line: no panic, a range inside it on character boundaries, candidates
//! sorted and unique.

use kubesim::shell::complete;
use kubesim::{scenario, Shell};
use proptest::prelude::*;

const TOKENS: &[&str] = &[
    "kubectl",
    "aws",
    "eks",
    "ecs",
    "help",
    "history",
    "get",
    "rollout",
    "status",
    "top",
    "drain",
    "no",
    "po",
    "deploy/",
    "deploy/web",
    "pods,svc",
    "-n",
    "-nkube-system",
    "--namespace=",
    "-o",
    "--output=",
    "-A",
    "--",
    "-",
    "--cluster-name",
    "--services",
    "--status=",
    "'",
    "\"",
    "\\",
    "#",
    "ノード",
    "日本語",
    "\t",
    "",
];

fn check(shell: &Shell, line: &str, cursor: usize) {
    let completion = complete(shell, line, cursor);
    let range = completion.replace.clone();
    assert!(range.start <= range.end && range.end <= line.len(), "{line:?} @{cursor}: {range:?}");
    assert!(line.is_char_boundary(range.start) && line.is_char_boundary(range.end), "{line:?} @{cursor}");
    let mut sorted = completion.candidates.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, completion.candidates, "{line:?} @{cursor}");
    if let Some((applied, at)) = completion.apply(line) {
        assert!(applied.is_char_boundary(at) && at <= applied.len(), "{line:?} @{cursor}");
    }
    completion.columns(80);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn arbitrary_strings(line in any::<String>(), cursor in 0usize..200) {
        check(&Shell::new(scenario::default_cluster()), &line, cursor);
    }

    #[test]
    fn sequences_of_real_words(
        words in proptest::collection::vec(proptest::sample::select(TOKENS), 0..8),
        cursor in 0usize..120,
    ) {
        check(&Shell::new(scenario::default_cluster()), &words.join(" "), cursor);
    }
}

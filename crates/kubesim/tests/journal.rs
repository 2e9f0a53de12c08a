//! A session rebuilt from its journal is the session that was lived: the
//! same world, the same clock, the same answers, byte for byte. The page
//! keeps a session across a reload on this promise.

use kubesim::scenario;
use kubesim::shell::{Entry, Journal, Language};
use kubesim::sim::Duration;
use kubesim::{Output, Shell};

const N1: &str = "ip-10-0-1-23.us-west-2.compute.internal";

/// Runs `entry` on `shell` as the page does; the output of a run, if any.
fn apply(shell: &mut Shell, entry: &Entry) -> Option<Output> {
    match entry {
        Entry::Run(line) => Some(shell.run(line)),
        Entry::Advance(d) => {
            shell.advance(*d);
            None
        }
        Entry::Language(language) => {
            shell.set_language(*language);
            None
        }
        Entry::Interrupt(_) | Entry::ClearScreen => None,
    }
}

/// What everything visible says about the world now.
fn snapshot(shell: &Shell) -> String {
    let copy = shell.clone();
    [
        "kubectl get nodes",
        "kubectl get pods -A -o wide",
        "kubectl get events -A",
        "aws ecs list-tasks --cluster kubelab",
        "history",
    ]
    .iter()
    .map(|line| format!("{line}\n{:?}\n", copy.probe(line)))
    .collect()
}

#[test]
fn replaying_a_journal_rebuilds_the_session_a_tick_at_a_time_or_all_at_once() {
    let mut lived = Shell::new(scenario::default_cluster());
    let mut journal = Journal::new();
    let mut outputs = Vec::new();
    let mut run = |shell: &mut Shell, journal: &mut Journal, line: &str, language: Language| {
        assert!(journal.record_run(line, language));
        shell.set_language(language);
        outputs.push(shell.run(line));
    };
    run(
        &mut lived,
        &mut journal,
        "kubectl cordon ip-10-0-2-141.us-west-2.compute.internal",
        Language::English,
    );
    run(
        &mut lived,
        &mut journal,
        &format!("kubectl drain {N1} --ignore-daemonsets --delete-emptydir-data --force"),
        Language::English,
    );
    // The page's timer: one second at a time, through a replacement pod's
    // whole start-up.
    for _ in 0..95 {
        journal.record_advance(Duration::from_secs(1));
        lived.advance(Duration::from_secs(1));
    }
    run(&mut lived, &mut journal, "help", Language::Japanese);
    run(&mut lived, &mut journal, "kubectl get pods -o wide", Language::Japanese);

    let text = journal.to_string();
    let restored = Journal::parse(&text).expect("the journal reads back");
    assert!(restored.entries().contains(&Entry::Advance(Duration::from_secs(95))));
    let mut replayed = Shell::new(scenario::default_cluster());
    let replayed_outputs: Vec<Output> =
        restored.entries().iter().filter_map(|entry| apply(&mut replayed, entry)).collect();

    assert_eq!(replayed_outputs, outputs);
    assert_eq!(replayed.cluster().now(), lived.cluster().now());
    assert_eq!(snapshot(&replayed), snapshot(&lived));
}

mod any_input {
    use kubesim::shell::{Journal, Language};
    use kubesim::sim::Duration;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1_000))]

        /// Whatever storage (or a link) holds, reading it returns: a journal
        /// or an error, never a panic.
        #[test]
        fn any_text_is_read_or_refused(body in ".{0,400}") {
            let _ = Journal::parse(&body);
            let _ = Journal::parse(&format!("kubesim-journal 1\n{body}"));
        }

        /// What the page writes, it reads back as written.
        #[test]
        fn every_journal_reads_back(
            entries in prop::collection::vec((0u8..4, "[^\\p{Cc}]{0,40}", 1i64..100_000), 0..40)
        ) {
            let mut journal = Journal::new();
            for (kind, line, ms) in entries {
                match kind {
                    0 => { journal.record_run(&line, Language::English); }
                    1 => { journal.record_run(&line, Language::Japanese); }
                    2 => { journal.record_advance(Duration::from_millis(ms)); }
                    _ => { journal.record_interrupt(&line); }
                }
            }
            prop_assert_eq!(Journal::parse(&journal.to_string()), Ok(journal));
        }
    }
}

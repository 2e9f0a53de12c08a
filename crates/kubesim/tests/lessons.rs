//! The course in `content/` through the `kubesim` binary: every lesson checks
//! itself, and a step's goal is a state of the world, so another path to the
//! same world does the step too.

mod common;

use std::process::Output;

use common::kubesim;

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");

fn lesson(slug: &str) -> String {
    format!("{CONTENT}/{slug}.lesson")
}

/// The `kubesim: step K done` lines a session wrote.
fn steps_done(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr).lines().filter(|l| l.ends_with(" done")).map(str::to_owned).collect()
}

#[test]
fn the_course_checks_itself() {
    let out = kubesim(&["--check-lessons", CONTENT], "");
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{report}{}", String::from_utf8_lossy(&out.stderr));
    let last = report.lines().last().unwrap_or_default();
    let counts: Vec<usize> =
        last.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
    assert!(last.starts_with("lessons: ") && last.ends_with(", ok"), "{last}");
    assert!(counts[0] >= 4 && counts[1] >= 24, "{last}");
}

#[test]
fn cordoning_by_label_does_the_cordon_step() {
    // The solution cordons the node by name, and looks with a field
    // selector; describing the node and cordoning its zone reach the same
    // world.
    let lines = "kubectl describe node ip-10-0-1-23.us-west-2.compute.internal\n\
                 kubectl cordon -l topology.kubernetes.io/zone=us-west-2a\n";
    let out = kubesim(&["--lesson", &lesson("03-node-maintenance")], lines);
    assert_eq!(steps_done(&out), ["kubesim: step 1 done", "kubesim: step 2 done"]);
    assert!(String::from_utf8_lossy(&out.stdout)
        .ends_with("node/ip-10-0-1-23.us-west-2.compute.internal cordoned\n"));
}

#[test]
fn a_step_the_clock_completes_is_told_during_the_sleep() {
    // After the node group grows, the fourth node joins and takes the
    // Pending pods while the clock runs: no command of the learner's does
    // the `joined` step (5).
    let lines = "kubectl describe node ip-10-0-1-23.us-west-2.compute.internal\n\
                 kubectl scale deployment web --replicas=25\n\
                 kubectl describe pods -l app=web\n\
                 aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=4\n\
                 sleep 5m\n";
    let out = kubesim(&["--lesson", &lesson("04-scheduling-and-scaling")], lines);
    let done = steps_done(&out);
    assert_eq!(done.last().map(String::as_str), Some("kubesim: step 5 done"), "{done:?}");
    assert_eq!(done.len(), 5);
}

#[test]
fn a_reading_step_wants_a_command_that_worked() {
    let out =
        kubesim(&["--lesson", &lesson("02-cluster-components")], "kubectl get pods -n kube-system -o yam\n");
    assert_eq!(steps_done(&out), Vec::<String>::new());
    let out = kubesim(&["--lesson", &lesson("02-cluster-components")], "kubectl get po -A\n");
    assert_eq!(steps_done(&out), ["kubesim: step 1 done"]);
}

//! Whatever a learner types gets an answer: no panic, no hang, and a failing
//! command always says why on stderr.

use kubesim::sim::Cluster;
use kubesim::{scenario, Shell};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Programs, verbs, resource types, names, flags and values the shell knows,
/// with near misses and shell syntax among them.
const TOKENS: &[&str] = &[
    // programs and built-ins
    "kubectl",
    "aws",
    "sleep",
    "help",
    "clear",
    "history",
    "reset",
    "echo",
    "k",
    // kubectl verbs, and near misses
    "get",
    "gett",
    "describe",
    "cordon",
    "uncordon",
    "drain",
    "taint",
    "label",
    "delete",
    "scale",
    "rollout",
    "status",
    "restart",
    "history",
    "undo",
    "top",
    "wait",
    "version",
    "cluster-info",
    "config",
    "view",
    "current-context",
    "get-contexts",
    "use-context",
    "auth",
    "can-i",
    "whoami",
    "api-resources",
    "api-versions",
    "explain",
    "logs",
    "exec",
    // resource types
    "nodes",
    "node",
    "no",
    "pods",
    "po",
    "deploy",
    "deployments",
    "rs",
    "ds",
    "daemonsets",
    "svc",
    "services",
    "ep",
    "endpoints",
    "ev",
    "events",
    "ns",
    "namespaces",
    "pdb",
    "all",
    "configmaps",
    "nodes,pods",
    "deploy,rs",
    "pods.v1",
    "deployments.apps",
    // names
    "web",
    "coredns",
    "kube-dns",
    "aws-node",
    "kube-proxy",
    "kube-system",
    "default",
    "deployment/web",
    "node/",
    "pod/web",
    "/x",
    "ip-10-0-1-23.us-west-2.compute.internal",
    "ip-10-0-2-141.us-west-2.compute.internal",
    "ノード",
    // flags and values
    "-o",
    "-owide",
    "wide",
    "name",
    "yaml",
    "json",
    "-ojson",
    "-o=yaml",
    "jsonpath={.items[*].metadata.name}",
    "-o=jsonpath={range .items[*]}{.metadata.name}{\"\\n\"}{end}",
    "jsonpath={.items[?(@.kind==\"Pod\")]}",
    "jsonpath={.items[0",
    "-A",
    "-Az",
    "--all-namespaces",
    "--show-labels",
    "--show-labels=x",
    "-n",
    "--namespace=",
    "-l",
    "app=web",
    "app in (web)",
    "!app",
    "--selector=k8s-app=kube-dns",
    "--field-selector",
    "spec.nodeName=x",
    "status.phase!=Running",
    "--sort-by",
    ".metadata.name",
    "--sort-by=.status.podIP",
    "--no-headers",
    "-L",
    "app",
    "--ignore-daemonsets",
    "--delete-emptydir-data",
    "--force",
    "--grace-period=0",
    "--grace-period=-1",
    "--dry-run=client",
    "--dry-run=server",
    "--dry-run=bogus",
    "--timeout=10s",
    "--timeout=0",
    "--timeout=x",
    "--disable-eviction",
    "--replicas=5",
    "--replicas=-1",
    "--replicas",
    "0",
    "--overwrite",
    "dedicated=gpu:NoSchedule",
    "dedicated:NoSchedule-",
    "dedicated-",
    "team=a",
    "team-",
    "--for=condition=Ready",
    "--for=delete",
    "--for=condition=Available",
    "--all",
    "--containers",
    "--watch",
    "-w",
    "--client",
    "--minify",
    "--raw",
    "--list",
    "--recursive",
    // aws
    "eks",
    "ecs",
    "list-clusters",
    "describe-cluster",
    "update-kubeconfig",
    "list-nodegroups",
    "describe-nodegroup",
    "update-nodegroup-config",
    "update-nodegroup-version",
    "list-updates",
    "describe-update",
    "list-fargate-profiles",
    "list-container-instances",
    "describe-container-instances",
    "update-container-instances-state",
    "list-services",
    "describe-services",
    "update-service",
    "list-tasks",
    "describe-tasks",
    "--name",
    "kubelab",
    "--cluster-name",
    "--cluster",
    "--nodegroup-name",
    "ng-general",
    "--scaling-config",
    "minSize=1,maxSize=6,desiredSize=4",
    "desiredSize=99",
    "--status",
    "DRAINING",
    "ACTIVE",
    "--container-instances",
    "--services",
    "--service",
    "--desired-count",
    "3",
    "--force-new-deployment",
    "--region",
    "us-east-1",
    "--output",
    "text",
    "table",
    "--query",
    "nodegroup.status",
    "--kubernetes-version",
    "1.30",
    // time
    "30s",
    "1.5m",
    "23h",
    "1d",
    ".5",
    "99999999999999999999d",
    // shell syntax
    "--",
    "-",
    "-h",
    "--help",
    "'",
    "\"",
    "\\",
    "#",
    "=",
    ",",
    "\t",
    "",
];

/// How a line starts: a program and, usually, a real verb of it.
const STARTS: &[&str] = &[
    "kubectl",
    "kubectl get",
    "kubectl describe",
    "kubectl cordon",
    "kubectl uncordon",
    "kubectl drain",
    "kubectl taint nodes",
    "kubectl label",
    "kubectl delete",
    "kubectl scale",
    "kubectl rollout",
    "kubectl rollout status",
    "kubectl rollout restart",
    "kubectl top",
    "kubectl top nodes",
    "kubectl top pods",
    "kubectl wait",
    "kubectl version",
    "kubectl cluster-info",
    "kubectl config",
    "kubectl auth",
    "kubectl api-resources",
    "kubectl explain",
    "aws",
    "aws eks",
    "aws ecs",
    "sleep",
    "help",
    "history",
    "clear",
    "reset",
    "echo",
];

/// A line: a start, then up to seven known words.
fn real_line() -> impl Strategy<Value = String> {
    (proptest::sample::select(STARTS), proptest::collection::vec(proptest::sample::select(TOKENS), 0..7))
        .prop_map(|(start, tokens)| format!("{start} {}", tokens.join(" ")))
}

fn basic() -> Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(scenario::default_cluster).clone()
}

fn check(shell: &mut Shell, line: &str) {
    let out = shell.run(line);
    if out.status != 0 {
        assert!(!out.stderr().is_empty(), "{line:?} failed with status {} and no message", out.status);
    }
    // stdout may end mid-line (`-o jsonpath` prints no newline, as kubectl
    // does); error messages always end theirs.
    assert!(out.stderr().is_empty() || out.stderr().ends_with('\n'), "{line:?}: unterminated stderr");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn arbitrary_strings(line in any::<String>()) {
        check(&mut Shell::new(basic()), &line);
    }

    #[test]
    fn sequences_of_real_words(tokens in proptest::collection::vec(proptest::sample::select(TOKENS), 0..8)) {
        check(&mut Shell::new(basic()), &tokens.join(" "));
    }

    #[test]
    fn real_verbs_and_flags(line in real_line()) {
        check(&mut Shell::new(basic()), &line);
    }

    /// Commands that change the world meet the ones after them.
    #[test]
    fn sessions_of_real_commands(lines in proptest::collection::vec(real_line(), 1..5)) {
        let mut shell = Shell::new(basic());
        for line in &lines {
            check(&mut shell, line);
        }
    }
}

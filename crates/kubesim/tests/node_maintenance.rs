//! Node maintenance as a learner does it: taints and labels that steer the
//! scheduler, pod labels that move pods in and out of their controllers,
//! and drains that wait on simulated time (and never for ever).

use kubesim::ecs::InstanceStatus;
use kubesim::scenario;
use kubesim::sim::eviction_request::EvictionOptions;
use kubesim::sim::relabel::LabelledKind;
use kubesim::sim::taint::{Taint, TaintEffect};
use kubesim::sim::{Cluster, Duration, Labels, Pod};
use kubesim::Shell;

const N1: &str = "ip-10-0-1-23.us-west-2.compute.internal";
const N2: &str = "ip-10-0-2-141.us-west-2.compute.internal";
const N3: &str = "ip-10-0-3-87.us-west-2.compute.internal";

fn basic() -> Cluster {
    scenario::default_cluster()
}

fn web_pods(c: &Cluster) -> Vec<&Pod> {
    c.pods().iter().filter(|p| p.name().starts_with("web-")).collect()
}

fn taint(key: &str, effect: TaintEffect) -> Taint {
    Taint::new(key, "true", effect)
}

fn with_label(c: &Cluster, node: &str, key: &str, value: &str) -> Labels {
    let mut labels = c.node(node).expect("node exists").labels.clone();
    labels.insert(key.to_owned(), value.to_owned());
    labels
}

#[test]
fn a_noschedule_taint_keeps_new_pods_off_the_node() {
    let mut c = basic();
    for node in [N1, N2] {
        c.set_node_taints(node, vec![taint("dedicated", TaintEffect::NoSchedule)]).expect("node exists");
    }
    let before: Vec<String> = web_pods(&c).iter().map(|p| p.name().to_owned()).collect();
    c.scale_deployment("default", "web", 6).expect("web exists");
    c.settle();
    let new: Vec<&Pod> =
        web_pods(&c).into_iter().filter(|p| !before.contains(&p.name().to_owned())).collect();
    assert_eq!(new.len(), 3);
    assert!(new.iter().all(|p| p.node() == Some(N3)), "only the untainted node takes them");
    assert_eq!(web_pods(&c).iter().filter(|p| p.node() == Some(N1)).count(), 1, "NoSchedule evicts nothing");
}

#[test]
fn removing_a_taint_lets_waiting_pods_in() {
    let mut c = basic();
    for node in [N1, N2, N3] {
        c.set_node_taints(node, vec![taint("dedicated", TaintEffect::NoSchedule)]).expect("node exists");
    }
    c.scale_deployment("default", "web", 4).expect("web exists");
    c.settle();
    let pending = web_pods(&c).into_iter().find(|p| p.node().is_none()).expect("a pod waits");
    let message = pending.unschedulable.clone().unwrap_or_default();
    assert!(message.contains("3 node(s) had untolerated taint {dedicated: true}"), "{message}");

    c.set_node_taints(N2, Vec::new()).expect("node exists");
    c.advance(Duration::from_secs(10));
    assert!(web_pods(&c).iter().all(|p| p.node().is_some() && p.is_serving()), "the scheduler looked again");
}

#[test]
fn a_noexecute_taint_evicts_what_does_not_tolerate_it() {
    let mut c = basic();
    c.set_node_taints(N1, vec![taint("maintenance", TaintEffect::NoExecute)]).expect("node exists");
    c.advance(Duration::from_secs(1));
    let left: Vec<&Pod> = c.pods().on_node(N1).filter(|p| !p.is_terminating()).collect();
    assert!(!left.is_empty());
    assert!(left.iter().all(|p| p.is_daemonset_pod()), "only the DaemonSet pods tolerate it: {left:?}");
    assert!(c.events().all().any(|e| e.reason == "TaintManagerEviction"));
    c.settle();
    assert_eq!(web_pods(&c).iter().filter(|p| p.is_serving()).count(), 3, "replaced on the other nodes");
    assert!(web_pods(&c).iter().all(|p| p.node() != Some(N1)));
}

#[test]
fn a_node_label_satisfies_a_node_selector() {
    let source = scenario::builtin_source("basic").expect("basic exists").to_owned()
        + "\ndeployment default/db replicas=2 image=postgres:16 cpu=100m node-selector=disktype=ssd age=1d\n";
    let (_, mut c) = scenario::from_source(&source, None).expect("valid scenario");
    c.settle();
    let db = |c: &Cluster| {
        c.pods()
            .iter()
            .filter(|p| p.name().starts_with("db-"))
            .map(|p| p.node().map(str::to_owned))
            .collect::<Vec<_>>()
    };
    assert_eq!(db(&c), [None, None], "no node has the label yet");

    let labels = with_label(&c, N2, "disktype", "ssd");
    c.set_node_labels(N2, labels).expect("node exists");
    c.advance(Duration::from_secs(10));
    assert_eq!(db(&c), [Some(N2.to_owned()), Some(N2.to_owned())]);
}

#[test]
fn a_relabelled_pod_leaves_its_replicaset_and_service() {
    let mut c = basic();
    let pod = web_pods(&c)[0].clone();
    let mut labels = pod.meta.labels.clone();
    labels.insert("app".to_owned(), "debug".to_owned());
    c.set_labels(LabelledKind::Pod, "default", pod.name(), labels).expect("pod exists");

    let released = c.pods().by_name("default", pod.name()).expect("still there");
    assert!(released.owner.is_none(), "the ReplicaSet let it go");
    assert!(released.is_serving(), "it keeps running");
    let endpoints = c.endpoints("default", "web").expect("web Service");
    assert!(endpoints.addresses.iter().all(|a| a.pod.as_deref() != Some(pod.name())), "out of the Service");
    c.settle();
    let owned = web_pods(&c).iter().filter(|p| p.owner.is_some() && p.is_serving()).count();
    assert_eq!(owned, 3, "a replacement keeps the count");

    c.set_labels(LabelledKind::Pod, "default", pod.name(), pod.meta.labels.clone()).expect("pod exists");
    c.settle();
    let active: Vec<&Pod> = web_pods(&c).into_iter().filter(|p| p.is_active()).collect();
    assert_eq!(active.len(), 3, "adopted back, and one too many removed");
    assert!(active.iter().all(|p| p.owner.is_some()));
}

#[test]
fn labels_on_other_objects_are_stored() {
    let mut c = basic();
    let mut labels = c.deployment("default", "web").expect("web").meta.labels.clone();
    labels.insert("team".to_owned(), "shop".to_owned());
    c.set_labels(LabelledKind::Deployment, "default", "web", labels.clone()).expect("web exists");
    assert_eq!(c.deployment("default", "web").expect("web").meta.labels, labels);
    let missing =
        c.set_labels(LabelledKind::Service, "default", "nope", Labels::new()).expect_err("no such Service");
    assert_eq!(missing.message(), "Error from server (NotFound): services \"nope\" not found");
}

#[test]
fn eviction_options_change_how_the_pod_goes() {
    let mut c = basic();
    let names: Vec<String> = web_pods(&c).iter().map(|p| p.name().to_owned()).collect();
    let dry = EvictionOptions { grace_period: None, dry_run: true };
    c.evict_pod_with("default", &names[0], dry).expect("the budget allows one");
    assert!(!c.pods().by_name("default", &names[0]).expect("untouched").is_terminating());

    let now = EvictionOptions { grace_period: Some(0), dry_run: false };
    c.evict_pod_with("default", &names[0], now).expect("the budget allows one");
    assert!(c.pods().by_name("default", &names[0]).is_none(), "grace period 0 removes it at once");
    c.evict_pod_with("default", &names[1], dry).expect_err("the budget is spent, dry run or not");
}

/// Runs a line, returning (stdout, stderr, status).
fn run(shell: &mut Shell, line: &str) -> (String, String, i32) {
    let out = shell.run(line);
    (out.stdout(), out.stderr(), out.status)
}

fn instance_status(shell: &Shell, node: &str) -> InstanceStatus {
    let cluster = shell.cluster();
    let id = cluster.node(node).and_then(|n| n.instance_id()).expect("an EC2 node");
    cluster.ecs().container_instance_by_ec2(id).expect("a container instance").status
}

#[test]
fn a_drain_sets_the_container_instance_draining_and_uncordon_brings_it_back() {
    let mut shell = Shell::new(basic());
    let (_, _, status) = run(&mut shell, &format!("kubectl drain {N1} --ignore-daemonsets"));
    assert_eq!(status, 0);
    assert_eq!(instance_status(&shell, N1), InstanceStatus::Draining);
    run(&mut shell, &format!("kubectl uncordon {N1}"));
    assert_eq!(instance_status(&shell, N1), InstanceStatus::Active);
    run(&mut shell, &format!("kubectl cordon {N2}"));
    assert_eq!(instance_status(&shell, N2), InstanceStatus::Active, "ECS has no cordon of its own");
}

#[test]
fn a_drain_the_budget_never_allows_stops_waiting_as_every_endless_wait_does() {
    let mut shell = Shell::new(basic());
    run(&mut shell, &format!("kubectl cordon {N1} {N2} {N3}"));
    let (_, _, status) = run(&mut shell, &format!("kubectl drain {N1} --ignore-daemonsets"));
    assert_eq!(status, 0, "the budgets allow one web and one CoreDNS pod to go");

    let start = shell.cluster().now();
    let (stdout, stderr, status) = run(&mut shell, &format!("kubectl drain {N2} --ignore-daemonsets"));
    assert_eq!(status, 1, "stopped as rollout status and wait stop");
    assert_eq!(shell.cluster().now() - start, Duration::from_mins(15));
    assert!(
        stderr.ends_with("kubesim: stopped waiting after 15m of simulated time; the real kubectl would wait until interrupted, and the node stays cordoned\n"),
        "{}",
        stderr.lines().last().unwrap_or_default()
    );
    let retries = stderr.lines().filter(|l| l.contains("(will retry after 5s)")).count();
    assert!(retries > 300, "every 5 s for 15 minutes, for two pods: {retries}");
    assert!(!stdout.contains("drained"));
    assert!(shell.cluster().node(N2).expect("node exists").unschedulable, "the node stays cordoned");

    let (_, stderr, status) =
        run(&mut shell, &format!("kubectl drain {N2} --ignore-daemonsets --timeout=60s"));
    assert_eq!(status, 1, "with a timeout it fails as kubectl does");
    assert!(
        stderr.ends_with("-n \"kube-system\": global timeout reached: 1m0s\n"),
        "Go's duration format: {stderr}"
    );
}

#[test]
fn pods_on_a_silent_node_hold_a_drain_until_it_stops_waiting_for_them() {
    let mut cluster = basic();
    cluster.fail_node(N1).expect("node exists");
    let mut shell = Shell::new(cluster);
    let (_, stderr, status) =
        run(&mut shell, &format!("kubectl drain {N1} --ignore-daemonsets --timeout=20s"));
    assert_eq!(status, 1, "no kubelet stops the evicted pods");
    assert!(
        stderr.lines().any(|l| l.starts_with("error when waiting for pod \"web-")
            && l.ends_with("\" in namespace \"default\" to terminate: global timeout reached: 20s")),
        "{stderr}"
    );

    let (stdout, _, status) =
        run(&mut shell, &format!("kubectl drain {N1} --ignore-daemonsets --skip-wait-for-delete-timeout=5"));
    assert_eq!(status, 0, "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("pod \"web-")
        && l.ends_with("\" has DeletionTimestamp older than 5 seconds, skipping")));
    assert!(stdout.ends_with(&format!("node/{N1} drained\n")));
}

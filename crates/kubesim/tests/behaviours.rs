//! The behaviours lessons lean on, each as real EKS does it, checked on the
//! engine's state as simulated time passes.

use kubesim::scenario;
use kubesim::sim::nodegroup::{InstanceState, NodeGroupStatus};
use kubesim::sim::taint::{TaintEffect, NOT_READY, UNREACHABLE};
use kubesim::sim::{Cluster, Duration, NodeCondition, Pod};

fn stock(name: &str) -> Cluster {
    match scenario::builtin(name, None) {
        Some(Ok((_, cluster))) => cluster,
        Some(Err(e)) => panic!("{name}: {e}"),
        None => panic!("no stock scenario {name}"),
    }
}

fn secs(n: i64) -> Duration {
    Duration::from_secs(n)
}

fn pods_of<'a>(c: &'a Cluster, prefix: &'a str) -> impl Iterator<Item = &'a Pod> + 'a {
    c.pods().iter().filter(move |p| p.name().starts_with(prefix))
}

fn ready_count(c: &Cluster, prefix: &str) -> usize {
    pods_of(c, prefix).filter(|p| p.is_serving()).count()
}

fn node_names(c: &Cluster) -> Vec<String> {
    c.nodes().map(|n| n.name.clone()).collect()
}

#[test]
fn scaling_up_a_node_group_boots_registers_and_takes_pods() {
    let mut c = stock("basic");
    c.scale_deployment("default", "web", 24).expect("web exists");
    c.advance(secs(10));
    let pending = pods_of(&c, "web-").filter(|p| p.node().is_none()).count();
    assert!(pending > 0, "three t3.medium nodes cannot hold twenty-four 250m pods");
    let stuck = pods_of(&c, "web-").find(|p| p.node().is_none()).expect("a pending pod");
    let message = stuck.unschedulable.clone().unwrap_or_default();
    assert!(message.starts_with("0/3 nodes are available:"), "{message}");
    assert!(message.contains("Insufficient cpu"), "{message}");
    assert!(
        c.events().all().any(|e| e.reason == "FailedScheduling" && e.object.name == stuck.name()),
        "a FailedScheduling event names the pod"
    );

    c.update_nodegroup_scaling("ng-general", None, None, Some(5)).expect("5 is within 1..6");
    c.advance(secs(1));
    let launching: Vec<_> = c.instances().filter(|i| i.state == InstanceState::Pending).collect();
    assert_eq!(launching.len(), 2, "two EC2 instances launch");
    assert_eq!(c.nodes().count(), 3, "not registered yet");

    c.advance(secs(50));
    assert_eq!(c.nodes().count(), 5, "the kubelets registered");
    let new: Vec<_> = c.nodes().filter(|n| n.ready != NodeCondition::Ready).collect();
    assert_eq!(new.len(), 2, "new nodes start NotReady");
    assert!(new.iter().all(|n| n.taints.iter().any(|t| t.key == NOT_READY)));
    assert!(
        new.iter().all(|n| c.pods().on_node(&n.name).all(|p| p.is_daemonset_pod())),
        "only DaemonSet pods land on a NotReady node"
    );
    assert!(new.iter().all(|n| c.pods().on_node(&n.name).count() == 2), "aws-node and kube-proxy arrive");

    c.advance(secs(30));
    assert!(c.nodes().all(|n| n.ready == NodeCondition::Ready));
    c.advance(secs(10));
    assert_eq!(ready_count(&c, "web-"), 24, "the pending pods ran on the new nodes");
    let zones: std::collections::BTreeSet<_> =
        c.nodes().filter_map(|n| n.zone().map(str::to_owned)).collect();
    assert_eq!(zones.len(), 3);
}

#[test]
fn scaling_down_drains_then_terminates() {
    let mut c = stock("basic");
    let before = node_names(&c);
    c.update_nodegroup_scaling("ng-general", None, None, Some(2)).expect("2 is within 1..6");
    c.advance(secs(1));
    let cordoned: Vec<_> = c.nodes().filter(|n| n.unschedulable).map(|n| n.name.clone()).collect();
    assert_eq!(cordoned.len(), 1, "one node is cordoned for termination");
    let mut min_ready = usize::MAX;
    for _ in 0..40 {
        c.advance(secs(5));
        min_ready = min_ready.min(ready_count(&c, "web-"));
    }
    assert_eq!(c.nodes().count(), 2, "the drained node's instance terminated");
    assert!(!node_names(&c).contains(&cordoned[0]));
    assert!(min_ready >= 2, "the PDB kept two web pods ready (saw {min_ready})");
    assert_eq!(ready_count(&c, "web-"), 3, "the evicted pod came back elsewhere");
    assert!(c.pods().iter().all(|p| p.node().is_some_and(|n| before.contains(&n.to_owned()))));
    assert_eq!(c.ecs().container_instances().filter(|ci| ci.is_registered()).count(), 2, "the twin follows");
}

#[test]
fn a_version_update_surges_drains_and_returns_to_size() {
    let mut c = stock("outdated-nodegroup");
    let old = node_names(&c);
    assert!(c.nodes().all(|n| n.kubelet_version.starts_with("v1.29.")));
    c.update_nodegroup_version("ng-general", None, "v1.30.4-eks-a737599", "1.30.4-20241024").expect("starts");
    assert_eq!(
        c.nodegroup("ng-general").map(|g| (g.desired, g.status)),
        Some((6, NodeGroupStatus::Updating))
    );
    let mut peak = 0;
    let mut min_web_ready = usize::MAX;
    for _ in 0..360 {
        c.advance(secs(5));
        peak = peak.max(c.nodes().count());
        min_web_ready = min_web_ready.min(ready_count(&c, "web-"));
        if c.nodegroup("ng-general").is_some_and(|g| g.status == NodeGroupStatus::Active) {
            break;
        }
    }
    let group = c.nodegroup("ng-general").expect("the group");
    assert_eq!(group.status, NodeGroupStatus::Active, "the update finished");
    assert_eq!((group.desired, group.version.as_str()), (3, "1.30"));
    assert_eq!(group.updates.last().map(|u| u.status), Some("Successful"));
    c.advance(secs(120));
    assert_eq!(peak, 6, "three surge nodes joined the three old ones");
    assert_eq!(c.nodes().count(), 3, "back to the original size");
    assert!(c.nodes().all(|n| n.kubelet_version == "v1.30.4-eks-a737599" && !old.contains(&n.name)));
    let zones: std::collections::BTreeSet<_> =
        c.nodes().filter_map(|n| n.zone().map(str::to_owned)).collect();
    assert_eq!(zones.len(), 3, "new nodes in the same zones");
    assert!(c.nodes().all(|n| !n.unschedulable && n.ready == NodeCondition::Ready));
    assert!(min_web_ready >= 2, "the PDB held throughout (saw {min_web_ready})");
    assert_eq!(ready_count(&c, "web-"), 3);
    assert_eq!(ready_count(&c, "coredns-"), 2);
}

#[test]
fn a_failed_node_is_tainted_and_its_pods_replaced_after_five_minutes() {
    let mut c = stock("basic");
    let victim = c.nodes().next().map(|n| n.name.clone()).expect("a node");
    let web_there: Vec<String> = c
        .pods()
        .on_node(&victim)
        .filter(|p| p.name().starts_with("web-"))
        .map(|p| p.name().to_owned())
        .collect();
    assert_eq!(web_there.len(), 1);
    c.fail_node(&victim).expect("the node exists");
    c.advance(secs(39));
    assert_eq!(c.node(&victim).map(|n| n.ready), Some(NodeCondition::Ready), "still within the grace period");
    c.advance(secs(1));
    let node = c.node(&victim).expect("still registered");
    assert_eq!(node.ready, NodeCondition::Unknown);
    assert!(node.taints.iter().any(|t| t.key == UNREACHABLE && t.effect == TaintEffect::NoExecute));
    assert!(node.taints.iter().any(|t| t.key == UNREACHABLE && t.effect == TaintEffect::NoSchedule));
    assert!(
        c.pods().on_node(&victim).all(|p| !p.ready && !p.is_terminating()),
        "pods wait out their toleration"
    );
    c.advance(secs(299));
    assert!(c.pods().on_node(&victim).all(|p| !p.is_terminating()), "299 s after the taint: still tolerated");
    c.advance(secs(1));
    let evicted =
        c.pods().by_name("default", &web_there[0]).expect("stays, Terminating, until the node goes");
    assert!(evicted.is_terminating());
    assert!(
        c.pods().on_node(&victim).filter(|p| p.is_daemonset_pod()).all(|p| !p.is_terminating()),
        "DaemonSet pods tolerate unreachable for good"
    );
    c.advance(secs(10));
    assert_eq!(ready_count(&c, "web-"), 3, "a replacement runs on a healthy node");
    assert_eq!(
        c.ecs().container_instances().filter(|ci| !ci.agent_connected).count(),
        1,
        "the twin's agent dropped"
    );
    c.recover_node(&victim).expect("the node exists");
    c.advance(secs(10));
    assert_eq!(c.node(&victim).map(|n| n.ready), Some(NodeCondition::Ready));
    assert!(c.pods().by_name("default", &web_there[0]).is_none(), "the kubelet finished the deletion");
}

#[test]
fn fargate_runs_one_pod_per_node_and_no_daemonsets() {
    let mut c = stock("fargate");
    let fargate: Vec<_> = c.nodes().filter(|n| n.is_fargate()).collect();
    assert_eq!(fargate.len(), 2);
    for node in &fargate {
        assert!(node.name.starts_with("fargate-ip-"));
        let pods: Vec<_> = c.pods().on_node(&node.name).collect();
        assert_eq!(pods.len(), 1, "one pod per Fargate node");
        assert!(pods[0].name().starts_with("api-"));
    }
    c.scale_deployment("apps", "api", 3).expect("api exists");
    c.advance(secs(30));
    assert_eq!(c.nodes().filter(|n| n.is_fargate()).count(), 2, "the micro-VM is still provisioning");
    c.advance(secs(30));
    assert_eq!(c.nodes().filter(|n| n.is_fargate()).count(), 3);
    assert_eq!(ready_count(&c, "api-"), 3);
    assert!(c
        .nodes()
        .filter(|n| n.is_fargate())
        .all(|n| c.pods().on_node(&n.name).all(|p| !p.is_daemonset_pod())));
    c.scale_deployment("apps", "api", 1).expect("api exists");
    c.advance(secs(10));
    assert_eq!(c.nodes().filter(|n| n.is_fargate()).count(), 1, "a Fargate node leaves with its pod");
}

#[test]
fn top_is_plausible_and_the_same_every_run() {
    let a = stock("basic");
    let b = stock("basic");
    let usage = |c: &Cluster| -> Vec<_> {
        c.nodes().map(|n| c.node_usage(n)).chain(c.pods().iter().map(|p| c.pod_usage(p))).collect()
    };
    assert_eq!(usage(&a), usage(&b));
    for node in a.nodes() {
        let u = a.node_usage(node).expect("a Ready node has metrics");
        assert!(u.millicpu > 0 && u.millicpu < node.allocatable.resources.millicpu);
        assert!(u.memory > 0 && u.memory < node.allocatable.resources.memory);
    }
    let mut later = a.clone();
    later.advance(Duration::from_mins(3));
    assert_ne!(usage(&a), usage(&later), "usage moves from minute to minute");
    let mut fresh = a.clone();
    fresh.scale_deployment("default", "web", 4).expect("web exists");
    fresh.advance(secs(6));
    let new = pods_of(&fresh, "web-").max_by_key(|p| p.meta.created).expect("the new pod");
    assert!(fresh.pod_usage(new).is_none(), "no sample before the first scrape");
}

#[test]
fn a_rollout_restart_stays_within_surge_and_unavailable() {
    let mut c = stock("basic");
    c.restart_deployment("default", "web").expect("web exists");
    let mut max_pods = 0;
    let mut min_ready = usize::MAX;
    for _ in 0..30 {
        c.advance(secs(1));
        max_pods = max_pods.max(pods_of(&c, "web-").filter(|p| !p.is_terminating()).count());
        min_ready = min_ready.min(ready_count(&c, "web-"));
    }
    let sets = c.replicasets_of("default", "web");
    assert_eq!(sets.len(), 2, "a new ReplicaSet rolled out");
    assert_eq!((sets[0].replicas, sets[1].replicas), (0, 3));
    assert!(max_pods <= 4, "maxSurge 25% of 3 rounds up to 1 (saw {max_pods})");
    assert!(min_ready >= 3, "maxUnavailable 25% of 3 rounds down to 0 (saw {min_ready})");
    assert!(pods_of(&c, "web-")
        .all(|p| p.meta.labels.get("pod-template-hash") == Some(&sets[1].meta.name[4..].to_owned())));
}

/// The twin on its own terms: a drained instance's service tasks move
/// within 100%/200%, its daemon task leaves last, a standalone task stays.
#[test]
fn the_ecs_twin_drains_as_ecs_does() {
    let text = format!(
        "{}\n{}\n{}\n",
        scenario::builtin_source("basic").expect("basic exists"),
        "daemonset default/log-agent image=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2 cpu=50m memory=64Mi age=3d",
        "pod default/debug image=public.ecr.aws/docker/library/busybox:1.36 cpu=50m memory=32Mi age=1h",
    );
    let (_, mut c) = scenario::from_source(&text, None).expect("valid scenario");
    // Drain the node whose container instance runs the standalone task.
    let arn =
        c.ecs().tasks().find(|t| t.group == "family:debug").and_then(|t| t.container_instance_arn.clone());
    let arn = arn.expect("the standalone task was placed");
    let instance = c.ecs().container_instance(&arn).map(|ci| ci.ec2_instance_id.clone()).expect("registered");
    let node = c
        .nodes()
        .find(|n| n.instance_id() == Some(instance.as_str()))
        .map(|n| n.name.clone())
        .expect("its node");
    let debug_node = c.pods().by_name("default", "debug").and_then(|p| p.node()).map(str::to_owned);
    let tasks_on =
        |c: &Cluster, group: &str| c.ecs().tasks_on(&arn).filter(|t| t.group == group && t.is_live()).count();
    assert_eq!(
        (tasks_on(&c, "service:web"), tasks_on(&c, "service:log-agent"), tasks_on(&c, "family:debug")),
        (1, 1, 1)
    );

    c.begin_drain(&node).expect("the node exists");
    assert_eq!(c.ecs().container_instance(&arn).map(|ci| ci.status.as_str()), Some("DRAINING"));
    let web = |c: &Cluster| c.ecs().service("web").map(|s| s.running_count).unwrap_or_default();
    let mut min_running = u32::MAX;
    let mut daemon_left_while_web_there = false;
    for _ in 0..60 {
        c.advance(secs(1));
        min_running = min_running.min(web(&c));
        daemon_left_while_web_there |=
            tasks_on(&c, "service:log-agent") == 0 && tasks_on(&c, "service:web") > 0;
    }
    assert!(min_running >= 3, "minimumHealthyPercent 100: replacements start first (saw {min_running})");
    assert_eq!(tasks_on(&c, "service:web"), 0, "the service task moved away");
    assert!(!daemon_left_while_web_there, "daemon tasks leave last");
    assert_eq!(tasks_on(&c, "service:log-agent"), 0, "then the daemon task leaves");
    assert_eq!(tasks_on(&c, "family:debug"), 1, "a standalone task stays");
    let still = c.pods().by_name("default", "debug").and_then(|p| p.node()).map(str::to_owned);
    assert_eq!(still, debug_node, "the twin's drain does not touch the EKS side");
}

#[test]
fn same_scenario_seed_and_actions_give_the_same_world() {
    let run = |seed: Option<u64>| {
        let (_, mut c) = scenario::builtin("basic", seed).expect("basic exists").expect("builds");
        let node = c.nodes().nth(1).map(|n| n.name.clone()).expect("a node");
        c.scale_deployment("default", "web", 9).expect("web exists");
        c.update_nodegroup_scaling("ng-general", None, None, Some(4)).expect("valid");
        c.advance(Duration::from_mins(2));
        c.begin_drain(&node).expect("exists");
        for (ns, pod) in c.evictable_pods_on(&node) {
            let _ = c.evict_pod(&ns, &pod);
        }
        c.fail_node(&node).expect("exists");
        c.restart_deployment("default", "web").expect("exists");
        c.advance(Duration::from_mins(10));
        format!("{c:?}")
    };
    assert_eq!(run(None), run(None));
    assert_eq!(run(Some(42)), run(Some(42)));
    assert_ne!(run(None), run(Some(42)), "the seed changes generated names");
}

#[test]
fn endpoints_and_budgets_follow_the_pods() {
    let mut c = stock("basic");
    let endpoints = c.endpoints("default", "web").expect("web has endpoints");
    assert_eq!(endpoints.addresses.iter().filter(|a| a.ready).count(), 3);
    let pdb = c.pdbs().find(|p| p.meta.name == "web").cloned().expect("the web PDB");
    let status = c.pdb_status(&pdb);
    assert_eq!((status.current_healthy, status.desired_healthy, status.disruptions_allowed), (3, 2, 1));

    let first = pods_of(&c, "web-").next().map(|p| p.name().to_owned()).expect("a web pod");
    c.evict_pod("default", &first).expect("one disruption is allowed");
    let second =
        pods_of(&c, "web-").find(|p| !p.is_terminating()).map(|p| p.name().to_owned()).expect("another");
    let refused = c.evict_pod("default", &second).expect_err("the budget is spent");
    assert_eq!(refused.message(), "Cannot evict pod as it would violate the pod's disruption budget.");
    let endpoints = c.endpoints("default", "web").expect("web has endpoints");
    assert_eq!(
        endpoints.addresses.iter().filter(|a| a.ready).count(),
        2,
        "a terminating pod leaves the ready set"
    );
    c.advance(secs(10));
    assert_eq!(c.pdb_status(&pdb).disruptions_allowed, 1, "the replacement is ready: one may go again");
    let kubernetes = c.endpoints("default", "kubernetes").expect("the API server's Service");
    assert_eq!(kubernetes.addresses.len(), 2, "the control plane's two ENIs");
}

#[test]
fn node_group_sizes_are_checked_as_eks_checks_them() {
    let mut c = stock("basic");
    let refuse = |c: &mut Cluster, min, max, desired| match c.update_nodegroup_scaling(
        "ng-general",
        min,
        max,
        desired,
    ) {
        Err(kubesim::sim::nodegroup::NodeGroupError::InvalidParameter(text)) => text,
        other => panic!("expected InvalidParameter, got {other:?}"),
    };
    assert_eq!(
        refuse(&mut c, Some(4), None, Some(3)),
        "Minimum capacity 4 can't be greater than desired size 3"
    );
    assert_eq!(refuse(&mut c, None, Some(6), Some(7)), "desiredSize can't be greater than maxSize");
    assert!(matches!(
        c.update_nodegroup_scaling("ng-nope", None, None, Some(1)),
        Err(kubesim::sim::nodegroup::NodeGroupError::NotFound(_))
    ));
    assert_eq!(
        c.nodegroup("ng-general").map(|g| (g.min, g.max, g.desired)),
        Some((1, 6, 3)),
        "nothing changed"
    );
}

#[test]
fn a_failed_nodes_lease_stops_renewing_while_the_others_go_on() {
    use kubesim::shell::Shell;
    let mut c = stock("basic");
    let names = node_names(&c);
    let renew_time = |shell: &mut Shell, node: &str| {
        shell
            .run(&format!("kubectl get lease {node} -n kube-node-lease -o jsonpath={{.spec.renewTime}}"))
            .stdout()
    };
    c.fail_node(&names[0]).expect("the node exists");
    let mut shell = Shell::new(c);
    let (dead, alive) = (renew_time(&mut shell, &names[0]), renew_time(&mut shell, &names[1]));
    shell.run("sleep 2m");
    assert_eq!(renew_time(&mut shell, &names[0]), dead);
    assert_ne!(renew_time(&mut shell, &names[1]), alive);
    let listed = shell.run("kubectl get leases -n kube-node-lease -o name").stdout();
    assert_eq!(listed.lines().count(), names.len());
}

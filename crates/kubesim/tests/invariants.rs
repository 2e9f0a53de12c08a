//! Random sequences of commands and clock advances on a small cluster; after
//! every step the cluster must keep Kubernetes' promises, and in the end
//! converge once it can hold its workloads.

use std::collections::BTreeSet;

use kubesim::ecs::{InstanceStatus, SchedulingStrategy, TaskStatus};
use kubesim::scenario;
use kubesim::sim::nodegroup::NodeGroupStatus;
use kubesim::sim::quantity::Resources;
use kubesim::sim::{Cluster, Duration, NodeCondition, Timestamp};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Scale(u32),
    Cordon(usize),
    Uncordon(usize),
    Drain(usize),
    DeletePod(usize),
    Fail(usize),
    Recover(usize),
    NodeGroupSize(u32),
    Upgrade,
    Restart,
    Advance(i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u32..16).prop_map(Op::Scale),
        (0usize..8).prop_map(Op::Cordon),
        (0usize..8).prop_map(Op::Uncordon),
        (0usize..8).prop_map(Op::Drain),
        (0usize..32).prop_map(Op::DeletePod),
        (0usize..8).prop_map(Op::Fail),
        (0usize..8).prop_map(Op::Recover),
        (1u32..7).prop_map(Op::NodeGroupSize),
        Just(Op::Upgrade),
        Just(Op::Restart),
        (1i64..900).prop_map(Op::Advance),
    ]
}

/// The node group on 1.29 (so an update is possible), a DaemonSet of the
/// team's own, and a bare pod.
fn cluster() -> Cluster {
    let text = format!(
        "{}\n{}\n{}\n",
        scenario::builtin_source("outdated-nodegroup").unwrap_or_default(),
        "daemonset default/log-agent image=public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2 cpu=50m memory=64Mi age=3d",
        "pod default/debug image=public.ecr.aws/docker/library/busybox:1.36 cpu=50m memory=32Mi age=1h",
    );
    match scenario::from_source(&text, None) {
        Ok((_, c)) => c,
        Err(e) => panic!("the test scenario does not build: {e}"),
    }
}

fn nth_node(c: &Cluster, i: usize) -> Option<String> {
    let n = c.nodes().count();
    (n > 0).then(|| c.nodes().nth(i % n).map(|n| n.name.clone())).flatten()
}

/// `kubectl drain` on engine terms: cordon, evict, retry every 5 s while a
/// budget refuses, wait for the pods to be gone. Returns whether it finished.
fn drain(c: &mut Cluster, node: &str) -> bool {
    if c.begin_drain(node).is_err() {
        return false;
    }
    for _ in 0..36 {
        for (ns, pod) in c.evictable_pods_on(node) {
            let _ = c.evict_pod(&ns, &pod);
        }
        if c.pods().on_node(node).all(|p| p.is_daemonset_pod()) {
            return true;
        }
        c.advance(Duration::from_secs(5));
    }
    false
}

fn apply(c: &mut Cluster, op: &Op, drained: &mut BTreeSet<String>) {
    match op {
        Op::Scale(n) => {
            let _ = c.scale_deployment("default", "web", *n);
        }
        Op::Cordon(i) => {
            if let Some(node) = nth_node(c, *i) {
                let _ = c.set_unschedulable(&node, true);
            }
        }
        Op::Uncordon(i) => {
            if let Some(node) = nth_node(c, *i) {
                let _ = c.set_unschedulable(&node, false);
                drained.remove(&node);
            }
        }
        Op::Drain(i) => {
            if let Some(node) = nth_node(c, *i) {
                if drain(c, &node) {
                    drained.insert(node);
                }
            }
        }
        Op::DeletePod(k) => {
            let pods: Vec<(String, String)> = c
                .pods()
                .iter()
                .filter(|p| !p.is_daemonset_pod())
                .map(|p| (p.namespace().to_owned(), p.name().to_owned()))
                .collect();
            if !pods.is_empty() {
                let (ns, name) = &pods[k % pods.len()];
                let _ = c.delete_pod(ns, name, None);
            }
        }
        Op::Fail(i) => {
            if let Some(node) = nth_node(c, *i) {
                let _ = c.fail_node(&node);
            }
        }
        Op::Recover(i) => {
            if let Some(node) = nth_node(c, *i) {
                let _ = c.recover_node(&node);
            }
        }
        Op::NodeGroupSize(n) => {
            let _ = c.update_nodegroup_scaling("ng-general", None, None, Some(*n));
        }
        Op::Upgrade => {
            let _ = c.update_nodegroup_version("ng-general", None, "v1.30.4-eks-a737599", "1.30.4-20241024");
        }
        Op::Restart => {
            let _ = c.restart_deployment("default", "web");
        }
        Op::Advance(s) => c.advance(Duration::from_secs(*s)),
    }
}

/// The promises that hold after every step.
fn check(c: &Cluster, cordoned_before: &BTreeSet<String>, step_start: Timestamp, drained: &BTreeSet<String>) {
    // No controller-owned pod is lost: every ReplicaSet has its count of
    // active pods, no node has two of one DaemonSet's.
    for rs in c.replicasets() {
        let active = c
            .pods()
            .iter()
            .filter(|p| p.owner.as_ref().is_some_and(|o| o.uid == rs.meta.uid) && p.is_active())
            .count();
        assert_eq!(active as u32, rs.replicas, "ReplicaSet {} lost pods", rs.meta.name);
    }
    for ds in c.daemonsets() {
        for node in c.nodes() {
            let mine = c
                .pods()
                .on_node(&node.name)
                .filter(|p| p.owner.as_ref().is_some_and(|o| o.uid == ds.meta.uid) && p.is_active())
                .count();
            assert!(mine <= 1, "{} runs {mine} pods of {}", node.name, ds.meta.name);
        }
    }
    for node in c.nodes() {
        // A node's requests never exceed what it can allocate.
        let holding: Vec<_> = c.pods().on_node(&node.name).filter(|p| p.holds_resources()).collect();
        let used = holding.iter().fold(Resources::default(), |sum, p| sum + p.spec.requests());
        let alloc = node.allocatable;
        assert!(used.millicpu <= alloc.resources.millicpu, "{}: cpu {used:?} > {alloc:?}", node.name);
        assert!(used.memory <= alloc.resources.memory, "{}: memory over allocatable", node.name);
        assert!(holding.len() as u32 <= alloc.pods, "{}: more pods than max pods", node.name);
        // Nothing new lands on a node that stayed cordoned, but the
        // DaemonSets' pods.
        if cordoned_before.contains(&node.name) && node.unschedulable {
            for pod in c.pods().on_node(&node.name) {
                let new = pod.scheduled.is_some_and(|t| t > step_start);
                assert!(!new || pod.is_daemonset_pod(), "{} landed on cordoned {}", pod.name(), node.name);
            }
        }
        // A drained node holds only DaemonSet pods while it stays cordoned.
        if drained.contains(&node.name) && node.unschedulable {
            assert!(c.pods().on_node(&node.name).all(|p| p.is_daemonset_pod()), "{} refilled", node.name);
        }
    }
    check_twin(c);
}

/// The ECS twin's counts follow its own rules.
fn check_twin(c: &Cluster) {
    let ecs = c.ecs();
    for ci in ecs.container_instances().filter(|ci| ci.is_registered()) {
        let here: Vec<_> =
            ecs.tasks().filter(|t| t.container_instance_arn.as_deref() == Some(ci.arn.as_str())).collect();
        let count = |s: &[TaskStatus]| here.iter().filter(|t| s.contains(&t.last_status)).count() as u32;
        assert_eq!(ci.running_tasks_count, count(&[TaskStatus::Running]), "{}", ci.ec2_instance_id);
        assert_eq!(ci.pending_tasks_count, count(&[TaskStatus::Pending, TaskStatus::Provisioning]));
        let cpu: u32 = here.iter().filter(|t| t.last_status != TaskStatus::Stopped).map(|t| t.cpu).sum();
        assert_eq!(
            ci.remaining_cpu + cpu,
            ci.registered_cpu,
            "{}: CPU units do not add up",
            ci.ec2_instance_id
        );
    }
    for svc in ecs.services().filter(|s| s.scheduling_strategy == SchedulingStrategy::Replica) {
        let live =
            ecs.tasks().filter(|t| t.service.as_deref() == Some(svc.name.as_str()) && t.is_live()).count();
        assert!(
            live <= svc.deployment_configuration.max_total(svc.desired_count) as usize,
            "{} over maximumPercent",
            svc.name
        );
    }
    for t in ecs.tasks().filter(|t| t.service.is_none()) {
        let drained = t.stopped_reason.as_deref().is_some_and(|r| r.contains("DRAINING"));
        assert!(!drained, "a standalone task was stopped by draining");
    }
}

/// Give the cluster what it needs and time: every workload converges.
fn converge(c: &mut Cluster) {
    let names: Vec<String> = c.nodes().map(|n| n.name.clone()).collect();
    for node in &names {
        let _ = c.recover_node(node);
    }
    c.advance(Duration::from_mins(30));
    let _ = c.update_nodegroup_scaling("ng-general", None, None, Some(6));
    let names: Vec<String> = c.nodes().map(|n| n.name.clone()).collect();
    for node in &names {
        let _ = c.recover_node(node);
        let _ = c.set_unschedulable(node, false);
    }
    c.advance(Duration::from_mins(10));
    assert!(c.nodegroup("ng-general").is_some_and(|g| g.status == NodeGroupStatus::Active));
    assert!(c.nodes().all(|n| n.ready == NodeCondition::Ready));
    for d in c.deployments() {
        let ready = c
            .replicasets_of(&d.meta.namespace, &d.meta.name)
            .iter()
            .map(|rs| c.available_pods(rs))
            .sum::<u32>();
        assert_eq!(ready, d.replicas, "{} did not converge", d.meta.name);
    }
    for ds in c.daemonsets() {
        for node in c.nodes() {
            let mine = c
                .pods()
                .on_node(&node.name)
                .filter(|p| p.owner.as_ref().is_some_and(|o| o.uid == ds.meta.uid) && p.is_serving())
                .count();
            assert_eq!(mine, 1, "{} lacks {}", node.name, ds.meta.name);
        }
    }
    let ecs = c.ecs();
    for svc in ecs.services() {
        if svc.scheduling_strategy == SchedulingStrategy::Replica {
            assert_eq!(svc.running_count, svc.desired_count, "ECS service {} did not converge", svc.name);
        }
    }
    let active = ecs.container_instances().filter(|ci| ci.status == InstanceStatus::Active).count();
    assert_eq!(active, c.nodes().count(), "every node's container instance is ACTIVE again");
}

/// 48 cases in `make test`; `PROPTEST_CASES=5000` for a longer hunt.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(48);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_cluster_keeps_its_promises(ops in proptest::collection::vec(op(), 1..24)) {
        let mut c = cluster();
        let mut drained = BTreeSet::new();
        for op in &ops {
            let cordoned: BTreeSet<String> = c.nodes().filter(|n| n.unschedulable).map(|n| n.name.clone()).collect();
            let start = c.now();
            apply(&mut c, op, &mut drained);
            // The controllers react within milliseconds of any change.
            c.reconcile();
            check(&c, &cordoned, start, &drained);
        }
        converge(&mut c);
    }
}

//! Random sequences of ECS actions and clock advances: after every step the
//! twin's counts follow ECS's own rules, and in the end every service
//! converges once there is room.

use kubesim::ecs::{
    EcsCluster, InstanceStatus, LaunchType, SchedulingStrategy, ServiceSpec, Task, TaskStatus,
};
use kubesim::sim::{Duration, Timestamp};
use proptest::prelude::*;

fn arn_of(ecs: &EcsCluster, ec2: &str) -> String {
    ecs.container_instance_by_ec2(ec2).map(|c| c.arn.clone()).unwrap_or_default()
}

#[derive(Clone, Debug)]
enum Action {
    Register { zone: usize, size: usize },
    Deregister(usize),
    Drain(usize),
    Activate(usize),
    Agent(usize, bool),
    Desired(usize, u32),
    ForceDeployment(usize),
    RunTask(u32, bool),
    StopTask(usize),
    Advance(i64),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        3 => (0..3usize, 0..3usize).prop_map(|(zone, size)| Action::Register { zone, size }),
        1 => (0..16usize).prop_map(Action::Deregister),
        3 => (0..16usize).prop_map(Action::Drain),
        2 => (0..16usize).prop_map(Action::Activate),
        1 => (0..16usize, any::<bool>()).prop_map(|(i, c)| Action::Agent(i, c)),
        3 => (0..2usize, 0..9u32).prop_map(|(s, d)| Action::Desired(s, d)),
        1 => (0..3usize).prop_map(Action::ForceDeployment),
        2 => (1..4u32, any::<bool>()).prop_map(|(n, f)| Action::RunTask(n, f)),
        2 => (0..64usize).prop_map(Action::StopTask),
        6 => (0..120_000i64).prop_map(Action::Advance),
    ]
}

const SERVICES: [&str; 3] = ["web", "api", "agent"];

fn setup(seed: u64) -> EcsCluster {
    let mut ecs =
        EcsCluster::new("demo", "us-west-2", "111122223333", Timestamp::from_utc(2025, 6, 12, 9, 0, 0), seed);
    let web = ecs.register_task_definition("web", 512, 512).expect("valid");
    let api = ecs.register_task_definition("api", 1024, 1024).expect("valid");
    let agent = ecs.register_task_definition("agent", 128, 128).expect("valid");
    ecs.register_task_definition("batch", 256, 512).expect("valid");
    ecs.create_service(ServiceSpec::replica("web", &web, 3)).expect("new");
    ecs.create_service(ServiceSpec::replica("api", &api, 2).with_deployment(50, 100)).expect("new");
    ecs.create_service(ServiceSpec::daemon("agent", &agent)).expect("new");
    ecs
}

fn apply(ecs: &mut EcsCluster, registered: &mut u32, a: &Action) {
    let ec2 = |i: usize| format!("i-{:04}", i % (*registered as usize).max(1));
    let ci_arn = |ecs: &EcsCluster, i: usize| arn_of(ecs, &ec2(i));
    match a {
        Action::Register { zone, size } => {
            let cpu = [1024, 2048, 4096][*size];
            let id = format!("i-{:04}", *registered);
            *registered += 1;
            ecs.register_instance(&id, ["us-west-2a", "us-west-2b", "us-west-2c"][*zone], "", cpu, cpu * 2);
        }
        Action::Deregister(i) => ecs.deregister_instance(&ec2(*i)),
        Action::Drain(i) | Action::Activate(i) => {
            let status =
                if matches!(a, Action::Drain(_)) { InstanceStatus::Draining } else { InstanceStatus::Active };
            let arn = ci_arn(ecs, *i);
            ecs.update_container_instances_state(&[arn], status).expect("valid status");
        }
        Action::Agent(i, connected) => ecs.set_agent_connected(&ec2(*i), *connected),
        Action::Desired(s, d) => ecs.update_service(SERVICES[*s], Some(*d), false).expect("replica service"),
        Action::ForceDeployment(s) => ecs.update_service(SERVICES[*s], None, true).expect("exists"),
        Action::RunTask(n, fargate) => {
            let lt = if *fargate { LaunchType::Fargate } else { LaunchType::Ec2 };
            // No instance at all is an API error; that is fine here.
            let _ = ecs.run_task("batch", *n, lt);
        }
        Action::StopTask(i) => {
            let ids: Vec<String> = ecs.tasks().filter(|t| t.is_live()).map(|t| t.id.clone()).collect();
            if !ids.is_empty() {
                ecs.stop_task(&ids[i % ids.len()], "").expect("listed");
            }
        }
        Action::Advance(ms) => ecs.advance_by(Duration::from_millis(*ms)),
    }
}

fn service_of<'a>(ecs: &'a EcsCluster, t: &Task) -> Option<&'a kubesim::ecs::Service> {
    t.service.as_deref().and_then(|s| ecs.service(s))
}

fn check_invariants(ecs: &EcsCluster, before: &EcsCluster) {
    for ci in ecs.container_instances().filter(|c| c.is_registered()) {
        let here: Vec<&Task> =
            ecs.tasks().filter(|t| t.container_instance_arn.as_deref() == Some(ci.arn.as_str())).collect();
        let count = |s: &[TaskStatus]| here.iter().filter(|t| s.contains(&t.last_status)).count() as u32;
        assert_eq!(ci.running_tasks_count, count(&[TaskStatus::Running]), "{}", ci.ec2_instance_id);
        assert_eq!(ci.pending_tasks_count, count(&[TaskStatus::Pending, TaskStatus::Provisioning]));
        let reserved = |f: fn(&Task) -> u32| -> u32 {
            here.iter().filter(|t| t.last_status != TaskStatus::Stopped).map(|t| f(t)).sum()
        };
        assert_eq!(
            i64::from(ci.remaining_cpu),
            i64::from(ci.registered_cpu) - i64::from(reserved(|t| t.cpu))
        );
        assert_eq!(
            i64::from(ci.remaining_memory),
            i64::from(ci.registered_memory) - i64::from(reserved(|t| t.memory))
        );
    }
    for t in ecs.tasks() {
        let is_new = before.task(&t.id).is_none();
        let instance = t.container_instance_arn.as_deref().and_then(|a| ecs.container_instance(a));
        if is_new {
            assert_ne!(
                instance.map(|c| c.status),
                Some(InstanceStatus::Draining),
                "placed on a draining instance"
            );
        }
        let drained = t.stopped_reason.as_deref().is_some_and(|r| r.contains("DRAINING"));
        assert!(!(t.service.is_none() && drained), "a standalone task was stopped by draining");
        let newly_stopping = before.task(&t.id).is_some_and(|b| b.is_live()) && !t.is_live();
        let daemon = service_of(ecs, t).is_some_and(|s| s.scheduling_strategy == SchedulingStrategy::Daemon);
        if newly_stopping && drained && daemon {
            if let Some(ci) = instance.filter(|c| c.status == InstanceStatus::Draining) {
                let replicas_left = ecs.tasks_on(&ci.arn).any(|o| {
                    service_of(ecs, o).is_some_and(|s| s.scheduling_strategy == SchedulingStrategy::Replica)
                });
                assert!(!replicas_left, "a daemon task left before the replica tasks");
            }
        }
    }
    for svc in ecs.services().filter(|s| s.scheduling_strategy == SchedulingStrategy::Replica) {
        let live =
            ecs.tasks().filter(|t| t.service.as_deref() == Some(svc.name.as_str()) && t.is_live()).count();
        let max = svc.deployment_configuration.max_total(svc.desired_count) as usize;
        assert!(live <= max, "{}: {live} live tasks over maximumPercent ({max})", svc.name);
    }
}

/// Ends a session with plenty of room: every agent back, three big fresh
/// instances, every old one drained; then checks the cluster converged.
fn check_convergence(ecs: &mut EcsCluster, registered: u32) {
    for i in 0..registered {
        ecs.set_agent_connected(&format!("i-{i:04}"), true);
    }
    let old: Vec<String> =
        ecs.container_instances().filter(|c| c.is_registered()).map(|c| c.arn.clone()).collect();
    for zone in ["us-west-2a", "us-west-2b", "us-west-2c"] {
        ecs.register_instance(&format!("i-big-{zone}"), zone, "", 16384, 32768);
    }
    ecs.update_container_instances_state(&old, InstanceStatus::Draining).expect("valid");
    ecs.advance_by(Duration::from_mins(15));
    for svc in ecs.services() {
        let tasks: Vec<&Task> =
            ecs.tasks().filter(|t| t.service.as_deref() == Some(svc.name.as_str()) && t.is_live()).collect();
        match svc.scheduling_strategy {
            SchedulingStrategy::Replica => {
                assert_eq!(svc.running_count, svc.desired_count, "{}", svc.name);
                assert_eq!(tasks.len() as u32, svc.desired_count, "{}", svc.name);
            }
            SchedulingStrategy::Daemon => {
                for ci in ecs.container_instances().filter(|c| c.status == InstanceStatus::Active) {
                    let here =
                        ecs.tasks_on(&ci.arn).filter(|t| t.service.as_deref() == Some("agent")).count();
                    assert_eq!(here, 1, "one daemon task on {}", ci.ec2_instance_id);
                }
            }
        }
        assert!(tasks.iter().all(|t| t.is_running()), "{}", svc.name);
    }
    // With minimumHealthyPercent rounding up to maximumPercent (1 task at
    // 50/100) ECS cannot stop or add one, so such a service stays put.
    let stuck = |name: &str| {
        ecs.service(name).is_some_and(|s| {
            let c = s.deployment_configuration;
            s.desired_count > 0 && c.min_healthy(s.desired_count) >= c.max_total(s.desired_count)
        })
    };
    for arn in &old {
        // The daemon task waits for a stuck replica task to leave.
        let waits = ecs.tasks_on(arn).any(|t| t.service.as_deref().is_some_and(stuck));
        let left: Vec<&Task> = ecs
            .tasks_on(arn)
            .filter(|t| t.service.as_deref().is_some_and(|s| !(stuck(s) || (waits && s == "agent"))))
            .collect();
        assert!(left.is_empty(), "only standalone tasks stay on drained instances: {left:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_twin_keeps_ecs_invariants(actions in proptest::collection::vec(action(), 1..48)) {
        let mut ecs = setup(1);
        let mut registered = 0;
        for a in &actions {
            let before = ecs.clone();
            apply(&mut ecs, &mut registered, a);
            check_invariants(&ecs, &before);
        }
        check_convergence(&mut ecs, registered);

        let mut again = setup(1);
        let mut registered_again = 0;
        for a in &actions {
            apply(&mut again, &mut registered_again, a);
        }
        check_convergence(&mut again, registered_again);
        prop_assert_eq!(&ecs, &again);
    }
}

//! The ECS twin behaves as ECS does: draining within the deployment
//! configuration, daemon tasks last, standalone tasks left alone, failed
//! agents not rescheduled, Fargate without instances, and the same seed and
//! calls giving the same cluster.

use kubesim::ecs::{
    DesiredStatus, EcsCluster, InstanceStatus, LaunchTarget, LaunchType, ServiceSpec, Task, TaskStatus,
};
use kubesim::sim::{Duration, Timestamp};

fn cluster() -> EcsCluster {
    EcsCluster::new("demo", "us-west-2", "111122223333", Timestamp::from_utc(2025, 6, 12, 9, 0, 0), 42)
}

fn arn_of(ecs: &EcsCluster, ec2: &str) -> String {
    ecs.container_instance_by_ec2(ec2).map(|c| c.arn.clone()).unwrap_or_default()
}

fn drain(ecs: &mut EcsCluster, ec2: &str, status: InstanceStatus) {
    let arn = arn_of(ecs, ec2);
    let out = ecs.update_container_instances_state(&[arn], status).expect("ACTIVE and DRAINING are valid");
    assert!(out.failures.is_empty());
}

/// Tasks of `service` on `ec2` that have not stopped.
fn on(ecs: &EcsCluster, ec2: &str, service: &str) -> Vec<Task> {
    ecs.tasks_on(&arn_of(ecs, ec2)).filter(|t| t.service.as_deref() == Some(service)).cloned().collect()
}

fn running_live(ecs: &EcsCluster, service: &str) -> usize {
    ecs.tasks().filter(|t| t.service.as_deref() == Some(service) && t.is_live() && t.is_running()).count()
}

/// One instance `i-a` holding a 4-task web service, then `others` more.
fn web_on_one_instance(min: u32, max: u32, others: &[(&str, u32)]) -> EcsCluster {
    let mut ecs = cluster();
    let web = ecs.register_task_definition("web", 1024, 1024).expect("valid");
    // Room for the four web tasks and a small daemon task.
    ecs.register_instance("i-a", "us-west-2a", "", 4608, 8192);
    ecs.create_service(ServiceSpec::replica("web", &web, 4).with_deployment(min, max)).expect("new service");
    ecs.advance_by(Duration::from_secs(30));
    assert_eq!(on(&ecs, "i-a", "web").iter().filter(|t| t.is_running()).count(), 4);
    for (i, (ec2, cpu)) in others.iter().enumerate() {
        let zone = ["us-west-2b", "us-west-2c"][i % 2];
        ecs.register_instance(ec2, zone, "", *cpu, 8192);
    }
    ecs
}

#[test]
fn draining_at_100_200_starts_replacements_before_stopping() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-b", 4096), ("i-c", 4096)]);
    drain(&mut ecs, "i-a", InstanceStatus::Draining);
    assert_eq!(on(&ecs, "i-a", "web").iter().filter(|t| t.is_live()).count(), 4, "nothing stopped yet");
    assert_eq!(on(&ecs, "i-b", "web").len() + on(&ecs, "i-c", "web").len(), 4, "replacements started");
    for _ in 0..60 {
        ecs.advance_by(Duration::from_secs(1));
        assert!(running_live(&ecs, "web") >= 4, "running never drops below desired");
        let svc = ecs.service("web").expect("exists");
        assert!(svc.running_count >= 4);
    }
    assert!(on(&ecs, "i-a", "web").is_empty());
    let svc = ecs.service("web").expect("exists");
    assert_eq!((svc.running_count, svc.pending_count), (4, 0));
    let stopped: Vec<&Task> = ecs.tasks().filter(|t| t.last_status == TaskStatus::Stopped).collect();
    assert_eq!(stopped.len(), 4);
    assert!(
        stopped
            .iter()
            .all(|t| t.stopped_reason.as_deref()
                == Some("Service web: container instance is in DRAINING state"))
    );
    assert_eq!(
        svc.events.first().map(|e| e.message.as_str()),
        Some("(service web) has reached a steady state.")
    );
}

#[test]
fn draining_at_50_100_stops_half_first() {
    let mut ecs = web_on_one_instance(50, 100, &[("i-b", 4096), ("i-c", 4096)]);
    drain(&mut ecs, "i-a", InstanceStatus::Draining);
    let on_a = on(&ecs, "i-a", "web");
    assert_eq!(on_a.iter().filter(|t| t.is_live()).count(), 2, "half keep running");
    assert_eq!(on_a.iter().filter(|t| t.desired_status == DesiredStatus::Stopped).count(), 2);
    let live = ecs.tasks().filter(|t| t.is_live()).count();
    assert_eq!(live, 4, "never more than maximumPercent");
    ecs.advance_by(Duration::from_mins(2));
    assert!(on(&ecs, "i-a", "web").is_empty());
    assert_eq!(running_live(&ecs, "web"), 4);
}

#[test]
fn with_no_room_elsewhere_and_100_percent_tasks_stay() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-small", 512)]);
    drain(&mut ecs, "i-a", InstanceStatus::Draining);
    ecs.advance_by(Duration::from_mins(10));
    assert_eq!(on(&ecs, "i-a", "web").iter().filter(|t| t.is_running() && t.is_live()).count(), 4);
    let ci = ecs.container_instance_by_ec2("i-a").expect("registered");
    assert_eq!((ci.status, ci.running_tasks_count), (InstanceStatus::Draining, 4));
    let svc = ecs.service("web").expect("exists");
    let small = ecs.container_instance_by_ec2("i-small").map(|c| c.id.clone()).unwrap_or_default();
    let unable = svc.events.iter().find(|e| e.message.contains("unable to place")).expect("logged");
    assert!(unable.message.contains(&format!("(container-instance {small}) has insufficient CPU units")));
    assert_eq!(
        svc.events.iter().filter(|e| e.message.contains("unable to place")).count(),
        1,
        "not repeated"
    );
    assert_eq!(ecs.next_wakeup(), None, "stuck, not spinning");
}

#[test]
fn back_to_active_ends_the_drain() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-b", 8192)]);
    drain(&mut ecs, "i-a", InstanceStatus::Draining);
    assert_eq!(on(&ecs, "i-b", "web").len(), 4);
    drain(&mut ecs, "i-a", InstanceStatus::Active);
    assert!(on(&ecs, "i-b", "web").iter().all(|t| !t.is_live()), "the replacements give way");
    ecs.advance_by(Duration::from_mins(5));
    assert_eq!(on(&ecs, "i-a", "web").iter().filter(|t| t.is_running()).count(), 4);
    assert!(on(&ecs, "i-b", "web").is_empty());
    assert_eq!(ecs.service("web").map(|s| s.running_count), Some(4));
}

#[test]
fn daemon_tasks_leave_a_draining_instance_last() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-b", 8192)]);
    let agent = ecs.register_task_definition("agent", 128, 128).expect("valid");
    ecs.create_service(ServiceSpec::daemon("agent", &agent)).expect("new service");
    ecs.advance_by(Duration::from_secs(30));
    assert_eq!(ecs.service("agent").map(|s| (s.desired_count, s.running_count)), Some((2, 2)));
    drain(&mut ecs, "i-a", InstanceStatus::Draining);
    let mut daemon_stopped_at = None;
    for _ in 0..60 {
        let daemon_live = on(&ecs, "i-a", "agent").iter().any(|t| t.is_live());
        if !daemon_live {
            assert!(on(&ecs, "i-a", "web").is_empty(), "daemon stopped while replica tasks remained");
            daemon_stopped_at.get_or_insert(ecs.now());
        }
        ecs.advance_by(Duration::from_secs(1));
    }
    assert!(daemon_stopped_at.is_some());
    assert_eq!(ecs.tasks_on(&arn_of(&ecs, "i-a")).count(), 0);
    assert_eq!(ecs.service("agent").map(|s| (s.desired_count, s.running_count)), Some((1, 1)));
}

#[test]
fn standalone_tasks_stay_on_a_draining_instance() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-b", 8192)]);
    let batch = ecs.register_task_definition("batch", 256, 256).expect("valid");
    let run = ecs.run_task(&batch, 1, LaunchType::Ec2).expect("room");
    let arn = run.tasks.first().cloned().unwrap_or_default();
    ecs.advance_by(Duration::from_secs(10));
    let placed_on = ecs.task(&arn).and_then(|t| t.container_instance_arn.clone()).unwrap_or_default();
    let ci = ecs.container_instance(&placed_on).map(|c| c.ec2_instance_id.clone()).unwrap_or_default();
    drain(&mut ecs, &ci, InstanceStatus::Draining);
    ecs.advance_by(Duration::from_mins(30));
    let task = ecs.task(&arn).expect("still listed");
    assert_eq!((task.last_status, task.desired_status), (TaskStatus::Running, DesiredStatus::Running));
    assert_eq!(task.group, "family:batch");
    ecs.stop_task(&arn, "done").expect("exists");
    ecs.advance_by(Duration::from_secs(5));
    assert_eq!(ecs.task(&arn).map(|t| t.last_status), Some(TaskStatus::Stopped));
    assert_eq!(
        ecs.tasks().filter(|t| t.group == "family:batch" && t.is_live()).count(),
        0,
        "nothing replaces it"
    );
}

#[test]
fn deregistering_an_instance_stops_its_tasks_and_the_service_replaces_them() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-b", 8192)]);
    let old: Vec<String> = on(&ecs, "i-a", "web").iter().map(|t| t.id.clone()).collect();
    ecs.deregister_instance("i-a");
    for id in &old {
        let t = ecs.task(id).expect("kept for an hour");
        assert_eq!(t.last_status, TaskStatus::Stopped);
        assert_eq!(t.stopped_reason.as_deref(), Some("Host EC2 (instance i-a) terminated."));
    }
    assert_eq!(on(&ecs, "i-b", "web").len(), 4);
    ecs.advance_by(Duration::from_secs(30));
    assert_eq!(ecs.service("web").map(|s| s.running_count), Some(4));
    ecs.advance_by(Duration::from_hours(1));
    assert!(old.iter().all(|id| ecs.task(id).is_none()), "stopped tasks disappear after an hour");
}

#[test]
fn a_disconnected_agent_leaves_its_tasks_running_and_unreplaced() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-b", 8192)]);
    ecs.set_agent_connected("i-a", false);
    ecs.advance_by(Duration::from_mins(30));
    assert_eq!(on(&ecs, "i-a", "web").iter().filter(|t| t.is_running() && t.is_live()).count(), 4);
    assert!(on(&ecs, "i-b", "web").is_empty(), "nothing replaced");
    assert_eq!(ecs.service("web").map(|s| s.running_count), Some(4));
    ecs.update_service("web", Some(6), false).expect("exists");
    assert_eq!(on(&ecs, "i-b", "web").len(), 2, "new tasks avoid the disconnected instance");
    // A stop waits for the agent: only desiredStatus changes.
    let id = on(&ecs, "i-a", "web")[0].id.clone();
    ecs.stop_task(&id, "").expect("exists");
    ecs.advance_by(Duration::from_mins(1));
    let t = ecs.task(&id).expect("listed");
    assert_eq!((t.last_status, t.desired_status), (TaskStatus::Running, DesiredStatus::Stopped));
    ecs.set_agent_connected("i-a", true);
    ecs.advance_by(Duration::from_secs(5));
    assert_eq!(ecs.task(&id).map(|t| t.last_status), Some(TaskStatus::Stopped));
}

#[test]
fn fargate_tasks_provision_without_a_container_instance() {
    let mut ecs = cluster();
    let web = ecs.register_task_definition("web", 256, 512).expect("valid");
    let run = ecs.run_task(&web, 1, LaunchType::Fargate).expect("Fargate needs no instance");
    let arn = run.tasks.first().cloned().unwrap_or_default();
    let status = |ecs: &EcsCluster| ecs.task(&arn).map(|t| t.last_status);
    assert_eq!(status(&ecs), Some(TaskStatus::Provisioning));
    let t = ecs.task(&arn).expect("listed");
    assert_eq!(t.container_instance_arn, None);
    assert!(t.private_ipv4_address.as_deref().is_some_and(|ip| ip.starts_with("10.0.")));
    ecs.advance_by(Duration::from_secs(20));
    assert_eq!(status(&ecs), Some(TaskStatus::Pending));
    ecs.advance_by(Duration::from_secs(20));
    assert_eq!(status(&ecs), Some(TaskStatus::Running));

    let spec =
        ServiceSpec::replica("api", &web, 3).with_launch(LaunchTarget::CapacityProvider("FARGATE".into()));
    ecs.create_service(spec).expect("new service");
    ecs.advance_by(Duration::from_mins(1));
    let svc = ecs.service("api").expect("exists");
    assert_eq!(svc.running_count, 3);
    let zones: std::collections::BTreeSet<String> =
        ecs.tasks().filter(|t| t.group == "service:api").map(|t| t.availability_zone.clone()).collect();
    assert_eq!(zones.len(), 3, "spread over zones");
    let daemon = ServiceSpec::daemon("d", &web).with_launch(LaunchTarget::LaunchType(LaunchType::Fargate));
    assert!(ecs.create_service(daemon).is_err(), "no daemons on Fargate");
}

#[test]
fn force_new_deployment_rolls_every_task() {
    let mut ecs = web_on_one_instance(100, 200, &[("i-b", 8192)]);
    let first = ecs.service("web").and_then(|s| s.primary_deployment()).map(|d| d.id.clone());
    ecs.update_service("web", None, true).expect("exists");
    let svc = ecs.service("web").expect("exists");
    assert_eq!(svc.deployments.len(), 2);
    for _ in 0..60 {
        ecs.advance_by(Duration::from_secs(1));
        assert!(running_live(&ecs, "web") >= 4);
    }
    let svc = ecs.service("web").expect("exists");
    assert_eq!(svc.deployments.len(), 1);
    assert_ne!(svc.primary_deployment().map(|d| d.id.clone()), first);
    assert!(svc.events.iter().any(|e| e.message.ends_with("deployment completed.")));
    assert_eq!(ecs.update_service("nope", Some(1), false), Err(kubesim::ecs::EcsError::ServiceNotFound));
}

/// A scripted session, for the determinism check.
fn scripted(seed: u64) -> EcsCluster {
    let mut ecs =
        EcsCluster::new("demo", "us-west-2", "111122223333", Timestamp::from_utc(2025, 6, 12, 9, 0, 0), seed);
    let web = ecs.register_task_definition("web", 512, 1024).expect("valid");
    for (i, zone) in ["us-west-2a", "us-west-2b", "us-west-2c"].iter().enumerate() {
        ecs.register_instance(&format!("i-{i}"), zone, "", 2048, 4096);
    }
    ecs.create_service(ServiceSpec::replica("web", &web, 5)).expect("new service");
    ecs.advance_by(Duration::from_secs(7));
    drain(&mut ecs, "i-1", InstanceStatus::Draining);
    ecs.run_task(&web, 2, LaunchType::Fargate).expect("fargate");
    ecs.advance_by(Duration::from_mins(3));
    ecs
}

#[test]
fn same_seed_same_calls_same_cluster() {
    assert_eq!(scripted(9), scripted(9));
    assert_ne!(scripted(9), scripted(10));
}

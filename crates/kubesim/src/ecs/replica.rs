//! The REPLICA service scheduler, draining included. Tasks of the PRIMARY
//! deployment on ACTIVE instances are the ones to keep; tasks of older
//! deployments and tasks on DRAINING instances are replaced, within the
//! deployment configuration:
//!
//! - replacements start while live tasks stay within maximumPercent of desired;
//! - tasks to replace stop only while RUNNING tasks stay at or above
//!   minimumHealthyPercent of desired (PENDING ones stop at once).
//!
//! So with 100/200 replacements start first and old tasks stop once they run;
//! with 50/100 half stop first; with no room elsewhere and 100 % the tasks on
//! a draining instance keep running.

use std::collections::BTreeMap;

use super::events;
use super::task::NewTask;
use super::{EcsCluster, InstanceStatus, LaunchType, StopCode};

/// A task the scheduler looks at, with what it needs to decide.
struct Live {
    key: u64,
    id: String,
    running: bool,
    zone: String,
    /// On a DRAINING instance.
    draining: bool,
    /// From an older deployment (its `startedBy`).
    deployment: Option<String>,
}

impl EcsCluster {
    /// One pass of the replica scheduler. Returns whether nothing is left to
    /// replace.
    pub(super) fn schedule_replica(&mut self, name: &str) -> bool {
        let Some(svc) = self.services.get(name) else {
            return true;
        };
        let desired = svc.desired_count;
        let config = svc.deployment_configuration;
        let primary = svc.primary_id();
        let (mut keep, mut replace) = (Vec::new(), Vec::new());
        for task in svc.tasks.iter().filter_map(|k| self.tasks.get(k)).filter(|t| t.is_live()) {
            let draining = task
                .instance
                .and_then(|k| self.instances.get(&k))
                .is_some_and(|ci| ci.status == InstanceStatus::Draining);
            let live = Live {
                key: task.key,
                id: task.id.clone(),
                running: task.is_running(),
                zone: task.availability_zone.clone(),
                draining,
                deployment: task.started_by.clone(),
            };
            if !draining && task.started_by.as_deref() == Some(primary.as_str()) {
                keep.push(live);
            } else {
                replace.push(live);
            }
        }
        let drain_reason = format!("Service {name}: container instance is in DRAINING state");
        let scaling = |deployment: &Option<String>| {
            format!(
                "Scaling activity initiated by (deployment {})",
                deployment.as_deref().unwrap_or(&primary)
            )
        };
        let mut stopped_running = Vec::new();

        // PENDING tasks to replace hold no healthy capacity: they stop at once.
        let (pending_old, running_old): (Vec<Live>, Vec<Live>) =
            replace.into_iter().partition(|t| !t.running);
        for t in &pending_old {
            let reason = if t.draining { drain_reason.clone() } else { scaling(&t.deployment) };
            self.request_stop(t.key, &reason, Some(StopCode::ServiceSchedulerInitiated));
        }

        // Scale in: more tasks to keep than desired.
        let excess = keep.len().saturating_sub(desired as usize);
        for t in pick_to_scale_in(&mut keep, excess) {
            self.request_stop(
                t.key,
                &scaling(&Some(primary.clone())),
                Some(StopCode::ServiceSchedulerInitiated),
            );
            if t.running {
                stopped_running.push(t.id);
            }
        }

        // Replace running tasks while enough stay healthy.
        let healthy = keep.iter().filter(|t| t.running).count() + running_old.len();
        let can_stop = healthy.saturating_sub(config.min_healthy(desired) as usize);
        let mut remaining_old = running_old.len();
        for t in running_old.into_iter().take(can_stop) {
            let reason = if t.draining { drain_reason.clone() } else { scaling(&t.deployment) };
            self.request_stop(t.key, &reason, Some(StopCode::ServiceSchedulerInitiated));
            stopped_running.push(t.id);
            remaining_old -= 1;
        }

        // maximumPercent caps RUNNING + PENDING: new PENDING tasks give way.
        let max_total = config.max_total(desired) as usize;
        let over = (keep.len() + remaining_old).saturating_sub(max_total);
        let mut pending_keep: Vec<&Live> = keep.iter().filter(|t| !t.running).collect();
        pending_keep.sort_by_key(|t| std::cmp::Reverse(t.key));
        let trimmed: Vec<u64> = pending_keep.iter().take(over).map(|t| t.key).collect();
        for &key in &trimmed {
            self.request_stop(
                key,
                &scaling(&Some(primary.clone())),
                Some(StopCode::ServiceSchedulerInitiated),
            );
        }
        let kept = keep.len() - trimmed.len();

        let wanted =
            (desired as usize).saturating_sub(kept).min(max_total.saturating_sub(kept + remaining_old));
        let started = self.start_service_tasks(name, wanted);

        if !stopped_running.is_empty() {
            self.service_event(name, events::stopped_running_tasks(name, &stopped_running));
        }
        if !started.is_empty() {
            self.service_event(name, events::started_tasks(name, &started));
        }
        remaining_old == 0 && pending_old.is_empty() && kept + started.len() == desired as usize
    }

    /// Places up to `count` new tasks of the service's PRIMARY deployment.
    /// Returns their IDs; logs why the others could not be placed.
    fn start_service_tasks(&mut self, name: &str, count: usize) -> Vec<String> {
        let Some(svc) = self.services.get(name) else {
            return Vec::new();
        };
        let launch = svc.launch.clone();
        let task_definition = svc.task_definition.clone();
        let started_by = svc.primary_deployment().map(|d| d.id.clone());
        let (cpu, memory) =
            self.task_definition(&task_definition).map(|d| (d.cpu, d.memory)).unwrap_or_default();
        let fargate = launch.launch_type() == LaunchType::Fargate;
        let mut placer =
            (!fargate).then(|| self.placer(launch.instance_provider(), svc.tasks.iter(), (cpu, memory)));
        let mut started = Vec::new();
        let mut failure = None;
        for _ in 0..count {
            let (instance, zone) = match placer.as_mut().map(|p| p.place()) {
                None => {
                    let tasks = self.services.get(name).map(|s| &s.tasks);
                    (None, self.fargate_zone(tasks.into_iter().flatten()))
                }
                Some(Ok(key)) => (Some(key), String::new()),
                Some(Err(f)) => {
                    failure = Some(f);
                    break;
                }
            };
            let key = self.launch_task(NewTask {
                task_definition: task_definition.clone(),
                group: format!("service:{name}"),
                started_by: started_by.clone(),
                service: Some(name.to_owned()),
                launch_type: launch.launch_type(),
                capacity_provider_name: launch.capacity_provider_name(),
                instance,
                zone,
            });
            if let Some(t) = self.tasks.get(&key) {
                started.push(t.id.clone());
            }
        }
        self.placement_failed(name, failure);
        started
    }
}

/// Picks `n` tasks to stop when scaling in: PENDING ones first (newest
/// first), then RUNNING ones from the zone holding the most, newest first.
/// Removes them from `keep`.
fn pick_to_scale_in(keep: &mut Vec<Live>, n: usize) -> Vec<Live> {
    if n == 0 {
        return Vec::new();
    }
    keep.sort_by_key(|t| (t.running, std::cmp::Reverse(t.key)));
    let pending = keep.iter().filter(|t| !t.running).count().min(n);
    let mut picked: Vec<Live> = keep.drain(..pending).collect();
    let mut by_zone: BTreeMap<String, Vec<Live>> = BTreeMap::new();
    // Oldest first within each zone, so popping takes the newest.
    keep.sort_by_key(|t| t.key);
    for t in keep.drain(..) {
        by_zone.entry(t.zone.clone()).or_default().push(t);
    }
    while picked.len() < n {
        let fullest =
            by_zone.iter_mut().max_by_key(|(zone, ts)| (ts.len(), std::cmp::Reverse((*zone).clone())));
        match fullest.and_then(|(_, ts)| ts.pop()) {
            Some(t) => picked.push(t),
            None => break,
        }
    }
    keep.extend(by_zone.into_values().flatten());
    keep.sort_by_key(|t| t.key);
    picked
}

#[cfg(test)]
mod tests {
    use super::super::{test_cluster, LaunchTarget, ServiceSpec, TaskStatus};
    use super::*;
    use crate::sim::Duration;

    fn zones_of(ecs: &EcsCluster) -> BTreeMap<String, usize> {
        let mut zones = BTreeMap::new();
        for t in ecs.tasks().filter(|t| t.is_live()) {
            *zones.entry(t.availability_zone.clone()).or_insert(0) += 1;
        }
        zones
    }

    #[test]
    fn scaling_spreads_over_zones_both_ways() {
        let mut ecs = test_cluster();
        for (ec2, zone) in [("i-1", "us-west-2a"), ("i-2", "us-west-2b"), ("i-3", "us-west-2c")] {
            ecs.register_instance(ec2, zone, "", 8192, 16384);
        }
        let def = ecs.register_task_definition("web", 256, 256).expect("valid");
        ecs.create_service(ServiceSpec::replica("web", &def, 9)).expect("new");
        assert_eq!(zones_of(&ecs).values().copied().collect::<Vec<_>>(), [3, 3, 3]);
        ecs.advance_by(Duration::from_secs(10));
        ecs.update_service("web", Some(3), false).expect("exists");
        assert_eq!(zones_of(&ecs).values().copied().collect::<Vec<_>>(), [1, 1, 1]);
        let stopped = ecs.tasks().find(|t| !t.is_live()).expect("some stopped");
        let primary = ecs.service("web").map(|s| s.primary_id()).unwrap_or_default();
        assert_eq!(
            stopped.stopped_reason.as_deref(),
            Some(format!("Scaling activity initiated by (deployment {primary})").as_str())
        );
        let event = &ecs.service("web").expect("exists").events[0].message;
        assert!(event.starts_with("(service web) has stopped 6 running tasks: (task "), "{event}");
    }

    #[test]
    fn a_task_that_cannot_be_placed_is_logged_once_and_placed_when_room_appears() {
        let mut ecs = test_cluster();
        let def = ecs.register_task_definition("web", 1024, 1024).expect("valid");
        ecs.create_service(ServiceSpec::replica("web", &def, 2)).expect("new");
        let svc = ecs.service("web").expect("exists");
        assert_eq!(svc.events.len(), 1);
        assert!(svc.events[0].message.contains("No Container Instances were found in your cluster."));
        ecs.register_instance("i-1", "us-west-2a", "", 2048, 4096);
        assert_eq!(ecs.service("web").map(|s| s.pending_count), Some(2));
        ecs.advance_by(Duration::from_secs(10));
        assert_eq!(ecs.service("web").map(|s| s.running_count), Some(2));
    }

    #[test]
    fn stopped_service_tasks_are_replaced() {
        let mut ecs = test_cluster();
        ecs.register_instance("i-1", "us-west-2a", "", 2048, 4096);
        let def = ecs.register_task_definition("web", 512, 1024).expect("valid");
        let spec = ServiceSpec::replica("web", &def, 1);
        ecs.create_service(spec.clone().with_launch(LaunchTarget::LaunchType(LaunchType::Ec2))).expect("new");
        ecs.advance_by(Duration::from_secs(10));
        let first = ecs.tasks().next().map(|t| t.id.clone()).unwrap_or_default();
        ecs.stop_task(&first, "").expect("listed");
        ecs.advance_by(Duration::from_secs(10));
        let live: Vec<_> = ecs.tasks().filter(|t| t.is_live()).collect();
        assert_eq!(live.len(), 1);
        assert_ne!(live[0].id, first);
        assert_eq!(live[0].last_status, TaskStatus::Running);
        assert_eq!(live[0].group, "service:web");
    }
}

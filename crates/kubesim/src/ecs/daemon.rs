//! The DAEMON service scheduler: one task on every ACTIVE container instance
//! that has room, none on Fargate. On a DRAINING instance the daemon task is
//! the last to go: it stops only once no replica-service task remains there.

use super::events::{self, PlacementFailure, Resource};
use super::task::NewTask;
use super::{EcsCluster, InstanceStatus, LaunchType, SchedulingStrategy, StopCode, TaskStatus};

impl EcsCluster {
    /// One pass of the daemon scheduler. Returns whether nothing is left to
    /// replace.
    pub(super) fn schedule_daemon(&mut self, name: &str) -> bool {
        let Some(svc) = self.services.get(name) else {
            return true;
        };
        let primary = svc.primary_id();
        let task_definition = svc.task_definition.clone();
        let config = svc.deployment_configuration;
        let (cpu, memory) =
            self.task_definition(&task_definition).map(|d| (d.cpu, d.memory)).unwrap_or_default();
        let desired = self.instances.values().filter(|ci| ci.status == InstanceStatus::Active).count() as u32;

        // This service's tasks that have not stopped, per instance.
        let mut on_instance: Vec<(u64, u64, bool, bool, bool)> = Vec::new(); // (instance, task, live, running, primary)
        for task in svc.tasks.iter().filter_map(|k| self.tasks.get(k)) {
            if let (Some(ci), false) = (task.instance, task.last_status == TaskStatus::Stopped) {
                let is_primary = task.started_by.as_deref() == Some(primary.as_str());
                on_instance.push((ci, task.key, task.is_live(), task.is_running(), is_primary));
            }
        }
        let drain_reason = format!("Service {name}: container instance is in DRAINING state");
        let mut to_stop: Vec<(u64, String)> = Vec::new();
        let mut old_running = Vec::new();
        let mut unsettled = false;
        for &(instance, task, live, running, is_primary) in &on_instance {
            if !live {
                continue;
            }
            let Some(ci) = self.instances.get(&instance) else {
                continue;
            };
            if ci.status == InstanceStatus::Draining {
                unsettled = true;
                if !self.replica_tasks_remain(instance) {
                    to_stop.push((task, drain_reason.clone()));
                }
            } else if !is_primary {
                unsettled = true;
                if running {
                    old_running.push(task);
                } else {
                    to_stop.push((task, format!("Scaling activity initiated by (deployment {primary})")));
                }
            }
        }
        // A new deployment replaces daemon tasks instance by instance while
        // enough stay RUNNING (none need to with the default 0 %).
        let healthy = on_instance.iter().filter(|t| t.2 && t.3).count();
        let can_stop = healthy.saturating_sub(config.min_healthy(desired) as usize);
        for task in old_running.into_iter().take(can_stop) {
            to_stop.push((task, format!("Scaling activity initiated by (deployment {primary})")));
        }
        let mut stopped_running = Vec::new();
        for (task, reason) in to_stop {
            if let Some(t) = self.tasks.get(&task).filter(|t| t.is_running()) {
                stopped_running.push(t.id.clone());
            }
            self.request_stop(task, &reason, Some(StopCode::ServiceSchedulerInitiated));
        }

        // Start one on each ACTIVE instance with none (not even one stopping).
        let started_by = self.services.get(name).and_then(|s| s.primary_deployment()).map(|d| d.id.clone());
        let empty: Vec<u64> = self
            .instances
            .values()
            .filter(|ci| ci.accepts_tasks() && !on_instance.iter().any(|t| t.0 == ci.key))
            .map(|ci| ci.key)
            .collect();
        let mut started = Vec::new();
        let mut failure = None;
        for instance in empty {
            let Some(ci) = self.instances.get(&instance) else {
                continue;
            };
            if ci.remaining_cpu < cpu || ci.remaining_memory < memory {
                let resource = if ci.remaining_cpu < cpu { Resource::Cpu } else { Resource::Memory };
                failure.get_or_insert(PlacementFailure::Insufficient {
                    container_instance_id: ci.id.clone(),
                    resource,
                });
                unsettled = true;
                continue;
            }
            let key = self.launch_task(NewTask {
                task_definition: task_definition.clone(),
                group: format!("service:{name}"),
                started_by: started_by.clone(),
                service: Some(name.to_owned()),
                launch_type: LaunchType::Ec2,
                capacity_provider_name: None,
                instance: Some(instance),
                zone: String::new(),
            });
            if let Some(t) = self.tasks.get(&key) {
                started.push(t.id.clone());
            }
        }
        self.placement_failed(name, failure);
        if let Some(svc) = self.services.get_mut(name) {
            svc.desired_count = desired;
        }
        if !stopped_running.is_empty() {
            self.service_event(name, events::stopped_running_tasks(name, &stopped_running));
        }
        if !started.is_empty() {
            self.service_event(name, events::started_tasks(name, &started));
        }
        !unsettled
    }

    /// Whether a replica-service task on the instance has not yet stopped.
    fn replica_tasks_remain(&self, instance: u64) -> bool {
        let Some(ci) = self.instances.get(&instance) else {
            return false;
        };
        ci.tasks.iter().filter_map(|k| self.tasks.get(k)).any(|t| {
            let svc = t.service.as_ref().and_then(|s| self.services.get(s));
            svc.is_some_and(|s| s.scheduling_strategy == SchedulingStrategy::Replica)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{test_cluster, ServiceSpec};
    use crate::sim::Duration;

    #[test]
    fn one_task_per_active_instance_including_new_ones() {
        let mut ecs = test_cluster();
        ecs.register_instance("i-1", "us-west-2a", "", 2048, 4096);
        ecs.register_instance("i-2", "us-west-2b", "", 2048, 4096);
        let def = ecs.register_task_definition("agent", 128, 128).expect("valid");
        ecs.create_service(ServiceSpec::daemon("agent", &def)).expect("new");
        assert_eq!(ecs.service("agent").map(|s| (s.desired_count, s.pending_count)), Some((2, 2)));
        ecs.register_instance("i-3", "us-west-2c", "", 2048, 4096);
        ecs.advance_by(Duration::from_secs(10));
        assert_eq!(ecs.service("agent").map(|s| (s.desired_count, s.running_count)), Some((3, 3)));
        for ci in ecs.container_instances() {
            assert_eq!(ecs.tasks_on(&ci.arn).count(), 1, "{}", ci.ec2_instance_id);
        }
        let too_small = ecs.register_instance("i-4", "us-west-2c", "", 64, 4096);
        let svc = ecs.service("agent").expect("exists");
        assert_eq!(svc.desired_count, 4);
        assert!(
            svc.events[0].message.contains("has insufficient CPU units available"),
            "{}",
            svc.events[0].message
        );
        assert_eq!(ecs.tasks_on(&too_small).count(), 0);
    }

    #[test]
    fn a_new_deployment_replaces_daemon_tasks_stop_first() {
        let mut ecs = test_cluster();
        ecs.register_instance("i-1", "us-west-2a", "", 2048, 4096);
        let def = ecs.register_task_definition("agent", 128, 128).expect("valid");
        ecs.create_service(ServiceSpec::daemon("agent", &def)).expect("new");
        ecs.advance_by(Duration::from_secs(10));
        let old = ecs.tasks().next().map(|t| t.id.clone()).unwrap_or_default();
        ecs.update_service("agent", None, true).expect("exists");
        assert_eq!(ecs.task(&old).map(|t| t.desired_status.as_str()), Some("STOPPED"));
        assert_eq!(ecs.tasks().filter(|t| t.is_live()).count(), 0, "at 0/100 the old one goes first");
        ecs.advance_by(Duration::from_secs(10));
        let live: Vec<_> = ecs.tasks().filter(|t| t.is_live()).collect();
        assert_eq!(live.len(), 1);
        assert!(live[0].is_running());
        assert_eq!(ecs.service("agent").map(|s| s.deployments.len()), Some(1));
    }
}

//! The task lifecycle: PROVISIONING (Fargate) → PENDING → RUNNING →
//! STOPPING → (DEPROVISIONING, Fargate) → STOPPED, each step after a fixed
//! delay. Stopped tasks stay listed for an hour, then disappear.

use super::task::{NewTask, Task};
use super::{
    DesiredStatus, EcsCluster, InstanceStatus, LaunchType, SchedulingStrategy, StopCode, TaskStatus, Timer,
};
use crate::sim::Duration;

/// EC2: PENDING → RUNNING (image already cached on the host, container start).
pub const EC2_TASK_START: Duration = Duration::from_secs(5);
/// Fargate: PROVISIONING → PENDING (capacity found, task ENI attached).
pub const FARGATE_PROVISIONING: Duration = Duration::from_secs(20);
/// Fargate: PENDING → RUNNING (image pull onto fresh capacity, start).
pub const FARGATE_PENDING: Duration = Duration::from_secs(20);
/// STOPPING → STOPPED: the containers exit on SIGTERM, well inside the 30 s
/// stopTimeout after which the agent would send SIGKILL.
pub const TASK_STOPPING: Duration = Duration::from_secs(2);
/// Fargate: DEPROVISIONING → STOPPED (the task ENI is detached).
pub const FARGATE_DEPROVISIONING: Duration = Duration::from_secs(10);
/// ECS keeps stopped tasks visible for about an hour.
pub const STOPPED_TASK_RETENTION: Duration = Duration::from_hours(1);

impl EcsCluster {
    /// Creates a task and reserves its resources. The caller has checked
    /// that it fits.
    pub(super) fn launch_task(&mut self, new: NewTask) -> u64 {
        let key = self.next_key();
        let id = self.rng.hex(32);
        let arn = self.arn(&format!("task/{}/{id}", self.name));
        let def = self.task_definition(&new.task_definition).cloned();
        let (cpu, memory, def_arn) = def.map(|d| (d.cpu, d.memory, d.arn)).unwrap_or_default();
        let fargate = new.launch_type == LaunchType::Fargate;
        let private_ip = fargate.then(|| self.draw_fargate_ip());
        let (status, step) = if fargate {
            (TaskStatus::Provisioning, FARGATE_PROVISIONING)
        } else {
            (TaskStatus::Pending, EC2_TASK_START)
        };
        let mut zone = new.zone;
        let mut instance_arn = None;
        if let Some(ci) = new.instance.and_then(|k| self.instances.get_mut(&k)) {
            ci.remaining_cpu -= cpu;
            ci.remaining_memory -= memory;
            ci.pending_tasks_count += 1;
            ci.tasks.insert(key);
            ci.version += 1;
            zone.clone_from(&ci.availability_zone);
            instance_arn = Some(ci.arn.clone());
        }
        if let Some(svc) = new.service.as_ref().and_then(|s| self.services.get_mut(s)) {
            svc.tasks.insert(key);
        }
        let task = Task {
            arn,
            id: id.clone(),
            task_definition: new.task_definition,
            task_definition_arn: def_arn,
            group: new.group,
            started_by: new.started_by,
            service: new.service,
            launch_type: new.launch_type,
            capacity_provider_name: new.capacity_provider_name,
            container_instance_arn: instance_arn,
            availability_zone: zone,
            private_ipv4_address: private_ip,
            cpu,
            memory,
            last_status: status,
            desired_status: DesiredStatus::Running,
            stopped_reason: None,
            stop_code: None,
            created_at: self.now,
            started_at: None,
            stopping_at: None,
            stopped_at: None,
            version: 1,
            key,
            instance: new.instance,
            next_step: None,
        };
        self.tasks.insert(key, task);
        self.task_ids.insert(id, key);
        self.schedule_step(key, step);
        key
    }

    /// Asks a task to stop. On a host whose agent is disconnected nothing
    /// happens until the agent is back: only desiredStatus changes.
    pub(super) fn request_stop(&mut self, key: u64, reason: &str, code: Option<StopCode>) {
        let Some(task) = self.tasks.get_mut(&key) else {
            return;
        };
        if task.desired_status == DesiredStatus::Stopped {
            return;
        }
        task.desired_status = DesiredStatus::Stopped;
        task.stopped_reason = Some(reason.to_owned());
        task.stop_code = code;
        task.version += 1;
        self.mark_task_service(key);
        if self.agent_reachable(key) {
            self.begin_stop(key);
        }
    }

    /// The host is gone: the task is STOPPED at once.
    pub(super) fn host_lost(&mut self, key: u64, reason: &str) {
        let now = self.now;
        let Some(task) = self.tasks.get_mut(&key) else {
            return;
        };
        if task.desired_status == DesiredStatus::Running {
            task.desired_status = DesiredStatus::Stopped;
            task.stopped_reason = Some(reason.to_owned());
        }
        task.stopping_at.get_or_insert(now);
        self.finish_stop(key);
    }

    /// The agent reconnected: carries on whatever the task was doing.
    pub(super) fn resume_task(&mut self, key: u64) {
        let Some(task) = self.tasks.get(&key) else {
            return;
        };
        match (task.last_status, task.desired_status) {
            (_, DesiredStatus::Stopped) => self.begin_stop(key),
            (TaskStatus::Pending, DesiredStatus::Running) => self.schedule_step(key, EC2_TASK_START),
            _ => {}
        }
    }

    /// A timer fired: the next step of the lifecycle.
    pub(super) fn task_step(&mut self, key: u64) {
        let Some(task) = self.tasks.get_mut(&key) else {
            return;
        };
        task.next_step = None;
        if !self.agent_reachable(key) {
            return;
        }
        let Some(task) = self.tasks.get(&key) else {
            return;
        };
        match (task.last_status, task.desired_status) {
            (TaskStatus::Provisioning, DesiredStatus::Running) => {
                self.set_last_status(key, TaskStatus::Pending);
                self.schedule_step(key, FARGATE_PENDING);
            }
            (TaskStatus::Pending, DesiredStatus::Running) => {
                self.set_last_status(key, TaskStatus::Running);
                if let Some(t) = self.tasks.get_mut(&key) {
                    t.started_at = Some(self.now);
                }
            }
            (TaskStatus::Stopping, _) if task.launch_type == LaunchType::Fargate => {
                self.set_last_status(key, TaskStatus::Deprovisioning);
                self.schedule_step(key, FARGATE_DEPROVISIONING);
            }
            (TaskStatus::Stopping | TaskStatus::Deprovisioning, _) => self.finish_stop(key),
            _ => {}
        }
        self.mark_task_service(key);
    }

    fn begin_stop(&mut self, key: u64) {
        let now = self.now;
        let Some(task) = self.tasks.get_mut(&key) else {
            return;
        };
        let fargate = task.launch_type == LaunchType::Fargate;
        match task.last_status {
            TaskStatus::Provisioning | TaskStatus::Pending => {
                task.stopping_at = Some(now);
                if fargate {
                    self.set_last_status(key, TaskStatus::Deprovisioning);
                    self.schedule_step(key, FARGATE_DEPROVISIONING);
                } else {
                    self.finish_stop(key);
                }
            }
            TaskStatus::Running => {
                task.stopping_at = Some(now);
                self.set_last_status(key, TaskStatus::Stopping);
                self.schedule_step(key, TASK_STOPPING);
            }
            TaskStatus::Stopping => {
                if task.next_step.is_none() {
                    self.schedule_step(key, TASK_STOPPING);
                }
            }
            TaskStatus::Deprovisioning | TaskStatus::Stopped => {}
        }
    }

    /// STOPPED: resources go back to the instance; the record is kept for an hour.
    fn finish_stop(&mut self, key: u64) {
        if self.tasks.get(&key).is_none_or(|t| t.last_status == TaskStatus::Stopped) {
            return;
        }
        self.cancel_step(key);
        self.set_last_status(key, TaskStatus::Stopped);
        let now = self.now;
        let Some(task) = self.tasks.get_mut(&key) else {
            return;
        };
        task.stopped_at = Some(now);
        let (cpu, memory, instance) = (task.cpu, task.memory, task.instance);
        if let Some(ip) = &task.private_ipv4_address {
            self.fargate_ips.remove(ip);
        }
        let mut was_draining = false;
        if let Some(ci) = instance.and_then(|k| self.instances.get_mut(&k)) {
            ci.remaining_cpu += cpu;
            ci.remaining_memory += memory;
            ci.tasks.remove(&key);
            ci.version += 1;
            was_draining = ci.status == InstanceStatus::Draining;
        }
        self.timers.insert((now + STOPPED_TASK_RETENTION, Timer::ForgetTask(key)));
        self.mark_task_service(key);
        // Freed room may let a waiting service place; on a draining instance it
        // may be the last replica task a daemon task was waiting for.
        for (name, svc) in &self.services {
            let daemon = svc.scheduling_strategy == SchedulingStrategy::Daemon;
            if svc.waiting_for_capacity || (was_draining && daemon) {
                self.dirty.insert(name.clone());
            }
        }
    }

    fn set_last_status(&mut self, key: u64, status: TaskStatus) {
        let Some(task) = self.tasks.get_mut(&key) else {
            return;
        };
        let (old_running, old_pending) = task.last_status.instance_counts();
        let (new_running, new_pending) = status.instance_counts();
        task.last_status = status;
        task.version += 1;
        if let Some(ci) = task.instance.and_then(|k| self.instances.get_mut(&k)) {
            ci.running_tasks_count = ci.running_tasks_count + new_running - old_running;
            ci.pending_tasks_count = ci.pending_tasks_count + new_pending - old_pending;
            ci.version += 1;
        }
    }

    /// Fargate tasks have no agent to lose; EC2 tasks need theirs.
    fn agent_reachable(&self, key: u64) -> bool {
        let instance = self.tasks.get(&key).and_then(|t| t.instance);
        instance.and_then(|k| self.instances.get(&k)).is_none_or(|ci| ci.agent_connected)
    }

    fn schedule_step(&mut self, key: u64, after: Duration) {
        self.cancel_step(key);
        let at = self.now + after;
        if let Some(task) = self.tasks.get_mut(&key) {
            task.next_step = Some(at);
            self.timers.insert((at, Timer::TaskStep(key)));
        }
    }

    fn cancel_step(&mut self, key: u64) {
        if let Some(at) = self.tasks.get_mut(&key).and_then(|t| t.next_step.take()) {
            self.timers.remove(&(at, Timer::TaskStep(key)));
        }
    }

    fn mark_task_service(&mut self, key: u64) {
        if let Some(name) = self.tasks.get(&key).and_then(|t| t.service.clone()) {
            self.dirty.insert(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn an_ec2_task_runs_then_stops_on_its_timings() {
        let mut ecs = test_cluster();
        ecs.register_instance("i-1", "us-west-2a", "", 2048, 4096);
        let def = ecs.register_task_definition("web", 512, 1024).expect("valid");
        let arn = ecs.run_task(&def, 1, LaunchType::Ec2).expect("room").tasks.remove(0);
        let created = ecs.now();
        let task = |ecs: &EcsCluster| ecs.task(&arn).cloned().expect("listed");
        assert_eq!(task(&ecs).last_status, TaskStatus::Pending);
        assert_eq!(ecs.next_wakeup(), Some(created + EC2_TASK_START));
        ecs.advance_by(EC2_TASK_START);
        assert_eq!((task(&ecs).last_status, task(&ecs).started_at), (TaskStatus::Running, Some(ecs.now())));
        let ci = ecs.container_instance_by_ec2("i-1").expect("registered");
        assert_eq!((ci.running_tasks_count, ci.remaining_cpu, ci.remaining_memory), (1, 1536, 3072));

        ecs.stop_task(&arn, "").expect("listed");
        let t = task(&ecs);
        assert_eq!((t.last_status, t.desired_status), (TaskStatus::Stopping, DesiredStatus::Stopped));
        assert_eq!(t.stopped_reason.as_deref(), Some("Task stopped by user"));
        assert_eq!(t.stop_code, Some(StopCode::UserInitiated));
        ecs.advance_by(TASK_STOPPING);
        let t = task(&ecs);
        assert_eq!(t.last_status, TaskStatus::Stopped);
        assert_eq!(t.stopped_at, Some(created + EC2_TASK_START + TASK_STOPPING));
        let ci = ecs.container_instance_by_ec2("i-1").expect("registered");
        assert_eq!((ci.running_tasks_count, ci.remaining_cpu), (0, 2048));
        ecs.advance_by(STOPPED_TASK_RETENTION);
        assert!(ecs.task(&arn).is_none());
        assert_eq!(ecs.next_wakeup(), None);
    }

    #[test]
    fn a_pending_ec2_task_stops_at_once() {
        let mut ecs = test_cluster();
        ecs.register_instance("i-1", "us-west-2a", "", 2048, 4096);
        let def = ecs.register_task_definition("web", 512, 1024).expect("valid");
        let arn = ecs.run_task(&def, 1, LaunchType::Ec2).expect("room").tasks.remove(0);
        ecs.stop_task(&arn, "no longer needed").expect("listed");
        let t = ecs.task(&arn).expect("listed");
        assert_eq!(
            (t.last_status, t.stopping_at, t.stopped_at),
            (TaskStatus::Stopped, Some(ecs.now()), Some(ecs.now()))
        );
        assert_eq!(ecs.container_instance_by_ec2("i-1").map(|c| c.pending_tasks_count), Some(0));
    }

    #[test]
    fn a_fargate_task_deprovisions_before_it_is_stopped() {
        let mut ecs = test_cluster();
        let def = ecs.register_task_definition("web", 256, 512).expect("valid");
        let arn = ecs.run_task(&def, 1, LaunchType::Fargate).expect("fargate").tasks.remove(0);
        ecs.advance_by(FARGATE_PROVISIONING);
        ecs.advance_by(FARGATE_PENDING);
        ecs.stop_task(&arn, "").expect("listed");
        ecs.advance_by(TASK_STOPPING);
        assert_eq!(ecs.task(&arn).map(|t| t.last_status), Some(TaskStatus::Deprovisioning));
        ecs.advance_by(FARGATE_DEPROVISIONING);
        assert_eq!(ecs.task(&arn).map(|t| t.last_status), Some(TaskStatus::Stopped));
    }
}

//! Tasks and their lifecycle: PROVISIONING (Fargate) → PENDING → RUNNING →
//! STOPPING → (DEPROVISIONING, Fargate) → STOPPED, each step after a fixed
//! delay. Stopped tasks stay listed for an hour, then disappear.

use super::task_definition::LaunchType;
use super::{EcsCluster, InstanceStatus, SchedulingStrategy, Timer};
use crate::sim::{Duration, Timestamp};

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

/// `lastStatus`. DEACTIVATING is left out: it only appears with load
/// balancer targets, which the twin does not model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TaskStatus {
    Provisioning,
    Pending,
    Running,
    Stopping,
    Deprovisioning,
    Stopped,
}

impl TaskStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::Provisioning => "PROVISIONING",
            TaskStatus::Pending => "PENDING",
            TaskStatus::Running => "RUNNING",
            TaskStatus::Stopping => "STOPPING",
            TaskStatus::Deprovisioning => "DEPROVISIONING",
            TaskStatus::Stopped => "STOPPED",
        }
    }

    /// What a container instance counts it as: (running, pending).
    fn instance_counts(self) -> (u32, u32) {
        match self {
            TaskStatus::Running => (1, 0),
            TaskStatus::Provisioning | TaskStatus::Pending => (0, 1),
            TaskStatus::Stopping | TaskStatus::Deprovisioning | TaskStatus::Stopped => (0, 0),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DesiredStatus {
    Running,
    Stopped,
}

impl DesiredStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DesiredStatus::Running => "RUNNING",
            DesiredStatus::Stopped => "STOPPED",
        }
    }
}

/// `stopCode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopCode {
    UserInitiated,
    ServiceSchedulerInitiated,
}

impl StopCode {
    pub fn as_str(self) -> &'static str {
        match self {
            StopCode::UserInitiated => "UserInitiated",
            StopCode::ServiceSchedulerInitiated => "ServiceSchedulerInitiated",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// `arn:aws:ecs:REGION:ACCOUNT:task/CLUSTER/<32 hex>`.
    pub arn: String,
    pub id: String,
    /// `family:revision`.
    pub task_definition: String,
    pub task_definition_arn: String,
    /// `service:NAME`, or `family:NAME` for a task started by RunTask.
    pub group: String,
    /// The service's deployment (`ecs-svc/…`) that started it, if any.
    pub started_by: Option<String>,
    pub service: Option<String>,
    pub launch_type: LaunchType,
    pub capacity_provider_name: Option<String>,
    /// None on Fargate.
    pub container_instance_arn: Option<String>,
    pub availability_zone: String,
    /// The task ENI's address (Fargate).
    pub private_ipv4_address: Option<String>,
    /// Reserved CPU units and MiB.
    pub cpu: u32,
    pub memory: u32,
    pub last_status: TaskStatus,
    pub desired_status: DesiredStatus,
    pub stopped_reason: Option<String>,
    pub stop_code: Option<StopCode>,
    pub created_at: Timestamp,
    pub started_at: Option<Timestamp>,
    pub stopping_at: Option<Timestamp>,
    pub stopped_at: Option<Timestamp>,
    pub version: u64,
    pub(super) key: u64,
    pub(super) instance: Option<u64>,
    pub(super) next_step: Option<Timestamp>,
}

impl Task {
    /// Not yet asked to stop: it counts toward its service.
    pub fn is_live(&self) -> bool {
        self.desired_status == DesiredStatus::Running
    }

    pub fn is_running(&self) -> bool {
        self.last_status == TaskStatus::Running
    }
}

/// Where and as what a new task starts.
pub(super) struct NewTask {
    pub task_definition: String,
    pub group: String,
    pub started_by: Option<String>,
    pub service: Option<String>,
    pub launch_type: LaunchType,
    pub capacity_provider_name: Option<String>,
    /// The container instance (EC2) or None (Fargate).
    pub instance: Option<u64>,
    /// For Fargate, where the task ENI goes.
    pub zone: String,
}

/// The answer of `run-task`: the tasks started and why others were not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunTaskResult {
    pub tasks: Vec<String>,
    pub failures: Vec<super::Failure>,
}

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

    /// A private address in the VPC for a Fargate task ENI, unused by any
    /// other Fargate task that has not stopped.
    fn draw_fargate_ip(&mut self) -> String {
        loop {
            let ip = format!("10.0.{}.{}", 128 + self.rng.below(96), 4 + self.rng.below(250));
            if self.fargate_ips.insert(ip.clone()) {
                return ip;
            }
        }
    }

    pub(super) fn forget_task(&mut self, key: u64) {
        let Some(task) = self.tasks.remove(&key) else {
            return;
        };
        self.task_ids.remove(&task.id);
        if let Some(svc) = task.service.as_ref().and_then(|s| self.services.get_mut(s)) {
            svc.tasks.remove(&key);
        }
    }

    /// Every task still listed (stopped ones for an hour), in creation order.
    pub fn tasks(&self) -> impl Iterator<Item = &Task> {
        self.tasks.values()
    }

    /// By ARN or task ID.
    pub fn task(&self, id_or_arn: &str) -> Option<&Task> {
        self.task_ids.get(super::short_id(id_or_arn)).and_then(|k| self.tasks.get(k))
    }

    /// The tasks on a container instance that have not stopped.
    pub fn tasks_on(&self, container_instance: &str) -> impl Iterator<Item = &Task> {
        let keys = self.container_instance(container_instance).map(|ci| &ci.tasks);
        keys.into_iter().flatten().filter_map(|k| self.tasks.get(k))
    }
}

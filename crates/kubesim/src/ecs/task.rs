//! Tasks: what ECS reports about each one (`describe-tasks`), and where
//! to find them. Their lifecycle is in `lifecycle.rs`.

use super::task_definition::LaunchType;
use super::EcsCluster;
use crate::sim::Timestamp;

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
    pub(super) fn instance_counts(self) -> (u32, u32) {
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
    /// A private address in the VPC for a Fargate task ENI, unused by any
    /// other Fargate task that has not stopped.
    pub(super) fn draw_fargate_ip(&mut self) -> String {
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

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn tasks_are_found_by_id_arn_and_instance() {
        let mut ecs = test_cluster();
        let ci = ecs.register_instance("i-1", "us-west-2a", "", 2048, 4096);
        let def = ecs.register_task_definition("web", 256, 512).expect("valid");
        let arns = ecs.run_task(&def, 2, LaunchType::Ec2).expect("room").tasks;
        let t = ecs.task(&arns[0]).expect("by ARN");
        assert!(t.arn.starts_with("arn:aws:ecs:us-west-2:111122223333:task/demo/"), "{}", t.arn);
        assert_eq!(t.id.len(), 32);
        assert_eq!(ecs.task(&t.id).map(|x| &x.arn), Some(&arns[0]));
        assert_eq!(t.container_instance_arn.as_deref(), Some(ci.as_str()));
        assert_eq!(t.task_definition_arn, "arn:aws:ecs:us-west-2:111122223333:task-definition/web:1");
        assert_eq!(ecs.tasks_on(&ci).count(), 2);
        assert_eq!(ecs.tasks().map(|t| t.arn.clone()).collect::<Vec<_>>(), arns, "creation order");
        assert_eq!(TaskStatus::Provisioning.as_str(), "PROVISIONING");
        assert_eq!(DesiredStatus::Stopped.as_str(), "STOPPED");
    }
}

//! The ECS twin: container instances by Availability Zone with their tasks,
//! Fargate tasks, and the services.

use std::collections::BTreeMap;

use kubesim::ecs::{EcsCluster, InstanceStatus, LaunchType, SchedulingStrategy, Task, TaskStatus};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskChip {
    pub id: String,
    /// The service (or task definition family) the task belongs to.
    pub label: String,
    pub status: TaskStatus,
    /// Daemon service tasks are drawn quieter, as DaemonSet pods are.
    pub daemon: bool,
}

impl TaskChip {
    fn of(ecs: &EcsCluster, task: &Task) -> Self {
        let label = task.group.split_once(':').map_or(task.group.as_str(), |(_, name)| name).to_owned();
        let daemon = task
            .service
            .as_deref()
            .and_then(|name| ecs.service(name))
            .is_some_and(|s| s.scheduling_strategy == SchedulingStrategy::Daemon);
        TaskChip { id: task.id.clone(), label, status: task.last_status, daemon }
    }

    /// The CSS modifier for the chip: the status in lower case.
    pub fn class(&self) -> &'static str {
        match self.status {
            TaskStatus::Provisioning => "provisioning",
            TaskStatus::Pending => "pending",
            TaskStatus::Running => "running",
            TaskStatus::Stopping => "stopping",
            TaskStatus::Deprovisioning => "deprovisioning",
            TaskStatus::Stopped => "stopped",
        }
    }
}

fn sorted_chips<'a>(ecs: &EcsCluster, tasks: impl Iterator<Item = &'a Task>) -> Vec<TaskChip> {
    let mut chips: Vec<TaskChip> = tasks.map(|t| TaskChip::of(ecs, t)).collect();
    chips.sort_by(|a, b| (a.daemon, &a.label, &a.id).cmp(&(b.daemon, &b.label, &b.id)));
    chips
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstanceCard {
    pub ec2_instance_id: String,
    /// The 32 hex digits `aws ecs` commands take.
    pub container_instance_id: String,
    pub status: InstanceStatus,
    pub agent_connected: bool,
    pub running_tasks: u32,
    pub pending_tasks: u32,
    /// Tasks on the instance that have not stopped.
    pub tasks: Vec<TaskChip>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EcsZone {
    pub zone: String,
    pub instances: Vec<InstanceCard>,
}

/// Registered container instances (ACTIVE or DRAINING), grouped by zone in
/// zone order, each zone in registration order.
pub fn zones(ecs: &EcsCluster) -> Vec<EcsZone> {
    let mut zones: BTreeMap<&str, Vec<InstanceCard>> = BTreeMap::new();
    for ci in ecs.container_instances().filter(|ci| ci.is_registered()) {
        zones.entry(ci.availability_zone.as_str()).or_default().push(InstanceCard {
            ec2_instance_id: ci.ec2_instance_id.clone(),
            container_instance_id: ci.id.clone(),
            status: ci.status,
            agent_connected: ci.agent_connected,
            running_tasks: ci.running_tasks_count,
            pending_tasks: ci.pending_tasks_count,
            tasks: sorted_chips(ecs, ecs.tasks_on(&ci.id)),
        });
    }
    zones.into_iter().map(|(zone, instances)| EcsZone { zone: zone.to_owned(), instances }).collect()
}

/// Fargate tasks that have not stopped: they run on no container instance.
pub fn fargate_tasks(ecs: &EcsCluster) -> Vec<TaskChip> {
    sorted_chips(
        ecs,
        ecs.tasks().filter(|t| t.launch_type == LaunchType::Fargate && t.last_status != TaskStatus::Stopped),
    )
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceRow {
    pub name: String,
    /// `REPLICA` or `DAEMON`, as the API spells it.
    pub strategy: &'static str,
    pub desired: u32,
    pub running: u32,
    pub pending: u32,
}

/// Every service, in name order.
pub fn services(ecs: &EcsCluster) -> Vec<ServiceRow> {
    ecs.services()
        .map(|s| ServiceRow {
            name: s.name.clone(),
            strategy: s.scheduling_strategy.as_str(),
            desired: s.desired_count,
            running: s.running_count,
            pending: s.pending_count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use kubesim::sim::Duration;

    use super::super::test_support::{basic, fargate};
    use super::*;

    #[test]
    fn basic_twin_has_one_active_instance_per_zone_each_running_web() {
        let cluster = basic();
        let zones = zones(cluster.ecs());
        let names: Vec<&str> = zones.iter().map(|z| z.zone.as_str()).collect();
        assert_eq!(names, ["us-west-2a", "us-west-2b", "us-west-2c"]);
        for zone in &zones {
            assert_eq!(zone.instances.len(), 1, "{}", zone.zone);
            let ci = &zone.instances[0];
            assert_eq!(ci.status, InstanceStatus::Active);
            assert!(ci.agent_connected);
            assert_eq!(ci.running_tasks, 1);
            let tasks: Vec<(&str, TaskStatus)> =
                ci.tasks.iter().map(|t| (t.label.as_str(), t.status)).collect();
            assert_eq!(tasks, [("web", TaskStatus::Running)]);
            assert_eq!(ci.tasks[0].class(), "running");
        }
        assert!(fargate_tasks(cluster.ecs()).is_empty());
    }

    #[test]
    fn basic_twin_lists_the_web_service() {
        let cluster = basic();
        let rows = services(cluster.ecs());
        let web = rows.iter().find(|r| r.name == "web");
        assert_eq!(
            web,
            Some(&ServiceRow {
                name: "web".to_owned(),
                strategy: "REPLICA",
                desired: 3,
                running: 3,
                pending: 0
            })
        );
    }

    #[test]
    fn a_drained_node_is_a_draining_instance() {
        let mut cluster = basic();
        let ci = zones(cluster.ecs())[1].instances[0].container_instance_id.clone();
        let drained = cluster
            .ecs_mut()
            .update_container_instances_state(std::slice::from_ref(&ci), InstanceStatus::Draining);
        assert!(drained.is_ok());
        let zones = zones(cluster.ecs());
        assert_eq!(zones[1].instances[0].status, InstanceStatus::Draining);
        assert_eq!(zones[0].instances[0].status, InstanceStatus::Active);
    }

    #[test]
    fn a_failed_node_disconnects_its_agent() {
        let mut cluster = basic();
        assert!(cluster.fail_node("ip-10-0-1-23.us-west-2.compute.internal").is_ok());
        cluster.advance(Duration::from_secs(1));
        let zones = zones(cluster.ecs());
        assert!(!zones[0].instances[0].agent_connected);
        assert!(zones[1].instances[0].agent_connected);
    }

    #[test]
    fn fargate_tasks_are_listed_apart() {
        let cluster = fargate();
        let tasks = fargate_tasks(cluster.ecs());
        assert!(!tasks.is_empty());
        let on_instances: usize =
            zones(cluster.ecs()).iter().flat_map(|z| &z.instances).map(|ci| ci.tasks.len()).sum();
        let all = cluster.ecs().tasks().filter(|t| t.last_status != TaskStatus::Stopped).count();
        assert_eq!(tasks.len() + on_instances, all);
    }
}

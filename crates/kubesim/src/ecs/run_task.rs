//! Standalone tasks: `run-task` and `stop-task`. A task started by RunTask
//! belongs to no service: nothing replaces it, and draining its instance does
//! not stop it.

use super::task::NewTask;
use super::{EcsCluster, EcsError, Failure, LaunchType, RunTaskResult, StopCode};

/// RunTask starts at most this many tasks per call.
const RUN_TASK_MAX_COUNT: u32 = 10;

impl EcsCluster {
    /// `aws ecs run-task --task-definition TD --count N --launch-type T`.
    /// Tasks that do not fit come back as failures (`RESOURCE:CPU`, …).
    pub fn run_task(
        &mut self,
        task_definition: &str,
        count: u32,
        launch_type: LaunchType,
    ) -> Result<RunTaskResult, EcsError> {
        if !(1..=RUN_TASK_MAX_COUNT).contains(&count) {
            return Err(EcsError::invalid("Count must be between 1 and 10."));
        }
        let Some(def) = self.task_definition(task_definition).cloned() else {
            return Err(EcsError::Client("Unable to describe task definition.".to_owned()));
        };
        if !def.compatibilities.contains(&launch_type) {
            let msg = format!("Task definition does not support launch_type {}.", launch_type.as_str());
            return Err(EcsError::invalid(&msg));
        }
        let group = format!("family:{}", def.family);
        let group_keys: Vec<u64> =
            self.tasks.values().filter(|t| t.group == group && t.is_live()).map(|t| t.key).collect();
        let mut placer = (launch_type == LaunchType::Ec2)
            .then(|| self.placer(None, group_keys.iter(), (def.cpu, def.memory)));
        if placer.as_ref().is_some_and(|p| p.is_empty()) {
            return Err(EcsError::invalid("No Container Instances were found in your cluster."));
        }
        let mut result = RunTaskResult::default();
        let mut placed = group_keys;
        for _ in 0..count {
            let (instance, zone) = match placer.as_mut().map(|p| p.place()) {
                None => (None, self.fargate_zone(placed.iter())),
                Some(Ok(key)) => (Some(key), String::new()),
                Some(Err(failure)) => {
                    result.failures.push(failure.as_run_task_failure(self));
                    continue;
                }
            };
            let key = self.launch_task(NewTask {
                task_definition: def.family_revision(),
                group: group.clone(),
                started_by: None,
                service: None,
                launch_type,
                capacity_provider_name: None,
                instance,
                zone,
            });
            placed.push(key);
            if let Some(t) = self.tasks.get(&key) {
                result.tasks.push(t.arn.clone());
            }
        }
        Ok(result)
    }

    /// `aws ecs stop-task --task T [--reason R]`. A service replaces the task.
    pub fn stop_task(&mut self, task: &str, reason: &str) -> Result<(), EcsError> {
        let Some(key) = self.task(task).map(|t| t.key) else {
            return Err(EcsError::invalid("The referenced task was not found."));
        };
        let reason = if reason.is_empty() { "Task stopped by user" } else { reason };
        self.request_stop(key, reason, Some(StopCode::UserInitiated));
        self.settle();
        Ok(())
    }
}

impl super::PlacementFailure {
    /// RunTask's `failures[]` entry: the closest instance and what it lacked.
    fn as_run_task_failure(&self, ecs: &EcsCluster) -> Failure {
        match self {
            super::PlacementFailure::Insufficient { container_instance_id, resource } => Failure {
                arn: ecs.container_instance(container_instance_id).map(|c| c.arn.clone()).unwrap_or_default(),
                reason: match resource {
                    super::Resource::Cpu => "RESOURCE:CPU".to_owned(),
                    super::Resource::Memory => "RESOURCE:MEMORY".to_owned(),
                },
            },
            super::PlacementFailure::NoInstances { .. } => Failure {
                arn: String::new(),
                reason: "No Container Instances were found in your cluster.".to_owned(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn tasks_that_do_not_fit_come_back_as_failures() {
        let mut ecs = test_cluster();
        let def = ecs.register_task_definition("batch", 1024, 1024).expect("valid");
        let err = ecs.run_task(&def, 1, LaunchType::Ec2).expect_err("no instances yet");
        assert_eq!(err.message(), "No Container Instances were found in your cluster.");
        let arn = ecs.register_instance("i-1", "us-west-2a", "", 2048, 8192);
        let out = ecs.run_task(&def, 3, LaunchType::Ec2).expect("some room");
        assert_eq!(out.tasks.len(), 2);
        assert_eq!(out.failures, [Failure { arn, reason: "RESOURCE:CPU".to_owned() }]);
        let t = ecs.task(&out.tasks[0]).expect("listed");
        assert_eq!(
            (t.group.as_str(), t.started_by.as_deref(), t.service.as_deref()),
            ("family:batch", None, None)
        );
    }

    #[test]
    fn bad_requests_get_the_api_errors() {
        let mut ecs = test_cluster();
        let def = ecs.register_task_definition("odd", 300, 700).expect("valid");
        assert_eq!(
            ecs.run_task(&def, 0, LaunchType::Ec2).map_err(|e| e.code()),
            Err("InvalidParameterException")
        );
        assert_eq!(
            ecs.run_task(&def, 11, LaunchType::Ec2).map_err(|e| e.code()),
            Err("InvalidParameterException")
        );
        let fargate = ecs.run_task(&def, 1, LaunchType::Fargate).expect_err("not a Fargate size");
        assert_eq!(fargate.message(), "Task definition does not support launch_type FARGATE.");
        assert_eq!(ecs.run_task("nope", 1, LaunchType::Ec2).map_err(|e| e.code()), Err("ClientException"));
        let missing = ecs.stop_task("0123", "").expect_err("no such task");
        assert_eq!(missing.message(), "The referenced task was not found.");
    }
}

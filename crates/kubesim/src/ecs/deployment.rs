//! Deployments: each `update-service --force-new-deployment` starts a new
//! PRIMARY deployment; older ones stay ACTIVE until their last task has
//! stopped. Also the service's counts, and the events that mark the end of
//! a rollout.

use super::events;
use super::EcsCluster;
use crate::sim::Timestamp;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeploymentStatus {
    Primary,
    Active,
}

impl DeploymentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeploymentStatus::Primary => "PRIMARY",
            DeploymentStatus::Active => "ACTIVE",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RolloutState {
    InProgress,
    Completed,
}

impl RolloutState {
    pub fn as_str(self) -> &'static str {
        match self {
            RolloutState::InProgress => "IN_PROGRESS",
            RolloutState::Completed => "COMPLETED",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deployment {
    /// `ecs-svc/` and 19 digits.
    pub id: String,
    pub status: DeploymentStatus,
    pub task_definition: String,
    pub desired_count: u32,
    pub pending_count: u32,
    pub running_count: u32,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub rollout_state: RolloutState,
}

impl Deployment {
    /// `rolloutStateReason`.
    pub fn rollout_state_reason(&self) -> String {
        match self.rollout_state {
            RolloutState::InProgress => format!("ECS deployment {} in progress.", self.id),
            RolloutState::Completed => format!("ECS deployment {} completed.", self.id),
        }
    }
}

impl EcsCluster {
    pub(super) fn new_deployment(
        &mut self,
        task_definition: String,
        desired_count: u32,
        at: Timestamp,
    ) -> Deployment {
        let digits = 1_000_000_000_000_000_000 + self.rng.below(9_000_000_000_000_000_000);
        Deployment {
            id: format!("ecs-svc/{digits}"),
            status: DeploymentStatus::Primary,
            task_definition,
            desired_count,
            pending_count: 0,
            running_count: 0,
            created_at: at,
            updated_at: at,
            rollout_state: RolloutState::InProgress,
        }
    }

    /// Counts per service and deployment; retires finished deployments and
    /// says so; notes a steady state. `settled`: the scheduler has nothing
    /// left to replace.
    pub(super) fn refresh_service(&mut self, name: &str, settled: bool) {
        let now = self.now;
        let tasks = &self.tasks;
        let Some(svc) = self.services.get_mut(name) else {
            return;
        };
        let desired = svc.desired_count;
        for d in &mut svc.deployments {
            d.running_count = 0;
            d.pending_count = 0;
            d.desired_count = if d.status == DeploymentStatus::Primary { desired } else { 0 };
        }
        let (mut running, mut pending, mut live_per_deployment) = (0, 0, vec![0u32; svc.deployments.len()]);
        for task in svc.tasks.iter().filter_map(|k| tasks.get(k)).filter(|t| t.is_live()) {
            let d = svc.deployments.iter().position(|d| Some(&d.id) == task.started_by.as_ref());
            if let Some(i) = d {
                live_per_deployment[i] += 1;
            }
            let deployment = d.map(|i| &mut svc.deployments[i]);
            if task.is_running() {
                running += 1;
                deployment.into_iter().for_each(|d| d.running_count += 1);
            } else {
                pending += 1;
                deployment.into_iter().for_each(|d| d.pending_count += 1);
            }
        }
        svc.running_count = running;
        svc.pending_count = pending;
        let mut i = 0;
        svc.deployments.retain(|d| {
            let keep = d.status == DeploymentStatus::Primary || live_per_deployment[i] > 0;
            i += 1;
            keep
        });
        let steady = settled && running == desired && pending == 0 && svc.deployments.len() == 1;
        let mut messages = Vec::new();
        if steady {
            if let Some(primary) = svc.deployments.first_mut() {
                if primary.rollout_state == RolloutState::InProgress {
                    primary.rollout_state = RolloutState::Completed;
                    primary.updated_at = now;
                    messages.push(events::deployment_completed(name, &primary.id));
                }
            }
            if !svc.steady {
                messages.push(events::steady_state(name));
            }
        }
        svc.steady = steady;
        for m in messages {
            self.service_event(name, m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{test_cluster, ServiceSpec};
    use super::*;
    use crate::sim::Duration;

    #[test]
    fn a_forced_deployment_goes_from_in_progress_to_completed() {
        let mut ecs = test_cluster();
        ecs.register_instance("i-1", "us-west-2a", "", 4096, 8192);
        let def = ecs.register_task_definition("web", 512, 512).expect("valid");
        ecs.create_service(ServiceSpec::replica("web", &def, 2)).expect("new");
        ecs.advance_by(Duration::from_secs(10));
        ecs.update_service("web", None, true).expect("exists");
        let svc = ecs.service("web").expect("exists");
        let statuses: Vec<&str> = svc.deployments.iter().map(|d| d.status.as_str()).collect();
        assert_eq!(statuses, ["PRIMARY", "ACTIVE"]);
        let primary = svc.primary_deployment().expect("one").clone();
        assert!(primary.id.starts_with("ecs-svc/") && primary.id.len() == 8 + 19, "{}", primary.id);
        assert_eq!((primary.desired_count, primary.pending_count), (2, 2));
        assert_eq!(primary.rollout_state_reason(), format!("ECS deployment {} in progress.", primary.id));
        assert_eq!(svc.deployments[1].desired_count, 0);
        ecs.advance_by(Duration::from_secs(10));
        let svc = ecs.service("web").expect("exists");
        assert_eq!(svc.deployments.len(), 1);
        let done = svc.primary_deployment().expect("one");
        assert_eq!((done.rollout_state, done.running_count), (RolloutState::Completed, 2));
        let messages: Vec<&str> = svc.events.iter().take(2).map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "(service web) has reached a steady state.".to_owned(),
                format!("(service web) (deployment {}) deployment completed.", done.id)
            ]
        );
    }
}

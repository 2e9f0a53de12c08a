//! The ECS twin: an Amazon ECS cluster with ECS's own semantics, kept beside
//! the EKS cluster so each action can be seen as ECS would have done it.
//!
//! It depends only on the engine's clock and seeded random source: the same
//! seed and the same calls give the same cluster. Time moves only through
//! [`EcsCluster::advance_to`]; every transition that falls due runs then, in
//! time order.

mod capacity_provider;
mod container_instance;
mod daemon;
mod deployment;
mod error;
mod events;
mod lifecycle;
pub mod mapping;
mod placement;
mod replica;
mod run_task;
mod service;
mod task;
mod task_definition;

pub use capacity_provider::{
    CapacityProvider, CapacityProviderKind, LaunchTarget, ManagedScaling, DEFAULT_TARGET_CAPACITY_PERCENT,
    FARGATE,
};
pub use container_instance::{
    ContainerInstance, Failure, InstanceStatus, UpdateResult, AGENT_VERSION, DOCKER_VERSION,
    INACTIVE_INSTANCE_RETENTION,
};
pub use deployment::{Deployment, DeploymentStatus, RolloutState};
pub use error::EcsError;
pub use events::{PlacementFailure, Resource, ServiceEvent, SERVICE_EVENTS_KEPT};
pub use lifecycle::{
    EC2_TASK_START, FARGATE_DEPROVISIONING, FARGATE_PENDING, FARGATE_PROVISIONING, STOPPED_TASK_RETENTION,
    TASK_STOPPING,
};
pub use mapping::{Counterpart, EksAction};
pub use service::{DeploymentConfiguration, SchedulingStrategy, Service, ServiceSpec, ServiceStrategy};
pub use task::{DesiredStatus, RunTaskResult, StopCode, Task, TaskStatus};
pub use task_definition::{LaunchType, TaskDefinition};

use std::collections::{BTreeMap, BTreeSet};

use crate::sim::{Duration, Rng, Timestamp};

/// Something due at a given time. Ordered so simultaneous work runs in a fixed
/// order: task steps (by creation) before forgetting old records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Timer {
    TaskStep(u64),
    ForgetTask(u64),
    ForgetInstance(u64),
}

#[derive(Clone, Debug)]
pub struct EcsCluster {
    name: String,
    region: String,
    account_id: String,
    now: Timestamp,
    rng: Rng,
    /// `FARGATE` first, then Auto Scaling group providers in creation order.
    capacity_providers: Vec<CapacityProvider>,
    /// By registration order (an internal key), which is also the order the
    /// scheduler breaks ties in.
    instances: BTreeMap<u64, ContainerInstance>,
    /// Container instance ID (32 hex) → key.
    instance_ids: BTreeMap<String, u64>,
    /// EC2 instance ID → key, for instances still registered.
    ec2_instances: BTreeMap<String, u64>,
    /// Family → revisions, revision `n` at index `n - 1`.
    task_definitions: BTreeMap<String, Vec<TaskDefinition>>,
    services: BTreeMap<String, Service>,
    /// By creation order (an internal key).
    tasks: BTreeMap<u64, Task>,
    /// Task ID (32 hex) → key.
    task_ids: BTreeMap<String, u64>,
    /// Private IPs held by Fargate tasks that have not stopped.
    fargate_ips: BTreeSet<String>,
    timers: BTreeSet<(Timestamp, Timer)>,
    /// Services whose scheduler must look again before the cluster is at rest.
    dirty: BTreeSet<String>,
    next_key: u64,
}

/// Equal when every record and the random source's position are equal.
impl PartialEq for EcsCluster {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.region == other.region
            && self.account_id == other.account_id
            && self.now == other.now
            && self.rng.clone().next_u64() == other.rng.clone().next_u64()
            && self.capacity_providers == other.capacity_providers
            && self.instances == other.instances
            && self.task_definitions == other.task_definitions
            && self.services == other.services
            && self.tasks == other.tasks
            && self.timers == other.timers
    }
}

impl EcsCluster {
    pub fn new(name: &str, region: &str, account_id: &str, now: Timestamp, seed: u64) -> Self {
        let mut cluster = EcsCluster {
            name: name.to_owned(),
            region: region.to_owned(),
            account_id: account_id.to_owned(),
            now,
            rng: Rng::new(seed),
            capacity_providers: Vec::new(),
            instances: BTreeMap::new(),
            instance_ids: BTreeMap::new(),
            ec2_instances: BTreeMap::new(),
            task_definitions: BTreeMap::new(),
            services: BTreeMap::new(),
            tasks: BTreeMap::new(),
            task_ids: BTreeMap::new(),
            fargate_ips: BTreeSet::new(),
            timers: BTreeSet::new(),
            dirty: BTreeSet::new(),
            next_key: 0,
        };
        let fargate_arn = cluster.arn(&format!("capacity-provider/{FARGATE}"));
        cluster.capacity_providers.push(Self::fargate_provider(fargate_arn));
        cluster
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn region(&self) -> &str {
        &self.region
    }

    pub fn account_id(&self) -> &str {
        &self.account_id
    }

    /// `arn:aws:ecs:REGION:ACCOUNT:cluster/NAME`.
    pub fn cluster_arn(&self) -> String {
        self.arn(&format!("cluster/{}", self.name))
    }

    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Moves the clock to `t` (never back), running every transition that
    /// falls due on the way, in time order, and letting the service
    /// schedulers react after each instant.
    pub fn advance_to(&mut self, t: Timestamp) {
        while let Some(&(at, _)) = self.timers.first() {
            if at > t {
                break;
            }
            self.now = self.now.max(at);
            while let Some(&(due, timer)) = self.timers.first() {
                if due != at {
                    break;
                }
                self.timers.remove(&(due, timer));
                self.fire(timer);
            }
            self.settle();
        }
        self.now = self.now.max(t);
    }

    /// Shorthand for `advance_to(now + d)`.
    pub fn advance_by(&mut self, d: Duration) {
        self.advance_to(self.now + d);
    }

    /// When something would next change on its own; `None` when at rest.
    pub fn next_wakeup(&self) -> Option<Timestamp> {
        self.timers.first().map(|&(at, _)| at)
    }

    /// When a task next changes state on its own, ignoring the clean-up of
    /// stopped tasks and instances (nothing a learner waits for).
    pub fn next_transition(&self) -> Option<Timestamp> {
        self.timers.iter().find(|(_, timer)| matches!(timer, Timer::TaskStep(_))).map(|&(at, _)| at)
    }

    fn fire(&mut self, timer: Timer) {
        match timer {
            Timer::TaskStep(key) => self.task_step(key),
            Timer::ForgetTask(key) => self.forget_task(key),
            Timer::ForgetInstance(key) => self.forget_instance(key),
        }
    }

    /// Lets every service whose world changed act, until none has more to do.
    fn settle(&mut self) {
        while let Some(name) = self.dirty.pop_first() {
            self.reconcile(&name);
        }
    }

    /// Every service must look again: an instance changed.
    fn mark_all_services(&mut self) {
        self.dirty.extend(self.services.keys().cloned());
    }

    fn arn(&self, resource: &str) -> String {
        format!("arn:aws:ecs:{}:{}:{resource}", self.region, self.account_id)
    }

    fn next_key(&mut self) -> u64 {
        self.next_key += 1;
        self.next_key
    }
}

/// The last path segment of an ARN, or the input when it is a bare ID.
fn short_id(id_or_arn: &str) -> &str {
    id_or_arn.rsplit('/').next().unwrap_or(id_or_arn)
}

#[cfg(test)]
pub(crate) fn test_cluster() -> EcsCluster {
    EcsCluster::new("demo", "us-west-2", "111122223333", Timestamp::from_utc(2025, 6, 12, 9, 0, 0), 7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_cluster_is_at_rest() {
        let mut ecs = test_cluster();
        assert_eq!(ecs.cluster_arn(), "arn:aws:ecs:us-west-2:111122223333:cluster/demo");
        assert_eq!(ecs.next_wakeup(), None);
        let later = ecs.now() + Duration::from_mins(5);
        ecs.advance_to(later);
        assert_eq!(ecs.now(), later);
        ecs.advance_to(later - Duration::from_mins(1));
        assert_eq!(ecs.now(), later, "the clock never goes back");
    }

    #[test]
    fn short_ids_come_from_arns_or_stand_alone() {
        assert_eq!(short_id("arn:aws:ecs:us-west-2:1:task/demo/abc"), "abc");
        assert_eq!(short_id("abc"), "abc");
    }
}

//! ECS services: a task definition kept running at a desired count (REPLICA)
//! or once per container instance (DAEMON), with deployments and the
//! deploymentConfiguration that bounds how fast tasks are replaced.

use std::collections::BTreeSet;

use super::deployment::{Deployment, DeploymentStatus};
use super::events::{self, ServiceEvent, SERVICE_EVENTS_KEPT};
use super::{EcsCluster, EcsError, LaunchTarget, LaunchType};
use crate::sim::Timestamp;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchedulingStrategy {
    Replica,
    Daemon,
}

impl SchedulingStrategy {
    pub fn as_str(self) -> &'static str {
        match self {
            SchedulingStrategy::Replica => "REPLICA",
            SchedulingStrategy::Daemon => "DAEMON",
        }
    }
}

/// How a new service is scheduled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceStrategy {
    Replica { desired_count: u32 },
    Daemon,
}

/// `deploymentConfiguration`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeploymentConfiguration {
    pub minimum_healthy_percent: u32,
    pub maximum_percent: u32,
}

impl DeploymentConfiguration {
    /// ECS's defaults: 100/200 for replica services, 0/100 for daemons.
    pub fn default_for(strategy: SchedulingStrategy) -> Self {
        match strategy {
            SchedulingStrategy::Replica => {
                DeploymentConfiguration { minimum_healthy_percent: 100, maximum_percent: 200 }
            }
            SchedulingStrategy::Daemon => {
                DeploymentConfiguration { minimum_healthy_percent: 0, maximum_percent: 100 }
            }
        }
    }

    /// Tasks that must stay RUNNING: minimumHealthyPercent of desired, rounded up.
    pub fn min_healthy(self, desired: u32) -> u32 {
        (u64::from(desired) * u64::from(self.minimum_healthy_percent)).div_ceil(100) as u32
    }

    /// Tasks allowed RUNNING or PENDING: maximumPercent of desired, rounded
    /// down, and never fewer than desired.
    pub fn max_total(self, desired: u32) -> u32 {
        let max = u64::from(desired) * u64::from(self.maximum_percent) / 100;
        (max as u32).max(desired)
    }
}

/// What `create-service` is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceSpec {
    pub name: String,
    /// `family`, `family:revision` or ARN.
    pub task_definition: String,
    pub strategy: ServiceStrategy,
    pub launch: LaunchTarget,
    /// None: the strategy's defaults.
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// When the service was created; None: now. Lets a scenario start with
    /// services that have been there a while.
    pub created_at: Option<Timestamp>,
}

impl ServiceSpec {
    /// A replica service on the EC2 launch type with the default deployment settings.
    pub fn replica(name: &str, task_definition: &str, desired_count: u32) -> Self {
        ServiceSpec {
            name: name.to_owned(),
            task_definition: task_definition.to_owned(),
            strategy: ServiceStrategy::Replica { desired_count },
            launch: LaunchTarget::LaunchType(LaunchType::Ec2),
            deployment_configuration: None,
            created_at: None,
        }
    }

    /// A daemon service (EC2 launch type, one task per instance).
    pub fn daemon(name: &str, task_definition: &str) -> Self {
        ServiceSpec { strategy: ServiceStrategy::Daemon, ..ServiceSpec::replica(name, task_definition, 0) }
    }

    pub fn with_launch(mut self, launch: LaunchTarget) -> Self {
        self.launch = launch;
        self
    }

    pub fn with_deployment(mut self, minimum_healthy_percent: u32, maximum_percent: u32) -> Self {
        self.deployment_configuration =
            Some(DeploymentConfiguration { minimum_healthy_percent, maximum_percent });
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub name: String,
    /// `arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/NAME`.
    pub arn: String,
    pub task_definition: String,
    pub scheduling_strategy: SchedulingStrategy,
    /// For a daemon, the number of ACTIVE container instances.
    pub desired_count: u32,
    pub running_count: u32,
    pub pending_count: u32,
    pub launch: LaunchTarget,
    pub deployment_configuration: DeploymentConfiguration,
    /// PRIMARY first, then older ones still stopping tasks.
    pub deployments: Vec<Deployment>,
    /// Newest first.
    pub events: Vec<ServiceEvent>,
    pub created_at: Timestamp,
    /// Every task still listed, stopped ones included.
    pub(super) tasks: BTreeSet<u64>,
    /// Some task could not be placed; freed room should wake the scheduler.
    pub(super) waiting_for_capacity: bool,
    /// The last "unable to place" message, so a repeat is not logged again.
    pub(super) last_placement_failure: Option<String>,
    pub(super) steady: bool,
}

impl Service {
    pub fn primary_deployment(&self) -> Option<&Deployment> {
        self.deployments.first()
    }

    pub(super) fn primary_id(&self) -> String {
        self.primary_deployment().map(|d| d.id.clone()).unwrap_or_default()
    }
}

impl EcsCluster {
    /// `aws ecs create-service`. Its first tasks are placed at once.
    pub fn create_service(&mut self, spec: ServiceSpec) -> Result<(), EcsError> {
        if self.services.contains_key(&spec.name) {
            return Err(EcsError::invalid("Creation of service was not idempotent."));
        }
        let Some(def) = self.task_definition(&spec.task_definition).cloned() else {
            return Err(EcsError::Client("Unable to describe task definition.".to_owned()));
        };
        let launch_type = spec.launch.launch_type();
        if !def.compatibilities.contains(&launch_type) {
            let msg = format!("Task definition does not support launch_type {}.", launch_type.as_str());
            return Err(EcsError::invalid(&msg));
        }
        if let LaunchTarget::CapacityProvider(p) = &spec.launch {
            if self.capacity_provider(p).is_none() {
                let msg = format!("The specified capacity provider {p} is not in an ACTIVE state.");
                return Err(EcsError::invalid(&msg));
            }
        }
        let (strategy, desired) = match spec.strategy {
            ServiceStrategy::Replica { desired_count } => (SchedulingStrategy::Replica, desired_count),
            ServiceStrategy::Daemon => (SchedulingStrategy::Daemon, 0),
        };
        let config = spec.deployment_configuration.unwrap_or(DeploymentConfiguration::default_for(strategy));
        check_deployment_configuration(strategy, config)?;
        if strategy == SchedulingStrategy::Daemon && spec.launch != LaunchTarget::LaunchType(LaunchType::Ec2)
        {
            return Err(EcsError::invalid(
                "The daemon scheduling strategy is only supported with the EC2 launch type.",
            ));
        }
        let created_at = spec.created_at.unwrap_or(self.now);
        let deployment = self.new_deployment(def.family_revision(), desired, created_at);
        let service = Service {
            arn: self.arn(&format!("service/{}/{}", self.name, spec.name)),
            name: spec.name.clone(),
            task_definition: def.family_revision(),
            scheduling_strategy: strategy,
            desired_count: desired,
            running_count: 0,
            pending_count: 0,
            launch: spec.launch,
            deployment_configuration: config,
            deployments: vec![deployment],
            events: Vec::new(),
            created_at,
            tasks: BTreeSet::new(),
            waiting_for_capacity: false,
            last_placement_failure: None,
            steady: false,
        };
        self.services.insert(spec.name.clone(), service);
        self.dirty.insert(spec.name);
        self.settle();
        Ok(())
    }

    /// `aws ecs update-service [--desired-count N] [--force-new-deployment]`.
    /// A new deployment replaces every task within the deployment configuration.
    pub fn update_service(
        &mut self,
        name: &str,
        desired_count: Option<u32>,
        force_new_deployment: bool,
    ) -> Result<(), EcsError> {
        let Some(svc) = self.services.get(name) else {
            return Err(EcsError::ServiceNotFound);
        };
        if desired_count.is_some() && svc.scheduling_strategy == SchedulingStrategy::Daemon {
            return Err(EcsError::invalid(
                "The daemon scheduling strategy does not support a desired count.",
            ));
        }
        let (task_definition, desired, now) = (svc.task_definition.clone(), svc.desired_count, self.now);
        let deployment = force_new_deployment.then(|| self.new_deployment(task_definition, desired, now));
        let Some(svc) = self.services.get_mut(name) else {
            return Err(EcsError::ServiceNotFound);
        };
        if let Some(desired) = desired_count {
            svc.desired_count = desired;
        }
        if let Some(deployment) = deployment {
            for old in &mut svc.deployments {
                old.status = DeploymentStatus::Active;
            }
            svc.deployments.insert(0, deployment);
            svc.steady = false;
        }
        self.dirty.insert(name.to_owned());
        self.settle();
        Ok(())
    }

    /// Services in name order.
    pub fn services(&self) -> impl Iterator<Item = &Service> {
        self.services.values()
    }

    /// By name or ARN.
    pub fn service(&self, name_or_arn: &str) -> Option<&Service> {
        self.services.get(super::short_id(name_or_arn))
    }

    /// Runs the service's scheduler once, then brings its counts, deployments
    /// and events up to date.
    pub(super) fn reconcile(&mut self, name: &str) {
        let Some(strategy) = self.services.get(name).map(|s| s.scheduling_strategy) else {
            return;
        };
        let settled = match strategy {
            SchedulingStrategy::Replica => self.schedule_replica(name),
            SchedulingStrategy::Daemon => self.schedule_daemon(name),
        };
        self.refresh_service(name, settled);
    }

    /// Adds an event to the service, newest first, keeping the last 100.
    pub(super) fn service_event(&mut self, name: &str, message: String) {
        let event = ServiceEvent::new(&mut self.rng, self.now, message);
        if let Some(svc) = self.services.get_mut(name) {
            svc.events.insert(0, event);
            svc.events.truncate(SERVICE_EVENTS_KEPT);
        }
    }

    /// Records a placement failure as an event unless it repeats the last one.
    pub(super) fn placement_failed(&mut self, name: &str, failure: Option<events::PlacementFailure>) {
        let message = failure.map(|f| events::unable_to_place(name, &f));
        let Some(svc) = self.services.get_mut(name) else {
            return;
        };
        svc.waiting_for_capacity = message.is_some();
        if message != svc.last_placement_failure {
            svc.last_placement_failure.clone_from(&message);
            if let Some(m) = message {
                self.service_event(name, m);
            }
        }
    }
}

fn check_deployment_configuration(
    strategy: SchedulingStrategy,
    config: DeploymentConfiguration,
) -> Result<(), EcsError> {
    if config.minimum_healthy_percent > 100 {
        return Err(EcsError::invalid("minimumHealthyPercent must be between 0 and 100."));
    }
    match strategy {
        SchedulingStrategy::Daemon if config.maximum_percent != 100 => {
            Err(EcsError::invalid("The maximumPercent of a daemon service must be 100."))
        }
        SchedulingStrategy::Replica if config.maximum_percent < 100 => {
            Err(EcsError::invalid("maximumPercent must be at least 100."))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn defaults_and_rounding_follow_ecs() {
        let replica = DeploymentConfiguration::default_for(SchedulingStrategy::Replica);
        assert_eq!((replica.minimum_healthy_percent, replica.maximum_percent), (100, 200));
        let daemon = DeploymentConfiguration::default_for(SchedulingStrategy::Daemon);
        assert_eq!((daemon.minimum_healthy_percent, daemon.maximum_percent), (0, 100));
        let half = DeploymentConfiguration { minimum_healthy_percent: 50, maximum_percent: 150 };
        assert_eq!((half.min_healthy(3), half.max_total(3)), (2, 4), "min rounds up, max rounds down");
        assert_eq!(half.max_total(1), 1);
    }

    #[test]
    fn create_service_checks_its_input() {
        let mut ecs = test_cluster();
        let def = ecs.register_task_definition("web", 300, 700).expect("valid");
        ecs.create_service(ServiceSpec::replica("web", &def, 0)).expect("new");
        let svc = ecs.service("web").expect("created");
        assert_eq!(svc.arn, "arn:aws:ecs:us-west-2:111122223333:service/demo/web");
        assert_eq!(ecs.service(&svc.arn).map(|s| s.name.as_str()), Some("web"));
        let err = |r: Result<(), EcsError>| r.map_err(|e| e.message().to_owned()).expect_err("refused");
        assert_eq!(
            err(ecs.create_service(ServiceSpec::replica("web", &def, 1))),
            "Creation of service was not idempotent."
        );
        assert_eq!(
            err(ecs.create_service(ServiceSpec::replica("x", "nope", 1))),
            "Unable to describe task definition."
        );
        let fargate =
            ServiceSpec::replica("f", &def, 1).with_launch(LaunchTarget::LaunchType(LaunchType::Fargate));
        assert_eq!(err(ecs.create_service(fargate)), "Task definition does not support launch_type FARGATE.");
        assert!(ecs.create_service(ServiceSpec::replica("m", &def, 1).with_deployment(150, 200)).is_err());
        assert!(ecs.create_service(ServiceSpec::daemon("d", &def).with_deployment(0, 200)).is_err());
        let unknown_cp =
            ServiceSpec::replica("c", &def, 1).with_launch(LaunchTarget::CapacityProvider("cp".into()));
        assert!(ecs.create_service(unknown_cp).is_err());
        ecs.create_service(ServiceSpec::daemon("d", &def)).expect("new");
        assert!(ecs.update_service("d", Some(3), false).is_err(), "a daemon has no desired count to set");
    }

    #[test]
    fn events_are_newest_first_and_capped() {
        let mut ecs = test_cluster();
        let def = ecs.register_task_definition("web", 256, 256).expect("valid");
        ecs.create_service(ServiceSpec::replica("web", &def, 0)).expect("new");
        for i in 0..150 {
            ecs.service_event("web", format!("event {i}"));
        }
        let events = &ecs.service("web").expect("exists").events;
        assert_eq!(events.len(), SERVICE_EVENTS_KEPT);
        assert_eq!(events[0].message, "event 149");
    }
}

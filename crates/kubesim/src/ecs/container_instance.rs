//! Container instances: EC2 instances whose ECS agent registered them with the
//! cluster, their status (ACTIVE, DRAINING, INACTIVE once deregistered), the
//! agent connection, and the resources the scheduler reserves on them.

use std::collections::BTreeSet;

use super::{short_id, EcsCluster, EcsError, Timer};
use crate::sim::{Duration, Timestamp};

/// The ECS container agent version new instances report.
pub const AGENT_VERSION: &str = "1.86.3";
/// `versionInfo.dockerVersion` as the agent reports it.
pub const DOCKER_VERSION: &str = "DockerVersion: 25.0.6";
/// Deregistered instances can still be described for an hour.
pub const INACTIVE_INSTANCE_RETENTION: Duration = Duration::from_hours(1);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstanceStatus {
    Active,
    Draining,
    /// Deregistered (the EC2 instance was terminated).
    Inactive,
}

impl InstanceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            InstanceStatus::Active => "ACTIVE",
            InstanceStatus::Draining => "DRAINING",
            InstanceStatus::Inactive => "INACTIVE",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContainerInstance {
    /// `arn:aws:ecs:REGION:ACCOUNT:container-instance/CLUSTER/<32 hex>`.
    pub arn: String,
    /// The 32 hex digits at the end of the ARN.
    pub id: String,
    pub ec2_instance_id: String,
    pub availability_zone: String,
    pub capacity_provider_name: Option<String>,
    pub status: InstanceStatus,
    pub agent_connected: bool,
    pub agent_version: &'static str,
    pub docker_version: &'static str,
    /// CPU units (vCPU × 1024) and MiB the agent registered.
    pub registered_cpu: u32,
    pub registered_memory: u32,
    /// Registered minus what tasks that have not stopped reserve.
    pub remaining_cpu: u32,
    pub remaining_memory: u32,
    pub running_tasks_count: u32,
    pub pending_tasks_count: u32,
    pub registered_at: Timestamp,
    /// Bumped on every change to the record, as ECS's `version` is.
    pub version: u64,
    pub(super) key: u64,
    /// Tasks placed here that have not stopped.
    pub(super) tasks: BTreeSet<u64>,
}

impl ContainerInstance {
    /// ACTIVE or DRAINING: still a member of the cluster.
    pub fn is_registered(&self) -> bool {
        self.status != InstanceStatus::Inactive
    }

    /// The attributes ECS sets on every instance (`attributes[]`), the ECS
    /// counterpart of a node's well-known labels.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        vec![
            ("ecs.availability-zone", self.availability_zone.clone()),
            ("ecs.cpu-architecture", "x86_64".to_owned()),
            ("ecs.os-type", "linux".to_owned()),
            ("ecs.os-family", "LINUX".to_owned()),
        ]
    }

    /// Whether the scheduler may place a new task here.
    pub(super) fn accepts_tasks(&self) -> bool {
        self.status == InstanceStatus::Active && self.agent_connected
    }
}

/// One entry of an API `failures[]` list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub arn: String,
    /// e.g. `MISSING`, `RESOURCE:CPU`.
    pub reason: String,
}

/// The answer of `update-container-instances-state`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateResult {
    /// ARNs of the instances updated, in request order.
    pub container_instances: Vec<String>,
    pub failures: Vec<Failure>,
}

impl EcsCluster {
    /// The agent on `ec2_instance_id` registers it (ACTIVE, agent connected).
    /// Registering an instance that is already registered returns its ARN.
    pub fn register_instance(
        &mut self,
        ec2_instance_id: &str,
        zone: &str,
        capacity_provider: &str,
        cpu_units: u32,
        memory_mib: u32,
    ) -> String {
        if let Some(ci) = self.ec2_instances.get(ec2_instance_id).and_then(|k| self.instances.get(k)) {
            return ci.arn.clone();
        }
        let key = self.next_key();
        let id = self.rng.hex(32);
        let arn = self.arn(&format!("container-instance/{}/{id}", self.name));
        let instance = ContainerInstance {
            arn: arn.clone(),
            id: id.clone(),
            ec2_instance_id: ec2_instance_id.to_owned(),
            availability_zone: zone.to_owned(),
            capacity_provider_name: (!capacity_provider.is_empty()).then(|| capacity_provider.to_owned()),
            status: InstanceStatus::Active,
            agent_connected: true,
            agent_version: AGENT_VERSION,
            docker_version: DOCKER_VERSION,
            registered_cpu: cpu_units,
            registered_memory: memory_mib,
            remaining_cpu: cpu_units,
            remaining_memory: memory_mib,
            running_tasks_count: 0,
            pending_tasks_count: 0,
            registered_at: self.now,
            version: 1,
            key,
            tasks: BTreeSet::new(),
        };
        self.instances.insert(key, instance);
        self.instance_ids.insert(id, key);
        self.ec2_instances.insert(ec2_instance_id.to_owned(), key);
        self.mark_all_services();
        self.settle();
        arn
    }

    /// The EC2 instance was terminated: ECS deregisters it, its tasks stop
    /// at once (the host is gone) and services replace them elsewhere.
    pub fn deregister_instance(&mut self, ec2_instance_id: &str) {
        let Some(key) = self.ec2_instances.remove(ec2_instance_id) else {
            return;
        };
        let reason = format!("Host EC2 (instance {ec2_instance_id}) terminated.");
        let tasks: Vec<u64> =
            self.instances.get(&key).map(|ci| ci.tasks.iter().copied().collect()).unwrap_or_default();
        for task in tasks {
            self.host_lost(task, &reason);
        }
        if let Some(ci) = self.instances.get_mut(&key) {
            ci.status = InstanceStatus::Inactive;
            ci.agent_connected = false;
            ci.version += 1;
        }
        self.timers.insert((self.now + INACTIVE_INSTANCE_RETENTION, Timer::ForgetInstance(key)));
        self.mark_all_services();
        self.settle();
    }

    /// The agent lost (or regained) its connection, e.g. the host failed.
    /// ECS places nothing new on a disconnected instance but leaves its tasks
    /// as they were last reported: it does not reschedule them by itself.
    pub fn set_agent_connected(&mut self, ec2_instance_id: &str, connected: bool) {
        let Some(&key) = self.ec2_instances.get(ec2_instance_id) else {
            return;
        };
        let Some(ci) = self.instances.get_mut(&key) else {
            return;
        };
        if ci.agent_connected == connected {
            return;
        }
        ci.agent_connected = connected;
        ci.version += 1;
        if connected {
            let tasks: Vec<u64> = ci.tasks.iter().copied().collect();
            for task in tasks {
                self.resume_task(task);
            }
        }
        self.mark_all_services();
        self.settle();
    }

    /// `aws ecs update-container-instances-state`: ACTIVE or DRAINING. IDs may
    /// be ARNs or bare container instance IDs; unknown ones come back as
    /// `MISSING` failures, as the API reports them.
    pub fn update_container_instances_state(
        &mut self,
        ids: &[String],
        status: InstanceStatus,
    ) -> Result<UpdateResult, EcsError> {
        if status == InstanceStatus::Inactive {
            return Err(EcsError::invalid(
                "Container instance status can only be set to ACTIVE or DRAINING.",
            ));
        }
        let mut result = UpdateResult::default();
        for id in ids {
            let key = self.instance_ids.get(short_id(id)).copied();
            match key.and_then(|k| self.instances.get_mut(&k)).filter(|ci| ci.is_registered()) {
                Some(ci) => {
                    if ci.status != status {
                        ci.status = status;
                        ci.version += 1;
                    }
                    result.container_instances.push(ci.arn.clone());
                }
                None => {
                    let arn = if id.starts_with("arn:") {
                        id.clone()
                    } else {
                        self.arn(&format!("container-instance/{}/{id}", self.name))
                    };
                    result.failures.push(Failure { arn, reason: "MISSING".to_owned() });
                }
            }
        }
        self.mark_all_services();
        self.settle();
        Ok(result)
    }

    /// Every container instance, including deregistered ones for an hour,
    /// in registration order.
    pub fn container_instances(&self) -> impl Iterator<Item = &ContainerInstance> {
        self.instances.values()
    }

    /// By ARN or container instance ID.
    pub fn container_instance(&self, id_or_arn: &str) -> Option<&ContainerInstance> {
        self.instance_ids.get(short_id(id_or_arn)).and_then(|k| self.instances.get(k))
    }

    /// The registered container instance on an EC2 instance.
    pub fn container_instance_by_ec2(&self, ec2_instance_id: &str) -> Option<&ContainerInstance> {
        self.ec2_instances.get(ec2_instance_id).and_then(|k| self.instances.get(k))
    }

    pub(super) fn forget_instance(&mut self, key: u64) {
        if let Some(ci) = self.instances.remove(&key) {
            self.instance_ids.remove(&ci.id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn registration_gives_a_long_arn_and_full_resources() {
        let mut ecs = test_cluster();
        let arn = ecs.register_instance("i-0abc", "us-west-2a", "", 2048, 3943);
        let ci = ecs.container_instance(&arn).expect("just registered");
        assert!(arn.starts_with("arn:aws:ecs:us-west-2:111122223333:container-instance/demo/"), "{arn}");
        assert_eq!(ci.id.len(), 32);
        assert!(ci.id.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!((ci.status, ci.agent_connected), (InstanceStatus::Active, true));
        assert_eq!((ci.remaining_cpu, ci.remaining_memory), (2048, 3943));
        assert_eq!(ci.agent_version, "1.86.3");
        assert_eq!(ecs.container_instance(&ci.id).map(|c| c.ec2_instance_id.as_str()), Some("i-0abc"));
        assert_eq!(ecs.register_instance("i-0abc", "us-west-2a", "", 2048, 3943), arn);
    }

    #[test]
    fn state_updates_report_missing_instances() {
        let mut ecs = test_cluster();
        let arn = ecs.register_instance("i-0abc", "us-west-2a", "", 2048, 3943);
        let id = ecs.container_instance(&arn).map(|c| c.id.clone()).unwrap_or_default();
        let out = ecs
            .update_container_instances_state(&[id, "deadbeef".to_owned()], InstanceStatus::Draining)
            .expect("DRAINING is a valid target");
        assert_eq!(out.container_instances, std::slice::from_ref(&arn));
        assert_eq!(
            out.failures,
            [Failure {
                arn: "arn:aws:ecs:us-west-2:111122223333:container-instance/demo/deadbeef".to_owned(),
                reason: "MISSING".to_owned()
            }]
        );
        assert_eq!(ecs.container_instance(&arn).map(|c| c.status), Some(InstanceStatus::Draining));
        assert!(ecs.update_container_instances_state(&[arn], InstanceStatus::Inactive).is_err());
    }

    #[test]
    fn deregistered_instances_stay_describable_for_an_hour() {
        let mut ecs = test_cluster();
        let arn = ecs.register_instance("i-0abc", "us-west-2a", "", 2048, 3943);
        ecs.deregister_instance("i-0abc");
        assert_eq!(ecs.container_instance(&arn).map(|c| c.status), Some(InstanceStatus::Inactive));
        assert!(ecs.container_instance_by_ec2("i-0abc").is_none());
        let out = ecs
            .update_container_instances_state(std::slice::from_ref(&arn), InstanceStatus::Active)
            .expect("valid");
        assert_eq!(out.failures.len(), 1, "an INACTIVE instance cannot be updated");
        ecs.advance_by(INACTIVE_INSTANCE_RETENTION);
        assert!(ecs.container_instance(&arn).is_none());
        assert_eq!(ecs.next_wakeup(), None);
    }
}

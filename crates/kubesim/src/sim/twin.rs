//! Keeps the ECS twin in step with the EKS cluster. Each EC2 node is also a
//! container instance, each node group's Auto Scaling group a capacity
//! provider, each application Deployment a replica service and DaemonSet a
//! daemon service, each bare pod a standalone task. EKS actions with an ECS
//! counterpart are mirrored; the twin then follows its own rules, so the
//! differences show. The add-ons in `kube-system` have no twin: the ECS
//! agent does their work.

use crate::ecs::{EcsCluster, InstanceStatus, LaunchTarget, LaunchType, ServiceSpec};

use super::fargate::provisioned;
use super::quantity::{Resources, MIB};
use super::workload::PodTemplate;
use super::{Cluster, Duration, InstanceType, Timestamp};

/// The namespace whose workloads are the cluster's own plumbing.
const SYSTEM_NAMESPACE: &str = "kube-system";

/// How long before the scenario's "now" the twin's services were set up, so
/// that they are running and steady when the learner arrives.
const TWIN_HEAD_START: Duration = Duration::from_mins(10);

/// A pod's requests as a task definition's CPU units and MiB (ECS needs a
/// little of each). Fargate tasks take the size Fargate would provision.
fn task_size(requests: Resources, fargate: bool) -> (u32, u32) {
    let r = if fargate { provisioned(requests) } else { requests };
    let cpu = (r.millicpu * 1_024).div_ceil(1_000).max(128);
    let memory = r.memory.div_ceil(MIB).max(128);
    (u32::try_from(cpu).unwrap_or(u32::MAX), u32::try_from(memory).unwrap_or(u32::MAX))
}

/// The twin draws from its own random source, derived from the scenario's
/// seed, so EKS-side draws do not shift its names.
pub(crate) fn new_twin(name: &str, region: &str, account: &str, now: Timestamp, seed: u64) -> EcsCluster {
    EcsCluster::new(
        name,
        region,
        account,
        now - TWIN_HEAD_START,
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0xec5,
    )
}

impl Cluster {
    /// The ECS twin, read-only.
    pub fn ecs(&self) -> &EcsCluster {
        &self.ecs
    }

    /// `aws ecs …` commands act on the twin directly.
    pub fn ecs_mut(&mut self) -> &mut EcsCluster {
        &mut self.ecs
    }

    fn fargate_selected(&self, namespace: &str, template: &PodTemplate) -> bool {
        self.fargate_profiles.values().any(|p| p.selects(namespace, &template.labels))
    }

    /// Creates the twin's services and standalone tasks for a scenario's
    /// workloads, then lets it run up to "now".
    pub(crate) fn set_up_twin(&mut self) {
        let now = self.now;
        self.ecs = new_twin(&self.name, &self.region, &self.control_plane.account_id, now, self.seed);
        let instances: Vec<(String, String, String, InstanceType)> = self
            .instances
            .values()
            .filter(|i| i.node.is_some())
            .filter_map(|i| {
                let it = self.nodegroups.get(&i.nodegroup)?.template.instance_type;
                Some((i.id.clone(), i.zone.clone(), i.nodegroup.clone(), it))
            })
            .collect();
        let groups: Vec<(String, String)> =
            self.nodegroups.values().map(|g| (g.name.clone(), g.auto_scaling_group.clone())).collect();
        for (name, asg) in groups {
            let _ = self.ecs.add_capacity_provider(&format!("cp-{name}"), &asg);
        }
        for (id, zone, group, it) in instances {
            self.twin_register(&id, &zone, &group, it);
        }
        let deployments: Vec<_> = self
            .deployments
            .values()
            .filter(|d| d.meta.namespace != SYSTEM_NAMESPACE)
            .map(|d| {
                (
                    d.meta.name.clone(),
                    d.meta.namespace.clone(),
                    d.template.clone(),
                    d.replicas,
                    d.meta.created,
                )
            })
            .collect();
        // Services keep ECS's defaults (minimumHealthyPercent 100,
        // maximumPercent 200), as an ECS team would have them.
        for (name, ns, template, replicas, created) in deployments {
            let fargate = self.fargate_selected(&ns, &template);
            let (cpu, memory) = task_size(template.spec.requests(), fargate);
            let Ok(family) = self.ecs.register_task_definition(&name, cpu, memory) else { continue };
            let launch = if fargate { LaunchType::Fargate } else { LaunchType::Ec2 };
            let mut spec =
                ServiceSpec::replica(&name, &family, replicas).with_launch(LaunchTarget::LaunchType(launch));
            spec.created_at = Some(created.min(self.ecs.now()));
            let _ = self.ecs.create_service(spec);
        }
        let daemonsets: Vec<_> = self
            .daemonsets
            .values()
            .filter(|d| d.meta.namespace != SYSTEM_NAMESPACE)
            .map(|d| (d.meta.name.clone(), d.template.spec.requests(), d.meta.created))
            .collect();
        for (name, requests, created) in daemonsets {
            let (cpu, memory) = task_size(requests, false);
            let Ok(family) = self.ecs.register_task_definition(&name, cpu, memory) else { continue };
            let mut spec = ServiceSpec::daemon(&name, &family);
            spec.created_at = Some(created.min(self.ecs.now()));
            let _ = self.ecs.create_service(spec);
        }
        let bare: Vec<(String, Resources)> = self
            .pods
            .iter()
            .filter(|p| p.owner.is_none() && p.namespace() != SYSTEM_NAMESPACE && p.is_active())
            .map(|p| (p.meta.name.clone(), p.spec.requests()))
            .collect();
        for (name, requests) in bare {
            let (cpu, memory) = task_size(requests, false);
            if let Ok(family) = self.ecs.register_task_definition(&name, cpu, memory) {
                let _ = self.ecs.run_task(&family, 1, LaunchType::Ec2);
            }
        }
        self.ecs.advance_to(now);
    }

    pub(crate) fn twin_register(&mut self, instance_id: &str, zone: &str, nodegroup: &str, it: InstanceType) {
        let memory_mib = u32::try_from(it.memory_kib / 1_024).unwrap_or(u32::MAX);
        self.ecs.register_instance(
            instance_id,
            zone,
            &format!("cp-{nodegroup}"),
            it.vcpus * 1_024,
            memory_mib,
        );
    }

    /// Drain ↔ DRAINING, uncordon ↔ ACTIVE, for the node's container instance.
    pub(crate) fn twin_instance_state(&mut self, node: &str, status: InstanceStatus) {
        let Some(id) = self.nodes.get(node).and_then(|n| n.instance_id()).map(str::to_owned) else { return };
        let Some(ci) = self.ecs.container_instance_by_ec2(&id) else { return };
        if ci.status == status {
            return;
        }
        let arn = ci.arn.clone();
        let _ = self.ecs.update_container_instances_state(&[arn], status);
    }

    /// `kubectl drain` starts: the node is cordoned here, and its container
    /// instance set to DRAINING in the twin. The caller evicts the pods.
    pub fn begin_drain(&mut self, node: &str) -> Result<bool, super::operations::NotFound> {
        let changed = self.set_unschedulable(node, true)?;
        self.twin_instance_state(node, InstanceStatus::Draining);
        Ok(changed)
    }

    pub(crate) fn twin_scale(&mut self, namespace: &str, deployment: &str, replicas: u32) {
        if namespace != SYSTEM_NAMESPACE {
            let _ = self.ecs.update_service(deployment, Some(replicas), false);
        }
    }

    pub(crate) fn twin_restart(&mut self, namespace: &str, deployment: &str) {
        if namespace != SYSTEM_NAMESPACE {
            let _ = self.ecs.update_service(deployment, None, true);
        }
    }

    /// Deleting a pod ↔ stopping a task of the same service (or the
    /// standalone task of the same name), on the same instance if one runs
    /// there.
    pub(crate) fn twin_stop_task_for(&mut self, namespace: &str, pod: &str) {
        let Some(p) = self.pods.by_name(namespace, pod) else { return };
        if namespace == SYSTEM_NAMESPACE {
            return;
        }
        let group = match p
            .owner
            .as_ref()
            .and_then(|o| self.replicasets.get(&(namespace.to_owned(), o.name.clone())))
        {
            Some(rs) => match &rs.deployment {
                Some(d) => format!("service:{d}"),
                None => return,
            },
            None if p.owner.is_none() => format!("family:{pod}"),
            None => return,
        };
        let instance =
            p.node().and_then(|n| self.nodes.get(n)).and_then(|n| n.instance_id()).map(str::to_owned);
        let ci = instance.and_then(|i| self.ecs.container_instance_by_ec2(&i).map(|c| c.arn.clone()));
        let mut candidates: Vec<(bool, String)> = self
            .ecs
            .tasks()
            .filter(|t| t.group == group && t.is_running())
            .map(|t| (t.container_instance_arn != ci, t.arn.clone()))
            .collect();
        candidates.sort();
        if let Some((_, arn)) = candidates.into_iter().next() {
            let _ = self.ecs.stop_task(&arn, "Task stopped by user");
        }
    }
}

//! Capacity providers: where a service's tasks may run. An Auto Scaling group
//! provider stands for the EC2 instances of one ASG; `FARGATE` is built in.
//! Instances join and leave from outside (the ASG behind the provider), so
//! this only keeps the record and which instances belong to which provider.

use super::task_definition::LaunchType;
use super::EcsCluster;
use super::EcsError;

/// The built-in provider every cluster can use.
pub const FARGATE: &str = "FARGATE";

/// The ECS console's default target capacity for managed scaling.
pub const DEFAULT_TARGET_CAPACITY_PERCENT: u32 = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManagedScaling {
    pub enabled: bool,
    /// `targetCapacity`: how full (in %) managed scaling keeps the ASG.
    pub target_capacity: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CapacityProviderKind {
    AutoScalingGroup { auto_scaling_group_name: String, managed_scaling: ManagedScaling },
    Fargate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapacityProvider {
    pub name: String,
    pub arn: String,
    pub kind: CapacityProviderKind,
}

/// Where a service (or a task) runs: a launch type, or a capacity provider
/// strategy (modelled with a single provider, weight 1, base 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LaunchTarget {
    LaunchType(LaunchType),
    CapacityProvider(String),
}

impl LaunchTarget {
    /// The launch type the tasks end up with.
    pub fn launch_type(&self) -> LaunchType {
        match self {
            LaunchTarget::LaunchType(t) => *t,
            LaunchTarget::CapacityProvider(p) if p == FARGATE => LaunchType::Fargate,
            LaunchTarget::CapacityProvider(_) => LaunchType::Ec2,
        }
    }

    /// The Auto Scaling group provider whose instances the tasks must use.
    pub(super) fn instance_provider(&self) -> Option<&str> {
        match self {
            LaunchTarget::CapacityProvider(p) if p != FARGATE => Some(p),
            _ => None,
        }
    }

    pub(super) fn capacity_provider_name(&self) -> Option<String> {
        match self {
            LaunchTarget::CapacityProvider(p) => Some(p.clone()),
            LaunchTarget::LaunchType(_) => None,
        }
    }
}

impl EcsCluster {
    /// `aws ecs create-capacity-provider` with an Auto Scaling group, managed
    /// scaling on at the console's default target. Returns its ARN.
    pub fn add_capacity_provider(
        &mut self,
        name: &str,
        auto_scaling_group: &str,
    ) -> Result<String, EcsError> {
        if self.capacity_providers.iter().any(|p| p.name == name) {
            return Err(EcsError::invalid("The specified capacity provider already exists."));
        }
        if name.is_empty()
            || name.starts_with("aws")
            || name.starts_with("ecs")
            || name.starts_with("fargate")
        {
            return Err(EcsError::Client(
                "The specified capacity provider name is invalid. It cannot be empty or begin with \"aws\", \
                 \"ecs\" or \"fargate\"."
                    .to_owned(),
            ));
        }
        let arn = self.arn(&format!("capacity-provider/{name}"));
        self.capacity_providers.push(CapacityProvider {
            name: name.to_owned(),
            arn: arn.clone(),
            kind: CapacityProviderKind::AutoScalingGroup {
                auto_scaling_group_name: auto_scaling_group.to_owned(),
                managed_scaling: ManagedScaling {
                    enabled: true,
                    target_capacity: DEFAULT_TARGET_CAPACITY_PERCENT,
                },
            },
        });
        Ok(arn)
    }

    /// `aws ecs update-capacity-provider --auto-scaling-group-provider managedScaling=…`.
    pub fn set_managed_scaling(
        &mut self,
        name: &str,
        enabled: bool,
        target_capacity: u32,
    ) -> Result<(), EcsError> {
        if !(1..=100).contains(&target_capacity) {
            return Err(EcsError::invalid("targetCapacity must be between 1 and 100."));
        }
        let provider = self.capacity_providers.iter_mut().find(|p| p.name == name);
        match provider.map(|p| &mut p.kind) {
            Some(CapacityProviderKind::AutoScalingGroup { managed_scaling, .. }) => {
                *managed_scaling = ManagedScaling { enabled, target_capacity };
                Ok(())
            }
            _ => Err(EcsError::invalid("The specified capacity provider does not exist.")),
        }
    }

    pub fn capacity_providers(&self) -> &[CapacityProvider] {
        &self.capacity_providers
    }

    pub fn capacity_provider(&self, name: &str) -> Option<&CapacityProvider> {
        self.capacity_providers.iter().find(|p| p.name == name)
    }

    /// ARNs of the live container instances an Auto Scaling group provider holds.
    pub fn capacity_provider_instances(&self, name: &str) -> Vec<&str> {
        self.container_instances()
            .filter(|ci| ci.is_registered() && ci.capacity_provider_name.as_deref() == Some(name))
            .map(|ci| ci.arn.as_str())
            .collect()
    }

    pub(super) fn fargate_provider(arn: String) -> CapacityProvider {
        CapacityProvider { name: FARGATE.to_owned(), arn, kind: CapacityProviderKind::Fargate }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn asg_providers_sit_beside_the_builtin_fargate() {
        let mut ecs = test_cluster();
        let arn = ecs.add_capacity_provider("web-cp", "eks-ng-1").expect("fresh name");
        assert!(arn.ends_with(":capacity-provider/web-cp"), "{arn}");
        let names: Vec<&str> = ecs.capacity_providers().iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, [FARGATE, "web-cp"]);
        assert!(ecs.add_capacity_provider("web-cp", "x").is_err());
        assert!(ecs.add_capacity_provider("ecs-bad", "x").is_err());

        ecs.set_managed_scaling("web-cp", false, 80).expect("exists");
        let Some(CapacityProviderKind::AutoScalingGroup { managed_scaling, auto_scaling_group_name }) =
            ecs.capacity_provider("web-cp").map(|p| &p.kind)
        else {
            panic!("web-cp is an ASG provider");
        };
        assert_eq!(auto_scaling_group_name, "eks-ng-1");
        assert_eq!(*managed_scaling, ManagedScaling { enabled: false, target_capacity: 80 });
        assert!(ecs.set_managed_scaling(FARGATE, true, 100).is_err());
    }

    #[test]
    fn instances_belong_to_their_provider() {
        let mut ecs = test_cluster();
        ecs.add_capacity_provider("cp", "asg").expect("fresh name");
        let a = ecs.register_instance("i-0a", "us-west-2a", "cp", 2048, 3943);
        ecs.register_instance("i-0b", "us-west-2b", "", 2048, 3943);
        assert_eq!(ecs.capacity_provider_instances("cp"), [a.as_str()]);
        ecs.deregister_instance("i-0a");
        assert!(ecs.capacity_provider_instances("cp").is_empty());
    }

    #[test]
    fn launch_targets_name_their_launch_type() {
        assert_eq!(LaunchTarget::CapacityProvider(FARGATE.into()).launch_type(), LaunchType::Fargate);
        assert_eq!(LaunchTarget::CapacityProvider("cp".into()).launch_type(), LaunchType::Ec2);
        assert_eq!(LaunchTarget::CapacityProvider("cp".into()).instance_provider(), Some("cp"));
        assert_eq!(LaunchTarget::LaunchType(LaunchType::Ec2).instance_provider(), None);
    }
}

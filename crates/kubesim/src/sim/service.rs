//! Services, the Endpoints the endpoints controller keeps for them, and
//! PodDisruptionBudgets.

use super::meta::{IntOrPercent, ObjectMeta, Selector};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceType {
    ClusterIP,
    NodePort,
    LoadBalancer,
}

impl ServiceType {
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceType::ClusterIP => "ClusterIP",
            ServiceType::NodePort => "NodePort",
            ServiceType::LoadBalancer => "LoadBalancer",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServicePort {
    pub name: Option<String>,
    pub port: u16,
    pub target_port: u16,
    /// `TCP` or `UDP`.
    pub protocol: &'static str,
    pub node_port: Option<u16>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub meta: ObjectMeta,
    pub service_type: ServiceType,
    pub cluster_ip: String,
    pub ports: Vec<ServicePort>,
    /// `None` for a selector-less Service whose Endpoints are kept by hand
    /// (as EKS does for `default/kubernetes`).
    pub selector: Option<Selector>,
    /// For a LoadBalancer: the ELB hostname once provisioned.
    pub load_balancer: Option<String>,
}

/// One endpoint address behind a Service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointAddress {
    pub ip: String,
    pub pod: Option<String>,
    pub node: Option<String>,
    pub ready: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoints {
    pub meta: ObjectMeta,
    pub addresses: Vec<EndpointAddress>,
    pub ports: Vec<ServicePort>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Budget {
    MinAvailable(IntOrPercent),
    MaxUnavailable(IntOrPercent),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodDisruptionBudget {
    pub meta: ObjectMeta,
    pub selector: Selector,
    pub budget: Budget,
}

/// A PDB's status as the disruption controller computes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BudgetStatus {
    pub current_healthy: u32,
    pub desired_healthy: u32,
    pub expected_pods: u32,
    pub disruptions_allowed: u32,
}

impl PodDisruptionBudget {
    /// `healthy` pods serve now; `expected` is the controllers' scale.
    pub fn status(&self, healthy: u32, expected: u32) -> BudgetStatus {
        let desired_healthy = match self.budget {
            Budget::MinAvailable(n) => n.scaled(expected, true),
            Budget::MaxUnavailable(n) => expected.saturating_sub(n.scaled(expected, true)),
        };
        BudgetStatus {
            current_healthy: healthy,
            desired_healthy,
            expected_pods: expected,
            disruptions_allowed: healthy.saturating_sub(desired_healthy),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdb(budget: Budget) -> PodDisruptionBudget {
        PodDisruptionBudget {
            meta: ObjectMeta {
                name: "web".into(),
                namespace: "default".into(),
                uid: crate::sim::Uid(1),
                labels: Default::default(),
                annotations: Default::default(),
                created: crate::sim::Timestamp::from_unix_millis(0),
            },
            selector: Selector::default(),
            budget,
        }
    }

    #[test]
    fn min_available_leaves_the_rest_to_disrupt() {
        let status = pdb(Budget::MinAvailable(IntOrPercent::Int(2))).status(3, 3);
        assert_eq!(status.disruptions_allowed, 1);
        assert_eq!(pdb(Budget::MinAvailable(IntOrPercent::Int(2))).status(2, 3).disruptions_allowed, 0);
    }

    #[test]
    fn max_unavailable_counts_from_expected() {
        let status = pdb(Budget::MaxUnavailable(IntOrPercent::Int(1))).status(2, 2);
        assert_eq!(status.desired_healthy, 1);
        assert_eq!(status.disruptions_allowed, 1);
    }
}

//! EKS managed node groups and the EC2 Auto Scaling group behind each one.

use super::eks_node::NodeGroupTemplate;
use super::Timestamp;

/// Where an instance of the Auto Scaling group is in its life.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstanceState {
    /// Launched; the kubelet has not registered yet.
    Pending,
    /// Registered as a node and in service.
    InService,
    /// Chosen for termination: EKS cordons and drains the node first (a
    /// lifecycle hook holds the instance meanwhile). `update` when a version
    /// update drains it: then it stays in service until terminated.
    Draining { since: Timestamp, update: bool },
    /// A version update drained it; it is terminated at `until`.
    Drained { until: Timestamp },
    /// Shutting down since EC2 was asked to terminate it at `since`; gone
    /// at `until`.
    Terminating { since: Timestamp, until: Timestamp },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ec2Instance {
    pub id: String,
    pub nodegroup: String,
    pub zone: String,
    pub private_ip: String,
    pub launched: Timestamp,
    /// The AMI it was launched from.
    pub ami_id: String,
    /// The version of the node group's launch template it was launched from.
    pub launch_template_version: u32,
    pub state: InstanceState,
    /// The node group's Kubernetes version when this instance was launched.
    pub version: String,
    /// The node name once registered.
    pub node: Option<String>,
    /// The scenario placed it: it registers at once.
    pub preexisting: bool,
}

impl Ec2Instance {
    /// Counts toward the group's capacity: not on its way out.
    pub fn is_live(&self) -> bool {
        matches!(
            self.state,
            InstanceState::Pending
                | InstanceState::InService
                | InstanceState::Draining { update: true, .. }
                | InstanceState::Drained { .. }
        )
    }
}

/// `status` as `aws eks describe-nodegroup` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeGroupStatus {
    Active,
    Updating,
    Degraded,
}

impl NodeGroupStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeGroupStatus::Active => "ACTIVE",
            NodeGroupStatus::Updating => "UPDATING",
            NodeGroupStatus::Degraded => "DEGRADED",
        }
    }
}

/// The phases of a managed node group version update, as EKS documents them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpdatePhase {
    /// Desired and max raised; waiting for the surge nodes to be Ready.
    ScaleUp,
    /// Old nodes cordoned; draining and terminating them a few at a time.
    Upgrade,
    /// Back to the original size.
    ScaleDown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionUpdate {
    pub id: String,
    pub from_version: String,
    pub to_version: String,
    pub started: Timestamp,
    pub phase: UpdatePhase,
    pub original_desired: u32,
    pub original_max: u32,
}

/// How a finished update ended, for `aws eks describe-update`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateRecord {
    pub id: String,
    pub to_version: String,
    pub started: Timestamp,
    /// `Successful` or `Failed`.
    pub status: &'static str,
    pub error: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeGroup {
    pub name: String,
    pub template: NodeGroupTemplate,
    pub min: u32,
    pub max: u32,
    pub desired: u32,
    /// The availability zones of the group's subnets, in order.
    pub zones: Vec<String>,
    /// `1.30`: the Kubernetes minor version of the group's AMI.
    pub version: String,
    /// The AMI release, e.g. `1.30.4-20241024`.
    pub release_version: String,
    pub status: NodeGroupStatus,
    pub created: Timestamp,
    pub modified: Timestamp,
    /// `eks-<nodegroup>-<uuid>`.
    pub auto_scaling_group: String,
    /// The version of the launch template EKS made for the group: 1 at
    /// creation, one more for each version update.
    pub launch_template_version: u32,
    /// `updateConfig.maxUnavailable`.
    pub max_unavailable: u32,
    pub update: Option<VersionUpdate>,
    pub updates: Vec<UpdateRecord>,
}

/// What can go wrong asking a node group to change, in the EKS API's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeGroupError {
    NotFound(String),
    InvalidParameter(String),
    InUse(String),
}

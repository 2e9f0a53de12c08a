//! The EKS API actions on node groups: `UpdateNodegroupConfig` (scaling) and
//! `UpdateNodegroupVersion`, plus how a scenario puts a group in place.

use super::eks_node::NodeGroupTemplate;
use super::nodegroup::{
    Ec2Instance, InstanceState, NodeGroup, NodeGroupError, NodeGroupStatus, UpdatePhase, VersionUpdate,
};
use super::{Cluster, Timestamp};

/// An instance a scenario says is already running. Unset IP and ID are drawn
/// from the seed.
pub struct InstanceSpec {
    pub zone: String,
    pub ip: Option<String>,
    pub id: Option<String>,
    pub launched: Timestamp,
}

/// A node group as a scenario describes it, with the instances it already
/// has.
pub struct NodeGroupSpec {
    pub template: NodeGroupTemplate,
    pub min: u32,
    pub max: u32,
    pub zones: Vec<String>,
    pub version: String,
    pub release_version: String,
    pub created: Timestamp,
    pub instances: Vec<InstanceSpec>,
}

impl Cluster {
    /// Puts a node group and its running instances in place; they register
    /// on the next reconcile, already Ready.
    pub fn add_nodegroup(&mut self, spec: NodeGroupSpec) {
        let name = spec.template.nodegroup.clone();
        let uuid = self.new_uid().to_string();
        for InstanceSpec { zone, ip, id, launched } in &spec.instances {
            let ip = match ip {
                Some(ip) => {
                    self.vpc.reserve(ip);
                    ip.clone()
                }
                None => {
                    let rng = &mut self.rng;
                    let Some(ip) = self.vpc.subnet_in(zone).and_then(|s| s.allocate(rng)) else { continue };
                    ip
                }
            };
            let id = id.clone().unwrap_or_else(|| format!("i-0{}", self.rng.hex(16)));
            let instance = Ec2Instance {
                id: id.clone(),
                nodegroup: name.clone(),
                zone: zone.clone(),
                private_ip: ip,
                launched: *launched,
                ami_id: spec.template.ami_id.clone(),
                launch_template_version: 1,
                state: InstanceState::Pending,
                version: spec.version.clone(),
                node: None,
                preexisting: true,
            };
            self.instances.insert(id, instance);
        }
        let desired = spec.instances.len() as u32;
        let group = NodeGroup {
            auto_scaling_group: format!("eks-{name}-{uuid}"),
            launch_template_version: 1,
            name: name.clone(),
            template: spec.template,
            min: spec.min.min(desired),
            max: spec.max.max(desired),
            desired,
            zones: spec.zones,
            version: spec.version,
            release_version: spec.release_version,
            status: NodeGroupStatus::Active,
            created: spec.created,
            modified: spec.created,
            max_unavailable: 1,
            update: None,
            updates: Vec::new(),
        };
        self.nodegroups.insert(name, group);
        self.touch();
    }

    /// `aws eks update-nodegroup-config --scaling-config`: any of min, max
    /// and desired, checked as the EKS API checks them.
    pub fn update_nodegroup_scaling(
        &mut self,
        name: &str,
        min: Option<u32>,
        max: Option<u32>,
        desired: Option<u32>,
    ) -> Result<(), NodeGroupError> {
        let now = self.now;
        let ng = self.nodegroups.get_mut(name).ok_or_else(|| NodeGroupError::NotFound(name.to_owned()))?;
        if ng.update.is_some() {
            return Err(NodeGroupError::InUse(format!("Nodegroup {name} is currently being updated")));
        }
        let (min, max, desired) =
            (min.unwrap_or(ng.min), max.unwrap_or(ng.max), desired.unwrap_or(ng.desired));
        // Wordings seen from the EKS API; the check order is ours.
        if min > desired {
            return Err(NodeGroupError::InvalidParameter(format!(
                "Minimum capacity {min} can't be greater than desired size {desired}"
            )));
        }
        if desired > max {
            return Err(NodeGroupError::InvalidParameter(
                "desiredSize can't be greater than maxSize".to_owned(),
            ));
        }
        if max == 0 {
            return Err(NodeGroupError::InvalidParameter("maxSize can't be less than 1".to_owned()));
        }
        ng.min = min;
        ng.max = max;
        ng.desired = desired;
        ng.modified = now;
        self.touch();
        Ok(())
    }

    /// `aws eks update-nodegroup-version`: rolls the group to the control
    /// plane's version (or the one given). Returns the update's ID.
    pub fn update_nodegroup_version(
        &mut self,
        name: &str,
        version: Option<&str>,
        kubelet_version: &str,
        release_version: &str,
    ) -> Result<String, NodeGroupError> {
        let target = version.map_or_else(|| self.control_plane.version.clone(), str::to_owned);
        let now = self.now;
        let id = self.new_uid().to_string();
        let ami_id = format!("ami-0{}", self.rng.hex(16));
        let live = self.instances.values().filter(|i| i.nodegroup == name && i.is_live()).count() as u32;
        let ng = self.nodegroups.get_mut(name).ok_or_else(|| NodeGroupError::NotFound(name.to_owned()))?;
        if ng.update.is_some() {
            return Err(NodeGroupError::InUse(format!("Nodegroup {name} is currently being updated")));
        }
        if ng.version == target {
            return Err(NodeGroupError::InvalidParameter(format!(
                "Nodegroup {name} is already at version {target}"
            )));
        }
        // Surge: the larger of the update's maxUnavailable and up to twice
        // the number of zones (no more than the group already runs).
        let zones = ng.zones.len() as u32;
        let surge = (2 * zones).min(live).max(ng.max_unavailable).max(1);
        let update = VersionUpdate {
            id: id.clone(),
            from_version: ng.version.clone(),
            to_version: target.clone(),
            started: now,
            phase: UpdatePhase::ScaleUp,
            original_desired: ng.desired,
            original_max: ng.max,
        };
        ng.desired += surge;
        ng.max = ng.max.max(ng.desired);
        ng.status = NodeGroupStatus::Updating;
        ng.modified = now;
        ng.template.kubelet_version = kubelet_version.to_owned();
        ng.template.ami_id = ami_id;
        // EKS puts the new AMI in a new version of the group's launch template.
        ng.launch_template_version += 1;
        ng.release_version = release_version.to_owned();
        ng.version = target;
        ng.update = Some(update);
        self.touch();
        Ok(id)
    }
}

//! Identifiers of the EC2 resources behind the node groups that the engine
//! does not model (reservations, network interfaces, volumes, launch
//! templates, instance profiles, the cluster security group), derived from
//! the objects they belong to, as `stable_ids` derives such things.

use super::nodegroup::{Ec2Instance, NodeGroup};
use super::{stable_ids, Cluster};

/// The alphabet of IAM unique IDs after their four-letter prefix.
const IAM_ID_CHARS: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

impl Cluster {
    /// The security group EKS creates for the cluster and puts on every
    /// managed node: its ID and its name, `eks-cluster-sg-<cluster>-<n>`.
    pub fn cluster_security_group(&self) -> (String, String) {
        let seed = format!("{}/cluster-sg", self.endpoint_id());
        let number = stable_ids::fnv1a(&seed) % (1 << 31);
        (format!("sg-0{}", stable_ids::hex(&seed, 16)), format!("eks-cluster-sg-{}-{number}", self.name))
    }
}

impl NodeGroup {
    /// The UUID EKS names the group's resources with (the end of
    /// `eks-<nodegroup>-<uuid>`).
    pub fn resource_uuid(&self) -> &str {
        self.auto_scaling_group
            .strip_prefix(&format!("eks-{}-", self.name))
            .unwrap_or(&self.auto_scaling_group)
    }

    /// The launch template EKS made for the group.
    pub fn launch_template_id(&self) -> String {
        format!("lt-0{}", stable_ids::hex(&format!("{}/launch-template", self.auto_scaling_group), 16))
    }

    /// `eks-<uuid>`.
    pub fn launch_template_name(&self) -> String {
        format!("eks-{}", self.resource_uuid())
    }

    /// The ID in the Auto Scaling group's ARN.
    pub fn auto_scaling_group_id(&self) -> String {
        stable_ids::uuid(&format!("{}/arn", self.auto_scaling_group))
    }

    /// The instance profile EKS made for the node role: `eks-<uuid>`, and
    /// its IAM unique ID (`AIPA…`).
    pub fn instance_profile(&self) -> (String, String) {
        let hash = stable_ids::hex(&format!("{}/instance-profile", self.auto_scaling_group), 34);
        let id: String = (0..17)
            .filter_map(|i| hash.get(2 * i..2 * i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .map(|b| char::from(IAM_ID_CHARS[usize::from(b % 32)]))
            .collect();
        (format!("eks-{}", self.resource_uuid()), format!("AIPA{id}"))
    }
}

impl Ec2Instance {
    fn derived(&self, what: &str, n: usize) -> String {
        stable_ids::hex(&format!("{}/{what}", self.id), n)
    }

    /// Each launch is a reservation of its own.
    pub fn reservation_id(&self) -> String {
        format!("r-0{}", self.derived("reservation", 16))
    }

    pub fn network_interface_id(&self) -> String {
        format!("eni-0{}", self.derived("eni", 16))
    }

    pub fn network_attachment_id(&self) -> String {
        format!("eni-attach-0{}", self.derived("eni-attach", 16))
    }

    /// A locally administered unicast address, as EC2 gives ENIs.
    pub fn mac_address(&self) -> String {
        let hex = self.derived("mac", 10);
        let octets: Vec<&str> = (0..5).filter_map(|i| hex.get(2 * i..2 * i + 2)).collect();
        format!("02:{}", octets.join(":"))
    }

    /// The root volume.
    pub fn volume_id(&self) -> String {
        format!("vol-0{}", self.derived("volume", 16))
    }

    /// The Auto Scaling group launches through EC2 Fleet: its ID, then the
    /// instance's index in the request.
    pub fn client_token(&self) -> String {
        format!("fleet-{}-0", stable_ids::uuid(&format!("{}/fleet", self.id)))
    }

    /// A Spot instance's request.
    pub fn spot_request_id(&self) -> String {
        format!("sir-{}", self.derived("spot-request", 8))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn derived_ids_have_ec2_shapes() {
        let Some(Ok((_, cluster))) = crate::scenario::builtin("basic", None) else { panic!("basic builds") };
        let (sg, name) = cluster.cluster_security_group();
        assert_eq!(sg.len(), 20);
        assert!(name.starts_with("eks-cluster-sg-kubelab-"));
        let Some(group) = cluster.nodegroup("ng-general") else { panic!("the group") };
        assert_eq!(group.launch_template_name(), format!("eks-{}", group.resource_uuid()));
        assert_eq!(group.instance_profile().1.len(), 21);
        let Some(instance) = cluster.instances().next() else { panic!("an instance") };
        assert_eq!(instance.mac_address().len(), 17);
        assert!(instance.reservation_id().starts_with("r-0") && instance.reservation_id().len() == 19);
    }
}

//! How an EC2 instance in an EKS managed node group appears as a Node: its
//! name, labels and system info, as the kubelet on an EKS-optimized AMI
//! registers them.

use std::collections::BTreeMap;

use super::{InstanceType, Node, NodeCondition, Timestamp};

/// What a managed node group stamps on every instance it launches.
#[derive(Clone, Debug)]
pub struct NodeGroupTemplate {
    pub nodegroup: String,
    pub region: String,
    pub instance_type: InstanceType,
    pub ami_id: String,
    /// `ON_DEMAND` or `SPOT`.
    pub capacity_type: String,
    pub kubelet_version: String,
    pub os_image: String,
    pub kernel_version: String,
    pub container_runtime: String,
    /// The `k8s.io/cloud-provider-aws` label: one value for the whole cluster.
    pub cloud_provider_id: String,
}

/// One launched instance.
#[derive(Clone, Debug)]
pub struct Instance {
    pub instance_id: String,
    pub zone: String,
    pub private_ip: [u8; 4],
    pub launched: Timestamp,
}

/// The EC2 private DNS name (IP-based naming), which EKS uses as the node name.
/// us-east-1 is the one region with the short `ec2.internal` domain.
pub fn private_dns_name(region: &str, ip: [u8; 4]) -> String {
    let [a, b, c, d] = ip;
    if region == "us-east-1" {
        format!("ip-{a}-{b}-{c}-{d}.ec2.internal")
    } else {
        format!("ip-{a}-{b}-{c}-{d}.{region}.compute.internal")
    }
}

/// The zone ID label EKS sets (`usw2-az1` for `us-west-2a` here): zone IDs are
/// per account in real AWS, so any stable mapping is faithful.
fn zone_id(region: &str, zone: &str) -> String {
    let mut parts = region.split('-');
    let area = parts.next().unwrap_or_default();
    let direction: String = parts
        .next()
        .unwrap_or_default()
        .replace("north", "n")
        .replace("south", "s")
        .replace("east", "e")
        .replace("west", "w")
        .replace("central", "c");
    let number = parts.next().unwrap_or_default();
    let az = zone.chars().last().map_or(1, |c| (c as u32).saturating_sub('a' as u32) + 1);
    format!("{area}{direction}{number}-az{az}")
}

/// The Node a managed node group's instance registers as, Ready.
pub fn managed_node(template: &NodeGroupTemplate, instance: &Instance) -> Node {
    let name = private_dns_name(&template.region, instance.private_ip);
    let it = template.instance_type.name;
    let region = template.region.as_str();
    let zone = instance.zone.as_str();
    let labels: BTreeMap<String, String> = [
        ("beta.kubernetes.io/arch", "amd64"),
        ("beta.kubernetes.io/instance-type", it),
        ("beta.kubernetes.io/os", "linux"),
        ("eks.amazonaws.com/capacityType", &template.capacity_type),
        ("eks.amazonaws.com/nodegroup", &template.nodegroup),
        ("eks.amazonaws.com/nodegroup-image", &template.ami_id),
        ("failure-domain.beta.kubernetes.io/region", region),
        ("failure-domain.beta.kubernetes.io/zone", zone),
        ("k8s.io/cloud-provider-aws", &template.cloud_provider_id),
        ("kubernetes.io/arch", "amd64"),
        ("kubernetes.io/hostname", &name),
        ("kubernetes.io/os", "linux"),
        ("node.kubernetes.io/instance-type", it),
        ("topology.k8s.aws/zone-id", &zone_id(region, zone)),
        ("topology.kubernetes.io/region", region),
        ("topology.kubernetes.io/zone", zone),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let [a, b, c, d] = instance.private_ip;
    Node {
        labels,
        created: instance.launched,
        ready: NodeCondition::Ready,
        unschedulable: false,
        kubelet_version: template.kubelet_version.clone(),
        internal_ip: format!("{a}.{b}.{c}.{d}"),
        external_ip: None,
        os_image: template.os_image.clone(),
        kernel_version: template.kernel_version.clone(),
        container_runtime: template.container_runtime.clone(),
        instance_type: template.instance_type,
        provider_id: format!("aws:///{zone}/{}", instance.instance_id),
        name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_names_follow_ec2_private_dns() {
        assert_eq!(
            private_dns_name("us-west-2", [10, 0, 1, 234]),
            "ip-10-0-1-234.us-west-2.compute.internal"
        );
        assert_eq!(private_dns_name("us-east-1", [10, 0, 255, 81]), "ip-10-0-255-81.ec2.internal");
    }

    #[test]
    fn zone_ids_abbreviate_the_region() {
        assert_eq!(zone_id("us-west-2", "us-west-2a"), "usw2-az1");
        assert_eq!(zone_id("ap-northeast-1", "ap-northeast-1c"), "apne1-az3");
        assert_eq!(zone_id("eu-central-1", "eu-central-1b"), "euc1-az2");
    }
}

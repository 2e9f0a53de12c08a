//! How an EC2 instance in an EKS managed node group appears as a Node: its
//! name, labels and system info, as the kubelet on an EKS-optimized AMI
//! registers them.

use std::collections::BTreeMap;

use super::node::{Compute, NodeResources};
use super::nodegroup::Ec2Instance;
use super::quantity::Resources;
use super::taint::Taint;
use super::{InstanceType, Node, NodeCondition, Timestamp, Uid};

/// What a managed node group stamps on every instance it launches.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// Kubernetes labels and taints the node group puts on its nodes.
    pub labels: BTreeMap<String, String>,
    pub taints: Vec<Taint>,
}

/// The EC2 private DNS name (IP-based naming), which EKS uses as the node name.
/// us-east-1 is the one region with the short `ec2.internal` domain.
pub fn private_dns_name(region: &str, ip: &str) -> String {
    let dashed = ip.replace('.', "-");
    if region == "us-east-1" {
        format!("ip-{dashed}.ec2.internal")
    } else {
        format!("ip-{dashed}.{region}.compute.internal")
    }
}

/// The zone ID label EKS sets (`usw2-az1` for `us-west-2a` here): zone IDs are
/// per account in real AWS, so any stable mapping is faithful.
pub fn zone_id(region: &str, zone: &str) -> String {
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

/// The Node a managed node group's instance registers as. It starts
/// NotReady: the node lifecycle controller flips it once the kubelet reports
/// the network plugin ready.
pub fn managed_node(template: &NodeGroupTemplate, instance: &Ec2Instance, uid: Uid, now: Timestamp) -> Node {
    let name = private_dns_name(&template.region, &instance.private_ip);
    let it = template.instance_type.name;
    let region = template.region.as_str();
    let zone = instance.zone.as_str();
    let mut labels: BTreeMap<String, String> = [
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
    labels.extend(template.labels.iter().map(|(k, v)| (k.clone(), v.clone())));
    let it = template.instance_type;
    let capacity = NodeResources {
        resources: Resources::new(u64::from(it.vcpus) * 1_000, it.memory_kib * 1_024),
        pods: it.max_pods,
    };
    let allocatable = NodeResources {
        resources: Resources::new(it.allocatable_millicpu(), it.allocatable_memory_kib() * 1_024),
        pods: it.max_pods,
    };
    Node {
        uid,
        labels,
        created: now,
        ready: NodeCondition::NotReady,
        ready_since: now,
        unschedulable: false,
        taints: template.taints.clone(),
        capacity,
        allocatable,
        kubelet_version: template.kubelet_version.clone(),
        internal_ip: instance.private_ip.clone(),
        external_ip: None,
        os_image: template.os_image.clone(),
        kernel_version: template.kernel_version.clone(),
        container_runtime: template.container_runtime.clone(),
        provider_id: format!("aws:///{zone}/{}", instance.id),
        compute: Compute::Ec2 {
            instance_id: instance.id.clone(),
            instance_type: it.name,
            nodegroup: template.nodegroup.clone(),
        },
        kubelet_up: true,
        last_heartbeat: now,
        name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_names_follow_ec2_private_dns() {
        assert_eq!(private_dns_name("us-west-2", "10.0.1.234"), "ip-10-0-1-234.us-west-2.compute.internal");
        assert_eq!(private_dns_name("us-east-1", "10.0.255.81"), "ip-10-0-255-81.ec2.internal");
    }

    #[test]
    fn zone_ids_abbreviate_the_region() {
        assert_eq!(zone_id("us-west-2", "us-west-2a"), "usw2-az1");
        assert_eq!(zone_id("ap-northeast-1", "ap-northeast-1c"), "apne1-az3");
        assert_eq!(zone_id("eu-central-1", "eu-central-1b"), "euc1-az2");
    }
}

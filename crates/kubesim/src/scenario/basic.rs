//! `basic`: a small EKS 1.30 cluster in us-west-2 with one managed node group
//! of three t3.medium nodes, one per availability zone.

use crate::sim::eks_node::{managed_node, Instance, NodeGroupTemplate};
use crate::sim::{Cluster, Duration, InstanceType, Timestamp};

/// Kept in one place so the kubelet and server versions cannot drift apart.
const EKS_VERSION: &str = "v1.30.4-eks-a737599";

pub fn cluster() -> Cluster {
    let now = Timestamp::from_utc(2025, 6, 12, 9, 0, 0);
    let mut cluster = Cluster::new("kubelab", "us-west-2", EKS_VERSION, now);
    let template = NodeGroupTemplate {
        nodegroup: "ng-general".to_owned(),
        region: cluster.region.clone(),
        instance_type: InstanceType::T3_MEDIUM,
        ami_id: "ami-0d5c4f6a8e21b7c93".to_owned(),
        capacity_type: "ON_DEMAND".to_owned(),
        kubelet_version: EKS_VERSION.to_owned(),
        os_image: "Amazon Linux 2".to_owned(),
        kernel_version: "5.10.225-213.878.amzn2.x86_64".to_owned(),
        container_runtime: "containerd://1.7.22".to_owned(),
        cloud_provider_id: "3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6".to_owned(),
    };
    let launched = now - Duration::from_days(12) - Duration::from_mins(13);
    let instances = [
        ("i-0a3f5c2e8d1b47906", "us-west-2a", [10, 0, 1, 23], 0),
        ("i-0c91d4e7a2f5b3816", "us-west-2b", [10, 0, 2, 141], 4),
        ("i-07e2b8f1c6d9a4035", "us-west-2c", [10, 0, 3, 87], 9),
    ];
    for (instance_id, zone, private_ip, boot_offset_secs) in instances {
        let instance = Instance {
            instance_id: instance_id.to_owned(),
            zone: zone.to_owned(),
            private_ip,
            launched: launched + Duration::from_secs(boot_offset_secs),
        };
        cluster.add_node(managed_node(&template, &instance));
    }
    cluster
}

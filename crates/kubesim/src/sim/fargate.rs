//! Fargate profiles, and the one-pod micro-VM nodes EKS starts for the pods
//! they select.

use std::collections::BTreeMap;

use super::eks_node::zone_id;
use super::node::{Compute, NodeResources};
use super::quantity::{Resources, GIB, MIB};
use super::taint::{Taint, TaintEffect, FARGATE};
use super::{Labels, Node, NodeCondition, Selector, Timestamp, Uid};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FargateSelector {
    pub namespace: String,
    pub labels: Selector,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FargateProfile {
    pub name: String,
    pub selectors: Vec<FargateSelector>,
    pub pod_execution_role: String,
    pub zones: Vec<String>,
    pub created: Timestamp,
}

impl FargateProfile {
    pub fn selects(&self, namespace: &str, labels: &Labels) -> bool {
        self.selectors.iter().any(|s| s.namespace == namespace && s.labels.matches(labels))
    }
}

/// The vCPU and memory Fargate provisions for a pod: the smallest supported
/// combination that holds its requests plus 256 MiB for the kubelet and
/// friends, as the `CapacityProvisioned` annotation reports.
pub fn provisioned(requests: Resources) -> Resources {
    const CPU_STEPS: [(u64, u64, u64); 5] =
        [(250, 512, 2), (500, 1_024, 4), (1_000, 2_048, 8), (2_000, 4_096, 16), (4_000, 8_192, 30)];
    let memory = requests.memory + 256 * MIB;
    for (millicpu, min_mib, max_gib) in CPU_STEPS {
        if requests.millicpu <= millicpu && memory <= max_gib * GIB {
            let floor = min_mib * MIB;
            let rounded = memory.max(floor).div_ceil(GIB) * GIB;
            let memory = if memory <= floor { floor } else { rounded };
            return Resources::new(millicpu, memory);
        }
    }
    Resources::new(4_000, 30 * GIB)
}

/// `0.25vCPU 0.5GB`, the `CapacityProvisioned` annotation's wording.
pub fn capacity_annotation(r: Resources) -> String {
    // Thousandths, printed without trailing zeros as Go's %v prints a float.
    let thousandths = |n: u64| {
        let (whole, frac) = (n / 1_000, n % 1_000);
        if frac == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{}", format!("{frac:03}").trim_end_matches('0'))
        }
    };
    let gb_thousandths = r.memory * 1_000 / GIB;
    format!("{}vCPU {}GB", thousandths(r.millicpu), thousandths(gb_thousandths))
}

pub struct FargateNodeSpec<'a> {
    pub region: &'a str,
    pub zone: &'a str,
    pub ip: &'a str,
    pub profile: &'a str,
    pub kubelet_version: &'a str,
    pub size: Resources,
}

/// A Fargate node: named `fargate-ip-…` while its hostname label keeps the
/// plain EC2 name, tainted so that only its own pod lands there.
pub fn fargate_node(spec: &FargateNodeSpec<'_>, uid: Uid, now: Timestamp) -> Node {
    let host = super::eks_node::private_dns_name(spec.region, spec.ip);
    let labels: BTreeMap<String, String> = [
        ("beta.kubernetes.io/arch", "amd64"),
        ("beta.kubernetes.io/os", "linux"),
        ("eks.amazonaws.com/compute-type", "fargate"),
        ("failure-domain.beta.kubernetes.io/region", spec.region),
        ("failure-domain.beta.kubernetes.io/zone", spec.zone),
        ("kubernetes.io/arch", "amd64"),
        ("kubernetes.io/hostname", &host),
        ("kubernetes.io/os", "linux"),
        ("topology.k8s.aws/zone-id", &zone_id(spec.region, spec.zone)),
        ("topology.kubernetes.io/region", spec.region),
        ("topology.kubernetes.io/zone", spec.zone),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let resources = NodeResources { resources: spec.size, pods: 1 };
    Node {
        name: format!("fargate-{host}"),
        uid,
        labels,
        created: now,
        ready: NodeCondition::NotReady,
        ready_since: now,
        unschedulable: false,
        taints: vec![Taint::new(FARGATE, "fargate", TaintEffect::NoSchedule)],
        capacity: resources,
        allocatable: resources,
        kubelet_version: spec.kubelet_version.to_owned(),
        internal_ip: spec.ip.to_owned(),
        external_ip: None,
        os_image: "Amazon Linux 2".to_owned(),
        kernel_version: "5.10.225-213.878.amzn2.x86_64".to_owned(),
        container_runtime: "containerd://1.7.22".to_owned(),
        provider_id: format!("aws:///{}/{}", spec.zone, uid),
        compute: Compute::Fargate { profile: spec.profile.to_owned() },
        kubelet_up: true,
        last_heartbeat: now,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fargate_rounds_up_to_a_supported_size() {
        let small = provisioned(Resources::new(100, 128 * MIB));
        assert_eq!(capacity_annotation(small), "0.25vCPU 0.5GB");
        let web = provisioned(Resources::new(250, 512 * MIB));
        assert_eq!(capacity_annotation(web), "0.25vCPU 1GB");
        let big = provisioned(Resources::new(1_500, 3 * GIB));
        assert_eq!(capacity_annotation(big), "2vCPU 4GB");
    }
}

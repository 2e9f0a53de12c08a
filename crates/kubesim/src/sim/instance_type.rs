//! EC2 instance types a node group can use, with what the kubelet on an
//! EKS-optimized AMI reports for them.

/// An EC2 instance type and the node resources it yields on EKS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstanceType {
    pub name: &'static str,
    pub vcpus: u32,
    /// Memory the kubelet reports as capacity, in KiB (a little under the
    /// nominal size: the kernel keeps some).
    pub memory_kib: u64,
    /// Pods per node under the VPC CNI: ENIs × (IPv4 per ENI − 1) + 2.
    pub max_pods: u32,
}

impl InstanceType {
    pub const T3_SMALL: InstanceType =
        InstanceType { name: "t3.small", vcpus: 2, memory_kib: 1_951_668, max_pods: 11 };
    pub const T3_MEDIUM: InstanceType =
        InstanceType { name: "t3.medium", vcpus: 2, memory_kib: 3_943_372, max_pods: 17 };
    pub const T3_LARGE: InstanceType =
        InstanceType { name: "t3.large", vcpus: 2, memory_kib: 7_987_944, max_pods: 35 };
    pub const M5_LARGE: InstanceType =
        InstanceType { name: "m5.large", vcpus: 2, memory_kib: 7_910_404, max_pods: 29 };
    pub const M5_XLARGE: InstanceType =
        InstanceType { name: "m5.xlarge", vcpus: 4, memory_kib: 15_896_812, max_pods: 58 };
    pub const C5_LARGE: InstanceType =
        InstanceType { name: "c5.large", vcpus: 2, memory_kib: 3_795_208, max_pods: 29 };

    const KNOWN: [InstanceType; 6] =
        [Self::T3_SMALL, Self::T3_MEDIUM, Self::T3_LARGE, Self::M5_LARGE, Self::M5_XLARGE, Self::C5_LARGE];

    pub fn by_name(name: &str) -> Option<InstanceType> {
        Self::KNOWN.into_iter().find(|t| t.name == name)
    }

    /// Allocatable CPU in millicores: capacity less the kube-reserved CPU the
    /// EKS AMI bootstrap computes (6% of the first core, 1% of the second,
    /// 0.5% of the next two, 0.25% of every further one).
    pub fn allocatable_millicpu(&self) -> u64 {
        let cores = u64::from(self.vcpus);
        let reserved_tenths: u64 = (1..=cores)
            .map(|core| match core {
                1 => 600,
                2 => 100,
                3 | 4 => 50,
                _ => 25,
            })
            .sum();
        cores * 1_000 - reserved_tenths / 10
    }

    /// Allocatable memory in KiB: capacity less kube-reserved memory
    /// (11 MiB per pod + 255 MiB) and the 100 MiB hard eviction threshold.
    pub fn allocatable_memory_kib(&self) -> u64 {
        let reserved_mib = 11 * u64::from(self.max_pods) + 255 + 100;
        self.memory_kib.saturating_sub(reserved_mib * 1_024)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t3_medium_matches_eks() {
        let t = InstanceType::by_name("t3.medium").expect("t3.medium is in the table");
        assert_eq!(t.max_pods, 17);
        assert_eq!(t.allocatable_millicpu(), 1_930);
        assert_eq!(t.allocatable_memory_kib(), 3_943_372 - 542 * 1_024);
    }

    #[test]
    fn four_cores_reserve_eighty_millicores() {
        let t = InstanceType::by_name("m5.xlarge").expect("m5.xlarge is in the table");
        assert_eq!(t.allocatable_millicpu(), 3_920);
    }

    #[test]
    fn unknown_types_are_none() {
        assert_eq!(InstanceType::by_name("z9.huge"), None);
    }
}

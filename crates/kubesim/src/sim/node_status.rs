//! What a node's kubelet posts about it beyond the fields the engine keeps:
//! the condition list, addresses, system identifiers, the disk it offers,
//! its annotations and its lease, as the API serves them.

use super::conditions::ConditionStatus;
use super::quantity::{format_cpu, format_memory, GIB};
use super::stable_ids::{fnv1a, uuid_layout};
use super::{Duration, Labels, Node, NodeCondition, Rng, Timestamp};

/// One entry of `status.conditions`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeConditionStatus {
    pub kind: &'static str,
    pub status: ConditionStatus,
    pub last_heartbeat: Timestamp,
    pub last_transition: Timestamp,
    pub reason: &'static str,
    pub message: &'static str,
}

/// `status.nodeInfo`'s identifiers, the same on every run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SystemIds {
    pub machine_id: String,
    pub system_uuid: String,
    pub boot_id: String,
}

/// The kubelet reports unchanged status this often
/// (`nodeStatusReportFrequency`); the lease carries the heartbeat between.
const STATUS_REPORT: Duration = Duration::from_mins(5);
/// The kubelet's node lease duration (`nodeLeaseDurationSeconds`).
pub const NODE_LEASE_DURATION: Duration = Duration::from_secs(40);
/// The kubelet renews its node lease this often (a quarter of the lease
/// duration).
const LEASE_RENEW: Duration = Duration::from_secs(10);

/// The root volume of an EKS-optimized AMI (20 GiB) as the kubelet reports
/// it, in KiB.
const ROOT_DISK_KIB: i64 = 20_959_212;

/// The last tick of a cadence that started at `from`, no later than `to`.
fn last_tick(from: Timestamp, to: Timestamp, every: Duration) -> Timestamp {
    let elapsed = (to - from).millis().max(0);
    from + Duration::from_millis(elapsed - elapsed % every.millis())
}

impl Node {
    /// When the kubelet last posted status: at its five-minute cadence, or
    /// when the Ready condition last changed while it was alive.
    pub fn status_reported(&self) -> Timestamp {
        let tick = last_tick(self.created, self.last_heartbeat, STATUS_REPORT);
        if self.ready_since <= self.last_heartbeat {
            tick.max(self.ready_since)
        } else {
            tick
        }
    }

    /// `spec.renewTime` of the node's lease in `kube-node-lease`.
    pub fn lease_renewed(&self) -> Timestamp {
        last_tick(self.created, self.last_heartbeat, LEASE_RENEW)
    }

    /// The four conditions the kubelet keeps, in the order it posts them.
    /// Once the node controller has heard nothing for the grace period,
    /// every one of them is `Unknown`.
    pub fn conditions(&self) -> [NodeConditionStatus; 4] {
        let heartbeat = self.status_reported();
        let unknown = |kind| NodeConditionStatus {
            kind,
            status: ConditionStatus::Unknown,
            last_heartbeat: heartbeat,
            last_transition: self.ready_since,
            reason: "NodeStatusUnknown",
            message: "Kubelet stopped posting node status.",
        };
        if self.ready == NodeCondition::Unknown {
            return [
                unknown("MemoryPressure"),
                unknown("DiskPressure"),
                unknown("PIDPressure"),
                unknown("Ready"),
            ];
        }
        let healthy = |kind, reason, message| NodeConditionStatus {
            kind,
            status: ConditionStatus::False,
            last_heartbeat: heartbeat,
            last_transition: self.created,
            reason,
            message,
        };
        let ready = match self.ready {
            NodeCondition::Ready => (ConditionStatus::True, "KubeletReady", "kubelet is posting ready status"),
            _ => (
                ConditionStatus::False,
                "KubeletNotReady",
                "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized",
            ),
        };
        [
            healthy(
                "MemoryPressure",
                "KubeletHasSufficientMemory",
                "kubelet has sufficient memory available",
            ),
            healthy("DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            healthy("PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            NodeConditionStatus {
                kind: "Ready",
                status: ready.0,
                last_heartbeat: heartbeat,
                last_transition: self.ready_since,
                reason: ready.1,
                message: ready.2,
            },
        ]
    }

    /// `status.addresses`, in the order the AWS cloud provider sets them.
    pub fn addresses(&self) -> Vec<(&'static str, String)> {
        let hostname = self.label("kubernetes.io/hostname").unwrap_or(&self.name).to_owned();
        let mut addresses = vec![("InternalIP", self.internal_ip.clone())];
        if let Some(ip) = &self.external_ip {
            addresses.push(("ExternalIP", ip.clone()));
        }
        addresses.push(("InternalDNS", hostname.clone()));
        addresses.push(("Hostname", hostname));
        if let Some(ip) = &self.external_ip {
            let region = self.label("topology.kubernetes.io/region").unwrap_or_default();
            let domain = if region == "us-east-1" {
                "compute-1.amazonaws.com".to_owned()
            } else {
                format!("{region}.compute.amazonaws.com")
            };
            addresses.push(("ExternalDNS", format!("ec2-{}.{domain}", ip.replace('.', "-"))));
        }
        addresses
    }

    /// Machine ID, system UUID and boot ID. On EC2 the system UUID starts
    /// with `ec2` and the machine ID is the same digits without dashes.
    pub fn system_ids(&self) -> SystemIds {
        let identity = self.instance_id().map_or_else(|| self.uid.to_string(), str::to_owned);
        let mut rng = Rng::new(fnv1a(&identity));
        let machine_id = format!("ec2{}", rng.hex(29));
        let boot = rng.hex(32);
        SystemIds { system_uuid: uuid_layout(&machine_id), machine_id, boot_id: uuid_layout(&boot) }
    }

    /// The annotations the kubelet and the TTL controller put on the node.
    pub fn annotations(&self) -> Labels {
        let mut annotations = Labels::new();
        if !self.is_fargate() {
            annotations.insert("alpha.kubernetes.io/provided-node-ip".to_owned(), self.internal_ip.clone());
        }
        annotations.insert("node.alpha.kubernetes.io/ttl".to_owned(), "0".to_owned());
        annotations
            .insert("volumes.kubernetes.io/controller-managed-attach-detach".to_owned(), "true".to_owned());
        annotations
    }

    /// `status.capacity` or `status.allocatable` as the kubelet reports
    /// them, resource names sorted: `ephemeral-storage` is the root volume
    /// (capacity in KiB, allocatable in bytes).
    pub fn resource_list(&self, capacity: bool) -> [(&'static str, String); 6] {
        let (list, disk) = if capacity {
            (&self.capacity, format!("{ROOT_DISK_KIB}Ki"))
        } else {
            (&self.allocatable, allocatable_disk(ROOT_DISK_KIB).to_string())
        };
        [
            ("cpu", format_cpu(list.resources.millicpu)),
            ("ephemeral-storage", disk),
            ("hugepages-1Gi", "0".to_owned()),
            ("hugepages-2Mi", "0".to_owned()),
            ("memory", format_memory(list.resources.memory)),
            ("pods", list.pods.to_string()),
        ]
    }
}

/// The root volume less what the EKS bootstrap reserves for the system
/// (`kube-reserved` `ephemeral-storage=1Gi`) and the kubelet's 10%
/// `nodefs.available` eviction threshold, which it computes through a
/// float32 percentage.
fn allocatable_disk(capacity_kib: i64) -> i64 {
    const KUBE_RESERVED: i64 = GIB as i64;
    let bytes = capacity_kib * 1_024;
    bytes - KUBE_RESERVED - (bytes as f64 * f64::from(0.1_f32)) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32, s: u32) -> Timestamp {
        Timestamp::from_utc(2025, 6, 12, h, m, s)
    }

    #[test]
    fn ticks_fall_on_the_cadence() {
        assert_eq!(last_tick(at(9, 0, 0), at(9, 12, 30), STATUS_REPORT), at(9, 10, 0));
        assert_eq!(last_tick(at(9, 0, 0), at(9, 0, 19), LEASE_RENEW), at(9, 0, 10));
        assert_eq!(last_tick(at(9, 0, 0), at(8, 0, 0), LEASE_RENEW), at(9, 0, 0));
    }

    #[test]
    fn allocatable_disk_matches_eks() {
        // A t3.medium with the default 20 GiB root volume reports these.
        assert_eq!(allocatable_disk(20_959_212), 18_242_267_924);
    }
}

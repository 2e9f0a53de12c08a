//! How long things take in the simulated world. One place, so lessons and
//! tests can reason about them.

use super::Duration;

/// Bound pod → containers running (image pull and start).
pub const CONTAINER_START: Duration = Duration::from_secs(4);
/// A container's own shutdown after SIGTERM, when shorter than the grace
/// period.
pub const CONTAINER_STOP: Duration = Duration::from_secs(2);
/// EC2 launch → the instance is `running` (a typical boot; EC2 documents
/// no figure).
pub const EC2_RUNNING: Duration = Duration::from_secs(15);
/// EC2 launch → the kubelet registers the node (NotReady).
pub const EC2_REGISTER: Duration = Duration::from_secs(50);
/// Registered → Ready, once the VPC CNI reports the network ready.
pub const NODE_READY: Duration = Duration::from_secs(20);
/// Terminate call → the instance is gone and its Node object deleted.
pub const EC2_TERMINATE: Duration = Duration::from_secs(30);
/// How long `DescribeInstances` still lists a terminated instance: "usually
/// less than one hour", says its API reference.
pub const EC2_TERMINATED_LISTED: Duration = Duration::from_hours(1);
/// The kubelet fell silent → the node controller marks the node Unknown
/// (`--node-monitor-grace-period`, 40 s up to Kubernetes 1.31).
pub const NODE_MONITOR_GRACE: Duration = Duration::from_secs(40);
/// A Fargate pod waits this long for its micro-VM to register.
pub const FARGATE_PROVISION: Duration = Duration::from_secs(45);
/// Drains (EKS's and kubectl's) retry a refused eviction after this long.
pub const EVICTION_RETRY: Duration = Duration::from_secs(5);
/// EKS gives up on a PDB-blocked node after this long
/// (`PodEvictionFailure` in an update; termination anyway on scale-in).
pub const EKS_DRAIN_TIMEOUT: Duration = Duration::from_mins(15);
/// In an update, EKS waits this long after a node's pods are evicted before
/// it terminates the instance.
pub const UPDATE_TERMINATE_WAIT: Duration = Duration::from_secs(60);
/// Unschedulable pods are retried at least this often.
pub const SCHEDULER_FLUSH: Duration = Duration::from_mins(5);

//! What metrics-server would report for `kubectl top`: plausible, and the
//! same on every run. Each pod's usage is a stable share of what it requests
//! (or a small base when it requests nothing), varied per one-minute window,
//! the resolution metrics-server keeps.

use super::pod::ContainerState;
use super::quantity::{Resources, MIB};
use super::{Cluster, Duration, Node, NodeCondition, Pod, Timestamp};

/// metrics-server has no sample until it has scraped the kubelet.
pub(crate) const FIRST_SCRAPE: Duration = Duration::from_secs(15);
const WINDOW_MS: i64 = 60_000;

/// The kubelet, the container runtime and the OS on an EC2 node.
const NODE_OVERHEAD: Resources = Resources::new(45, 620 * MIB);

/// A number in 0..1000 from a pod (or node) identity and a time window.
fn mix(identity: u64, window: i64) -> u64 {
    let mut z = identity ^ (window as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) % 1_000
}

fn window(now: Timestamp) -> i64 {
    now.unix_millis().div_euclid(WINDOW_MS)
}

impl Cluster {
    /// A pod's usage now, or `None` while metrics-server has no sample
    /// (not running yet, or running for less than a scrape).
    pub fn pod_usage(&self, pod: &Pod) -> Option<Resources> {
        let ContainerState::Running { started } = pod.containers else { return None };
        if pod.is_terminating() || self.now - started < FIRST_SCRAPE {
            return None;
        }
        let node_up = pod.node().and_then(|n| self.nodes.get(n)).is_some_and(|n| n.kubelet_up);
        if !node_up {
            return None;
        }
        let id = pod.meta.uid.0;
        // A steady level per pod (15–55% of requests) and a ±10% wobble per
        // minute.
        let level = 150 + mix(id, -1) * 400 / 1_000;
        let wobble = 900 + mix(id, window(self.now)) / 5;
        let requests = pod.spec.requests();
        let cpu =
            if requests.millicpu == 0 { 1 + mix(id, -2) % 4 } else { requests.millicpu * level / 1_000 };
        let memory = if requests.memory == 0 {
            (12 + mix(id, -3) % 40) * MIB
        } else {
            requests.memory * (300 + mix(id, -4) * 400 / 1_000) / 1_000
        };
        Some(Resources::new((cpu * wobble / 1_000).max(1), memory))
    }

    /// A node's usage now: its pods plus the system's own, or `None` for a
    /// node that is not Ready (or only just registered).
    pub fn node_usage(&self, node: &Node) -> Option<Resources> {
        if node.ready != NodeCondition::Ready || self.now - node.ready_since.max(node.created) < FIRST_SCRAPE
        {
            return None;
        }
        let wobble = 900 + mix(node.uid.0, window(self.now)) / 5;
        let overhead = Resources::new(NODE_OVERHEAD.millicpu * wobble / 1_000, NODE_OVERHEAD.memory);
        let pods = self
            .pods
            .on_node(&node.name)
            .filter_map(|p| self.pod_usage(p))
            .fold(Resources::default(), |a, b| a + b);
        let overhead = if node.is_fargate() { Resources::default() } else { overhead };
        Some(overhead + pods)
    }
}

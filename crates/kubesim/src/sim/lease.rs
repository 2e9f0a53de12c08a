//! Leases (`coordination.k8s.io/v1`): each node's kubelet holds one named
//! after the node in `kube-node-lease` and renews it every 10 s, so the node
//! lifecycle controller can tell a live node from a silent one (a dead
//! node's `renewTime` stays where its kubelet left it). The kubelet makes it
//! as it starts (k8s.io/component-helpers `apimachinery/lease`: holder, a
//! 40 s duration, no `acquireTime`) and points its owner reference at the
//! Node, so it goes when the Node does. Built from the nodes on every read.

use super::meta::ObjectMeta;
use super::node_status::NODE_LEASE_DURATION;
use super::stable_ids::fnv1a;
use super::{Cluster, Labels, Node, Timestamp, Uid};

/// Where the kubelets keep their leases.
pub const NODE_LEASE_NAMESPACE: &str = "kube-node-lease";

/// One Lease as the API serves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lease {
    pub meta: ObjectMeta,
    pub holder_identity: String,
    pub lease_duration_seconds: i64,
    /// `spec.renewTime`, a MicroTime.
    pub renew_time: Timestamp,
    /// The Node it belongs to: name and UID (`ownerReferences`).
    pub owner: (String, Uid),
}

impl Lease {
    /// The lease the node's kubelet keeps.
    pub fn of_node(node: &Node) -> Lease {
        Lease {
            meta: ObjectMeta {
                name: node.name.clone(),
                namespace: NODE_LEASE_NAMESPACE.to_owned(),
                // Stable for the node's lifetime, and new for a new node.
                uid: Uid(fnv1a(&format!("lease/{}", node.uid))),
                labels: Labels::new(),
                annotations: Labels::new(),
                created: node.created,
            },
            holder_identity: node.name.clone(),
            lease_duration_seconds: NODE_LEASE_DURATION.millis() / 1_000,
            renew_time: node.lease_renewed(),
            owner: (node.name.clone(), node.uid),
        }
    }
}

impl Cluster {
    /// Every Lease, in the API's order (namespace, then name).
    pub fn leases(&self) -> Vec<Lease> {
        self.nodes().map(Lease::of_node).collect()
    }

    pub fn lease(&self, namespace: &str, name: &str) -> Option<Lease> {
        self.node(name).filter(|_| namespace == NODE_LEASE_NAMESPACE).map(Lease::of_node)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::default_cluster;
    use crate::sim::Duration;

    #[test]
    fn every_node_holds_its_lease_and_a_dead_one_stops_renewing() {
        let mut cluster = default_cluster();
        let leases = cluster.leases();
        assert_eq!(leases.len(), cluster.nodes().count());
        let node = leases[0].holder_identity.clone();
        cluster.advance(Duration::from_secs(25));
        let renewed = cluster.lease(NODE_LEASE_NAMESPACE, &node).map(|l| l.renew_time);
        assert!(renewed > Some(leases[0].renew_time));
        cluster.fail_node(&node).expect("the node exists");
        let frozen = cluster.lease(NODE_LEASE_NAMESPACE, &node).map(|l| l.renew_time);
        cluster.advance(Duration::from_mins(5));
        assert_eq!(cluster.lease(NODE_LEASE_NAMESPACE, &node).map(|l| l.renew_time), frozen);
        assert!(cluster.lease("default", &node).is_none());
    }
}

//! The whole simulated world at one instant: the EKS cluster's objects and the
//! simulated clock.

use super::{Node, Timestamp};

#[derive(Clone, Debug)]
pub struct Cluster {
    /// The cluster's name, as `aws eks list-clusters` shows it.
    pub name: String,
    pub region: String,
    /// The control plane's Kubernetes version, e.g. `v1.30.4-eks-a737599`.
    pub server_version: String,
    now: Timestamp,
    /// Kept sorted by name, the order the API server lists them in.
    nodes: Vec<Node>,
}

impl Cluster {
    pub fn new(name: &str, region: &str, server_version: &str, now: Timestamp) -> Self {
        Cluster {
            name: name.to_owned(),
            region: region.to_owned(),
            server_version: server_version.to_owned(),
            now,
            nodes: Vec::new(),
        }
    }

    /// The simulated "now".
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Nodes in API order (by name).
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    pub fn node(&self, name: &str) -> Option<&Node> {
        self.nodes.binary_search_by(|n| n.name.as_str().cmp(name)).ok().map(|i| &self.nodes[i])
    }

    /// Nodes grouped by Availability Zone, zones in name order; nodes without a
    /// zone label come last under "".
    pub fn nodes_by_zone(&self) -> Vec<(&str, Vec<&Node>)> {
        let mut zones: std::collections::BTreeMap<&str, Vec<&Node>> = std::collections::BTreeMap::new();
        for node in &self.nodes {
            zones.entry(node.zone().unwrap_or_default()).or_default().push(node);
        }
        let mut grouped: Vec<(&str, Vec<&Node>)> = zones.into_iter().collect();
        grouped.sort_by_key(|(zone, _)| zone.is_empty());
        grouped
    }

    /// Registers a node, replacing any node of the same name.
    pub fn add_node(&mut self, node: Node) {
        match self.nodes.binary_search_by(|n| n.name.cmp(&node.name)) {
            Ok(i) => self.nodes[i] = node,
            Err(i) => self.nodes.insert(i, node),
        }
    }
}

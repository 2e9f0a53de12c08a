//! Changes to a node from outside its controllers: the taints `kubectl
//! taint` sets and the labels `kubectl label node` sets. Either can open or
//! close the node to pods, so the scheduler looks again at every pod still
//! waiting for one; a new NoExecute taint is the taint manager's to act on.

use super::operations::NotFound;
use super::taint::{Taint, TaintEffect};
use super::{Cluster, Labels};

fn node_not_found(node: &str) -> NotFound {
    NotFound { resource: "nodes", name: node.to_owned() }
}

impl Cluster {
    /// Replaces the node's taints. A NoExecute taint the node did not have
    /// counts its pods' `tolerationSeconds` from now; on the next pass the
    /// taint manager evicts every pod that does not tolerate it.
    pub fn set_node_taints(&mut self, node: &str, taints: Vec<Taint>) -> Result<(), NotFound> {
        let now = self.now;
        let n = self.nodes.get_mut(node).ok_or_else(|| node_not_found(node))?;
        let taints = taints
            .into_iter()
            .map(|mut taint| {
                let kept = n.taints.iter().find(|old| {
                    old.key == taint.key && old.value == taint.value && old.effect == taint.effect
                });
                taint.added = match kept {
                    Some(old) => old.added,
                    None => (taint.effect == TaintEffect::NoExecute).then_some(now),
                };
                taint
            })
            .collect();
        n.taints = taints;
        self.capacity_changed = true;
        self.touch();
        Ok(())
    }

    /// Replaces the node's labels: node selectors and DaemonSets see the new
    /// set from the next pass on.
    pub fn set_node_labels(&mut self, node: &str, labels: Labels) -> Result<(), NotFound> {
        let n = self.nodes.get_mut(node).ok_or_else(|| node_not_found(node))?;
        n.labels = labels;
        self.capacity_changed = true;
        self.touch();
        Ok(())
    }
}

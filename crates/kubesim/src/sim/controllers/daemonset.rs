//! The DaemonSet controller: one pod on every node the template fits
//! (taints tolerated, node selector matched). Fargate nodes never qualify:
//! their taint is not tolerated, so no DaemonSet pod runs on Fargate.

use std::collections::BTreeSet;

use crate::sim::cluster::Key;
use crate::sim::event::ObjectRef;
use crate::sim::meta::{OwnerKind, OwnerRef};
use crate::sim::taint::{daemonset_tolerations, TaintEffect};
use crate::sim::workload::{DaemonSet, PodTemplate};
use crate::sim::{Cluster, Node};

const SOURCE: &str = "daemonset-controller";

/// The pod template as the controller stamps it: with the tolerations every
/// DaemonSet pod gets.
pub(in crate::sim) fn pod_template(ds_template: &PodTemplate) -> PodTemplate {
    let mut template = ds_template.clone();
    for toleration in daemonset_tolerations() {
        if !template.spec.tolerations.contains(&toleration) {
            template.spec.tolerations.push(toleration);
        }
    }
    template
}

/// `NodeShouldRunDaemonPod`: the pod template's selector and tolerations
/// admit the node.
pub(in crate::sim) fn should_run(node: &Node, template: &PodTemplate) -> bool {
    let tolerated = |t: &crate::sim::taint::Taint| {
        t.effect == TaintEffect::PreferNoSchedule || template.spec.tolerates(t)
    };
    template.spec.matches_node(&node.labels) && node.taints.iter().all(tolerated)
}

impl Cluster {
    /// Whether the DaemonSet wants a pod on this node.
    pub fn daemonset_should_run_on(&self, ds: &DaemonSet, node: &Node) -> bool {
        should_run(node, &pod_template(&ds.template))
    }

    pub(super) fn run_daemonsets(&mut self) {
        let keys: Vec<Key> = self.daemonsets.keys().cloned().collect();
        for k in keys {
            let Some(ds) = self.daemonsets.get(&k) else { continue };
            let uid = ds.meta.uid;
            // Every node has one already: nothing to compute.
            if self.pods.owned_by(uid).filter(|p| p.is_active()).count() >= self.nodes.len() {
                continue;
            }
            let covered: BTreeSet<&str> = self
                .pods
                .owned_by(uid)
                .filter(|p| p.is_active())
                .filter_map(|p| p.spec.node_name.as_deref())
                .collect();
            let mut template = pod_template(&ds.template);
            let missing: Vec<String> = self
                .nodes
                .values()
                .filter(|n| !covered.contains(n.name.as_str()) && should_run(n, &template))
                .map(|n| n.name.clone())
                .collect();
            if missing.is_empty() {
                continue;
            }
            let owner = OwnerRef { kind: OwnerKind::DaemonSet, name: k.1.clone(), uid };
            let object = ObjectRef { kind: "DaemonSet", namespace: k.0.clone(), name: k.1.clone() };
            for node in missing {
                let name = self.generate_pod_name(&k.0, &k.1);
                template.spec.node_name = Some(node);
                let pod = self.new_pod(&k.0, &name, &template, Some(owner.clone()));
                self.pods.insert(pod);
                self.pod_created_event(object.clone(), &name, SOURCE);
            }
            self.touch();
        }
    }
}

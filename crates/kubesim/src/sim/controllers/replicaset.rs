//! The ReplicaSet controller: keeps the number of active pods at `replicas`,
//! creating pods from the template or deleting the least useful ones.

use crate::sim::cluster::Key;
use crate::sim::event::{EventType, ObjectRef};
use crate::sim::meta::{OwnerKind, OwnerRef};
use crate::sim::pod::{ContainerState, Pod};
use crate::sim::{Cluster, Uid};

const SOURCE: &str = "replicaset-controller";

impl Cluster {
    pub(super) fn run_replicasets(&mut self) {
        let dirty = self.pods.take_dirty_owners();
        let keys: Vec<Key> = self
            .replicasets
            .iter()
            .filter(|(_, rs)| dirty.contains(&rs.meta.uid) || self.rescaled.contains(&rs.meta.uid))
            .map(|(k, _)| k.clone())
            .collect();
        self.rescaled.clear();
        for k in keys {
            let Some(rs) = self.replicasets.get(&k) else { continue };
            let uid = rs.meta.uid;
            let want = rs.replicas as usize;
            if self.pods.owned_by(uid).filter(|p| p.is_active()).count() == want {
                continue;
            }
            let mut active: Vec<&Pod> = self.pods.owned_by(uid).filter(|p| p.is_active()).collect();
            let object = ObjectRef { kind: "ReplicaSet", namespace: k.0.clone(), name: k.1.clone() };
            if active.len() < want {
                let template = rs.template.clone();
                let owner = OwnerRef { kind: OwnerKind::ReplicaSet, name: k.1.clone(), uid };
                for _ in active.len()..want {
                    let name = self.generate_pod_name(&k.0, &k.1);
                    let pod = self.new_pod(&k.0, &name, &template, Some(owner.clone()));
                    self.pods.insert(pod);
                    self.pod_created_event(object.clone(), &name, SOURCE);
                }
            } else {
                // The controller's ranking: unscheduled, then not running,
                // then not ready, then the youngest go first.
                active.sort_by_key(|p| {
                    (
                        p.node().is_some(),
                        matches!(p.containers, ContainerState::Running { .. }),
                        p.ready,
                        std::cmp::Reverse(p.meta.uid),
                    )
                });
                let doomed: Vec<(Uid, String)> =
                    active[..active.len() - want].iter().map(|p| (p.meta.uid, p.meta.name.clone())).collect();
                for (pod_uid, name) in doomed {
                    self.delete_pod_by_uid(pod_uid, None);
                    self.event(
                        object.clone(),
                        EventType::Normal,
                        "SuccessfulDelete",
                        format!("Deleted pod: {name}"),
                        SOURCE,
                    );
                }
            }
            self.touch();
        }
    }

    /// `<owner>-<5 random characters>`, unique in the namespace.
    pub(crate) fn generate_pod_name(&mut self, namespace: &str, owner: &str) -> String {
        loop {
            let name = format!("{owner}-{}", self.rng.name_suffix(5));
            if !self.pods.contains_name(namespace, &name) {
                return name;
            }
        }
    }
}

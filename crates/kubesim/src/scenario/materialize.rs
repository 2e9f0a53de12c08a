//! A scenario describes a cluster that has been running for a while. After
//! the controllers have made its pods, this backdates them: each pod was
//! created, scheduled and started soon after its owner (or its node), and
//! the event log starts quiet, as an hour-old log would be.

use std::collections::BTreeMap;

use crate::sim::meta::OwnerKind;
use crate::sim::pod::{ContainerState, PodPhase};
use crate::sim::timing::CONTAINER_START;
use crate::sim::{Cluster, Duration, Timestamp, Uid};

pub fn materialize(cluster: &mut Cluster) {
    cluster.reconcile();
    cluster.provision_fargate(true);
    let owners: BTreeMap<Uid, Timestamp> = cluster
        .replicasets
        .values_mut()
        .filter_map(|rs| {
            let deployment = rs.deployment.as_ref()?;
            let created =
                cluster.deployments.get(&(rs.meta.namespace.clone(), deployment.clone()))?.meta.created;
            rs.meta.created = created;
            Some((rs.meta.uid, created))
        })
        .chain(cluster.daemonsets.values().map(|ds| (ds.meta.uid, ds.meta.created)))
        .collect();
    let bound: Vec<Uid> =
        cluster.pods.iter_by_age().filter(|p| p.node().is_some()).map(|p| p.meta.uid).collect();
    for (i, uid) in bound.into_iter().enumerate() {
        let Some(pod) = cluster.pods.get(uid) else { continue };
        let owner_created = pod.owner.as_ref().and_then(|o| owners.get(&o.uid)).copied();
        // A pod came with its owner, or (bare pods) when the scenario says;
        // never before the EC2 node it runs on, whose arrival recreated the
        // pods of the older nodes it replaced. DaemonSet pods land as the
        // node registers; others once it is Ready.
        let node = pod.node().and_then(|n| cluster.nodes.get(n)).filter(|n| !n.is_fargate());
        let base = match &pod.owner {
            Some(o) if o.kind == OwnerKind::DaemonSet => owner_created.max(node.map(|n| n.created)),
            Some(_) => owner_created.max(node.map(|n| n.ready_since)),
            None => Some(pod.meta.created),
        }
        .unwrap_or(pod.meta.created);
        // A second or two apart, as a controller's burst of creates is.
        let created = base + Duration::from_secs(1 + (i % 3) as i64);
        if let Some(node) = pod.node().and_then(|n| cluster.nodes.get_mut(n)).filter(|n| n.is_fargate()) {
            // The micro-VM registered just before its pod was bound.
            node.created = created - Duration::from_secs(25);
            node.ready_since = created;
        }
        if let Some(pod) = cluster.pods.get_mut(uid) {
            pod.meta.created = created;
            pod.scheduled = Some(created);
            pod.phase = PodPhase::Running;
            pod.containers = ContainerState::Running { started: created + CONTAINER_START };
            pod.ready = true;
        }
    }
    cluster.pod_timers.clear();
    cluster.events.clear();
    // Pods left pending get their FailedScheduling event now.
    cluster.capacity_changed = true;
    cluster.reconcile();
    cluster.set_up_twin();
}

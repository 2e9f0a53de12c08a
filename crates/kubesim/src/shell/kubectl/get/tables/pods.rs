//! Pods (`printPod`): ready containers over all, the status kubectl reads
//! from phase, reason and container states, restarts and age; `-o wide`
//! adds where the pod runs.

use super::row::Row;
use super::{column, wide, Column, NONE};
use crate::sim::pod::ContainerState;
use crate::sim::{Cluster, Pod};

pub const COLUMNS: &[Column] = &[
    column("NAME"),
    column("READY"),
    column("STATUS"),
    column("RESTARTS"),
    column("AGE"),
    wide("IP"),
    wide("NODE"),
    wide("NOMINATED NODE"),
    wide("READINESS GATES"),
];

pub fn write(cluster: &Cluster, pod: &Pod, row: &mut Row<'_>) {
    let total = pod.spec.containers.len();
    // A container counts while it runs: its own status stays ready even
    // when the node stops reporting or the pod has begun terminating.
    let ready = if matches!(pod.containers, ContainerState::Running { .. }) { total } else { 0 };
    row.text(&pod.meta.name);
    row.ratio(ready, total);
    row.text(pod.status_text());
    row.number(pod.restarts as usize);
    row.age(cluster, pod.meta.created);
    row.text(pod.ip.as_deref().unwrap_or(NONE));
    row.text(pod.node().unwrap_or(NONE));
    row.text(NONE);
    row.text(NONE);
}

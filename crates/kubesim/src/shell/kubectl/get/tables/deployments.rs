//! Deployments (`printDeployment`): ready over desired, up to date,
//! available; `-o wide` adds the template's containers and the selector.

use super::row::Row;
use super::{column, containers_and_images, selector_text, wide, Column};
use crate::sim::workload::Deployment;
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[
    column("NAME"),
    column("READY"),
    column("UP-TO-DATE"),
    column("AVAILABLE"),
    column("AGE"),
    wide("CONTAINERS"),
    wide("IMAGES"),
    wide("SELECTOR"),
];

pub fn write(cluster: &Cluster, deployment: &Deployment, row: &mut Row<'_>) {
    let status = cluster.deployment_status(deployment);
    let [containers, images] = containers_and_images(&deployment.template.spec.containers);
    row.text(&deployment.meta.name);
    row.display(format_args!("{}/{}", status.ready, deployment.replicas));
    row.display(status.updated);
    row.display(status.available);
    row.age(cluster, deployment.meta.created);
    row.text(&containers);
    row.text(&images);
    row.text(&selector_text(&deployment.selector));
}

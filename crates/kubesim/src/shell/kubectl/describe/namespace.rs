//! `kubectl describe namespace` (`describeNamespace`): no quotas or limit
//! ranges are modelled, so both read as absent.

use super::writer::DescribeWriter;
use crate::sim::cluster::Namespace;

pub fn describe(namespace: &Namespace) -> String {
    let mut w = DescribeWriter::new();
    w.write(0, &format!("Name:\t{}\n", namespace.name));
    w.labels("Labels", &namespace.labels());
    w.annotations("Annotations", &Default::default());
    w.write(0, "Status:\tActive\n");
    w.write(0, "\n");
    w.write(0, "No resource quota.\n");
    w.write(0, "\n");
    w.write(0, "No LimitRange resource.\n");
    w.finish()
}

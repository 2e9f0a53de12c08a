//! The label the API server puts on every namespace.

use super::cluster::Namespace;
use super::Labels;

impl Namespace {
    /// `kubernetes.io/metadata.name=<name>`, set on creation and kept.
    pub fn labels(&self) -> Labels {
        Labels::from([("kubernetes.io/metadata.name".to_owned(), self.name.clone())])
    }
}

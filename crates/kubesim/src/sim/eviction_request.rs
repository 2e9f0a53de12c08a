//! An eviction with the delete options `kubectl drain` may send along: a
//! grace period of its own, and the server-side dry run that checks the
//! budgets without deleting anything.

use super::disruption::EvictionError;
use super::Cluster;

/// The `DeleteOptions` of an Eviction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvictionOptions {
    /// Seconds the pod gets to stop, instead of its own
    /// `terminationGracePeriodSeconds`; 0 removes it at once.
    pub grace_period: Option<i64>,
    /// `dryRun: [All]`: every check runs, nothing changes.
    pub dry_run: bool,
}

impl Cluster {
    /// `POST …/pods/NAME/eviction` with `options`.
    pub fn evict_pod_with(
        &mut self,
        namespace: &str,
        name: &str,
        options: EvictionOptions,
    ) -> Result<(), EvictionError> {
        let uid = self.admit_eviction(namespace, name)?;
        if !options.dry_run {
            self.delete_pod_by_uid(uid, options.grace_period);
        }
        Ok(())
    }
}

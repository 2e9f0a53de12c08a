//! The control loops, and the clock that drives them. Time moves only when
//! asked (`advance`); in between, every controller runs until the cluster
//! stops changing, and time then jumps to the next moment something is due.

pub(super) mod daemonset;
mod deployment;
mod fargate;
mod kubelet;
mod node_lifecycle;
mod nodegroup;
mod nodegroup_update;
mod replicaset;

use super::{Cluster, Duration, Timestamp};

/// Passes per instant before time moves on: enough for a Deployment to make a
/// ReplicaSet, the ReplicaSet pods, and the scheduler to bind them.
const MAX_PASSES: usize = 16;

/// The longest a settle waits: an hour of simulated time.
const SETTLE_LIMIT: Duration = Duration::from_hours(1);

impl Cluster {
    /// Runs every controller until nothing changes at this instant.
    pub fn reconcile(&mut self) {
        self.ecs.advance_to(self.now);
        for _ in 0..MAX_PASSES {
            let before = self.generation;
            self.run_kubelets();
            self.node_lifecycle();
            self.run_nodegroups();
            self.run_nodegroup_updates();
            self.run_deployments();
            self.run_replicasets();
            self.run_daemonsets();
            self.run_fargate();
            self.schedule();
            self.collect_garbage();
            if self.generation == before {
                break;
            }
        }
        self.events.expire(self.now);
    }

    /// The next instant at which something will happen without being asked.
    /// The busy moments plus the scheduler's periodic retry and the twin's
    /// clean-up of stopped tasks.
    pub fn next_wakeup(&self) -> Option<Timestamp> {
        [
            self.next_busy_wakeup(),
            self.scheduler_retry_at.filter(|_| self.pods.has_unbound()),
            self.ecs.next_wakeup(),
        ]
        .into_iter()
        .flatten()
        .filter(|t| *t > self.now)
        .min()
    }

    /// Moves the clock forward by `d`, running everything that falls due in
    /// order.
    pub fn advance(&mut self, d: Duration) {
        let target = self.now + d;
        self.reconcile();
        while let Some(t) = self.next_wakeup().filter(|t| *t <= target) {
            self.now = t;
            self.reconcile();
        }
        self.now = target;
        self.reconcile();
    }

    /// Advances until nothing more is due (at most an hour) and returns how
    /// long that took. Unschedulable pods that only wait for their next retry
    /// do not count as work.
    pub fn settle(&mut self) -> Duration {
        let start = self.now;
        self.reconcile();
        while let Some(t) = self.next_busy_wakeup().filter(|t| *t - start <= SETTLE_LIMIT) {
            self.now = t;
            self.reconcile();
        }
        self.now - start
    }

    fn next_busy_wakeup(&self) -> Option<Timestamp> {
        [
            self.pod_timers.first().map(|(t, _)| *t),
            self.node_wakeup(),
            self.nodegroup_wakeup(),
            self.fargate_wakeup(),
            self.ecs.next_transition(),
        ]
        .into_iter()
        .flatten()
        .filter(|t| *t > self.now)
        .min()
    }
}

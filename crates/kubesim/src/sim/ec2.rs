//! A node group's instances as EC2 and EC2 Auto Scaling report them: EC2's
//! instance state, the Auto Scaling group's lifecycle state, and the
//! terminated instances EC2 still lists for a while after they are gone.

use super::nodegroup::{Ec2Instance, InstanceState};
use super::timing::{EC2_RUNNING, EC2_TERMINATED_LISTED};
use super::{Cluster, Timestamp};

/// An instance's state as EC2 names it (`InstanceStateName`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ec2State {
    Pending,
    Running,
    ShuttingDown,
    Terminated,
}

impl Ec2State {
    pub fn name(self) -> &'static str {
        match self {
            Ec2State::Pending => "pending",
            Ec2State::Running => "running",
            Ec2State::ShuttingDown => "shutting-down",
            Ec2State::Terminated => "terminated",
        }
    }

    /// The low byte of `InstanceState.Code`, as EC2 documents it.
    pub fn code(self) -> i64 {
        match self {
            Ec2State::Pending => 0,
            Ec2State::Running => 16,
            Ec2State::ShuttingDown => 32,
            Ec2State::Terminated => 48,
        }
    }
}

/// An instance that has left its group: what it was, when it was asked to
/// terminate and when it finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TerminatedInstance {
    pub instance: Ec2Instance,
    pub shutdown_at: Timestamp,
    pub terminated_at: Timestamp,
}

impl Ec2Instance {
    /// EC2's state of a live instance at `now`: pending while it boots,
    /// then running until it is asked to terminate.
    pub fn ec2_state(&self, now: Timestamp) -> Ec2State {
        match self.state {
            InstanceState::Terminating { .. } => Ec2State::ShuttingDown,
            _ if self.launched + EC2_RUNNING <= now => Ec2State::Running,
            _ => Ec2State::Pending,
        }
    }

    /// When EC2 was asked to terminate it, if it has been.
    pub fn shutdown_at(&self) -> Option<Timestamp> {
        match self.state {
            InstanceState::Terminating { since, .. } => Some(since),
            _ => None,
        }
    }

    /// Its `LifecycleState` in the Auto Scaling group. EKS's lifecycle hook
    /// holds an instance chosen for scale-in in `Terminating:Wait` while the
    /// node drains; a version update drains nodes that are still in service.
    pub fn lifecycle_state(&self, now: Timestamp) -> &'static str {
        match self.state {
            InstanceState::Draining { update: false, .. } => "Terminating:Wait",
            InstanceState::Terminating { .. } => "Terminating:Proceed",
            _ if self.ec2_state(now) == Ec2State::Pending => "Pending",
            _ => "InService",
        }
    }
}

impl Cluster {
    /// The terminated instances EC2 still lists, oldest ID first.
    pub fn terminated_instances(&self) -> impl Iterator<Item = &TerminatedInstance> {
        let now = self.now;
        self.terminated_instances.values().filter(move |t| now < t.terminated_at + EC2_TERMINATED_LISTED)
    }

    /// An instance has finished terminating.
    pub(super) fn record_terminated(&mut self, instance: Ec2Instance) {
        let shutdown_at = instance.shutdown_at().unwrap_or(self.now);
        let record = TerminatedInstance { instance, shutdown_at, terminated_at: self.now };
        self.terminated_instances.insert(record.instance.id.clone(), record);
    }

    /// Drops the records EC2 no longer lists.
    pub(super) fn forget_terminated(&mut self) {
        let now = self.now;
        self.terminated_instances.retain(|_, t| now < t.terminated_at + EC2_TERMINATED_LISTED);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Duration;

    fn basic() -> Cluster {
        let Some(Ok((_, cluster))) = crate::scenario::builtin("basic", None) else { panic!("basic builds") };
        cluster
    }

    #[test]
    fn a_new_instance_is_pending_then_running() {
        let mut c = basic();
        assert!(c.update_nodegroup_scaling("ng-general", None, None, Some(4)).is_ok());
        c.advance(Duration::from_secs(1));
        let now = c.now();
        let new: Vec<&Ec2Instance> =
            c.instances().filter(|i| i.ec2_state(now) == Ec2State::Pending).collect();
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].lifecycle_state(now), "Pending");
        c.advance(Duration::from_secs(15));
        let now = c.now();
        assert!(c
            .instances()
            .all(|i| i.ec2_state(now) == Ec2State::Running && i.lifecycle_state(now) == "InService"));
    }

    #[test]
    fn a_scaled_in_instance_shuts_down_and_stays_listed_for_an_hour() {
        let mut c = basic();
        assert!(c.update_nodegroup_scaling("ng-general", None, None, Some(2)).is_ok());
        c.advance(Duration::from_secs(1));
        let now = c.now();
        let waiting: Vec<String> = c
            .instances()
            .filter(|i| i.lifecycle_state(now) == "Terminating:Wait")
            .map(|i| i.id.clone())
            .collect();
        assert_eq!(waiting.len(), 1, "EKS's lifecycle hook holds the instance while its node drains");
        let mut shut_down = false;
        for _ in 0..60 {
            c.advance(Duration::from_secs(5));
            let now = c.now();
            shut_down |=
                c.instances().any(|i| i.id == waiting[0] && i.ec2_state(now) == Ec2State::ShuttingDown);
            if c.terminated_instances().next().is_some() {
                break;
            }
        }
        assert!(shut_down, "shutting-down before terminated");
        let gone = c.terminated_instances().next().map(|t| (t.instance.id.clone(), t.terminated_at));
        let Some((id, terminated_at)) = gone else { panic!("terminated") };
        assert_eq!(id, waiting[0]);
        assert!(c.instances().all(|i| i.id != id), "out of the group");
        c.advance(Duration::from_mins(59));
        assert!(c.terminated_instances().any(|t| t.instance.id == id), "still listed within the hour");
        c.advance(terminated_at + EC2_TERMINATED_LISTED - c.now());
        assert!(c.terminated_instances().next().is_none(), "no longer listed after an hour");
    }
}

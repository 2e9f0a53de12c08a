//! Service events as the ECS console and `describe-services` show them:
//! newest first, the last 100 kept, in ECS's own wording.

use crate::sim::{Rng, Timestamp};

/// ECS keeps the most recent 100 events of a service.
pub const SERVICE_EVENTS_KEPT: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceEvent {
    /// A UUID, e.g. `0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`.
    pub id: String,
    pub created_at: Timestamp,
    pub message: String,
}

impl ServiceEvent {
    pub(super) fn new(rng: &mut Rng, created_at: Timestamp, message: String) -> Self {
        let id = format!("{}-{}-{}-{}-{}", rng.hex(8), rng.hex(4), rng.hex(4), rng.hex(4), rng.hex(12));
        ServiceEvent { id, created_at, message }
    }
}

/// Which resource the closest container instance lacked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resource {
    Cpu,
    Memory,
}

/// Why a task could not be placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlacementFailure {
    /// No ACTIVE container instance with a connected agent (in the capacity
    /// provider, when the service uses one).
    NoInstances { in_capacity_provider: bool },
    /// Instances exist but none has room; names the closest one.
    Insufficient { container_instance_id: String, resource: Resource },
}

fn task_list(task_ids: &[String]) -> String {
    task_ids.iter().map(|id| format!("(task {id})")).collect::<Vec<_>>().join(" ")
}

pub(super) fn started_tasks(service: &str, task_ids: &[String]) -> String {
    format!("(service {service}) has started {} tasks: {}.", task_ids.len(), task_list(task_ids))
}

pub(super) fn stopped_running_tasks(service: &str, task_ids: &[String]) -> String {
    format!("(service {service}) has stopped {} running tasks: {}.", task_ids.len(), task_list(task_ids))
}

pub(super) fn steady_state(service: &str) -> String {
    format!("(service {service}) has reached a steady state.")
}

pub(super) fn deployment_completed(service: &str, deployment_id: &str) -> String {
    format!("(service {service}) (deployment {deployment_id}) deployment completed.")
}

pub(super) fn unable_to_place(service: &str, failure: &PlacementFailure) -> String {
    let head = format!(
        "(service {service}) was unable to place a task because no container instance met all of its requirements."
    );
    match failure {
        PlacementFailure::NoInstances { in_capacity_provider } => {
            let place = if *in_capacity_provider { "capacity provider" } else { "cluster" };
            format!(
                "{head} Reason: No Container Instances were found in your {place}. For more information, \
                 see the Troubleshooting section of the Amazon ECS Developer Guide."
            )
        }
        PlacementFailure::Insufficient { container_instance_id, resource } => {
            let what = match resource {
                Resource::Cpu => "CPU units",
                Resource::Memory => "memory",
            };
            format!(
                "{head} The closest matching (container-instance {container_instance_id}) has insufficient \
                 {what} available. For more information, see the Troubleshooting section."
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_matches_the_console() {
        let ids = vec!["1a2b".to_owned(), "3c4d".to_owned()];
        assert_eq!(started_tasks("web", &ids), "(service web) has started 2 tasks: (task 1a2b) (task 3c4d).");
        assert_eq!(
            stopped_running_tasks("web", &ids[..1]),
            "(service web) has stopped 1 running tasks: (task 1a2b)."
        );
        assert_eq!(steady_state("web"), "(service web) has reached a steady state.");
        let f =
            PlacementFailure::Insufficient { container_instance_id: "abc".into(), resource: Resource::Cpu };
        assert_eq!(
            unable_to_place("web", &f),
            "(service web) was unable to place a task because no container instance met all of its \
             requirements. The closest matching (container-instance abc) has insufficient CPU units \
             available. For more information, see the Troubleshooting section."
        );
        let none = unable_to_place("web", &PlacementFailure::NoInstances { in_capacity_provider: false });
        assert!(none.contains("Reason: No Container Instances were found in your cluster."), "{none}");
    }

    #[test]
    fn event_ids_are_uuids_from_the_seed() {
        let a = ServiceEvent::new(&mut Rng::new(3), Timestamp::from_unix_millis(0), String::new());
        let b = ServiceEvent::new(&mut Rng::new(3), Timestamp::from_unix_millis(0), String::new());
        assert_eq!(a, b);
        let lens: Vec<usize> = a.id.split('-').map(str::len).collect();
        assert_eq!(lens, [8, 4, 4, 4, 12]);
    }
}

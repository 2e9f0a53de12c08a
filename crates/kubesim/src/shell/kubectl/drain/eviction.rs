//! Getting the pods off the node, on simulated time (kubectl
//! `pkg/drain/drain.go`). Evictions run one goroutine per pod in kubectl:
//! here every pod's next step is due at an instant, and steps due at the
//! same instant run in API order. An eviction a budget refuses is retried
//! 5 s later; an accepted one is followed by polling every second until the
//! pod is gone (`waitForDelete`).

use super::filters::{overdue, PodRef};
use crate::shell::kubectl::check_err::KubectlError;
use crate::shell::kubectl::go_duration::GoDuration;
use crate::shell::printer::go_format::quote;
use crate::shell::Output;
use crate::sim::disruption::EvictionError;
use crate::sim::eviction_request::EvictionOptions;
use crate::sim::timing::EVICTION_RETRY;
use crate::sim::{Cluster, Duration, Timestamp};

/// `waitForDelete` polls this often.
const POLL: Duration = Duration::from_secs(1);

/// How pods are taken off, and how long the drain may wait.
#[derive(Clone, Copy, Debug)]
pub(super) struct Removal {
    pub grace_period: Option<i64>,
    /// `--dry-run=server`: every request is checked, none takes effect.
    pub server_dry_run: bool,
    /// `--timeout`; `None` waits for ever.
    pub timeout: Option<GoDuration>,
    pub skip_wait_secs: i64,
    /// The simulation stops waiting here (`watch::PATIENCE` after the
    /// drain began), where the real kubectl would wait on.
    pub give_up_at: Timestamp,
}

/// How the wait ended.
pub(super) enum Waited {
    Done,
    Failed(KubectlError),
    /// Still waiting when the simulation's patience ran out.
    Interrupted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Evict,
    Poll,
    Done,
}

struct Task<'a> {
    pod: &'a PodRef,
    step: Step,
    at: Timestamp,
}

/// Moves the clock to `at`, running everything due on the way.
fn advance_to(cluster: &mut Cluster, at: Timestamp) {
    let now = cluster.now();
    if at > now {
        cluster.advance(at - now);
    }
}

/// The pod as it was listed is gone: deleted, or replaced by a namesake.
fn gone(cluster: &Cluster, pod: &PodRef) -> bool {
    cluster.pods().by_name(&pod.namespace, &pod.name).is_none_or(|p| p.meta.uid != pod.uid)
}

/// Still there but terminating for longer than `--skip-wait-for-delete-timeout`.
fn skipped(cluster: &Cluster, pod: &PodRef, removal: &Removal, out: &mut Output) -> bool {
    let overdue = cluster
        .pods()
        .by_name(&pod.namespace, &pod.name)
        .is_some_and(|p| overdue(p, removal.skip_wait_secs, cluster.now()));
    if overdue {
        out.out(format!(
            "pod {} has DeletionTimestamp older than {} seconds, skipping\n",
            quote(&pod.name),
            removal.skip_wait_secs
        ));
    }
    overdue
}

/// When the global timeout runs out.
fn deadline(start: Timestamp, removal: &Removal) -> Option<Timestamp> {
    removal.timeout.map(|t| start + t.to_clock())
}

/// `evictPods`: each pod is evicted (again after every refusal), then
/// waited for; `pod/NAME evicted` once it is gone.
pub(super) fn evict(cluster: &mut Cluster, pods: &[PodRef], removal: &Removal, out: &mut Output) -> Waited {
    let start = cluster.now();
    let deadline = deadline(start, removal);
    let timeout = removal.timeout.map(|t| t.to_string()).unwrap_or_default();
    let options = EvictionOptions { grace_period: removal.grace_period, dry_run: removal.server_dry_run };
    let mut tasks: Vec<Task<'_>> =
        pods.iter().map(|pod| Task { pod, step: Step::Evict, at: start }).collect();
    let mut errors = Vec::new();
    while let Some(next) = tasks.iter().filter(|t| t.step != Step::Done).map(|t| t.at).min() {
        if next > removal.give_up_at {
            advance_to(cluster, removal.give_up_at);
            return Waited::Interrupted;
        }
        advance_to(cluster, next);
        let now = cluster.now();
        let expired = deadline.is_some_and(|d| now >= d);
        for task in tasks.iter_mut().filter(|t| t.step != Step::Done && t.at == next) {
            let (ns, name) = (&task.pod.namespace, &task.pod.name);
            let (quoted_ns, quoted_name) = (quote(ns), quote(name));
            if task.step == Step::Evict {
                let dry = if removal.server_dry_run { " (server dry run)" } else { "" };
                out.out(format!("evicting pod {ns}/{name}{dry}\n"));
                if expired {
                    errors.push(KubectlError::Plain(format!(
                        "error when evicting pods/{quoted_name} -n {quoted_ns}: global timeout reached: {timeout}"
                    )));
                    task.step = Step::Done;
                    continue;
                }
                match cluster.evict_pod_with(ns, name, options) {
                    Ok(()) if removal.server_dry_run => {
                        task.step = Step::Done;
                        continue;
                    }
                    Ok(()) => task.step = Step::Poll,
                    Err(EvictionError::NotFound { .. }) => {
                        task.step = Step::Done;
                        continue;
                    }
                    Err(refused) => {
                        out.err(format!(
                            "error when evicting pods/{quoted_name} -n {quoted_ns} (will retry after 5s): {}\n",
                            refused.message()
                        ));
                        task.at = now + EVICTION_RETRY;
                        continue;
                    }
                }
            }
            if gone(cluster, task.pod) {
                out.out(format!("pod/{name} evicted\n"));
                task.step = Step::Done;
            } else if skipped(cluster, task.pod, removal, out) {
                task.step = Step::Done;
            } else if expired {
                errors.push(KubectlError::Plain(format!(
                    "error when waiting for pod {quoted_name} in namespace {quoted_ns} to terminate: global timeout reached: {timeout}"
                )));
                task.step = Step::Done;
            } else {
                task.at = now + POLL;
            }
        }
    }
    match errors.len() {
        0 => Waited::Done,
        _ => Waited::Failed(KubectlError::Aggregate(errors)),
    }
}

/// `deletePods` (`--disable-eviction`): every pod is deleted at once, then
/// all are polled together; `pod/NAME deleted` as each goes. The timeout
/// here is the poll's own, with its own message.
pub(super) fn delete(cluster: &mut Cluster, pods: &[PodRef], removal: &Removal, out: &mut Output) -> Waited {
    if !removal.server_dry_run {
        for pod in pods {
            // A pod already gone is what a delete wants.
            let _ = cluster.delete_pod(&pod.namespace, &pod.name, removal.grace_period);
        }
    }
    let start = cluster.now();
    let deadline = deadline(start, removal);
    let mut pending: Vec<&PodRef> = pods.iter().collect();
    loop {
        let mut still = Vec::new();
        for pod in pending {
            if gone(cluster, pod) {
                out.out(format!("pod/{} deleted\n", pod.name));
            } else if !skipped(cluster, pod, removal, out) {
                still.push(pod);
            }
        }
        pending = still;
        if pending.is_empty() {
            return Waited::Done;
        }
        let next = cluster.now() + POLL;
        if deadline.is_some_and(|d| next >= d) {
            return Waited::Failed(KubectlError::Plain("timed out waiting for the condition".to_owned()));
        }
        if next > removal.give_up_at {
            advance_to(cluster, removal.give_up_at);
            return Waited::Interrupted;
        }
        advance_to(cluster, next);
    }
}

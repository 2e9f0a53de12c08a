//! Which pods a drain deletes (kubectl `pkg/drain/filters.go`). Every pod
//! bound to the node goes through the filters in order; the first that
//! keeps a pod decides, and for a pod they all let go the last one's
//! verdict stands (so an earlier warning is lost, as in kubectl).

use crate::shell::kubectl::selector::LabelSelector;
use crate::sim::meta::OwnerKind;
use crate::sim::{Cluster, Pod, Timestamp, Uid};

const DAEMONSET_FATAL: &str = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
const DAEMONSET_WARNING: &str = "ignoring DaemonSet-managed Pods";
const LOCAL_STORAGE_FATAL: &str = "Pods with local storage (use --delete-emptydir-data to override)";
/// Already starts with "cannot delete", and `errors()` prefixes it again:
/// kubectl 1.30 to 1.35 print it doubled.
const UNMANAGED_FATAL: &str = "cannot delete Pods that declare no controller (use --force to override)";
const UNMANAGED_WARNING: &str = "deleting Pods that declare no controller";

/// The flags the filters read.
#[derive(Clone, Debug, Default)]
pub(super) struct FilterOptions {
    pub force: bool,
    pub ignore_daemonsets: bool,
    pub delete_emptydir_data: bool,
    /// `--skip-wait-for-delete-timeout`; 0 never skips.
    pub skip_wait_secs: i64,
    pub pod_selector: LabelSelector,
}

/// A pod the drain will evict or delete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct PodRef {
    pub namespace: String,
    pub name: String,
    pub uid: Uid,
}

enum Verdict {
    Delete,
    Skip,
    Warn { delete: bool, message: String },
    Refuse(String),
}

/// Pods grouped by the message that concerns them, pods as `ns/name`.
type Groups = Vec<(String, Vec<String>)>;

/// `PodDeleteList`: what to delete, and what to say about the rest.
#[derive(Clone, Debug, Default)]
pub(super) struct PodDeleteList {
    pub pods: Vec<PodRef>,
    warnings: Groups,
    errors: Groups,
}

impl PodDeleteList {
    /// `Warnings()`: `message: ns/a, ns/b`, groups joined by `; `.
    pub(super) fn warnings(&self) -> String {
        self.warnings
            .iter()
            .map(|(message, pods)| format!("{message}: {}", pods.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// `errors()`: one `cannot delete …` per message.
    pub(super) fn errors(&self) -> Vec<String> {
        self.errors
            .iter()
            .map(|(message, pods)| format!("cannot delete {message}: {}", pods.join(", ")))
            .collect()
    }
}

/// `shouldSkipPod`: terminating for longer than `--skip-wait-for-delete-timeout`.
pub(super) fn overdue(pod: &Pod, skip_wait_secs: i64, now: Timestamp) -> bool {
    skip_wait_secs > 0 && pod.deletion.is_some_and(|since| (now - since).whole_secs() > skip_wait_secs)
}

fn verdict(cluster: &Cluster, pod: &Pod, options: &FilterOptions) -> Verdict {
    if overdue(pod, options.skip_wait_secs, cluster.now()) {
        return Verdict::Skip;
    }
    let finished = pod.is_finished();
    if let Some(owner) = pod.owner.as_ref().filter(|o| o.kind == OwnerKind::DaemonSet && !finished) {
        let exists =
            cluster.daemonsets().any(|d| d.meta.namespace == pod.namespace() && d.meta.name == owner.name);
        match (exists, options.ignore_daemonsets) {
            (true, true) => return Verdict::Warn { delete: false, message: DAEMONSET_WARNING.to_owned() },
            (true, false) => return Verdict::Refuse(DAEMONSET_FATAL.to_owned()),
            // An orphan goes with --force; the warning that says so is
            // overwritten by the later filters.
            (false, _) if options.force => {}
            (false, _) => return Verdict::Refuse(format!("daemonsets.apps \"{}\" not found", owner.name)),
        }
    }
    if pod.owned_by(OwnerKind::Node) {
        return Verdict::Skip;
    }
    if pod.spec.empty_dir && !finished && !options.delete_emptydir_data {
        return Verdict::Refuse(LOCAL_STORAGE_FATAL.to_owned());
    }
    if finished || pod.owner.is_some() {
        Verdict::Delete
    } else if options.force {
        Verdict::Warn { delete: true, message: UNMANAGED_WARNING.to_owned() }
    } else {
        Verdict::Refuse(UNMANAGED_FATAL.to_owned())
    }
}

/// Adds a pod to its message's group. Go groups through a map, so the
/// order of groups varies from run to run; here it is the filters' order.
fn group(groups: &mut Groups, message: String, pod: String) {
    match groups.iter_mut().find(|(m, _)| *m == message) {
        Some((_, pods)) => pods.push(pod),
        None => groups.push((message, vec![pod])),
    }
}

/// How early a message's filter runs, to order the groups.
fn rank(message: &str) -> u8 {
    match message {
        DAEMONSET_FATAL | DAEMONSET_WARNING => 0,
        LOCAL_STORAGE_FATAL => 2,
        UNMANAGED_FATAL | UNMANAGED_WARNING => 3,
        _ => 1,
    }
}

/// `GetPodsForDeletion`: the node's pods (those `--pod-selector` matches)
/// in API order, through the filters.
pub(super) fn pods_for_deletion(cluster: &Cluster, node: &str, options: &FilterOptions) -> PodDeleteList {
    let mut pods: Vec<&Pod> =
        cluster.pods().on_node(node).filter(|p| options.pod_selector.matches(&p.meta.labels)).collect();
    pods.sort_by(|a, b| (a.namespace(), a.name()).cmp(&(b.namespace(), b.name())));
    let mut list = PodDeleteList::default();
    for pod in pods {
        let shown = format!("{}/{}", pod.namespace(), pod.name());
        let delete = match verdict(cluster, pod, options) {
            Verdict::Delete => true,
            Verdict::Skip => false,
            Verdict::Warn { delete, message } => {
                group(&mut list.warnings, message, shown);
                delete
            }
            Verdict::Refuse(message) => {
                group(&mut list.errors, message, shown);
                false
            }
        };
        if delete {
            list.pods.push(PodRef {
                namespace: pod.namespace().to_owned(),
                name: pod.name().to_owned(),
                uid: pod.meta.uid,
            });
        }
    }
    list.warnings.sort_by_key(|(message, _)| rank(message));
    list.errors.sort_by_key(|(message, _)| rank(message));
    list
}

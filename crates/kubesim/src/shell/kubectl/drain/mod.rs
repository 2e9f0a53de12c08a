//! `kubectl drain` (kubectl `pkg/cmd/drain`, `pkg/drain`): cordon the
//! nodes first, then node by node take off the pods the filters let go and
//! wait until they are gone. A node that fails stays cordoned and the
//! command goes on to the next; the failures are summed up at the end.

mod eviction;
mod filters;

use std::collections::BTreeSet;

use eviction::{Removal, Waited};
use filters::{FilterOptions, PodDeleteList};

use super::check_err::KubectlError;
use super::cordon::{self, Marking, NodeSnapshot};
use super::dry_run::{self, DryRun};
use super::flag_values::{duration, int};
use super::go_duration::GoDuration;
use super::selector::LabelSelector;
use super::watch;
use super::{not_simulated, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;
use crate::sim::Cluster;

pub(super) const FLAGS: &[Flag] = &[
    Flag::boolean("force", None),
    Flag::boolean("ignore-daemonsets", None),
    Flag::boolean("delete-emptydir-data", None),
    Flag::value("grace-period", None),
    Flag::value("timeout", None),
    Flag::value("pod-selector", None),
    Flag::boolean("disable-eviction", None),
    Flag::value("skip-wait-for-delete-timeout", None),
    Flag::value("chunk-size", None),
    dry_run::FLAG,
    Flag::value("selector", Some('l')),
];

/// The flags pflag parses as numbers, with its error when one does not.
struct Numbers {
    grace_period: i64,
    timeout: GoDuration,
    skip_wait_secs: i64,
}

impl Numbers {
    fn parse(parsed: &Parsed) -> Result<Numbers, Output> {
        let int = |flag: &str, default: i64| int(parsed, "drain", FLAGS, flag, default);
        let grace_period = int("grace-period", -1)?;
        let timeout = duration(parsed, "drain", FLAGS, "timeout", GoDuration(0))?;
        let skip_wait_secs = int("skip-wait-for-delete-timeout", 0)?;
        int("chunk-size", 500)?;
        Ok(Numbers { grace_period, timeout, skip_wait_secs })
    }
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let parsed = match parse_flags("drain", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    let numbers = match Numbers::parse(&parsed) {
        Ok(numbers) => numbers,
        Err(out) => return out,
    };
    if parsed.bool("help") {
        return not_simulated("\"kubectl drain --help\"", "\"kubectl drain NODE --ignore-daemonsets\"");
    }
    let mut out = Output::default();
    let prepared = cordon::check_usage("drain", &parsed)
        .and_then(|()| dry_run::strategy(cluster, &parsed, &mut out))
        .and_then(|dry_run| {
            let options = filter_options(&parsed, &numbers)?;
            Ok((dry_run, options, cordon::find_nodes(cluster, &parsed)?))
        });
    let (dry_run, options, nodes) = match prepared {
        Ok(prepared) => prepared,
        Err(e) => {
            e.append_to(&mut out);
            return out;
        }
    };
    cordon::mark(cluster, &nodes, Marking::Drain, dry_run, &mut out);
    let removal = Removal {
        grace_period: (numbers.grace_period >= 0).then_some(numbers.grace_period),
        server_dry_run: dry_run == DryRun::Server,
        timeout: (numbers.timeout.0 != 0).then_some(numbers.timeout),
        skip_wait_secs: numbers.skip_wait_secs,
        give_up_at: cluster.now() + watch::PATIENCE,
    };
    let drain = Drain { options, removal, dry_run, disable_eviction: parsed.bool("disable-eviction") };
    drain.run(cluster, &nodes, &mut out);
    out
}

/// The filters' flags; `--pod-selector` must parse.
fn filter_options(parsed: &Parsed, numbers: &Numbers) -> Result<FilterOptions, KubectlError> {
    let pod_selector =
        LabelSelector::parse(parsed.value("pod-selector").unwrap_or_default()).map_err(|_| {
            KubectlError::Plain("--pod-selector=<pod_selector> must be a valid label selector".to_owned())
        })?;
    Ok(FilterOptions {
        force: parsed.bool("force"),
        ignore_daemonsets: parsed.bool("ignore-daemonsets"),
        delete_emptydir_data: parsed.bool("delete-emptydir-data"),
        skip_wait_secs: numbers.skip_wait_secs,
        pod_selector,
    })
}

/// How one node's drain ended.
enum NodeOutcome {
    Drained,
    Failed(KubectlError),
    Interrupted,
}

struct Drain {
    options: FilterOptions,
    removal: Removal,
    dry_run: DryRun,
    disable_eviction: bool,
}

impl Drain {
    /// `RunDrain` after the cordon.
    fn run(&self, cluster: &mut Cluster, nodes: &[NodeSnapshot], out: &mut Output) {
        let mut drained: BTreeSet<&str> = BTreeSet::new();
        let mut fatal = Vec::new();
        let mut remaining: Vec<&str> = Vec::new();
        for node in nodes {
            match self.node(cluster, &node.name, out) {
                NodeOutcome::Drained => {
                    drained.insert(&node.name);
                    out.out(format!("node/{} drained{}\n", node.name, self.dry_run.suffix()));
                }
                NodeOutcome::Failed(e) => {
                    out.err(format!(
                        "error: unable to drain node \"{}\" due to error: {}, continuing command...\n",
                        node.name,
                        e.text()
                    ));
                    if !drained.contains(node.name.as_str()) {
                        fatal.push(e);
                        remaining.push(&node.name);
                    }
                }
                NodeOutcome::Interrupted => {
                    let nodes = if nodes.len() == 1 { "the node stays" } else { "the nodes stay" };
                    watch::gave_up(out, Some(&format!("{nodes} cordoned")));
                    return;
                }
            }
        }
        if !remaining.is_empty() {
            out.err("There are pending nodes to be drained:\n");
            for name in remaining {
                out.err(format!(" {name}\n"));
            }
        }
        if !fatal.is_empty() {
            KubectlError::Aggregate(fatal).append_to(out);
        }
    }

    /// `deleteOrEvictPodsSimple`.
    fn node(&self, cluster: &mut Cluster, node: &str, out: &mut Output) -> NodeOutcome {
        let list = filters::pods_for_deletion(cluster, node, &self.options);
        if let Some(e) = aggregate(&list) {
            return NodeOutcome::Failed(e);
        }
        let warnings = list.warnings();
        if !warnings.is_empty() {
            out.err(format!("Warning: {warnings}\n"));
        }
        if self.dry_run == DryRun::Client {
            for pod in &list.pods {
                out.out(format!("evicting pod {}/{} (dry run)\n", pod.namespace, pod.name));
            }
            return NodeOutcome::Drained;
        }
        if list.pods.is_empty() {
            return NodeOutcome::Drained;
        }
        let waited = if self.disable_eviction {
            eviction::delete(cluster, &list.pods, &self.removal, out)
        } else {
            eviction::evict(cluster, &list.pods, &self.removal, out)
        };
        match waited {
            Waited::Done => NodeOutcome::Drained,
            Waited::Interrupted => NodeOutcome::Interrupted,
            Waited::Failed(e) => {
                let pending = filters::pods_for_deletion(cluster, node, &self.options);
                if !pending.pods.is_empty() {
                    out.err(format!(
                        "There are pending pods in node \"{node}\" when an error occurred: {}\n",
                        e.text()
                    ));
                    for pod in &pending.pods {
                        out.err(format!("pod/{}\n", pod.name));
                    }
                }
                if let Some(listing) = aggregate(&pending) {
                    out.err(format!(
                        "Following errors occurred while getting the list of pods to delete:\n{}",
                        listing.text()
                    ));
                }
                NodeOutcome::Failed(e)
            }
        }
    }
}

/// The filters' refusals as one aggregate error, if there were any.
fn aggregate(list: &PodDeleteList) -> Option<KubectlError> {
    let errors = list.errors();
    (!errors.is_empty())
        .then(|| KubectlError::Aggregate(errors.into_iter().map(KubectlError::Plain).collect()))
}

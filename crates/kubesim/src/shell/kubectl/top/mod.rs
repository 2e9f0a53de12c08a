//! `kubectl top` (kubectl `pkg/cmd/top`, `pkg/metricsutil`): usage from the
//! Metrics API. On EKS that API comes from metrics-server, an add-on a new
//! cluster does not have: in a scenario without a `kube-system/metrics-server`
//! Deployment (the stock ones), `top` answers as on such a cluster,
//! `error: Metrics API not available`.

pub(super) mod nodes;
pub(super) mod pods;

use super::{error, find_verb, not_simulated, parse_flags};
use crate::shell::printer::TabWriter;
use crate::shell::Output;
use crate::sim::metrics_api::MetricsApi;
use crate::sim::quantity::{Resources, MIB};
use crate::sim::Cluster;

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let Some(at) = find_verb(args) else {
        return match parse_flags("top", &[], args) {
            Err(out) => out,
            Ok(_) => {
                not_simulated("\"kubectl top\" without a subcommand (its help)", "\"kubectl top nodes\"")
            }
        };
    };
    let rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
    match args[at].as_str() {
        "node" | "nodes" | "no" => nodes::run(cluster, &rest),
        "pod" | "pods" | "po" => pods::run(cluster, &rest),
        _ => match parse_flags("top", &[], args) {
            Err(out) => out,
            Ok(parsed) => error(&format!(
                "unknown command \"{}\"\nSee 'kubectl top -h' for help and examples",
                parsed.args.join(" ")
            )),
        },
    }
}

/// Discovery must list `metrics.k8s.io` with a Ready metrics-server behind
/// it (an APIService without one drops out of aggregated discovery).
fn check_api(cluster: &Cluster) -> Result<(), Output> {
    match cluster.metrics_api() {
        MetricsApi::Serving { .. } => Ok(()),
        MetricsApi::NotInstalled | MetricsApi::Unavailable => Err(error("Metrics API not available")),
    }
}

/// `--sort-by`: empty, `cpu` or `memory`.
fn sort_by(value: Option<&str>) -> Result<Option<Key>, Output> {
    match value.unwrap_or_default() {
        "" => Ok(None),
        "cpu" => Ok(Some(Key::Cpu)),
        "memory" => Ok(Some(Key::Memory)),
        _ => Err(error("--sort-by accepts only cpu or memory")),
    }
}

/// What `--sort-by` sorts on, largest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Cpu,
    Memory,
}

impl Key {
    fn of(self, r: &Resources) -> u64 {
        match self {
            Key::Cpu => r.millicpu,
            Key::Memory => r.memory,
        }
    }
}

/// `printSingleResourceUsage`: CPU in millicores, memory in whole MiB.
fn cpu(r: &Resources) -> String {
    format!("{}m", r.millicpu)
}

fn memory(r: &Resources) -> String {
    format!("{}Mi", r.memory / MIB)
}

/// `int64(usage / available * 100)`, in float64 as kubectl computes it.
fn percent(used: u64, available: u64) -> String {
    let fraction = used as f64 / available as f64 * 100.0;
    format!("{}%", fraction as i64)
}

/// The metrics printer writes every value followed by a tab (`printValue`),
/// so every column is padded, the last too.
fn tab_terminated(rows: &[Vec<String>]) -> String {
    let mut table = TabWriter::for_tables();
    for row in rows {
        let mut line = String::new();
        for cell in row {
            line.push_str(cell);
            line.push('\t');
        }
        line.push('\n');
        table.push(&line);
    }
    table.finish()
}

/// An error from the API server (or the Metrics API behind it), printed as
/// it comes.
fn api_error(message: String) -> Output {
    Output::failure(1, format!("{message}\n"))
}

/// `UsageErrorf(cmd, "%s", cmd.Use)` for more than one name.
fn usage_error(command: &str, usage: &str) -> Output {
    error(&format!("{usage}\nSee 'kubectl top {command} -h' for help and examples"))
}

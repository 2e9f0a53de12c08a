//! `kubectl top node` (`pkg/cmd/top/top_node.go`): each node's usage and its
//! share of the node's allocatable (or, `--show-capacity`, capacity).

use super::{api_error, check_api, cpu, memory, percent, sort_by, tab_terminated, usage_error};
use crate::shell::flags::Flag;
use crate::shell::kubectl::selector::LabelSelector;
use crate::shell::kubectl::{error, not_simulated, parse_flags};
use crate::shell::Output;
use crate::sim::quantity::Resources;
use crate::sim::{Cluster, Node};

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    Flag::boolean("no-headers", None),
    Flag::value("selector", Some('l')),
    Flag::boolean("show-capacity", None),
    Flag::value("sort-by", None),
    Flag::boolean("use-protocol-buffers", None),
];

const HEADER: [&str; 5] = ["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"];

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match top_nodes(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn top_nodes(cluster: &Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = parse_flags("top node", FLAGS, args)?;
    if parsed.bool("help") {
        return Err(not_simulated("\"kubectl top node --help\"", "\"kubectl top nodes\""));
    }
    let name = match parsed.args.as_slice() {
        [] => None,
        [name] => Some(name.as_str()),
        _ => return Err(usage_error("node", "node [NAME | -l label]")),
    };
    let key = sort_by(parsed.value("sort-by"))?;
    let selector_text = parsed.value("selector").unwrap_or_default();
    if name.is_some() && !selector_text.is_empty() {
        return Err(error("only one of NAME or --selector can be provided"));
    }
    let selector = LabelSelector::parse(selector_text).map_err(|e| error(&e))?;
    check_api(cluster)?;
    let nodes: Vec<&Node> = match name {
        Some(name) => {
            let node = cluster.node(name).ok_or_else(|| {
                api_error(format!("Error from server (NotFound): node \"{name}\" not found"))
            })?;
            if cluster.node_metrics(node).is_none() {
                return Err(api_error(format!(
                    "Error from server (NotFound): nodemetrics.metrics.k8s.io \"{name}\" not found"
                )));
            }
            vec![node]
        }
        None => cluster.nodes().filter(|n| selector.matches(&n.labels)).collect(),
    };
    let mut measured: Vec<(&Node, Resources)> =
        nodes.iter().filter_map(|n| cluster.node_metrics(n).map(|m| (*n, m))).collect();
    if measured.is_empty() {
        return Err(error("metrics not available yet"));
    }
    // Stable, as Go's sort is on lists this short.
    match key {
        Some(key) => measured.sort_by_key(|m| std::cmp::Reverse(key.of(&m.1))),
        None => measured.sort_by(|a, b| a.0.name.cmp(&b.0.name)),
    }
    let capacity = parsed.bool("show-capacity");
    let mut rows: Vec<Vec<String>> = Vec::new();
    if !parsed.bool("no-headers") {
        rows.push(HEADER.iter().map(|h| (*h).to_owned()).collect());
    }
    for (node, usage) in &measured {
        let available = if capacity { node.capacity.resources } else { node.allocatable.resources };
        rows.push(vec![
            node.name.clone(),
            cpu(usage),
            percent(usage.millicpu, available.millicpu),
            memory(usage),
            percent(usage.memory, available.memory),
        ]);
    }
    // Nodes the Metrics API has nothing for come last (kubectl takes them
    // in Go's map order; here in name order).
    for node in nodes.iter().filter(|n| !measured.iter().any(|(m, _)| m.name == n.name)) {
        let unknown = "<unknown>".to_owned();
        rows.push(vec![node.name.clone(), unknown.clone(), unknown.clone(), unknown.clone(), unknown]);
    }
    let mut out = Output::default();
    out.out(tab_terminated(&rows));
    Ok(out)
}

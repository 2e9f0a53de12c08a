//! `kubectl top pod` (`pkg/cmd/top/top_pod.go`): each pod's usage, or with
//! `--containers` each container's, and with `--sum` their total.

use super::{api_error, check_api, cpu, memory, sort_by, tab_terminated, usage_error};
use crate::shell::flags::Flag;
use crate::shell::kubectl::go_duration::GoDuration;
use crate::shell::kubectl::selector::LabelSelector;
use crate::shell::kubectl::{error, namespace, not_simulated, parse_flags};
use crate::shell::Output;
use crate::sim::quantity::Resources;
use crate::sim::{Cluster, Duration, Pod};

pub(in crate::shell::kubectl) const FLAGS: &[Flag] = &[
    Flag::boolean("all-namespaces", Some('A')),
    Flag::boolean("containers", None),
    Flag::value("field-selector", None),
    Flag::boolean("no-headers", None),
    Flag::value("selector", Some('l')),
    Flag::value("sort-by", None),
    Flag::boolean("sum", None),
    Flag::boolean("use-protocol-buffers", None),
];

/// Pods younger than this may simply not have been scraped yet
/// (`metricsCreationDelay`).
const METRICS_CREATION_DELAY: Duration = Duration::from_mins(2);

/// One pod's entry in the Metrics API.
struct PodMetrics<'a> {
    pod: &'a Pod,
    containers: Vec<(String, Resources)>,
}

impl PodMetrics<'_> {
    fn total(&self) -> Resources {
        self.containers.iter().fold(Resources::default(), |sum, (_, r)| sum + *r)
    }
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    match top_pods(cluster, args) {
        Ok(out) | Err(out) => out,
    }
}

fn top_pods(cluster: &Cluster, args: &[String]) -> Result<Output, Output> {
    let parsed = parse_flags("top pod", FLAGS, args)?;
    if parsed.bool("help") {
        return Err(not_simulated("\"kubectl top pod --help\"", "\"kubectl top pods\""));
    }
    if parsed.value("field-selector").is_some() {
        return Err(not_simulated("\"kubectl top pod --field-selector\"", "\"-l\""));
    }
    let name = match parsed.args.as_slice() {
        [] => None,
        [name] => Some(name.as_str()),
        _ => return Err(usage_error("pod", "pod [NAME | -l label]")),
    };
    let key = sort_by(parsed.value("sort-by"))?;
    let selector_text = parsed.value("selector").unwrap_or_default();
    if name.is_some() && !selector_text.is_empty() {
        return Err(error("only one of NAME or selector can be provided"));
    }
    let selector = LabelSelector::parse(selector_text).map_err(|e| error(&e))?;
    check_api(cluster)?;
    let ns = namespace(&parsed);
    let all_namespaces = parsed.bool("all-namespaces");
    let mut metrics: Vec<PodMetrics<'_>> = match name {
        Some(name) => {
            let pod = cluster.pods().by_name(ns, name).ok_or_else(|| {
                api_error(format!("Error from server (NotFound): pods \"{name}\" not found"))
            })?;
            let containers = cluster.pod_metrics(pod).ok_or_else(|| {
                api_error(format!(
                    "Error from server (NotFound): podmetrics.metrics.k8s.io \"{ns}/{name}\" not found"
                ))
            })?;
            vec![PodMetrics { pod, containers }]
        }
        None => {
            let pods: Box<dyn Iterator<Item = &Pod>> = if all_namespaces {
                Box::new(cluster.pods().iter())
            } else {
                Box::new(cluster.pods().in_namespace(ns))
            };
            pods.filter(|p| selector.matches(&p.meta.labels))
                .filter_map(|pod| cluster.pod_metrics(pod).map(|containers| PodMetrics { pod, containers }))
                .collect()
        }
    };
    let mut out = Output::default();
    if metrics.is_empty() {
        // Why nothing came back: pods that should have metrics by now, or
        // all too young; kubectl looks in the current namespace even with -A.
        if let Some(old) = cluster
            .pods()
            .in_namespace(ns)
            .filter(|p| selector.matches(&p.meta.labels))
            .find(|p| cluster.now() - p.meta.created > METRICS_CREATION_DELAY)
        {
            return Err(error(&format!(
                "Metrics not available for pod {}/{}, age: {}",
                old.meta.namespace,
                old.meta.name,
                GoDuration::from(cluster.now() - old.meta.created)
            )));
        }
        if cluster.pods().in_namespace(ns).any(|p| selector.matches(&p.meta.labels)) {
            return Err(error("metrics not available yet"));
        }
        if all_namespaces {
            out.err("No resources found\n");
        } else {
            out.err(format!("No resources found in {ns} namespace.\n"));
        }
        return Ok(out);
    }
    // Stable, as Go's sort is on lists this short.
    match key {
        Some(key) => metrics.sort_by_key(|m| std::cmp::Reverse(key.of(&m.total()))),
        None if all_namespaces => {
            metrics.sort_by(|a, b| (a.pod.namespace(), a.pod.name()).cmp(&(b.pod.namespace(), b.pod.name())))
        }
        None => metrics.sort_by(|a, b| a.pod.name().cmp(b.pod.name())),
    }
    let with_containers = parsed.bool("containers");
    let no_headers = parsed.bool("no-headers");
    let mut rows: Vec<Vec<String>> = Vec::new();
    // kubectl counts the columns while it prints the header, so without one
    // the sum lines are indented as if there were three.
    let mut columns = 3;
    if !no_headers {
        let mut header: Vec<String> = Vec::new();
        if all_namespaces {
            header.push("NAMESPACE".to_owned());
            columns += 1;
        }
        if with_containers {
            header.push("POD".to_owned());
            columns += 1;
        }
        header.extend(["NAME", "CPU(cores)", "MEMORY(bytes)"].map(str::to_owned));
        rows.push(header);
    }
    for m in &metrics {
        let lead = |row: &mut Vec<String>| {
            if all_namespaces {
                row.push(m.pod.namespace().to_owned());
            }
        };
        if with_containers {
            let mut containers = m.containers.clone();
            match key {
                Some(key) => containers.sort_by_key(|c| std::cmp::Reverse(key.of(&c.1))),
                None => containers.sort_by(|a, b| a.0.cmp(&b.0)),
            }
            for (container, usage) in &containers {
                let mut row = Vec::new();
                lead(&mut row);
                row.extend([m.pod.name().to_owned(), container.clone(), cpu(usage), memory(usage)]);
                rows.push(row);
            }
        } else {
            let mut row = Vec::new();
            lead(&mut row);
            let total = m.total();
            row.extend([m.pod.name().to_owned(), cpu(&total), memory(&total)]);
            rows.push(row);
        }
    }
    if parsed.bool("sum") {
        let total = metrics.iter().fold(Resources::default(), |sum, m| sum + m.total());
        let mut underline = vec![String::new(); columns - 2];
        underline.extend(["________".to_owned(), "________".to_owned()]);
        rows.push(underline);
        let mut sums = vec![String::new(); columns - 3];
        sums.extend([String::new(), cpu(&total), memory(&total)]);
        rows.push(sums);
    }
    out.out(tab_terminated(&rows));
    Ok(out)
}

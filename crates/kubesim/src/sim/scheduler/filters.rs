//! kube-scheduler's filter plugins, in its order, and the FitError message a
//! pod that fits nowhere is left with.

use std::collections::BTreeMap;

use super::Candidate;
use crate::sim::pod::Pod;
use crate::sim::quantity::Resources;
use crate::sim::taint::{Taint, TaintEffect, UNSCHEDULABLE};
use crate::sim::Node;

/// Why a node was filtered out. `Unresolvable` reasons are ones preemption
/// cannot fix.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    Fits,
    Unresolvable,
    Resolvable,
}

/// A filter's reason for rejecting a node; rendered only if the pod fits
/// nowhere.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Reason<'a> {
    Unschedulable,
    Affinity,
    Taint(&'a str, &'a str),
    TooManyPods,
    Cpu,
    Memory,
}

impl Reason<'_> {
    fn text(self) -> String {
        match self {
            Reason::Unschedulable => "node(s) were unschedulable".to_owned(),
            Reason::Affinity => "node(s) didn't match Pod's node affinity/selector".to_owned(),
            Reason::Taint(key, value) => format!("node(s) had untolerated taint {{{key}: {value}}}"),
            Reason::TooManyPods => "Too many pods".to_owned(),
            Reason::Cpu => "Insufficient cpu".to_owned(),
            Reason::Memory => "Insufficient memory".to_owned(),
        }
    }
}

/// Runs the filter plugins in kube-scheduler's order, stopping at the first
/// that rejects the node, and counts its reasons.
pub(super) fn filter<'a>(
    pod: &Pod,
    c: &Candidate<'a>,
    requests: Resources,
    reasons: &mut BTreeMap<Reason<'a>, u32>,
) -> Verdict {
    let mut reject = |reason: Reason<'a>, verdict: Verdict| {
        *reasons.entry(reason).or_default() += 1;
        verdict
    };
    let spec = &pod.spec;
    if c.open && spec.node_name.is_none() && spec.node_selector.is_empty() && spec.avoid_labels.is_empty() {
        return fit_resources(c, requests, reasons);
    }
    let node = c.node;
    if node.unschedulable && !spec.tolerates(&Taint::new(UNSCHEDULABLE, "", TaintEffect::NoSchedule)) {
        return reject(Reason::Unschedulable, Verdict::Unresolvable);
    }
    if spec.node_name.as_ref().is_some_and(|n| *n != node.name) {
        return reject(Reason::Affinity, Verdict::Unresolvable);
    }
    if let Some(taint) =
        node.taints.iter().find(|t| t.effect != TaintEffect::PreferNoSchedule && !spec.tolerates(t))
    {
        return reject(Reason::Taint(&taint.key, &taint.value), Verdict::Unresolvable);
    }
    if !spec.matches_node(&node.labels) {
        return reject(Reason::Affinity, Verdict::Unresolvable);
    }
    fit_resources(c, requests, reasons)
}

/// NodeResourcesFit: pod count, CPU and memory.
fn fit_resources<'a>(
    c: &Candidate<'a>,
    requests: Resources,
    reasons: &mut BTreeMap<Reason<'a>, u32>,
) -> Verdict {
    let mut reject = |reason: Reason<'a>| {
        *reasons.entry(reason).or_default() += 1;
        Verdict::Resolvable
    };
    let mut verdict = Verdict::Fits;
    if c.free_pods == 0 {
        verdict = reject(Reason::TooManyPods);
    }
    if requests.millicpu > c.free.millicpu {
        verdict = reject(Reason::Cpu);
    }
    if requests.memory > c.free.memory {
        verdict = reject(Reason::Memory);
    }
    verdict
}

/// NodeResourcesFit's LeastAllocated score, 0–100: the share left free.
pub(super) fn least_allocated(node: &Node, free: Resources) -> u64 {
    let alloc = node.allocatable.resources;
    let cpu = (free.millicpu * 100).checked_div(alloc.millicpu).unwrap_or(0);
    let memory = (free.memory / 1_024 * 100).checked_div(alloc.memory / 1_024).unwrap_or(0);
    (cpu + memory) / 2
}

/// The FitError message: each reason with its node count, sorted as
/// strings, then what preemption found.
pub(super) fn fit_error(nodes: usize, reasons: &BTreeMap<Reason<'_>, u32>, unresolvable: u32) -> String {
    if nodes == 0 {
        return "no nodes available to schedule pods".to_owned();
    }
    let mut parts: Vec<String> = reasons.iter().map(|(reason, n)| format!("{n} {}", reason.text())).collect();
    parts.sort();
    let resolvable = nodes as u32 - unresolvable;
    let mut preemption: Vec<String> = Vec::new();
    if unresolvable > 0 {
        preemption.push(format!("{unresolvable} Preemption is not helpful for scheduling"));
    }
    if resolvable > 0 {
        preemption.push(format!("{resolvable} No preemption victims found for incoming pod"));
    }
    preemption.sort();
    format!(
        "0/{nodes} nodes are available: {}. preemption: 0/{nodes} nodes are available: {}..",
        parts.join(", "),
        preemption.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_errors_read_like_the_scheduler() {
        let reasons = BTreeMap::from([(Reason::Cpu, 3)]);
        assert_eq!(
            fit_error(3, &reasons, 0),
            "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: \
             3 No preemption victims found for incoming pod.."
        );
        let reasons = BTreeMap::from([(Reason::Cpu, 2), (Reason::Unschedulable, 1)]);
        assert_eq!(
            fit_error(3, &reasons, 1),
            "0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu. preemption: \
             0/3 nodes are available: 1 Preemption is not helpful for scheduling, \
             2 No preemption victims found for incoming pod.."
        );
        assert_eq!(fit_error(0, &BTreeMap::new(), 0), "no nodes available to schedule pods");
    }
}

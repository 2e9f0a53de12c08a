//! `kubectl taint` (kubectl `pkg/cmd/taint`): add, change or remove taints
//! on nodes. The scheduler keeps new pods off a NoSchedule taint; the taint
//! manager evicts the pods that do not tolerate a NoExecute one.

use super::check_err::{gathered, KubectlError};
use super::dry_run::{self, DryRun};
use super::print_flags::{self, NamePrinter, Unprintable};
use super::resource::ResourceType;
use super::selector::LabelSelector;
use super::validation::{label_value, qualified_name};
use super::{not_simulated, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::printer::go_format::quote;
use crate::shell::Output;
use crate::sim::taint::{Taint, TaintEffect};
use crate::sim::{Cluster, Node};

pub(super) const FLAGS: &[Flag] = &[
    Flag::value("selector", Some('l')),
    Flag::boolean("overwrite", None),
    Flag::boolean("all", None),
    dry_run::FLAG,
    print_flags::FLAG,
    Flag::value("field-manager", None),
];

/// A taint as given on the command line: removals may leave out the effect.
#[derive(Clone, Debug, PartialEq, Eq)]
struct TaintSpec {
    key: String,
    value: String,
    effect: Option<TaintEffect>,
}

impl TaintSpec {
    /// `Taint.ToString`.
    fn shown(&self) -> String {
        match (&self.effect, self.value.is_empty()) {
            (None, true) => self.key.clone(),
            (None, false) => format!("{}={}:", self.key, self.value),
            (Some(e), true) => format!("{}:{}", self.key, e.as_str()),
            (Some(e), false) => format!("{}={}:{}", self.key, self.value, e.as_str()),
        }
    }

    fn matches(&self, taint: &Taint) -> bool {
        taint.key == self.key && self.effect.is_none_or(|e| e == taint.effect)
    }
}

/// `parseTaint`: `key=value:Effect`, `key:Effect` or `key`.
fn parse_taint(spec: &str) -> Result<TaintSpec, String> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (key, value, effect) = match parts.as_slice() {
        [key] => (*key, "", None),
        [key_value, effect] => {
            let effect = TaintEffect::parse(effect)
                .ok_or_else(|| format!("invalid taint effect: {effect}, unsupported taint effect"))?;
            let (key, value) = match key_value.split('=').collect::<Vec<_>>().as_slice() {
                [key] => (*key, ""),
                [key, value] => {
                    let errors = label_value(value);
                    if !errors.is_empty() {
                        return Err(format!("invalid taint spec: {spec}, {}", errors.join("; ")));
                    }
                    (*key, *value)
                }
                _ => return Err(format!("invalid taint spec: {spec}")),
            };
            (key, value, Some(effect))
        }
        _ => return Err(format!("invalid taint spec: {spec}")),
    };
    let errors = qualified_name(key);
    if !errors.is_empty() {
        return Err(format!("invalid taint spec: {spec}, {}", errors.join("; ")));
    }
    Ok(TaintSpec { key: key.to_owned(), value: value.to_owned(), effect })
}

/// `parseTaints`: what to add and what to remove.
fn parse_taints(specs: &[&str]) -> Result<(Vec<TaintSpec>, Vec<TaintSpec>), String> {
    let mut add: Vec<TaintSpec> = Vec::new();
    let mut remove = Vec::new();
    for spec in specs {
        if let Some(body) = spec.strip_suffix('-') {
            let taint = parse_taint(body)?;
            remove.push(TaintSpec { value: String::new(), ..taint });
            continue;
        }
        let taint = parse_taint(spec)?;
        let Some(effect) = taint.effect else {
            return Err(format!("invalid taint spec: {spec}"));
        };
        if add.iter().any(|t| t.key == taint.key && t.effect == taint.effect) {
            return Err(format!(
                "duplicated taints with the same key and effect: {{{} {} {} <nil>}}",
                taint.key,
                taint.value,
                effect.as_str()
            ));
        }
        add.push(taint);
    }
    Ok((add, remove))
}

/// `Validate`: only nodes have taints, and nothing is both added and removed.
fn validate(resource: &str, add: &[TaintSpec], remove: &[TaintSpec]) -> Result<(), KubectlError> {
    let resource = resource.to_lowercase();
    let base = resource.strip_suffix('.').unwrap_or(&resource).split('.').next().unwrap_or_default();
    match ResourceType::resolve(base) {
        Some(ResourceType::Nodes) => {}
        Some(_) => {
            return Err(KubectlError::Plain(format!(
                "invalid resource type {resource}, only node types are supported"
            )))
        }
        None if ResourceType::is_unmodelled_builtin(base) => {
            return Err(KubectlError::Plain(format!(
                "invalid resource type {resource}, only node types are supported"
            )))
        }
        None => {
            return Err(KubectlError::Plain(format!(
                "the server doesn't have a resource type {}",
                quote(base)
            )))
        }
    }
    let conflicts: Vec<String> = add
        .iter()
        .flat_map(|a| {
            remove
                .iter()
                .filter(move |r| r.key == a.key && (r.effect.is_none() || r.effect == a.effect))
                .map(|r| format!("{}={}", r.key, r.effect.map(TaintEffect::as_str).unwrap_or_default()))
        })
        .collect();
    if !conflicts.is_empty() {
        return Err(KubectlError::Plain(format!(
            "can not both modify and remove the following taint(s) in the same command: {}",
            conflicts.join(", ")
        )));
    }
    Ok(())
}

/// The result of one node's update: the operation kubectl names, and the
/// new taints.
struct Update {
    operation: &'static str,
    taints: Vec<Taint>,
}

/// `updateTaints` and `reorganizeTaints`: the new taints first, then the old
/// ones they do not replace, less the removed ones. The operation word
/// follows kubectl's counting, quirks included.
fn update(
    node: &Node,
    add: &[TaintSpec],
    remove: &[TaintSpec],
    overwrite: bool,
) -> Result<Update, KubectlError> {
    if !overwrite {
        let existing: Vec<&str> = add
            .iter()
            .flat_map(|a| node.taints.iter().filter(move |t| a.matches(t)).map(|_| a.key.as_str()))
            .collect();
        if !existing.is_empty() {
            return Err(KubectlError::Plain(format!(
                "node {} already has {} taint(s) with same effect(s) and --overwrite is false",
                node.name,
                existing.join(",")
            )));
        }
    }
    let mut taints: Vec<Taint> =
        add.iter().filter_map(|a| a.effect.map(|effect| Taint::new(&a.key, &a.value, effect))).collect();
    for old in &node.taints {
        if !taints.iter().any(|t| t.key == old.key && t.effect == old.effect) {
            taints.push(old.clone());
        }
    }
    let added = node.taints.len() != taints.len();
    let mut removed = false;
    let mut missing = Vec::new();
    for r in remove {
        let before = taints.len();
        taints.retain(|t| !r.matches(t));
        removed = taints.len() != before;
        if !removed {
            missing.push(KubectlError::Plain(format!("taint {} not found", quote(&r.shown()))));
        }
    }
    if !missing.is_empty() {
        return Err(KubectlError::Aggregate(missing));
    }
    let operation = if (added && removed) || overwrite {
        "modified"
    } else if added {
        "tainted"
    } else {
        "untainted"
    };
    Ok(Update { operation, taints })
}

/// Splits the words into resources and taint changes, which must come last.
fn split_args(args: &[String]) -> Result<(Vec<&str>, Vec<&str>), KubectlError> {
    let mut resources = Vec::new();
    let mut changes = Vec::new();
    for arg in args {
        let is_change = arg.contains('=') || arg.contains(':') || arg.ends_with('-');
        match (is_change, changes.is_empty()) {
            (true, _) => changes.push(arg.as_str()),
            (false, true) => resources.push(arg.as_str()),
            (false, false) => {
                return Err(KubectlError::Plain(format!(
                    "all resources must be specified before taint changes: {arg}"
                )))
            }
        }
    }
    Ok((resources, changes))
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let parsed = match parse_flags("taint", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    if parsed.bool("help") {
        return not_simulated(
            "\"kubectl taint --help\"",
            "\"kubectl taint nodes NODE key=value:NoSchedule\"",
        );
    }
    let mut out = Output::default();
    if let Err(e) = taint(cluster, &parsed, &mut out) {
        e.append_to(&mut out);
    }
    out
}

fn taint(cluster: &mut Cluster, parsed: &Parsed, out: &mut Output) -> Result<(), KubectlError> {
    let dry_run = dry_run::strategy(cluster, parsed, out)?;
    let (resources, changes) = split_args(&parsed.args)?;
    let Some(resource) = resources.first() else {
        return Err(KubectlError::Plain(
            "one or more resources must be specified as <resource> <name>".to_owned(),
        ));
    };
    if changes.is_empty() {
        return Err(KubectlError::Plain("at least one taint update is required".to_owned()));
    }
    let (add, remove) = parse_taints(&changes).map_err(|e| KubectlError::usage("taint", &e))?;
    validate(resource, &add, &remove)?;
    let all = parsed.bool("all");
    let selector = parsed.value("selector").unwrap_or_default();
    if all && !selector.is_empty() {
        return Err(KubectlError::Plain(
            "setting 'all' parameter with a non empty selector is prohibited".to_owned(),
        ));
    }
    if !all && selector.is_empty() && resources.len() < 2 {
        return Err(KubectlError::Plain(
            "at least one resource name must be specified since 'all' parameter is not set".to_owned(),
        ));
    }
    let printer: Result<NamePrinter, String> = match NamePrinter::select(parsed, "taint") {
        Ok(printer) => Ok(printer),
        Err(Unprintable::NotSimulated(refusal)) => {
            *out = refusal;
            return Ok(());
        }
        Err(Unprintable::Unknown(message)) => Err(message),
    };
    let mut errors = Vec::new();
    for found in node_names(cluster, all, selector, resources.get(1..).unwrap_or_default())? {
        let update = found
            .and_then(|name| cluster.node(&name).ok_or_else(|| not_found(&name)))
            .and_then(|node| {
                update(node, &add, &remove, parsed.bool("overwrite")).map(|u| (node.name.clone(), u))
            })
            .and_then(|done| printer.clone().map(|p| (done, p)).map_err(KubectlError::Plain));
        let ((name, update), printer) = match update {
            Ok(ready) => ready,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if dry_run == DryRun::None {
            if let Err(e) = cluster.set_node_taints(&name, update.taints) {
                errors.push(KubectlError::Status(e.message()));
                continue;
            }
        }
        out.out(printer.line(&format!("node/{name}"), update.operation));
    }
    gathered(errors).map_or(Ok(()), Err)
}

fn not_found(name: &str) -> KubectlError {
    KubectlError::Status(ResourceType::Nodes.not_found(name))
}

/// The nodes to visit, as the builder finds them: every node (`--all`),
/// those the selector matches, or the ones named.
fn node_names(
    cluster: &Cluster,
    all: bool,
    selector: &str,
    names: &[&str],
) -> Result<Vec<Result<String, KubectlError>>, KubectlError> {
    if all {
        return Ok(cluster.nodes().map(|n| Ok(n.name.clone())).collect());
    }
    if !selector.is_empty() {
        let parsed = LabelSelector::parse(selector).map_err(|e| {
            KubectlError::Status(format!(
                "Error from server (BadRequest): Unable to find \"/v1, Resource=nodes\" that match label selector {}, field selector \"\": {e}",
                quote(selector)
            ))
        })?;
        return Ok(cluster
            .nodes()
            .filter(|n| parsed.matches(&n.labels))
            .map(|n| Ok(n.name.clone()))
            .collect());
    }
    Ok(names.iter().map(|name| Ok((*name).to_owned())).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(key: &str, value: &str, effect: Option<TaintEffect>) -> TaintSpec {
        TaintSpec { key: key.into(), value: value.into(), effect }
    }

    #[test]
    fn specs_parse_as_kubectl_reads_them() {
        assert_eq!(parse_taint("k=v:NoSchedule"), Ok(spec("k", "v", Some(TaintEffect::NoSchedule))));
        assert_eq!(parse_taint("k:NoExecute"), Ok(spec("k", "", Some(TaintEffect::NoExecute))));
        assert_eq!(parse_taint("k"), Ok(spec("k", "", None)));
        assert_eq!(
            parse_taint("k=v:Never"),
            Err("invalid taint effect: Never, unsupported taint effect".into())
        );
        assert_eq!(parse_taint("a:b:c"), Err("invalid taint spec: a:b:c".into()));
        assert_eq!(parse_taint("a=b=c:NoSchedule"), Err("invalid taint spec: a=b=c:NoSchedule".into()));
        assert!(parse_taint("k=v").is_err_and(|e| e.starts_with("invalid taint spec: k=v, name part must")));
        assert_eq!(parse_taints(&["k"]), Err("invalid taint spec: k".into()));
        assert_eq!(
            parse_taints(&["k=a:NoSchedule", "k=b:NoSchedule"]),
            Err("duplicated taints with the same key and effect: {k b NoSchedule <nil>}".into())
        );
    }

    #[test]
    fn removal_shows_what_was_asked() {
        let (_, remove) = parse_taints(&["k:NoSchedule-", "j-"]).expect("valid");
        assert_eq!(remove.iter().map(TaintSpec::shown).collect::<Vec<_>>(), ["k:NoSchedule", "j"]);
    }
}

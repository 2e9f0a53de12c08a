//! `kubectl label` (kubectl `pkg/cmd/label`): set or remove labels on any
//! modelled object. Node labels steer node selectors; pod labels decide
//! which Services, budgets and ReplicaSets count the pod.

mod changes;

use changes::LabelChanges;

use super::check_err::{gathered, KubectlError};
use super::dry_run::{self, DryRun};
use super::objects::{self, Scope};
use super::print_flags::{self, NamePrinter, Unprintable};
use super::resource::ResourceType;
use super::selector::LabelSelector;
use super::validation::qualified_name;
use super::{namespace, not_simulated, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::printer::go_format::quote;
use crate::shell::Output;
use crate::sim::relabel::LabelledKind;
use crate::sim::{Cluster, Labels};

pub(super) const FLAGS: &[Flag] = &[
    Flag::boolean("overwrite", None),
    Flag::boolean("list", None),
    Flag::boolean("local", None),
    Flag::value("field-selector", None),
    Flag::boolean("all", None),
    Flag::boolean("all-namespaces", Some('A')),
    Flag::value("resource-version", None),
    Flag::value("filename", Some('f')),
    Flag::value("kustomize", Some('k')),
    Flag::boolean("recursive", Some('R')),
    dry_run::FLAG,
    print_flags::FLAG,
    Flag::value("field-manager", None),
    Flag::value("selector", Some('l')),
];

/// The flags whose behaviour needs something this simulation lacks
/// (manifest files, field selectors, resource versions).
const UNSIMULATED: &[&str] = &["local", "field-selector", "resource-version", "filename", "kustomize"];

/// One object to label.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Target {
    resource: ResourceType,
    namespace: String,
    name: String,
}

/// What the builder found: the objects (each found or not), and whether one
/// object was named (`IntoSingleItemImplied`).
struct Targets {
    items: Vec<Result<Target, KubectlError>>,
    one: bool,
}

/// How the command was asked to run.
struct Options {
    changes: LabelChanges,
    overwrite: bool,
    list: bool,
    dry_run: DryRun,
    printer: Result<NamePrinter, String>,
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let parsed = match parse_flags("label", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    if parsed.bool("help") {
        return not_simulated("\"kubectl label --help\"", "\"kubectl label pods NAME key=value\"");
    }
    if let Some(flag) = UNSIMULATED.iter().find(|f| parsed.value(f).is_some()) {
        return not_simulated(
            &format!("\"kubectl label --{flag}\""),
            "\"kubectl label TYPE NAME key=value\"",
        );
    }
    let mut out = Output::default();
    if let Err(e) = label(cluster, &parsed, &mut out) {
        e.append_to(&mut out);
    }
    out
}

/// `Complete`, `Validate`, then `RunLabel`.
fn label(cluster: &mut Cluster, parsed: &Parsed, out: &mut Output) -> Result<(), KubectlError> {
    let dry_run = dry_run::strategy(cluster, parsed, out)?;
    let (resources, specs) = changes::split_args(&parsed.args)?;
    let changes = changes::parse(&specs)?;
    let list = parsed.bool("list");
    if list && parsed.value(print_flags::FLAG.long).is_some_and(|o| !o.is_empty()) {
        return Err(KubectlError::Plain("--list and --output may not be specified together".to_owned()));
    }
    let selector = parsed.value("selector").map(str::trim).unwrap_or_default();
    if parsed.bool("all") && !selector.is_empty() {
        return Err(KubectlError::Plain("cannot set --all and --selector at the same time".to_owned()));
    }
    if resources.is_empty() {
        return Err(KubectlError::Plain(
            "one or more resources must be specified as <resource> <name> or <resource>/<name>".to_owned(),
        ));
    }
    if changes.is_empty() && !list {
        return Err(KubectlError::Plain("at least one label update is required".to_owned()));
    }
    let printer = match NamePrinter::select(parsed, "label") {
        Ok(printer) => Ok(printer),
        Err(Unprintable::NotSimulated(refusal)) => {
            *out = refusal;
            return Ok(());
        }
        Err(Unprintable::Unknown(message)) => Err(message),
    };
    let targets = targets(cluster, parsed, &resources, selector)?;
    // Every object's labels must be modelled before any of them changes.
    let mut items = Vec::new();
    for item in targets.items {
        match item.map(|target| (label_store(target.resource), target)) {
            Ok((Some(store), target)) => items.push(Ok((target, store))),
            Ok((None, target)) => {
                *out = not_simulated(
                    &format!("\"kubectl label {}\"", target.resource.plural()),
                    "\"kubectl label pods|nodes|deployments NAME key=value\"",
                );
                return Ok(());
            }
            Err(e) => items.push(Err(e)),
        }
    }
    let options = Options { changes, overwrite: parsed.bool("overwrite"), list, dry_run, printer };
    let mut errors = Vec::new();
    for item in items {
        if let Err(e) =
            item.and_then(|(target, store)| relabel(cluster, &target, store, &options, targets.one, out))
        {
            errors.push(e);
        }
    }
    gathered(errors).map_or(Ok(()), Err)
}

/// Where the engine keeps an object's labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LabelStore {
    Node,
    Object(LabelledKind),
}

/// `None` for the types whose labels are not modelled.
fn label_store(resource: ResourceType) -> Option<LabelStore> {
    let kind = match resource {
        ResourceType::Nodes => return Some(LabelStore::Node),
        ResourceType::Pods => LabelledKind::Pod,
        ResourceType::Deployments => LabelledKind::Deployment,
        ResourceType::ReplicaSets => LabelledKind::ReplicaSet,
        ResourceType::DaemonSets => LabelledKind::DaemonSet,
        ResourceType::Services => LabelledKind::Service,
        ResourceType::PodDisruptionBudgets => LabelledKind::PodDisruptionBudget,
        ResourceType::Endpoints | ResourceType::Events | ResourceType::Namespaces | ResourceType::Leases => {
            return None
        }
    };
    Some(LabelStore::Object(kind))
}

fn unknown_type(typed: &str) -> KubectlError {
    KubectlError::Plain(format!("the server doesn't have a resource type {}", quote(typed)))
}

fn resolve(typed: &str) -> Result<ResourceType, KubectlError> {
    ResourceType::resolve(typed).ok_or_else(|| unknown_type(typed))
}

/// One named object, found or not.
fn named(cluster: &Cluster, resource: ResourceType, ns: &str, name: &str) -> Result<Target, KubectlError> {
    let ns = if resource.namespaced() { ns } else { "" };
    match objects::find(cluster, resource, ns, name) {
        Some(_) => Ok(Target { resource, namespace: ns.to_owned(), name: name.to_owned() }),
        None => Err(not_found(resource, name)),
    }
}

fn not_found(resource: ResourceType, name: &str) -> KubectlError {
    KubectlError::Status(resource.not_found(name))
}

/// The resource builder's `ResourceTypeOrNameArgs`: `TYPE NAME…`,
/// `TYPE/NAME…`, `TYPE[,TYPE…] NAME`, or `TYPE[,TYPE…]` with `-l` or `--all`.
fn targets(
    cluster: &Cluster,
    parsed: &Parsed,
    args: &[&str],
    selector: &str,
) -> Result<Targets, KubectlError> {
    let all_namespaces = parsed.bool("all-namespaces");
    let ns = namespace(parsed);
    let slashed = args.iter().filter(|a| a.contains('/')).count();
    let mut tuples: Vec<(&str, &str)> = Vec::new();
    if slashed > 0 {
        if slashed != args.len() {
            return Err(KubectlError::Plain("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'".to_owned()));
        }
        for arg in args {
            match arg.split('/').collect::<Vec<_>>().as_slice() {
                [typed, name] if !typed.is_empty() && !name.is_empty() => tuples.push((typed, name)),
                [_, _] => {
                    return Err(KubectlError::Plain(
                        "arguments in resource/name form must have a single resource and name".to_owned(),
                    ))
                }
                _ => {
                    return Err(KubectlError::Plain(
                        "arguments in resource/name form may not have more than one slash".to_owned(),
                    ))
                }
            }
        }
    } else if let [types, names @ ..] = args {
        let types: Vec<&str> = types.split(',').filter(|t| !t.is_empty()).collect();
        if types.len() > 1 && !names.is_empty() {
            tuples = types.iter().flat_map(|t| names.iter().map(move |n| (*t, *n))).collect();
        } else {
            let resources = types.iter().map(|t| resolve(t)).collect::<Result<Vec<_>, _>>()?;
            let everything = names.is_empty() && parsed.bool("all");
            if !selector.is_empty() || everything {
                if !names.is_empty() {
                    return Err(KubectlError::Plain(
                        "name cannot be provided when a selector is specified".to_owned(),
                    ));
                }
                return by_selector(cluster, &resources, selector, all_namespaces, ns);
            }
            if names.is_empty() {
                return Err(KubectlError::Plain(
                    "resource(s) were provided, but no name was specified".to_owned(),
                ));
            }
            tuples = resources.iter().flat_map(|r| names.iter().map(move |n| (r.plural(), *n))).collect();
        }
    }
    if !selector.is_empty() || parsed.bool("all") {
        return Err(KubectlError::Plain(
            "selectors and the all flag cannot be used when passing resource/name arguments".to_owned(),
        ));
    }
    let resolved =
        tuples.iter().map(|(t, n)| Ok((resolve(t)?, *n))).collect::<Result<Vec<_>, KubectlError>>()?;
    if all_namespaces && resolved.iter().any(|(r, _)| r.namespaced()) {
        return Err(KubectlError::Plain(
            "a resource cannot be retrieved by name across all namespaces".to_owned(),
        ));
    }
    let one = resolved.len() == 1;
    let items = resolved.into_iter().map(|(r, name)| named(cluster, r, ns, name)).collect();
    Ok(Targets { items, one })
}

/// Every object of the types the selector matches, type by type, in API
/// order.
fn by_selector(
    cluster: &Cluster,
    resources: &[ResourceType],
    selector: &str,
    all_namespaces: bool,
    ns: &str,
) -> Result<Targets, KubectlError> {
    let mut items = Vec::new();
    for resource in resources {
        let parsed = LabelSelector::parse(selector).map_err(|e| {
            let group = resource.group();
            KubectlError::Status(format!(
                "Error from server (BadRequest): Unable to find \"{group}/v1, Resource={}\" that match label selector {}, field selector \"\": {e}",
                resource.plural(),
                quote(selector)
            ))
        })?;
        let scope = if all_namespaces { Scope::All } else { Scope::Namespace(ns) };
        items.extend(
            objects::list(cluster, *resource, scope).iter().filter(|o| parsed.matches(o.labels())).map(|o| {
                Ok(Target { resource: *resource, namespace: o.namespace().to_owned(), name: o.name() })
            }),
        );
    }
    Ok(Targets { items, one: false })
}

/// The labels the object has now.
fn current_labels(cluster: &Cluster, target: &Target) -> Result<Labels, KubectlError> {
    objects::find(cluster, target.resource, &target.namespace, &target.name)
        .map(|o| o.labels().clone())
        .ok_or_else(|| not_found(target.resource, &target.name))
}

/// The API server's check of the label keys (values were checked by
/// kubectl already).
fn validate_keys(target: &Target, labels: &Labels) -> Result<(), KubectlError> {
    let causes: Vec<String> = labels
        .keys()
        .flat_map(|key| {
            qualified_name(key)
                .into_iter()
                .map(move |m| format!("metadata.labels: Invalid value: {}: {m}", quote(key)))
        })
        .collect();
    if causes.is_empty() {
        return Ok(());
    }
    Err(KubectlError::Invalid {
        kind: target.resource.kind(),
        group: target.resource.group(),
        name: target.name.clone(),
        causes,
    })
}

/// Labels one object and reports it.
fn relabel(
    cluster: &mut Cluster,
    target: &Target,
    store: LabelStore,
    options: &Options,
    one: bool,
    out: &mut Output,
) -> Result<(), KubectlError> {
    let old = current_labels(cluster, target)?;
    let local = options.dry_run == DryRun::Client || options.list;
    if !local {
        for key in options.changes.remove.iter().filter(|k| !old.contains_key(*k)) {
            out.out(format!("label {} not found.\n", quote(key)));
        }
    }
    let new = options.changes.apply(&old, options.overwrite)?;
    let message = changes::message(&old, &new, options.overwrite);
    if !local {
        validate_keys(target, &new)?;
        if options.dry_run == DryRun::None {
            let stored = match store {
                LabelStore::Node => cluster.set_node_labels(&target.name, new.clone()),
                LabelStore::Object(kind) => {
                    cluster.set_labels(kind, &target.namespace, &target.name, new.clone())
                }
            };
            stored.map_err(|e| KubectlError::Status(e.message()))?;
        }
    }
    if options.list {
        let indent = if one {
            ""
        } else {
            let kind = target.resource.kind();
            out.out(format!("Listing labels for {kind}.{}/{}:\n", target.resource.group(), target.name));
            " "
        };
        for (key, value) in &new {
            out.out(format!("{indent}{key}={value}\n"));
        }
        return Ok(());
    }
    let printer = options.printer.clone().map_err(KubectlError::Plain)?;
    let operation = format!("{message}{}", options.dry_run.suffix());
    out.out(printer.line(&format!("{}/{}", target.resource.qualified_kind(), target.name), &operation));
    Ok(())
}

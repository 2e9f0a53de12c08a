//! `kubectl describe`: resolves `TYPE [NAME…]`, `TYPE/NAME…` or `TYPE -l
//! SELECTOR` as the resource builder does, describes each object with its
//! kind's describer, and prints them as kubectl's describe command does:
//! two blank lines between objects, and a prefix match when one named
//! object is not found.

mod daemonset;
mod deployment;
mod events;
mod format;
mod generic;
mod namespace;
mod node;
mod pdb;
mod pod;
mod pod_template;
mod prefix_match;
mod replicaset;
mod service;
mod writer;

use events::EventIndex;

use super::check_err::{self, KubectlError};
use super::manifest;
use super::objects::{self, Object, Scope};
use super::resource::ResourceType;
use super::resource_builder;
use super::selector::LabelSelector;
use super::{error, namespace, not_simulated, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;
use crate::sim::Cluster;

pub(super) const FLAGS: &[Flag] = &[
    Flag::value("selector", Some('l')),
    Flag::boolean("all-namespaces", Some('A')),
    Flag::boolean("show-events", None),
    Flag::value("chunk-size", None),
    Flag::value("filename", Some('f')),
    Flag::value("kustomize", Some('k')),
    Flag::boolean("recursive", Some('R')),
];

/// What the arguments ask for, as typed.
enum Request {
    /// `TYPE[,TYPE…]`: every object of these types (that the selector
    /// matches).
    List(Vec<String>),
    /// `TYPE[,TYPE…] NAME…`: each type with each name.
    Named(Vec<(String, String)>),
    /// `TYPE/NAME…`.
    Pairs(Vec<(String, String)>),
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let parsed = match parse_flags("describe", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    if parsed.bool("help") {
        return not_simulated("\"kubectl describe --help\"", "\"kubectl describe nodes\"");
    }
    if parsed.value("filename").is_some() || parsed.value("kustomize").is_some() {
        return not_simulated("\"kubectl describe -f\"", "\"kubectl describe TYPE NAME\"");
    }
    match describe(cluster, &parsed) {
        Ok(out) | Err(out) => out,
    }
}

/// `Complete`'s error for no arguments.
pub(super) fn no_type_error() -> Output {
    error(
        "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n",
    )
}

fn describe(cluster: &Cluster, parsed: &Parsed) -> Result<Output, Output> {
    let args = &parsed.args;
    if args.is_empty() {
        return Err(no_type_error());
    }
    let request = request(args)?;
    let selector = parsed.value("selector");
    match (&request, selector) {
        (Request::Named(_), Some(_)) => {
            return Err(error("name cannot be provided when a selector is specified"))
        }
        (Request::Pairs(_), Some(_)) => {
            return Err(error(
                "selectors and the all flag cannot be used when passing resource/name arguments",
            ))
        }
        _ => {}
    }
    let all_namespaces = parsed.bool("all-namespaces");
    let ns = namespace(parsed);
    let show_events = parsed.value("show-events").is_none() || parsed.bool("show-events");
    let settings = Settings { namespace: ns, events: show_events.then(|| EventIndex::new(cluster)) };
    let mut out = Output::default();
    match request {
        Request::List(typed) => {
            let mut types: Vec<ResourceType> = Vec::new();
            for t in &typed {
                let resource = resolve(t)?;
                if !types.contains(&resource) {
                    types.push(resource);
                }
            }
            let selector = match selector {
                Some(text) => LabelSelector::parse(text).map_err(|e| error(&e))?,
                None => LabelSelector::default(),
            };
            let scope = if all_namespaces { Scope::All } else { Scope::Namespace(ns) };
            let mut described = Vec::new();
            for resource in types {
                for object in objects::list(cluster, resource, scope) {
                    if selector.matches(&labels_of(&object)) {
                        described.push(describe_object(cluster, &object, &settings));
                    }
                }
            }
            if described.is_empty() {
                out.err(if all_namespaces {
                    "No resources found\n".to_owned()
                } else {
                    format!("No resources found in {ns} namespace.\n")
                });
            }
            out.out(described.join("\n\n"));
        }
        Request::Named(typed) | Request::Pairs(typed) => {
            let mut tuples = Vec::new();
            for (t, name) in typed {
                tuples.push((resolve(&t)?, name));
            }
            if all_namespaces && tuples.iter().any(|(t, _)| t.namespaced()) {
                return Err(error("a resource cannot be retrieved by name across all namespaces"));
            }
            let mut described = Vec::new();
            let mut errors = Vec::new();
            let mut missing = false;
            for (resource, name) in &tuples {
                if name.is_empty() {
                    // The client refuses before asking: not a NotFound.
                    errors.push(KubectlError::Plain("resource name may not be empty".to_owned()));
                    continue;
                }
                match objects::find(cluster, *resource, ns, name) {
                    Some(object) => described.push(describe_object(cluster, &object, &settings)),
                    None => {
                        missing = true;
                        errors.push(KubectlError::Status(resource.not_found(name)));
                    }
                }
            }
            // Several failures come back as an aggregate, which is not a
            // NotFound: only a lone one falls back to the prefix.
            if missing && errors.len() == 1 && args.len() == 2 {
                return prefix_match::describe(cluster, args, errors, &settings);
            }
            out.out(described.join("\n\n"));
            check_err::report(errors, &mut out);
        }
    }
    Ok(out)
}

/// What every describer is told.
struct Settings<'a> {
    namespace: &'a str,
    /// The event log by involved object; `None` with `--show-events=false`.
    events: Option<EventIndex<'a>>,
}

/// Labels as a selector sees them (namespaces carry their name label).
fn labels_of(object: &Object<'_>) -> crate::sim::Labels {
    match object {
        Object::Namespace(n) => n.labels(),
        other => other.labels().clone(),
    }
}

fn describe_object(cluster: &Cluster, object: &Object<'_>, settings: &Settings<'_>) -> String {
    let kind = object.resource_type().kind();
    let name = object.name();
    let events = settings.events.as_ref().map(|index| index.of(kind, object.namespace(), &name));
    match object {
        Object::Node(n) => node::describe(cluster, n, events),
        Object::Pod(p) => pod::describe(cluster, p, events),
        Object::Deployment(d) => deployment::describe(cluster, d, events),
        Object::ReplicaSet(r) => replicaset::describe(cluster, r, events),
        Object::DaemonSet(d) => daemonset::describe(cluster, d, events),
        Object::Service(s) => service::describe_service(cluster, s, events),
        Object::Endpoints(e) => service::describe_endpoints(cluster, e, events),
        Object::Event(e) => events::describe_event(cluster, e, events),
        Object::Namespace(n) => namespace::describe(n),
        Object::PodDisruptionBudget(p) => pdb::describe(cluster, p, events),
        Object::Lease(l) => {
            generic::describe(cluster, &manifest::of(cluster, object), &l.meta.labels, events)
        }
    }
}

fn resolve(typed: &str) -> Result<ResourceType, Output> {
    ResourceType::resolve(typed).ok_or_else(|| {
        if ResourceType::is_unmodelled_builtin(typed) {
            not_simulated(&format!("\"kubectl describe {typed}\""), "\"kubectl describe nodes\"")
        } else {
            error(&format!("the server doesn't have a resource type \"{typed}\""))
        }
    })
}

/// What the resource builder (`ResourceTypeOrNameArgs`) reads from the
/// arguments. Names go with one type only.
fn request(args: &[String]) -> Result<Request, Output> {
    let split = resource_builder::split_args(args)?;
    if !split.tuples.is_empty() {
        return Ok(Request::Pairs(split.tuples));
    }
    match (split.types.as_slice(), split.names.is_empty()) {
        (_, true) => Ok(Request::List(split.types)),
        ([typed], false) => {
            Ok(Request::Named(split.names.iter().map(|n| (typed.clone(), n.clone())).collect()))
        }
        _ => Err(error("you must specify only one resource")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::default_cluster;
    use crate::sim::Duration;

    const NODE: &str = "ip-10-0-1-23.us-west-2.compute.internal";

    fn describe_node(cluster: &mut Cluster) -> String {
        let out = run(cluster, &["node".to_owned(), NODE.to_owned()]);
        assert_eq!(out.status, 0, "{}", out.stderr());
        out.stdout()
    }

    /// The lines from `from` up to (not including) the next line that
    /// starts with `to`.
    fn section<'a>(text: &'a str, from: &str, to: &str) -> Vec<&'a str> {
        text.lines()
            .skip_while(|l| !l.starts_with(from))
            .take_while(|l| l.starts_with(from) || !l.starts_with(to))
            .collect()
    }

    #[test]
    fn a_cordoned_node_shows_the_unschedulable_taint_and_its_event() {
        let mut cluster = default_cluster();
        assert_eq!(cluster.set_unschedulable(NODE, true), Ok(true));
        cluster.reconcile();
        cluster.advance(Duration::from_secs(30));
        let text = describe_node(&mut cluster);
        assert_eq!(
            section(&text, "Taints:", "Lease:"),
            ["Taints:             node.kubernetes.io/unschedulable:NoSchedule", "Unschedulable:      true"]
        );
        let events = section(&text, "Events:", "\u{0}");
        assert_eq!(
            events,
            [
                "Events:",
                "  Type    Reason              Age   From     Message",
                "  ----    ------              ----  ----     -------",
                "  Normal  NodeNotSchedulable  30s   kubelet  Node ip-10-0-1-23.us-west-2.compute.internal status is now: NodeNotSchedulable",
            ]
        );
    }

    #[test]
    fn all_expands_to_its_category_in_order() {
        let mut cluster = default_cluster();
        let args: Vec<String> = ["all", "-n", "kube-system"].map(str::to_owned).to_vec();
        let out = run(&mut cluster, &args);
        let kinds: Vec<&str> = out
            .stdout()
            .split("\n\n\n")
            .filter_map(|object| {
                let object = object.to_owned();
                [
                    ("Pod", "Priority:"),
                    ("Service", "IP Family Policy:"),
                    ("DaemonSet", "Desired Number of Nodes Scheduled:"),
                    ("Deployment", "StrategyType:"),
                    ("ReplicaSet", "Controlled By:  Deployment/"),
                ]
                .into_iter()
                .find(|(_, marker)| object.contains(marker))
                .map(|(kind, _)| kind)
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "Pod",
                "Pod",
                "Pod",
                "Pod",
                "Pod",
                "Pod",
                "Pod",
                "Pod",
                "Service",
                "DaemonSet",
                "DaemonSet",
                "Deployment",
                "ReplicaSet"
            ]
        );
    }

    #[test]
    fn a_lone_missing_pair_of_two_hides_the_one_found() {
        let mut cluster = default_cluster();
        let args: Vec<String> = ["pod/nope", "svc/web"].map(str::to_owned).to_vec();
        let out = run(&mut cluster, &args);
        assert_eq!(out.stdout(), "");
        assert_eq!(out.stderr(), "Error from server (NotFound): pods \"nope\" not found\n");
        assert_eq!(out.status, 1);
        // Two failures make an aggregate: no fallback, both reported.
        let args: Vec<String> = ["pods,svc", "nope"].map(str::to_owned).to_vec();
        let out = run(&mut cluster, &args);
        assert_eq!(
            out.stderr(),
            "Error from server (NotFound): pods \"nope\" not found\n\
             Error from server (NotFound): services \"nope\" not found\n"
        );
    }

    #[test]
    fn events_get_the_generic_describer() {
        let mut cluster = default_cluster();
        assert_eq!(cluster.set_unschedulable(NODE, true), Ok(true));
        let out = run(&mut cluster, &["events".to_owned()]);
        let text = out.stdout();
        assert!(text.starts_with("Name:             ip-10-0-1-23.us-west-2.compute.internal."), "{text}");
        for line in [
            "Namespace:        default\n",
            "Involved Object:\n  API Version:   v1\n  Kind:          Node\n",
            "Reason:                NodeNotSchedulable\n",
            "Source:\n  Component:  kubelet\n  Host:       ip-10-0-1-23.us-west-2.compute.internal\n",
            "Events:       <none>\n",
        ] {
            assert!(text.contains(line), "{line:?} in\n{text}");
        }
    }

    #[test]
    fn a_silent_kubelet_turns_every_condition_unknown() {
        let mut cluster = default_cluster();
        let failed_at = cluster.now();
        cluster.fail_node(NODE).expect("the node exists");
        cluster.advance(Duration::from_mins(2));
        let text = describe_node(&mut cluster);
        let conditions = section(&text, "Conditions:", "Addresses:");
        assert_eq!(conditions.len(), 7, "{conditions:#?}");
        for line in &conditions[3..] {
            assert!(line.contains("   Unknown   "), "{line}");
            assert!(line.ends_with("NodeStatusUnknown   Kubelet stopped posting node status."), "{line}");
        }
        assert!(text.contains("Taints:             node.kubernetes.io/unreachable:NoExecute\n                    node.kubernetes.io/unreachable:NoSchedule\n"), "{text}");
        // The lease stopped being renewed when the kubelet fell silent.
        let renewed = format::rfc1123z(failed_at);
        assert!(text.contains(&format!("  RenewTime:       {renewed}\n")), "{text}");
    }
}

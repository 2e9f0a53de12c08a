//! `kubectl get`: parse flags → fetch objects → print them as a table, wide
//! table or names.

mod structured;

pub use structured::StructuredFormat;

use super::objects::{self, Object, Scope};
use super::resource::ResourceType;
use super::{error, namespace, not_simulated, parse_flags};
use crate::shell::flags::Flag;
use crate::shell::printer::{format_labels, human_duration, TabWriter};
use crate::shell::Output;
use crate::sim::{Cluster, Node, NodeCondition};

const FLAGS: &[Flag] = &[
    Flag::value("output", Some('o')),
    Flag::boolean("all-namespaces", Some('A')),
    Flag::boolean("show-labels", None),
    Flag::value("sort-by", None),
];

const ALLOWED_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

#[derive(Clone, Debug, PartialEq, Eq)]
enum Format {
    Table,
    Wide,
    Name,
    Structured(StructuredFormat),
}

impl Format {
    fn parse(value: Option<&str>) -> Result<Format, Output> {
        let value = value.unwrap_or_default();
        let family = value.split_once('=').map_or(value, |(f, _)| f);
        match family {
            "" => Ok(Format::Table),
            "wide" => Ok(Format::Wide),
            "name" => Ok(Format::Name),
            "json" => Ok(Format::Structured(StructuredFormat::Json)),
            "yaml" => Ok(Format::Structured(StructuredFormat::Yaml)),
            "jsonpath" => Ok(Format::Structured(StructuredFormat::JsonPath(template(value)))),
            "jsonpath-as-json" => Ok(Format::Structured(StructuredFormat::JsonPathAsJson(template(value)))),
            "jsonpath-file" | "custom-columns" | "custom-columns-file" | "go-template" | "go-template-file"
            | "template" | "templatefile" => {
                Err(not_simulated(&format!("\"-o {family}\""), "\"-o wide\" or \"-o name\""))
            }
            _ => Err(error(&format!(
                "unable to match a printer suitable for the output format \"{value}\", allowed formats are: {ALLOWED_FORMATS}"
            ))),
        }
    }
}

/// The text after `FORMAT=`.
fn template(value: &str) -> String {
    value.split_once('=').map(|(_, t)| t.to_owned()).unwrap_or_default()
}

/// What to fetch: one resource type, and the names asked for (none = all).
struct Request {
    resource: ResourceType,
    names: Vec<String>,
}

pub fn run(cluster: &Cluster, args: &[String]) -> Output {
    let parsed = match parse_flags("get", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    if parsed.bool("help") {
        return not_simulated("\"kubectl get --help\"", "\"kubectl get nodes\"");
    }
    let format = match Format::parse(parsed.value("output")) {
        Ok(format) => format,
        Err(out) => return out,
    };
    let requests = match requests(&parsed.args) {
        Ok(requests) => requests,
        Err(out) => return out,
    };

    if let Format::Structured(format) = &format {
        return structured_output(cluster, &parsed, &requests, format);
    }

    let mut out = Output::default();
    let mut not_found = Vec::new();
    let mut nodes: Vec<&Node> = Vec::new();
    for request in &requests {
        match request.resource {
            ResourceType::Nodes if request.names.is_empty() => nodes.extend(cluster.nodes()),
            ResourceType::Nodes => {
                for name in &request.names {
                    match cluster.node(name) {
                        Some(node) => nodes.push(node),
                        None => not_found.push(format!(
                            "Error from server (NotFound): {} \"{name}\" not found\n",
                            request.resource.qualified_plural()
                        )),
                    }
                }
            }
            other => {
                return not_simulated(&format!("\"kubectl get {}\"", other.plural()), "\"kubectl get nodes\"")
            }
        }
    }

    if nodes.is_empty() && not_found.is_empty() {
        // kubectl's wording only knows whether -A was given, so a
        // cluster-scoped kind still reads "in default namespace".
        if parsed.bool("all-namespaces") {
            out.err("No resources found\n");
        } else {
            out.err(format!("No resources found in {} namespace.\n", namespace(&parsed)));
        }
        return out;
    }
    match format {
        // Printed by `structured_output` above.
        Format::Structured(_) => {}
        Format::Name => {
            for node in &nodes {
                out.out(format!("{}/{}\n", ResourceType::Nodes.qualified_kind(), node.name));
            }
        }
        // An empty table prints nothing, not even its header.
        Format::Table | Format::Wide if nodes.is_empty() => {}
        Format::Table | Format::Wide => {
            out.out(node_table(cluster, &nodes, format == Format::Wide, parsed.bool("show-labels")));
        }
    }
    for message in &not_found {
        out.err(message.as_str());
    }
    if !not_found.is_empty() {
        out.status = 1;
    }
    out
}

/// `-o json|yaml|jsonpath`: every requested object, one by name printed
/// as itself, several (or a whole type) as a sorted `List`.
fn structured_output(
    cluster: &Cluster,
    parsed: &crate::shell::flags::Parsed,
    requests: &[Request],
    format: &StructuredFormat,
) -> Output {
    let ns = namespace(parsed);
    let scope = if parsed.bool("all-namespaces") { Scope::All } else { Scope::Namespace(ns) };
    let single = matches!(requests, [request] if request.names.len() == 1);
    let mut objects: Vec<Object<'_>> = Vec::new();
    let mut not_found = String::new();
    for request in requests {
        if request.names.is_empty() {
            objects.extend(objects::list(cluster, request.resource, scope));
        }
        for name in &request.names {
            match objects::find(cluster, request.resource, ns, name) {
                Some(object) => objects.push(object),
                None => not_found.push_str(&format!(
                    "Error from server (NotFound): {} \"{name}\" not found\n",
                    request.resource.qualified_plural()
                )),
            }
        }
    }
    if single && !not_found.is_empty() {
        return Output::failure(1, not_found);
    }
    if let Some(expression) = parsed.value("sort-by").filter(|_| !single) {
        if let Err(out) = structured::sort_by(cluster, &mut objects, expression) {
            return out;
        }
    }
    let mut out = structured::print(cluster, &objects, single, format);
    if !not_found.is_empty() {
        out.err(not_found);
        out.status = 1;
    }
    out
}

/// Reads `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME…`.
fn requests(args: &[String]) -> Result<Vec<Request>, Output> {
    let Some(first) = args.first() else {
        return Err(Output::failure(
            1,
            "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\n\
             error: Required resource not specified.\n\
             Use \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\n\
             See 'kubectl get -h' for help and examples\n"
                .to_owned(),
        ));
    };
    if args.iter().any(|a| a.contains('/')) {
        if !first.contains('/') {
            return Err(error(
                "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
            ));
        }
        return args
            .iter()
            .map(|arg| {
                let (typed, name) = arg.split_once('/').unwrap_or((arg, ""));
                if name.is_empty() {
                    return Err(error(
                        "arguments in resource/name form must have a single resource and name",
                    ));
                }
                Ok(Request { resource: resolve(typed)?, names: vec![name.to_owned()] })
            })
            .collect();
    }
    first
        .split(',')
        .map(|typed| Ok(Request { resource: resolve(typed)?, names: args[1..].to_vec() }))
        .collect()
}

fn resolve(typed: &str) -> Result<ResourceType, Output> {
    ResourceType::resolve(typed).ok_or_else(|| {
        if ResourceType::is_unmodelled_builtin(typed) {
            not_simulated(&format!("\"kubectl get {typed}\""), "\"kubectl get nodes\"")
        } else {
            error(&format!("the server doesn't have a resource type \"{typed}\""))
        }
    })
}

/// The API server's node columns (`printNode`), aligned by kubectl.
fn node_table(cluster: &Cluster, nodes: &[&Node], wide: bool, show_labels: bool) -> String {
    let mut table = TabWriter::for_tables();
    let mut header = vec!["NAME", "STATUS", "ROLES", "AGE", "VERSION"];
    if wide {
        header.extend(["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"]);
    }
    if show_labels {
        header.push("LABELS");
    }
    table.row(&header);
    for node in nodes {
        let roles = node.roles();
        let mut row = vec![
            node.name.clone(),
            node_status(node),
            if roles.is_empty() { "<none>".to_owned() } else { roles.join(",") },
            human_duration(cluster.now() - node.created),
            node.kubelet_version.clone(),
        ];
        if wide {
            row.extend([
                node.internal_ip.clone(),
                node.external_ip.clone().unwrap_or_else(|| "<none>".to_owned()),
                or_unknown(&node.os_image),
                or_unknown(&node.kernel_version),
                or_unknown(&node.container_runtime),
            ]);
        }
        if show_labels {
            row.push(format_labels(&node.labels));
        }
        table.row(&row);
    }
    table.finish()
}

/// STATUS: the Ready condition, then `SchedulingDisabled` when cordoned.
fn node_status(node: &Node) -> String {
    let ready = match node.ready {
        NodeCondition::Ready => "Ready",
        NodeCondition::NotReady | NodeCondition::Unknown => "NotReady",
    };
    if node.unschedulable {
        format!("{ready},SchedulingDisabled")
    } else {
        ready.to_owned()
    }
}

fn or_unknown(value: &str) -> String {
    if value.is_empty() {
        "<unknown>".to_owned()
    } else {
        value.to_owned()
    }
}

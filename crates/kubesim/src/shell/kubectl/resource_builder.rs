//! The objects a command acts on, read from its arguments as cli-runtime's
//! resource builder (`ResourceTypeOrNameArgs`) reads them: `TYPE NAME…`,
//! `TYPE/NAME…` or `TYPE[,TYPE…]` with `-l`, `--all` and `-A`; and the
//! builder's errors, word for word.

use super::objects::{self, Object, Scope};
use super::resource::ResourceType;
use super::selector::LabelSelector;
use super::{error, not_simulated};
use crate::shell::Output;
use crate::sim::{Cluster, Uid};

/// What the command was given.
pub struct Request<'a> {
    /// The verb, for the "not simulated" message: `delete`, `rollout status`.
    pub command: &'a str,
    pub args: &'a [String],
    /// `-l`; blank counts as not given, as in the builder.
    pub selector: Option<&'a str>,
    /// `--all`.
    pub select_all: bool,
    /// A lone `TYPE` selects every object of it (`rollout`, `wait -A`);
    /// otherwise it needs `--all` or `-l`.
    pub lone_type_selects_all: bool,
    pub all_namespaces: bool,
    pub namespace: &'a str,
}

/// One object named or selected. A named one need not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub resource: ResourceType,
    /// Empty for cluster-scoped types.
    pub namespace: String,
    pub name: String,
    /// Set when a selector listed it: the UID it had then. Named objects
    /// are fetched only when the command comes to them.
    pub listed: Option<Uid>,
}

impl Target {
    /// `pods/web-1`: how `wait` names it in errors (`Info.ObjectName`).
    pub fn object_name(&self) -> String {
        format!("{}/{}", self.resource.plural(), self.name)
    }

    /// `pod/web-1`, `deployment.apps/web`: the name printer's form.
    pub fn qualified_name(&self) -> String {
        format!("{}/{}", self.resource.qualified_kind(), self.name)
    }

    /// The object now, if it exists.
    pub fn find<'a>(&self, cluster: &'a Cluster) -> Option<Object<'a>> {
        objects::find(cluster, self.resource, &self.namespace, &self.name)
    }

    /// `Error from server (NotFound): pods "x" not found`.
    pub fn not_found(&self) -> String {
        self.resource.not_found(&self.name)
    }
}

/// The object's UID: a delete is done when the name is gone or taken by a
/// new object.
pub fn uid(object: &Object<'_>) -> Option<Uid> {
    Some(match object {
        Object::Node(n) => n.uid,
        Object::Pod(p) => p.meta.uid,
        Object::Deployment(d) => d.meta.uid,
        Object::ReplicaSet(r) => r.meta.uid,
        Object::DaemonSet(d) => d.meta.uid,
        Object::Service(s) => s.meta.uid,
        Object::Endpoints(e) => e.meta.uid,
        Object::Namespace(n) => n.uid,
        Object::PodDisruptionBudget(p) => p.meta.uid,
        Object::Lease(l) => l.meta.uid,
        Object::Event(_) => return None,
    })
}

/// The builder's `missingResourceError`.
pub const MISSING_RESOURCE: &str = "You must provide one or more resources by argument or filename.\n\
     Example resource specifications include:\n   \
     '-f rsrc.yaml'\n   \
     '--filename=rsrc.json'\n   \
     '<resource> <name>'\n   \
     '<resource>'";

/// The objects, or the error the builder (or the simulation) gives.
pub fn resolve(cluster: &Cluster, request: &Request<'_>) -> Result<Vec<Target>, Output> {
    let parsed = split_args(request.args)?;
    let selector = request.selector.map(str::trim).filter(|s| !s.is_empty());
    if request.select_all && selector.is_some() {
        return Err(error("setting 'all' parameter but found a non empty selector. "));
    }
    let selects = request.select_all
        || selector.is_some()
        || (request.lone_type_selects_all && parsed.names.is_empty() && parsed.tuples.is_empty());
    if selects {
        if !parsed.names.is_empty() {
            return Err(error("name cannot be provided when a selector is specified"));
        }
        if !parsed.tuples.is_empty() {
            return Err(error(
                "selectors and the all flag cannot be used when passing resource/name arguments",
            ));
        }
        if parsed.types.is_empty() {
            return Err(error("at least one resource must be specified to use a selector"));
        }
        let selector = LabelSelector::parse(selector.unwrap_or_default()).map_err(|e| error(&e))?;
        let mut types: Vec<ResourceType> = Vec::new();
        for typed in &parsed.types {
            let t = mapping(request, typed)?;
            if !types.contains(&t) {
                types.push(t);
            }
        }
        let scope = if request.all_namespaces { Scope::All } else { Scope::Namespace(request.namespace) };
        return Ok(types
            .into_iter()
            .flat_map(|t| objects::list(cluster, t, scope))
            .filter(|o| selector.matches(o.labels()))
            .map(|o| Target {
                resource: o.resource_type(),
                namespace: o.namespace().to_owned(),
                name: o.name(),
                listed: uid(&o),
            })
            .collect());
    }
    if !parsed.tuples.is_empty() {
        let mut targets = Vec::new();
        for (typed, name) in &parsed.tuples {
            let resource = mapping(request, typed)?;
            targets.push(named(request, resource, name)?);
        }
        return Ok(targets);
    }
    if !parsed.names.is_empty() {
        let [typed] = parsed.types.as_slice() else {
            return Err(error("you must specify only one resource"));
        };
        let resource = mapping(request, typed)?;
        return parsed.names.iter().map(|name| named(request, resource, name)).collect();
    }
    if !parsed.types.is_empty() {
        for typed in &parsed.types {
            mapping(request, typed)?;
        }
        return Err(error("resource(s) were provided, but no name was specified"));
    }
    Err(error(MISSING_RESOURCE))
}

/// The arguments split as `ResourceTypeOrNameArgs` splits them: types (the
/// `all` category expanded) with names, or `TYPE/NAME` tuples. Types are
/// resolved later, as the builder maps them.
#[derive(Default)]
pub struct Args {
    pub types: Vec<String>,
    pub names: Vec<String>,
    pub tuples: Vec<(String, String)>,
}

pub fn split_args(args: &[String]) -> Result<Args, Output> {
    let mut parsed = Args::default();
    let Some((first, names)) = args.split_first() else { return Ok(parsed) };
    // `pods,svc a b` is read as `pods/a pods/b svc/a svc/b`.
    let first_types = split_types(first);
    let normalized: Vec<String> = if first_types.len() > 1 && !names.is_empty() {
        first_types.iter().flat_map(|t| names.iter().map(move |n| format!("{t}/{n}"))).collect()
    } else {
        args.to_vec()
    };
    let args = normalized.as_slice();
    let slashed = args.iter().filter(|a| a.contains('/')).count();
    if slashed > 0 {
        if slashed != args.len() {
            return Err(error(
                "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
            ));
        }
        for arg in args {
            let parts: Vec<&str> = arg.split('/').collect();
            let [typed, name] = parts.as_slice() else {
                return Err(error("arguments in resource/name form may not have more than one slash"));
            };
            if typed.is_empty() || name.is_empty() || split_types(typed).len() != 1 {
                return Err(error("arguments in resource/name form must have a single resource and name"));
            }
            parsed.tuples.push(((*typed).to_owned(), (*name).to_owned()));
        }
        return Ok(parsed);
    }
    parsed.types = first_types.iter().flat_map(|t| expand_category(t)).collect();
    parsed.names = names.to_vec();
    Ok(parsed)
}

/// `SplitResourceArgument`: comma-separated, blanks dropped, first of each.
fn split_types(arg: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in arg.split(',').filter(|p| !p.is_empty()) {
        if !out.iter().any(|o| o == part) {
            out.push(part.to_owned());
        }
    }
    out
}

/// The `all` category, as discovery expands it (the simulated members).
fn expand_category(typed: &str) -> Vec<String> {
    if typed == "all" {
        ResourceType::ALL_CATEGORY.iter().map(|t| t.plural().to_owned()).collect()
    } else {
        vec![typed.to_owned()]
    }
}

/// A resource type, or the builder's error for an unknown one.
fn mapping(request: &Request<'_>, typed: &str) -> Result<ResourceType, Output> {
    if let Some(t) = ResourceType::resolve(typed) {
        return Ok(t);
    }
    if ResourceType::is_unmodelled_builtin(typed) {
        return Err(not_simulated(
            &format!("\"kubectl {} {typed}\"", request.command),
            "the simulated types: nodes, pods, deployments, replicasets, daemonsets, services, poddisruptionbudgets, namespaces",
        ));
    }
    let resource = typed.split('.').next().unwrap_or(typed);
    Err(error(&format!("the server doesn't have a resource type \"{resource}\"")))
}

fn named(request: &Request<'_>, resource: ResourceType, name: &str) -> Result<Target, Output> {
    let namespace = if resource.namespaced() {
        if request.all_namespaces {
            return Err(error("a resource cannot be retrieved by name across all namespaces"));
        }
        request.namespace.to_owned()
    } else {
        String::new()
    };
    Ok(Target { resource, namespace, name: name.to_owned(), listed: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    fn request<'a>(args: &'a [String]) -> Request<'a> {
        Request {
            command: "delete",
            args,
            selector: None,
            select_all: false,
            lone_type_selects_all: false,
            all_namespaces: false,
            namespace: "default",
        }
    }

    fn stderr(result: Result<Vec<Target>, Output>) -> String {
        result.map(|_| String::new()).unwrap_or_else(|out| out.stderr())
    }

    #[test]
    fn names_tuples_and_several_types() {
        let cluster = scenario::default_cluster();
        let args = words("pods,deploy a b");
        let targets = resolve(&cluster, &request(&args)).expect("valid");
        let names: Vec<String> = targets.iter().map(Target::qualified_name).collect();
        assert_eq!(names, ["pod/a", "pod/b", "deployment.apps/a", "deployment.apps/b"]);
        let args = words("node/n1 deploy/web");
        let targets = resolve(&cluster, &request(&args)).expect("valid");
        assert_eq!(targets[0].namespace, "");
        assert_eq!(targets[1].object_name(), "deployments/web");
    }

    #[test]
    fn the_builders_errors() {
        let cluster = scenario::default_cluster();
        let run = |line: &str| {
            let args = words(line);
            stderr(resolve(&cluster, &request(&args)))
        };
        assert_eq!(run("pods"), "error: resource(s) were provided, but no name was specified\n");
        assert!(
            run("").starts_with("error: You must provide one or more resources by argument or filename.\n")
        );
        assert_eq!(run("pods a/b"), "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n");
        assert_eq!(run("a/b/c"), "error: arguments in resource/name form may not have more than one slash\n");
        assert_eq!(run("foos x"), "error: the server doesn't have a resource type \"foos\"\n");
        assert_eq!(run("all web"), "error: you must specify only one resource\n");
    }

    #[test]
    fn selectors_list_in_api_order() {
        let cluster = scenario::default_cluster();
        let args = words("deploy,svc");
        let mut req = request(&args);
        req.selector = Some("app=web");
        let targets = resolve(&cluster, &req).expect("valid");
        let names: Vec<String> = targets.iter().map(Target::qualified_name).collect();
        assert_eq!(names, ["deployment.apps/web", "service/web"]);
        req.select_all = true;
        assert_eq!(
            stderr(resolve(&cluster, &req)),
            "error: setting 'all' parameter but found a non empty selector. \n"
        );
    }
}

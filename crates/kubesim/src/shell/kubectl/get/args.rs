//! What `kubectl get`'s arguments ask for, as cli-runtime's resource builder
//! reads them: `TYPE[,TYPE…]` (a list of each), `TYPE NAME…` (each by name),
//! `TYPE,TYPE NAME` (every type with every name) and `TYPE/NAME…`, with the
//! builder's errors for the forms it refuses.

use super::super::resource::ResourceType;
use super::super::{error, not_simulated};
use crate::shell::Output;

/// One request to the API server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Visit {
    /// List every object of the type in scope.
    List(ResourceType),
    /// Get one object by name.
    Name(ResourceType, String),
}

/// The requests, in the order they are made and printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub visits: Vec<Visit>,
    /// One object was named (`get pod x`, `get pod/x`): structured output
    /// prints that object rather than a list, and its error alone.
    pub single_item: bool,
}

/// What the command line says besides the arguments.
#[derive(Clone, Copy, Debug)]
pub struct Selection {
    /// `-l` or `--field-selector` was given (and not empty).
    pub has_selector: bool,
    pub all_namespaces: bool,
}

/// The `kubectl get all` category, as the API server's discovery lists it
/// (the types it has and the simulation models).
const ALL: &str = "all";

pub fn plan(args: &[String], selection: Selection) -> Result<Plan, Output> {
    let args = expand_types_with_names(args);
    let with_slash = args.iter().filter(|a| a.contains('/')).count();
    if with_slash > 0 && with_slash != args.len() {
        return Err(error(
            "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
        ));
    }
    if with_slash > 0 {
        return by_type_and_name(&args, selection);
    }
    let (types, names) = match args.split_first() {
        Some((types, names)) => (split_types(&expand_all(types)), names.to_vec()),
        None => (Vec::new(), Vec::new()),
    };
    // One argument lists everything of its types, as an empty selector does.
    if selection.has_selector || names.is_empty() {
        if !names.is_empty() {
            return Err(error("name cannot be provided when a selector is specified"));
        }
        let mut resources: Vec<ResourceType> = Vec::new();
        for typed in &types {
            let resource = resolve(typed)?;
            if !resources.contains(&resource) {
                resources.push(resource);
            }
        }
        return Ok(Plan { visits: resources.into_iter().map(Visit::List).collect(), single_item: false });
    }
    let [typed] = types.as_slice() else {
        return Err(error("you must specify only one resource"));
    };
    let resource = resolve(typed)?;
    check_scope(resource, selection)?;
    Ok(Plan {
        single_item: names.len() == 1,
        visits: names.into_iter().map(|name| Visit::Name(resource, name)).collect(),
    })
}

/// `normalizeMultipleResourcesArgs`: `TYPE1,TYPE2 NAME…` becomes
/// `TYPE1/NAME… TYPE2/NAME…`.
fn expand_types_with_names(args: &[String]) -> Vec<String> {
    let Some((first, names)) = args.split_first() else {
        return Vec::new();
    };
    let types = split_types(first);
    if names.is_empty() || types.len() < 2 {
        return args.to_vec();
    }
    types.iter().flat_map(|t| names.iter().map(move |name| format!("{t}/{name}"))).collect()
}

/// `SplitResourceArgument`: comma-separated, repeats dropped.
fn split_types(arg: &str) -> Vec<String> {
    let mut types: Vec<String> = Vec::new();
    for typed in arg.split(',') {
        if !types.iter().any(|t| t == typed) {
            types.push(typed.to_owned());
        }
    }
    types
}

/// `ReplaceAliases`: `all` stands for its category's types.
fn expand_all(arg: &str) -> String {
    arg.split(',')
        .map(|typed| {
            if typed == ALL {
                ResourceType::ALL_CATEGORY.map(|r| r.qualified_plural()).join(",")
            } else {
                typed.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn by_type_and_name(args: &[String], selection: Selection) -> Result<Plan, Output> {
    let mut tuples = Vec::new();
    for arg in args {
        let mut parts = arg.split('/');
        let (Some(typed), Some(name), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(error("arguments in resource/name form may not have more than one slash"));
        };
        if typed.is_empty() || name.is_empty() || split_types(typed).len() != 1 {
            return Err(error("arguments in resource/name form must have a single resource and name"));
        }
        tuples.push((typed, name));
    }
    if selection.has_selector {
        return Err(error("selectors and the all flag cannot be used when passing resource/name arguments"));
    }
    let mut resolved = Vec::new();
    for (typed, name) in &tuples {
        resolved.push((resolve(typed)?, *name));
    }
    for (resource, _) in &resolved {
        check_scope(*resource, selection)?;
    }
    Ok(Plan {
        single_item: resolved.len() == 1,
        visits: resolved.into_iter().map(|(r, name)| Visit::Name(r, name.to_owned())).collect(),
    })
}

/// A namespaced object cannot be fetched by name from every namespace.
fn check_scope(resource: ResourceType, selection: Selection) -> Result<(), Output> {
    if selection.all_namespaces && resource.namespaced() {
        return Err(error("a resource cannot be retrieved by name across all namespaces"));
    }
    Ok(())
}

/// The REST mapper: what the user typed, or kubectl's error naming the
/// resource part (before the first dot).
fn resolve(typed: &str) -> Result<ResourceType, Output> {
    ResourceType::resolve(typed).ok_or_else(|| {
        if ResourceType::is_unmodelled_builtin(typed) {
            not_simulated(&format!("\"kubectl get {typed}\""), "\"kubectl get nodes\"")
        } else {
            let resource = typed.split('.').next().unwrap_or(typed);
            error(&format!("the server doesn't have a resource type \"{resource}\""))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_of(line: &str, has_selector: bool, all_namespaces: bool) -> Result<Plan, String> {
        let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        plan(&args, Selection { has_selector, all_namespaces }).map_err(|out| out.stderr())
    }

    fn visits(line: &str) -> Vec<Visit> {
        plan_of(line, false, false).expect(line).visits
    }

    #[test]
    fn lists_and_names() {
        assert_eq!(visits("pods"), [Visit::List(ResourceType::Pods)]);
        assert_eq!(
            visits("po,svc,pods"),
            [Visit::List(ResourceType::Pods), Visit::List(ResourceType::Services)]
        );
        assert_eq!(
            visits("pods a b"),
            [Visit::Name(ResourceType::Pods, "a".into()), Visit::Name(ResourceType::Pods, "b".into())]
        );
        assert_eq!(
            visits("pods,svc web"),
            [
                Visit::Name(ResourceType::Pods, "web".into()),
                Visit::Name(ResourceType::Services, "web".into())
            ]
        );
        assert_eq!(visits("all").len(), 5);
        assert!(plan_of("pod x", false, false).expect("one").single_item);
        assert!(!plan_of("pod x y", false, false).expect("two").single_item);
        assert!(plan_of("no/x", false, true).expect("nodes are cluster-scoped").single_item);
    }

    #[test]
    fn builder_errors() {
        let err = |line: &str, sel: bool, all: bool| plan_of(line, sel, all).expect_err(line);
        assert!(err("pods pod/x", false, false).starts_with("error: there is no need"));
        assert_eq!(
            err("pod/x/y", false, false),
            "error: arguments in resource/name form may not have more than one slash\n"
        );
        assert_eq!(
            err("pod/", false, false),
            "error: arguments in resource/name form must have a single resource and name\n"
        );
        assert_eq!(
            err("pods x", true, false),
            "error: name cannot be provided when a selector is specified\n"
        );
        assert_eq!(
            err("pod/x", true, false),
            "error: selectors and the all flag cannot be used when passing resource/name arguments\n"
        );
        assert_eq!(
            err("pods x", false, true),
            "error: a resource cannot be retrieved by name across all namespaces\n"
        );
        assert_eq!(err("all x", false, false), "error: you must specify only one resource\n");
        assert_eq!(
            err("pods,foo.bar", false, false),
            "error: the server doesn't have a resource type \"foo\"\n"
        );
    }
}

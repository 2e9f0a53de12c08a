//! The resource builder with no server to ask (cli-runtime
//! `pkg/resource/builder.go`): how many times it asks discovery before its
//! first request fails, or the error it gives from the arguments alone.
//! `ReplaceAliases` asks once per comma-separated word of the first argument
//! (the category expander lists every resource); `mappingFor` asks once
//! more for each REST mapper call it makes before giving up
//! (`restmapper.shortcutExpander` and `DeferredDiscoveryRESTMapper` each
//! refresh the cache that failed).

use super::super::error;
use super::super::resource_builder::MISSING_RESOURCE;
use crate::shell::Output;

/// What the command hands the builder.
pub struct Given<'a> {
    pub args: &'a [String],
    /// `-l` or `--field-selector`, not blank.
    pub selector: bool,
    /// `--all`.
    pub select_all: bool,
    /// `ResourceTypeOrNameArgs(allowEmptySelector, …)`: one bare type lists
    /// every object of it.
    pub allow_empty_selector: bool,
}

/// The outcome: discovery asked so many times, then either the builder's
/// own error or the refused request.
pub struct Walk {
    pub attempts: usize,
    pub error: Option<Output>,
}

/// `ResourceTypeOrNameArgs` then `Do` (`visitorResult`), in their order.
pub fn walk(given: &Given<'_>) -> Walk {
    let fail = |attempts, message: &str| Walk { attempts, error: Some(error(message)) };
    let refuse = |attempts| Walk { attempts, error: None };
    let args = normalize(given.args);
    let slashed = args.iter().filter(|a| a.contains('/')).count();
    let mut tuples: Vec<String> = Vec::new();
    let mut types: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut aliases = 0;
    let mut selector = given.selector;
    if slashed > 0 {
        if slashed != args.len() {
            return fail(0, MIXED_FORMS);
        }
        for arg in &args {
            match arg.split('/').collect::<Vec<_>>().as_slice() {
                [typed, name] if !typed.is_empty() && !name.is_empty() && split(typed).len() == 1 => {
                    tuples.push((*typed).to_owned());
                }
                [_, _] => {
                    return fail(0, "arguments in resource/name form must have a single resource and name")
                }
                _ => return fail(0, "arguments in resource/name form may not have more than one slash"),
            }
        }
    } else if let Some((first, rest)) = args.split_first() {
        aliases = first.split(',').count();
        types = split(first);
        names = rest.to_vec();
        selector |= rest.is_empty() && given.allow_empty_selector;
    }
    if given.select_all && given.selector {
        return fail(aliases, "setting 'all' parameter but found a non empty selector. ");
    }
    if selector || given.select_all {
        if !names.is_empty() {
            return fail(aliases, "name cannot be provided when a selector is specified");
        }
        if !tuples.is_empty() {
            return fail(
                aliases,
                "selectors and the all flag cannot be used when passing resource/name arguments",
            );
        }
        return match types.first() {
            Some(typed) => refuse(aliases + mapping_attempts(typed)),
            None => fail(aliases, "at least one resource must be specified to use a selector"),
        };
    }
    if let Some(typed) = tuples.first() {
        return refuse(mapping_attempts(typed));
    }
    if !names.is_empty() {
        return match types.as_slice() {
            [] => fail(aliases, "you must provide a resource and a resource name together"),
            [typed] => refuse(aliases + mapping_attempts(typed)),
            _ => fail(aliases, "you must specify only one resource"),
        };
    }
    match types.first() {
        Some(typed) => refuse(aliases + mapping_attempts(typed)),
        None => fail(aliases, MISSING_RESOURCE),
    }
}

/// `hasCombinedTypeArgs`'s error, with kubectl as the command name.
const MIXED_FORMS: &str = "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/// `normalizeMultipleResourcesArgs`: `TYPE1,TYPE2 NAME…` becomes
/// `TYPE1/NAME… TYPE2/NAME…`.
fn normalize(args: &[String]) -> Vec<String> {
    match args.split_first() {
        Some((first, names)) if !names.is_empty() && split(first).len() > 1 => {
            split(first).iter().flat_map(|t| names.iter().map(move |n| format!("{t}/{n}"))).collect()
        }
        _ => args.to_vec(),
    }
}

/// `SplitResourceArgument`: comma-separated, repeats dropped, blanks kept.
fn split(arg: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in arg.split(',') {
        if !out.iter().any(|o| o == part) {
            out.push(part.to_owned());
        }
    }
    out
}

/// The REST mapper calls `mappingFor` makes for one type, each a failed
/// refresh: `KindFor` (expander and mapper: two) for a fully specified
/// `resource.version.group`, `KindFor` for the group resource, then
/// `RESTMapping` for a fully specified kind and for the group kind.
fn mapping_attempts(typed: &str) -> usize {
    let fully_specified_resource = typed.matches('.').count() >= 2;
    // `ParseKindArg` (or the group kind) is empty only for these.
    let kind_given = !matches!(typed, "" | "." | "..");
    let kind_for = if fully_specified_resource { 4 } else { 2 };
    kind_for + usize::from(kind_given) + 1
}

/// The node commands' `ResourceNames("nodes", NAME…)` (each name a
/// `nodes/NAME` tuple unless it is already `TYPE/NAME`), or with a selector
/// `ResourceTypes("nodes")`.
pub fn node_names(args: &[String], selector: bool) -> Walk {
    if selector {
        return Walk { attempts: mapping_attempts("nodes"), error: None };
    }
    for arg in args.iter().filter(|a| a.contains('/')) {
        match arg.split('/').collect::<Vec<_>>().as_slice() {
            [typed, name] if !typed.is_empty() && !name.is_empty() && split(typed).len() == 1 => {}
            [_, _] => {
                return Walk {
                    attempts: 0,
                    error: Some(error(
                        "arguments in resource/name form must have a single resource and name",
                    )),
                }
            }
            _ => {
                return Walk {
                    attempts: 0,
                    error: Some(error("arguments in resource/name form may not have more than one slash")),
                }
            }
        }
    }
    let first = args.first().map_or("nodes", |a| a.split_once('/').map_or("nodes", |(typed, _)| typed));
    Walk { attempts: mapping_attempts(first), error: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempts(line: &str, selector: bool) -> (usize, String) {
        let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        let walk = walk(&Given { args: &args, selector, select_all: false, allow_empty_selector: true });
        (walk.attempts, walk.error.map(|e| e.stderr()).unwrap_or_default())
    }

    #[test]
    fn a_type_costs_one_alias_lookup_and_four_mapper_calls() {
        assert_eq!(attempts("nodes", false), (5, String::new()));
        assert_eq!(attempts("pods,svc", false), (6, String::new()));
        assert_eq!(attempts("deployments.apps web", false), (5, String::new()));
        assert_eq!(attempts("leases.v1.coordination.k8s.io", false), (7, String::new()));
    }

    #[test]
    fn resource_name_tuples_skip_the_aliases() {
        assert_eq!(attempts("node/a", false), (4, String::new()));
        assert_eq!(attempts("pods,svc web", false), (4, String::new()));
    }

    #[test]
    fn errors_from_the_arguments_alone() {
        assert_eq!(
            attempts("pods web", true),
            (1, "error: name cannot be provided when a selector is specified\n".to_owned())
        );
        assert_eq!(
            attempts("a/b/c", false).1,
            "error: arguments in resource/name form may not have more than one slash\n"
        );
        assert_eq!(attempts("pods a/b", false).0, 0);
    }
}

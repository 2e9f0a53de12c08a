//! The requests `kubectl get` makes, answered from the cluster as the API
//! server would: lists filtered by label and field selectors (both parsed
//! server-side, so their errors come back as BadRequest), and objects by
//! name (NotFound when missing).

use super::super::objects::{self, Object, Scope};
use super::super::resource::ResourceType;
use super::super::selector::LabelSelector;
use super::args::Visit;
use super::field_selector::FieldSelector;
use crate::shell::printer::go_format::quote as go_quote;
use crate::sim::Cluster;

/// What one request returned: objects of one type.
pub struct Info<'a> {
    pub resource: ResourceType,
    pub objects: Vec<Object<'a>>,
}

/// A request the API server refused, as kubectl prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// `Error from server (…): …`
    pub message: String,
    /// `--ignore-not-found` drops these.
    pub not_found: bool,
}

/// How the requests are made.
pub struct Query<'q> {
    pub scope: Scope<'q>,
    /// As given (trimmed); parsed by the "server" for each list.
    pub label_selector: &'q str,
    pub field_selector: &'q str,
}

/// Answers each request: the objects, or the API error.
pub fn fetch<'a>(
    cluster: &'a Cluster,
    visits: &[Visit],
    query: &Query<'_>,
) -> Vec<Result<Info<'a>, ApiError>> {
    visits
        .iter()
        .map(|visit| match visit {
            Visit::List(resource) => list(cluster, *resource, query),
            Visit::Name(resource, name) => {
                let namespace = match query.scope {
                    Scope::Namespace(ns) => ns,
                    Scope::All => "",
                };
                objects::find(cluster, *resource, namespace, name)
                    .map(|object| Info { resource: *resource, objects: vec![object] })
                    .ok_or_else(|| ApiError { message: not_found(*resource, name), not_found: true })
            }
        })
        .collect()
}

/// `Error from server (NotFound): pods "x" not found`.
pub fn not_found(resource: ResourceType, name: &str) -> String {
    format!("Error from server (NotFound): {} {} not found", resource.qualified_plural(), go_quote(name))
}

fn list<'a>(cluster: &'a Cluster, resource: ResourceType, query: &Query<'_>) -> Result<Info<'a>, ApiError> {
    let bad_request = |message: String| {
        ApiError {
        message: format!(
            "Error from server (BadRequest): Unable to find {} that match label selector {}, field selector {}: {message}",
            go_quote(&group_version_resource(resource)),
            go_quote(query.label_selector),
            go_quote(query.field_selector),
        ),
        not_found: false,
    }
    };
    let labels = LabelSelector::parse(query.label_selector).map_err(bad_request)?;
    let fields =
        FieldSelector::parse(query.field_selector).and_then(|f| f.for_type(resource)).map_err(bad_request)?;
    let mut found = objects::list(cluster, resource, query.scope);
    if !labels.is_empty() || !fields.is_empty() {
        found.retain(|o| labels.matches(o.labels()) && fields.matches(cluster, o));
    }
    Ok(Info { resource, objects: found })
}

/// `schema.GroupVersionResource.String()`, as kubectl names a list it
/// could not make: `/v1, Resource=pods`, `apps/v1, Resource=deployments`.
fn group_version_resource(resource: ResourceType) -> String {
    let group_version = match resource.group() {
        "" => format!("/{}", resource.api_version()),
        _ => resource.api_version().to_owned(),
    };
    format!("{group_version}, Resource={}", resource.plural())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_names_in_errors() {
        assert_eq!(group_version_resource(ResourceType::Pods), "/v1, Resource=pods");
        assert_eq!(group_version_resource(ResourceType::Deployments), "apps/v1, Resource=deployments");
        assert_eq!(
            group_version_resource(ResourceType::PodDisruptionBudgets),
            "policy/v1, Resource=poddisruptionbudgets"
        );
        assert_eq!(
            not_found(ResourceType::Deployments, "web"),
            "Error from server (NotFound): deployments.apps \"web\" not found"
        );
    }
}

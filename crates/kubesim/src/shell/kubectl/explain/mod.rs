//! `kubectl explain` (kubectl `pkg/cmd/explain`, rendered by the
//! `plaintext` template of `pkg/explain/v2/templates`): a kind's or a
//! field's documentation from the API server's OpenAPI schemas.

mod schemas;
mod wrap;

use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;
use crate::sim::Cluster;

use super::api_resources::catalogue::{self, ApiResource};
use schemas::{Field, Schema};
use wrap::wrap;

pub(super) const FLAGS: &[Flag] =
    &[Flag::boolean("recursive", None), Flag::value("api-version", None), Flag::value("output", None)];

/// The kinds whose schemas are carried: the simulated ones.
const KINDS: &[(&str, &str)] = &[
    ("", "Pod"),
    ("", "Node"),
    ("", "Service"),
    ("", "Namespace"),
    ("", "Event"),
    ("", "Endpoints"),
    ("apps", "Deployment"),
    ("apps", "ReplicaSet"),
    ("apps", "DaemonSet"),
    ("policy", "PodDisruptionBudget"),
];

/// What explain checks before it asks the server: the flags, one argument,
/// and the path's syntax.
pub(super) fn checked(args: &[String]) -> Result<(), Output> {
    parse(args).map(|_| ())
}

/// The flags and the typed path (trailing dots dropped).
fn parse(args: &[String]) -> Result<(Parsed, String), Output> {
    let parsed = super::parse_flags("explain", FLAGS, args)?;
    let typed = match parsed.args.as_slice() {
        [] => {
            return Err(super::error(
                "You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.\n",
            ))
        }
        [typed] => typed.trim_end_matches('.').to_owned(),
        _ => return Err(super::error("We accept only this format: explain RESOURCE\n")),
    };
    if typed
        .split('.')
        .any(|s| s.is_empty() || s.contains(['[', ']', '*', '@', '$', '(', ')', '?', '\'', '"']))
    {
        return Err(super::error("invalid jsonpath syntax, first node must be field node"));
    }
    Ok((parsed, typed))
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = cluster;
    let (parsed, typed) = match parse(args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    let typed = typed.as_str();
    let segments: Vec<&str> = typed.split('.').collect();
    let first = segments.first().copied().unwrap_or(typed);
    let Some((resource, mut path)) = split_resource(typed, first, &segments) else {
        return super::error(&format!(
            "the server doesn't have a resource type \"{}\"",
            first.to_lowercase()
        ));
    };
    // With --api-version kubectl takes every word after the first as a
    // field, without matching `plural.group`.
    if parsed.value("api-version").is_some() {
        path = segments.get(1..).unwrap_or_default().to_vec();
    }
    // The format is looked at once the resource is known.
    match parsed.value("output").unwrap_or("plaintext") {
        "plaintext" => {}
        "plaintext-openapiv2" => {
            return super::not_simulated(
                "\"kubectl explain --output=plaintext-openapiv2\"",
                "\"kubectl explain pods\"",
            )
        }
        other => return super::error(&format!("unrecognized format: {other}")),
    }
    if parsed.value("api-version").is_some_and(|v| v != resource.group_version()) {
        return super::not_simulated(
            "explaining another API version",
            &format!("\"kubectl explain {first}\""),
        );
    }
    let schema = KINDS
        .iter()
        .any(|(group, kind)| *group == resource.group && *kind == resource.kind)
        .then(|| schemas::find(resource.kind))
        .flatten();
    let Some(schema) = schema else {
        return super::not_simulated(
            &format!("\"kubectl explain {}\"", typed),
            "a simulated kind, e.g. \"kubectl explain pods\" or \"kubectl explain deployments\"",
        );
    };
    if parsed.bool("recursive") {
        return super::not_simulated(
            "\"kubectl explain --recursive\"",
            &format!("\"kubectl explain {typed}\""),
        );
    }
    let mut out = Output::default();
    let mut header = String::new();
    if !resource.group.is_empty() {
        header.push_str(&format!("GROUP:      {}\n", resource.group));
    }
    header.push_str(&format!("KIND:       {}\nVERSION:    {}\n\n", resource.kind, resource.version));
    match explain(Node::Schema(schema), &path) {
        Ok(body) => out.out(format!("{header}{body}\n")),
        Err(Missing::Field) => {
            // The template has printed the header when it finds no such
            // field, and names the last one asked for.
            out.out(header);
            let last = path.last().copied().unwrap_or_default();
            out.chunks.extend(super::error(&format!("error: field \"{last}\" does not exist")).chunks);
            out.status = 1;
        }
        Err(Missing::Schema) => {
            return super::not_simulated(
                &format!("explaining \"{typed}\""),
                &format!("\"kubectl explain {}\"", parent_path(typed)),
            )
        }
    }
    out
}

/// The resource and the field path, found as kubectl does: the first word
/// names the resource (the core group's first where several groups serve
/// it); the path follows `plural.group` when the text starts with that,
/// else it is everything after the first word.
fn split_resource<'a>(
    typed: &'a str,
    first: &str,
    segments: &[&'a str],
) -> Option<(&'static ApiResource, Vec<&'a str>)> {
    let lower = first.to_lowercase();
    let candidates: Vec<&'static ApiResource> =
        catalogue::RESOURCES.iter().filter(|r| r.is_named(&lower)).collect();
    for resource in &candidates {
        let group_resource = if resource.group.is_empty() {
            resource.name.to_owned()
        } else {
            format!("{}.{}", resource.name, resource.group)
        };
        if let Some(rest) = typed.strip_prefix(group_resource.as_str()) {
            return Some((resource, rest.split('.').filter(|s| !s.is_empty()).collect()));
        }
    }
    Some((candidates.first()?, segments.get(1..).unwrap_or_default().to_vec()))
}

/// The path one level up, to suggest when a field's type is not carried.
fn parent_path(typed: &str) -> &str {
    typed.rsplit_once('.').map_or(typed, |(parent, _)| parent)
}

/// Where the template stands while it follows the field path: at a named
/// schema, or at one field's own schema.
#[derive(Clone, Copy)]
enum Node {
    Schema(&'static Schema),
    Field(&'static Field),
}

/// Why there is nothing to print.
#[derive(Debug, PartialEq, Eq)]
enum Missing {
    /// The API has no such field: kubectl's own error.
    Field,
    /// The field exists but its type's schema is not carried here.
    Schema,
}

/// The schema a field refers to, when it refers to one.
fn referred(field: &Field) -> Result<Option<&'static Schema>, Missing> {
    field.refers_to.map(|name| schemas::find(name).ok_or(Missing::Schema)).transpose()
}

/// The template's `output`: follows `path`, then prints the field line,
/// the description and the fields of what it reached.
fn explain(node: Node, path: &[&str]) -> Result<String, Missing> {
    let Some((first, rest)) = path.split_first() else {
        return describe(node);
    };
    let schema = match node {
        Node::Schema(schema) => schema,
        // Arrays, maps and references are looked through to the schema
        // they name.
        Node::Field(field) => referred(field)?.ok_or(Missing::Field)?,
    };
    let field = schema.fields.iter().find(|f| f.name == *first).ok_or(Missing::Field)?;
    if !rest.is_empty() {
        return explain(Node::Field(field), rest);
    }
    let mut text = format!("FIELD: {} <{}>\n", field.name, field.type_name);
    if !field.enum_values.is_empty() {
        text.push_str("ENUM:");
        for value in field.enum_values {
            text.push_str("\n    ");
            text.push_str(enum_value(value));
        }
    }
    text.push_str("\n\n");
    text.push_str(&describe(Node::Field(field))?);
    Ok(text)
}

/// `DESCRIPTION:` and, when there are any, `FIELDS:`.
fn describe(node: Node) -> Result<String, Missing> {
    let mut description = String::new();
    let fields = match node {
        Node::Schema(schema) => {
            push_paragraph(&mut description, schema.description);
            schema.fields
        }
        Node::Field(field) => {
            push_paragraph(&mut description, field.description);
            let target = referred(field)?;
            if let Some(target) = target {
                push_paragraph(&mut description, target.description);
            }
            target.map_or(&[][..], |t| t.fields)
        }
    };
    if description.is_empty() {
        description.push_str("<empty>");
    }
    let mut text = format!("DESCRIPTION:\n{}\n", indent(4, &wrap(&description, 76)));
    if !fields.is_empty() {
        text.push_str("FIELDS:\n");
        for field in fields {
            text.push_str(&field_detail(field));
        }
    }
    Ok(text)
}

fn push_paragraph(text: &mut String, paragraph: &str) {
    if !paragraph.is_empty() {
        text.push_str(paragraph);
        text.push('\n');
    }
}

/// One entry of `FIELDS:`: name, tab, type, then up to four enum values and
/// the field's own description.
fn field_detail(field: &Field) -> String {
    let mut text = format!("  {}\t<{}>", field.name, field.type_name);
    if field.required {
        text.push_str(" -required-");
    }
    if !field.enum_values.is_empty() {
        text.push_str("\n  enum: ");
        for (i, value) in field.enum_values.iter().enumerate() {
            if i == 4 {
                text.push_str(", ....");
                break;
            }
            if i > 0 {
                text.push_str(", ");
            }
            text.push_str(enum_value(value));
        }
    }
    let description = if field.description.is_empty() { "<no description>" } else { field.description };
    text.push('\n');
    text.push_str(&indent(4, &wrap(description, 76)));
    text.push_str("\n\n");
    text
}

/// The template shows the empty string as `""`.
fn enum_value(value: &str) -> &str {
    if value.is_empty() {
        "\"\""
    } else {
        value
    }
}

/// The template's `indent`: a pad before the text and after every newline.
fn indent(amount: usize, text: &str) -> String {
    let pad = " ".repeat(amount);
    format!("{pad}{}", text.replace('\n', &format!("\n{pad}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of(typed: &str) -> Option<(&'static str, Vec<&str>)> {
        let segments: Vec<&str> = typed.split('.').collect();
        split_resource(typed, segments[0], &segments).map(|(r, p)| (r.kind, p))
    }

    #[test]
    fn resource_and_path_split_as_kubectl_splits_them() {
        assert_eq!(path_of("pods"), Some(("Pod", vec![])));
        assert_eq!(path_of("deploy.spec.replicas"), Some(("Deployment", vec!["spec", "replicas"])));
        assert_eq!(path_of("deployments.apps.spec"), Some(("Deployment", vec!["spec"])));
        assert_eq!(path_of("Pods.spec"), Some(("Pod", vec!["spec"])));
        assert_eq!(path_of("nope.spec"), None);
    }

    #[test]
    fn nonexistent_and_uncarried_fields_differ() {
        let pod = schemas::find("Pod").expect("carried");
        assert_eq!(explain(Node::Schema(pod), &["spec", "nope"]), Err(Missing::Field));
        assert_eq!(explain(Node::Schema(pod), &["spec", "nodeName", "x"]), Err(Missing::Field));
        assert_eq!(explain(Node::Schema(pod), &["spec", "affinity", "nodeAffinity"]), Err(Missing::Schema));
        assert!(explain(Node::Schema(pod), &["spec", "containers", "name"]).is_ok());
    }
}

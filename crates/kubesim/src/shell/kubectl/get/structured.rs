//! `-o json`, `-o yaml`, `-o jsonpath=…` and `--sort-by`: objects as the API
//! serves them, printed whole or picked apart by a JSONPath template.

mod quantity;
mod sort;

use crate::shell::kubectl::error;
use crate::shell::kubectl::manifest;
use crate::shell::kubectl::objects::Object;
use crate::shell::printer::go_format::{go_syntax, quote};
use crate::shell::printer::jsonpath::Template;
use crate::shell::printer::{to_json, to_yaml, JsonStyle, Value};
use crate::shell::Output;
use crate::sim::Cluster;

/// An output format that prints objects rather than table rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StructuredFormat {
    Json,
    Yaml,
    /// The template as given after `jsonpath=`.
    JsonPath(String),
    JsonPathAsJson(String),
}

/// Prints `objects`: the object itself when one was asked for by name
/// (`single`), else a `List` of them (an empty one when there are none:
/// kubectl says "No resources found" only for tables).
pub fn print(cluster: &Cluster, objects: &[Object<'_>], single: bool, format: &StructuredFormat) -> Output {
    let document = match objects {
        [object] if single => manifest::of(cluster, object),
        _ => manifest::list(cluster, objects),
    };
    let mut out = Output::default();
    match format {
        StructuredFormat::Json => out.out(to_json(&document, JsonStyle::Kubectl)),
        StructuredFormat::Yaml => out.out(to_yaml(&document)),
        StructuredFormat::JsonPath(template) => return jsonpath(template, &document, false),
        StructuredFormat::JsonPathAsJson(template) => return jsonpath(template, &document, true),
    }
    out
}

/// The JSONPath printer, missing keys allowed (kubectl's default for
/// `--allow-missing-template-keys`).
fn jsonpath(text: &str, document: &Value, as_json: bool) -> Output {
    if text.is_empty() {
        return error("template format specified but no template given");
    }
    let template = match Template::parse(text) {
        Ok(template) => template,
        Err(e) => return error(&format!("error parsing jsonpath {text}, {e}")),
    };
    match template.execute(document, true, as_json) {
        Ok(printed) => {
            let mut out = Output::default();
            out.out(printed);
            out
        }
        // kubectl's message ends in a blank line of its own and one more
        // newline from the error it wraps.
        Err(e) => Output::failure(
            1,
            format!(
                "error: error executing jsonpath {}: Error executing template: {e}. Printing more information for debugging the template:\n\
                 \ttemplate was:\n\t\t{text}\n\
                 \tobject given to jsonpath engine was:\n\t\t{}\n\n\n",
                quote(text),
                go_syntax(document)
            ),
        ),
    }
}

/// Orders `objects` by the value a `--sort-by` JSONPath picks from each,
/// as kubectl's `SortObjects` does. kubectl sorts lists only: an object
/// asked for by name is printed as it is, without this.
pub fn sort_by(cluster: &Cluster, objects: &mut [Object<'_>], expression: &str) -> Result<(), Output> {
    if expression.is_empty() || objects.is_empty() {
        return Ok(());
    }
    let manifests: Vec<Value> = objects.iter().map(|o| manifest::of(cluster, o)).collect();
    let order = sort::order(&manifests, expression).map_err(|failure| match failure {
        sort::Failure::Error(message) => error(&message),
        sort::Failure::Unsortable(message) => Output::failure(1, sort::klog_exit(cluster.now(), &message)),
    })?;
    let sorted: Vec<Object<'_>> = order.iter().filter_map(|&i| objects.get(i).cloned()).collect();
    objects.clone_from_slice(&sorted);
    Ok(())
}

//! `-o json`, `-o yaml`, `-o jsonpath=…` and `--sort-by`: objects as the API
//! serves them, printed whole or picked apart by a JSONPath template.

use crate::shell::kubectl::objects::Object;
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
/// (`single`), else a `List` of them.
pub fn print(cluster: &Cluster, objects: &[Object<'_>], single: bool, format: &StructuredFormat) -> Output {
    let _ = (cluster, objects, single, format);
    crate::shell::kubectl::not_simulated("\"-o json\", \"-o yaml\" and \"-o jsonpath\"", "\"-o wide\"")
}

/// Orders `objects` by the value a `--sort-by` JSONPath picks from each.
pub fn sort_by(cluster: &Cluster, objects: &mut [Object<'_>], expression: &str) -> Result<(), Output> {
    let _ = (cluster, objects, expression);
    Err(crate::shell::kubectl::not_simulated("\"--sort-by\"", "\"kubectl get nodes\""))
}

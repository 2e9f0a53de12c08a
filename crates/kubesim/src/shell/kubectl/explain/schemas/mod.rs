//! The part of the API server's OpenAPI v3 document that `kubectl explain`
//! reads for the simulated kinds: each kind, the objects under it that
//! learners explore (spec, status, metadata, containers, template,
//! strategy, taints, ports…) and the leaf types those refer to.

mod apps;
mod core;
mod meta;
mod policy;

/// A named schema (`#/components/schemas/…`).
#[derive(Debug)]
pub struct Schema {
    pub name: &'static str,
    pub description: &'static str,
    /// Sorted by name, as explain lists them.
    pub fields: &'static [Field],
}

/// One property of a schema.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    /// What explain shows in angle brackets: `string`, `[]Container`,
    /// `map[string]Quantity`, `ObjectMeta`.
    pub type_name: &'static str,
    pub required: bool,
    pub enum_values: &'static [&'static str],
    /// The schema the field's value (or its items or map values) refers to.
    pub refers_to: Option<&'static str>,
    pub description: &'static str,
}

const fn f(
    name: &'static str,
    type_name: &'static str,
    required: bool,
    enum_values: &'static [&'static str],
    refers_to: Option<&'static str>,
    description: &'static str,
) -> Field {
    Field { name, type_name, required, enum_values, refers_to, description }
}

/// The schema of that name, if it is carried here.
pub fn find(name: &str) -> Option<&'static Schema> {
    [core::SCHEMAS, apps::SCHEMAS, policy::SCHEMAS, meta::SCHEMAS]
        .into_iter()
        .flatten()
        .find(|s| s.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_sorted_and_leaf_types_are_carried() {
        for schema in [core::SCHEMAS, apps::SCHEMAS, policy::SCHEMAS, meta::SCHEMAS].into_iter().flatten() {
            assert!(schema.fields.windows(2).all(|w| w[0].name < w[1].name), "{}", schema.name);
        }
        for leaf in ["Time", "MicroTime", "Quantity", "IntOrString", "ObjectMeta"] {
            assert!(find(leaf).is_some(), "{leaf}");
        }
    }
}

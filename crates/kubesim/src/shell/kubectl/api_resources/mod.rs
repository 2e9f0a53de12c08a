//! `kubectl api-resources` and `kubectl api-versions` (kubectl
//! `pkg/cmd/apiresources`): what API discovery offers, as a table or a list.

pub mod catalogue;

use crate::shell::flags::{Flag, Parsed};
use crate::shell::printer::TabWriter;
use crate::shell::Output;
use crate::sim::Cluster;

use catalogue::{ApiResource, API_VERSIONS, RESOURCES};

pub(super) const FLAGS: &[Flag] = &[
    Flag::boolean("no-headers", None),
    Flag::value("output", Some('o')),
    Flag::value("api-group", None),
    Flag::boolean("namespaced", None),
    Flag::value("verbs", None),
    Flag::value("sort-by", None),
    Flag::boolean("cached", None),
    Flag::value("categories", None),
];

/// `Complete` and `Validate`: what api-resources checks before it asks.
pub(super) fn checked(args: &[String]) -> Result<Parsed, Output> {
    let parsed = super::parse_flags("api-resources", FLAGS, args)?;
    if !parsed.args.is_empty() {
        return Err(unexpected_arguments("api-resources", &parsed.args));
    }
    let output = parsed.value("output").unwrap_or("");
    if !matches!(output, "" | "wide" | "name") {
        return Err(super::error(&format!("--output {output} is not available")));
    }
    if !matches!(parsed.value("sort-by").unwrap_or(""), "" | "name" | "kind") {
        return Err(super::error("--sort-by accepts only name or kind"));
    }
    Ok(parsed)
}

/// api-versions takes no arguments.
pub(super) fn checked_versions(args: &[String]) -> Result<(), Output> {
    let parsed = super::parse_flags("api-versions", &[], args)?;
    if !parsed.args.is_empty() {
        return Err(unexpected_arguments("api-versions", &parsed.args));
    }
    Ok(())
}

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = cluster;
    let parsed = match checked(args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    let output = parsed.value("output").unwrap_or("");
    let sort_by = parsed.value("sort-by").unwrap_or("");
    // Repeated string-slice flags accumulate in pflag; the last one given
    // is kept here, which is what one flag says.
    let list = |flag: &str| -> Vec<String> {
        parsed.value(flag).map(|v| v.split(',').map(str::to_owned).collect()).unwrap_or_default()
    };
    let (verbs, categories) = (list("verbs"), list("categories"));
    let group = parsed.value("api-group");
    let namespaced = parsed.value("namespaced").map(|_| parsed.bool("namespaced"));
    let mut resources: Vec<&ApiResource> = RESOURCES
        .iter()
        .filter(|r| group.is_none_or(|g| g == r.group))
        .filter(|r| namespaced.is_none_or(|n| n == r.namespaced))
        .filter(|r| verbs.iter().all(|v| r.verbs.contains(&v.as_str())))
        .filter(|r| categories.iter().all(|c| r.categories.contains(&c.as_str())))
        .collect();
    // kubectl's stable sort: by group (or the --sort-by column), then name.
    resources.sort_by(|a, b| {
        let key = |r: &ApiResource| match sort_by {
            "name" => r.name,
            "kind" => r.kind,
            _ => r.group,
        };
        key(a).cmp(key(b)).then(a.name.cmp(b.name))
    });
    let mut table = TabWriter::for_tables();
    if !parsed.bool("no-headers") && output != "name" {
        let mut header = vec!["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
        if output == "wide" {
            header.extend(["VERBS", "CATEGORIES"]);
        }
        table.row(&header);
    }
    for r in resources {
        if output == "name" {
            let name = if r.group.is_empty() { r.name.to_owned() } else { format!("{}.{}", r.name, r.group) };
            table.push(&format!("{name}\n"));
            continue;
        }
        let mut row = vec![
            r.name.to_owned(),
            r.short_names.join(","),
            r.group_version(),
            r.namespaced.to_string(),
            r.kind.to_owned(),
        ];
        if output == "wide" {
            row.extend([r.verbs.join(","), r.categories.join(",")]);
        }
        table.row(&row);
    }
    let mut out = Output::default();
    out.out(table.finish());
    out
}

/// `kubectl api-versions`: every served group/version, one a line.
pub fn run_versions(cluster: &mut Cluster, args: &[String]) -> Output {
    let _ = cluster;
    if let Err(output) = checked_versions(args) {
        return output;
    }
    let mut out = Output::default();
    out.out(API_VERSIONS.iter().map(|v| format!("{v}\n")).collect::<String>());
    out
}

/// `cmdutil.UsageErrorf(cmd, "unexpected arguments: %v", args)`.
fn unexpected_arguments(command: &str, args: &[String]) -> Output {
    super::error(&format!(
        "unexpected arguments: [{}]\nSee 'kubectl {command} -h' for help and examples",
        args.join(" ")
    ))
}

//! `kubectl get`: read the flags and arguments as kubectl does, make the
//! requests, then print the tables the server builds (or names, or the
//! objects themselves), followed by the errors of the requests that failed.

mod args;
mod fetch;
mod field_selector;
mod format;
mod print;
mod structured;
mod tables;

use super::objects::Scope;
use super::{error, namespace, not_simulated, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;
use crate::sim::Cluster;
use args::Selection;
use fetch::Query;
use format::Format;

pub(super) const FLAGS: &[Flag] = &[
    Flag::value("output", Some('o')),
    Flag::boolean("all-namespaces", Some('A')),
    Flag::value("selector", Some('l')),
    Flag::value("field-selector", None),
    Flag::value("label-columns", Some('L')),
    Flag::boolean("show-labels", None),
    Flag::boolean("show-kind", None),
    Flag::boolean("no-headers", None),
    Flag::boolean("ignore-not-found", None),
    Flag::value("sort-by", None),
    Flag::boolean("watch", Some('w')),
    Flag::boolean("watch-only", None),
    Flag::boolean("output-watch-events", None),
    Flag::value("chunk-size", None),
    Flag::value("template", None),
    Flag::boolean("allow-missing-template-keys", None),
    Flag::boolean("show-managed-fields", None),
    Flag::boolean("server-print", None),
    Flag::value("raw", None),
    Flag::value("filename", Some('f')),
    Flag::value("kustomize", Some('k')),
    Flag::boolean("recursive", Some('R')),
    Flag::value("subresource", None),
];

/// What the flags ask for, once checked.
pub(super) struct Options<'p> {
    /// The printer; a bad `-o` is reported only when printing starts, after
    /// the requests, as kubectl finds out.
    pub format: Result<Format, Output>,
    pub namespace: &'p str,
    pub all_namespaces: bool,
    pub label_selector: &'p str,
    pub field_selector: &'p str,
    pub label_columns: Vec<String>,
    pub show_labels: bool,
    pub show_kind: bool,
    pub no_headers: bool,
    pub ignore_not_found: bool,
    pub sort_by: Option<&'p str>,
}

pub fn run(cluster: &Cluster, args: &[String]) -> Output {
    let parsed = match checked(args) {
        Ok(parsed) => parsed,
        Err(out) => return out,
    };
    let options = match options(&parsed) {
        Ok(options) => options,
        Err(out) => return out,
    };
    let selection = Selection {
        has_selector: !options.label_selector.is_empty() || !options.field_selector.is_empty(),
        all_namespaces: options.all_namespaces,
    };
    let plan = match args::plan(&parsed.args, selection) {
        Ok(plan) => plan,
        Err(out) => return out,
    };
    let query = Query {
        scope: if options.all_namespaces { Scope::All } else { Scope::Namespace(options.namespace) },
        label_selector: options.label_selector,
        field_selector: options.field_selector,
    };
    let mut results = fetch::fetch(cluster, &plan.visits, &query);
    if options.ignore_not_found {
        results.retain(|r| !r.as_ref().is_err_and(|e| e.not_found));
    }
    if options.format.as_ref().is_ok_and(|f| f.is_table()) {
        print::tables(cluster, results, &options)
    } else {
        print::objects(cluster, results, plan.single_item, &options)
    }
}

/// The flags, checked as far as kubectl checks them before its first
/// request.
pub(super) fn checked(args: &[String]) -> Result<Parsed, Output> {
    let parsed = parse_flags("get", FLAGS, args)?;
    if parsed.bool("help") {
        return Err(not_simulated("\"kubectl get --help\"", "\"kubectl get nodes\""));
    }
    options(&parsed)?;
    Ok(parsed)
}

/// kubectl's `Complete` and `Validate`, in their order, then what the
/// simulation does not model.
fn options(parsed: &Parsed) -> Result<Options<'_>, Output> {
    // pflag reads the number with the other flags, before anything else.
    if let Some(size) = parsed.value("chunk-size").filter(|s| s.parse::<i64>().is_err()) {
        return Err(error(&format!(
            "invalid argument \"{size}\" for \"--chunk-size\" flag: strconv.ParseInt: parsing \"{size}\": invalid syntax\nSee 'kubectl get --help' for usage."
        )));
    }
    let output = parsed.value("output").unwrap_or_default();
    let watch = parsed.bool("watch") || parsed.bool("watch-only");
    if parsed.args.is_empty() && !watch && parsed.value("filename").is_none() {
        return Err(Output::failure(
            1,
            "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\n\
             error: Required resource not specified.\n\
             Use \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\n\
             See 'kubectl get -h' for help and examples\n"
                .to_owned(),
        ));
    }
    let show_labels = parsed.bool("show-labels");
    if show_labels && !output.is_empty() && output != "wide" {
        return Err(error(&format!("--show-labels option cannot be used with {output} printer")));
    }
    if parsed.bool("output-watch-events") && !watch {
        return Err(error("--output-watch-events option can only be used with --watch or --watch-only"));
    }
    if watch {
        return Err(not_simulated(
            "\"kubectl get --watch\"",
            "\"kubectl get\" again after \"sleep 30s\" (the clock moves only when you let it)",
        ));
    }
    for (flag, what) in [
        ("raw", "\"kubectl get --raw\""),
        ("filename", "\"kubectl get -f\""),
        ("kustomize", "\"kubectl get -k\""),
        ("subresource", "\"kubectl get --subresource\""),
    ] {
        if parsed.value(flag).is_some() {
            return Err(not_simulated(what, "\"kubectl get TYPE [NAME]\""));
        }
    }
    if parsed.value("server-print").is_some() && !parsed.bool("server-print") {
        return Err(not_simulated("\"--server-print=false\"", "\"kubectl get TYPE\""));
    }
    Ok(Options {
        format: Format::parse(output, parsed.value("template")),
        namespace: namespace(parsed),
        all_namespaces: parsed.bool("all-namespaces"),
        label_selector: parsed.value("selector").unwrap_or_default().trim(),
        field_selector: parsed.value("field-selector").unwrap_or_default().trim(),
        // A string slice: repeatable and comma-separated.
        label_columns: parsed
            .values("label-columns")
            .flat_map(|v| v.split(','))
            .filter(|k| !k.is_empty())
            .map(str::to_owned)
            .collect(),
        show_labels,
        show_kind: parsed.bool("show-kind"),
        no_headers: parsed.bool("no-headers"),
        ignore_not_found: parsed.bool("ignore-not-found"),
        sort_by: parsed.value("sort-by").filter(|s| !s.is_empty()),
    })
}

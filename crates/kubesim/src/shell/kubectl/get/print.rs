//! The two ways `kubectl get` prints what it fetched: as tables (then "No
//! resources found" when nothing was printed), or as objects (names, JSON,
//! YAML, JSONPath). Errors of failed requests follow on stderr, one a line,
//! and make the exit status 1.

use super::super::resource::ResourceType;
use super::fetch::{ApiError, Info};
use super::format::Format;
use super::structured;
use super::tables::{Layout, TablePrinter};
use super::Options;
use crate::shell::Output;
use crate::sim::Cluster;

pub fn tables(cluster: &Cluster, results: Vec<Result<Info<'_>, ApiError>>, options: &Options<'_>) -> Output {
    let (mut infos, errors) = split(results);
    if let Some(expression) = options.sort_by {
        // Each table is sorted on its own.
        for info in &mut infos {
            if let Err(out) = structured::sort_by(cluster, &mut info.objects, expression) {
                return out;
            }
        }
    }
    let mut kinds: Vec<_> = infos.iter().map(|i| i.resource).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let layout = Layout {
        wide: options.format.as_ref().is_ok_and(|f| *f == Format::Wide),
        no_headers: options.no_headers,
        show_labels: options.show_labels,
        label_columns: &options.label_columns,
        all_namespaces: options.all_namespaces,
        with_kind: options.show_kind || kinds.len() > 1,
    };
    let mut printer = TablePrinter::new(layout);
    for info in &infos {
        printer.print(cluster, info);
    }
    let text = printer.finish();
    let mut out = Output::default();
    if text.is_empty() && !options.ignore_not_found && errors.is_empty() {
        // "in NAMESPACE" only when every type asked for is namespaced.
        if !options.all_namespaces && infos.iter().all(|i| i.resource.namespaced()) {
            out.err(format!("No resources found in {} namespace.\n", options.namespace));
        } else {
            out.err("No resources found\n");
        }
    }
    out.out(text);
    report(&mut out, &errors);
    out
}

/// Names and structured output: everything fetched as one list (or the one
/// object named), sorted as a whole.
pub fn objects(
    cluster: &Cluster,
    results: Vec<Result<Info<'_>, ApiError>>,
    single_item: bool,
    options: &Options<'_>,
) -> Output {
    let (infos, errors) = split(results);
    if single_item && !errors.is_empty() {
        let mut out = Output::default();
        report(&mut out, &errors);
        return out;
    }
    let mut objects: Vec<_> = infos.into_iter().flat_map(|i| i.objects).collect();
    if objects.is_empty() && options.ignore_not_found {
        let mut out = Output::default();
        report(&mut out, &errors);
        return out;
    }
    let format = match &options.format {
        Ok(format) => format,
        Err(out) => return out.clone(),
    };
    let mut out = Output::default();
    let single = single_item && objects.len() == 1;
    // kubectl sorts lists only: one object asked for by name, or nothing at
    // all, is printed as it is.
    if let Some(expression) = options.sort_by.filter(|_| !single && !objects.is_empty()) {
        if let Err(failed) = structured::sort_by(cluster, &mut objects, expression) {
            report(&mut out, &errors);
            out.chunks.extend(failed.chunks);
            out.status = failed.status;
            return out;
        }
    }
    match format {
        Format::Structured(format) => {
            out = structured::print(cluster, &objects, single, format);
        }
        _ => {
            let mut names = String::new();
            let mut kind: Option<(ResourceType, String)> = None;
            for object in &objects {
                let resource = object.resource_type();
                if kind.as_ref().is_none_or(|(r, _)| *r != resource) {
                    kind = Some((resource, resource.qualified_kind()));
                }
                names.push_str(kind.as_ref().map_or("", |(_, k)| k.as_str()));
                names.push('/');
                names.push_str(&object.name());
                names.push('\n');
            }
            out.out(names);
        }
    }
    report(&mut out, &errors);
    out
}

fn split<'a>(results: Vec<Result<Info<'a>, ApiError>>) -> (Vec<Info<'a>>, Vec<ApiError>) {
    let mut infos = Vec::new();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(info) => infos.push(info),
            Err(e) => errors.push(e),
        }
    }
    (infos, errors)
}

/// kubectl's `CheckErr` for the errors gathered: each on its own line,
/// exit status 1.
fn report(out: &mut Output, errors: &[ApiError]) {
    for e in errors {
        out.err(format!("{}\n", e.message));
    }
    if !errors.is_empty() {
        out.status = 1;
    }
}

//! What `kubectl describe TYPE NAME` does when NAME is not found.

use super::{describe_object, resolve, Settings};
use crate::shell::kubectl::check_err::{self, KubectlError};
use crate::shell::kubectl::error;
use crate::shell::kubectl::objects::{self, Scope};
use crate::shell::Output;
use crate::sim::Cluster;

/// `DescribeMatchingResources`: the one name given was not found, so every
/// object of the type whose name starts with it is described instead (each
/// followed by an empty line); if none does, the original error stands.
pub(super) fn describe(
    cluster: &Cluster,
    args: &[String],
    errors: Vec<KubectlError>,
    settings: &Settings<'_>,
) -> Result<Output, Output> {
    let mut out = Output::default();
    let (first, prefix) = match args {
        [first, prefix] => (first, prefix),
        _ => return Ok(out),
    };
    // `TYPE/NAME TYPE/NAME`: the first is taken as the type argument, and
    // no name starts with a slash-separated pair, so the error stands.
    if first.contains('/') {
        check_err::report(errors, &mut out);
        return Ok(out);
    }
    let resource = match first.split(',').collect::<Vec<_>>().as_slice() {
        [one] => resolve(one)?,
        _ => return Err(error("you may only specify a single resource type")),
    };
    let mut found = false;
    for object in objects::list(cluster, resource, Scope::Namespace(settings.namespace)) {
        if object.name().starts_with(prefix.as_str()) {
            found = true;
            out.out(format!("{}\n", describe_object(cluster, &object, settings)));
        }
    }
    if !found {
        check_err::report(errors, &mut out);
    }
    Ok(out)
}

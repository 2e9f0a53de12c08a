//! `describe-update` and `list-updates` for node groups: the version
//! updates the engine runs and records, and the scaling updates this CLI
//! session made. A scaling update is in progress until the group's
//! instances match its new size; the cluster itself has no updates here.

use super::super::args::parse_operation;
use super::super::args::Param;
use super::super::session::ConfigUpdate;
use super::super::{iso8601, usage, Call, OpResult, Response};
use super::nodegroup::update_value;
use super::{is_here, no_cluster, required};
use crate::shell::printer::value::Value;
use crate::shell::Output;
use crate::sim::nodegroup::{InstanceState, NodeGroup};
use crate::sim::Timestamp;

/// One update of a node group, as `describe-update` reports it.
struct Found {
    id: String,
    created: Timestamp,
    value: Value,
}

fn no_update(id: &str) -> Output {
    usage::service_error(
        "DescribeUpdate",
        "ResourceNotFoundException",
        &format!("No update found for ID: {id}"),
    )
}

/// The group runs exactly its desired number of instances, all in service.
fn settled(call: &Call, group: &NodeGroup) -> bool {
    let mut in_service = 0;
    for i in call.cluster.instances().filter(|i| i.nodegroup == group.name) {
        match i.state {
            InstanceState::InService => in_service += 1,
            _ => return false,
        }
    }
    in_service == group.desired
}

fn config_status(call: &Call, group: &NodeGroup, update: &ConfigUpdate) -> &'static str {
    let newer = call.session.config_updates(&group.name).any(|u| u.created > update.created);
    if newer || (group.update.is_none() && settled(call, group)) {
        "Successful"
    } else {
        "InProgress"
    }
}

/// Every update of the group, oldest first.
fn updates_of(call: &Call, group: &NodeGroup) -> Vec<Found> {
    let mut all: Vec<Found> = Vec::new();
    let empty = || Value::Array(Vec::new());
    for u in call.session.config_updates(&group.name) {
        let status = config_status(call, group, u);
        let value = update_value(&u.id, status, "ConfigUpdate", &u.params, iso8601(u.created), empty());
        all.push(Found { id: u.id.clone(), created: u.created, value });
    }
    for r in &group.updates {
        let params = [("Version", r.to_version.clone()), ("ReleaseVersion", group.release_version.clone())];
        let errors = match &r.error {
            Some(text) => {
                let (code, message) = text.split_once(": ").unwrap_or(("Unknown", text));
                Value::Array(vec![Value::object([
                    ("errorCode", Value::str(code)),
                    ("errorMessage", Value::str(message)),
                    ("resourceIds", Value::Array(vec![Value::str(group.name.clone())])),
                ])])
            }
            None => empty(),
        };
        let value = update_value(&r.id, r.status, "VersionUpdate", &params, iso8601(r.started), errors);
        all.push(Found { id: r.id.clone(), created: r.started, value });
    }
    if let Some(u) = &group.update {
        let params = [("Version", u.to_version.clone()), ("ReleaseVersion", group.release_version.clone())];
        let value = update_value(&u.id, "InProgress", "VersionUpdate", &params, iso8601(u.started), empty());
        all.push(Found { id: u.id.clone(), created: u.started, value });
    }
    all.sort_by_key(|f| f.created);
    all
}

fn group<'a>(
    call: &'a Call,
    operation: &str,
    cluster: &str,
    nodegroup: Option<&str>,
) -> Result<Option<&'a NodeGroup>, Output> {
    if !is_here(call, cluster) {
        return Err(no_cluster(operation, cluster));
    }
    match nodegroup {
        None => Ok(None),
        Some(name) => call.cluster.nodegroup(name).map(Some).ok_or_else(|| {
            usage::service_error(
                operation,
                "ResourceNotFoundException",
                &format!("No node group found for name: {name}."),
            )
        }),
    }
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [
        Param::required("name"),
        Param::required("update-id"),
        Param::value("nodegroup-name"),
        Param::value("addon-name"),
    ];
    let parsed = parse_operation(&params, false, rest)?;
    if parsed.value("addon-name").is_some() {
        return Err(usage::not_simulated("add-on updates", "\"--nodegroup-name ng-general\""));
    }
    let id = required(&parsed, "update-id");
    let Some(group) =
        group(call, "DescribeUpdate", required(&parsed, "name"), parsed.value("nodegroup-name"))?
    else {
        return Err(no_update(id));
    };
    let found = updates_of(call, group).into_iter().find(|f| f.id == id).ok_or_else(|| no_update(id))?;
    Ok(Response::Api(found.value))
}

pub fn list(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [Param::required("name"), Param::value("nodegroup-name"), Param::value("addon-name")];
    let parsed = parse_operation(&params, true, rest)?;
    if parsed.value("addon-name").is_some() {
        return Err(usage::not_simulated("add-on updates", "\"--nodegroup-name ng-general\""));
    }
    let ids: Vec<Value> =
        match group(call, "ListUpdates", required(&parsed, "name"), parsed.value("nodegroup-name"))? {
            Some(g) => updates_of(call, g).into_iter().map(|f| Value::Str(f.id)).collect(),
            None => Vec::new(),
        };
    Ok(Response::Api(Value::object([("updateIds", Value::Array(ids))])))
}

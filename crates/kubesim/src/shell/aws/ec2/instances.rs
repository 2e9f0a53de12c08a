//! `aws ec2 describe-instances`: every EC2 instance of the node groups,
//! including the terminated ones EC2 still lists, one reservation each, in
//! launch order; `--instance-ids` and `--filters` narrow them as EC2 does,
//! and bad IDs and filter names get EC2's errors.

use super::super::args::{parse_operation, Param};
use super::super::filters::{self as filter_args, Filter};
use super::super::{usage, Call, OpResult, Response};
use super::filters::{self, FilterError};
use super::reservation::{reservation_value, InstanceView};
use crate::shell::printer::value::Value;
use crate::shell::Output;
use crate::sim::ec2::Ec2State;
use crate::sim::Cluster;

const OPERATION: &str = "DescribeInstances";

/// `i-` and 8 or 17 lower-case hex digits.
fn is_instance_id(id: &str) -> bool {
    id.strip_prefix("i-").is_some_and(|hex| {
        (hex.len() == 8 || hex.len() == 17)
            && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// Every instance EC2 lists now, oldest launch first.
fn views(cluster: &Cluster) -> Vec<InstanceView<'_>> {
    let now = cluster.now();
    let live = cluster.instances().filter_map(|i| {
        Some(InstanceView {
            instance: i,
            group: cluster.nodegroup(&i.nodegroup)?,
            state: i.ec2_state(now),
            shutdown_at: i.shutdown_at(),
        })
    });
    let gone = cluster.terminated_instances().filter_map(|t| {
        Some(InstanceView {
            instance: &t.instance,
            group: cluster.nodegroup(&t.instance.nodegroup)?,
            state: Ec2State::Terminated,
            shutdown_at: Some(t.shutdown_at),
        })
    });
    let mut all: Vec<InstanceView> = live.chain(gone).collect();
    all.sort_by(|a, b| (a.instance.launched, &a.instance.id).cmp(&(b.instance.launched, &b.instance.id)));
    all
}

fn service_error(code: &str, message: &str) -> Output {
    usage::service_error(OPERATION, code, message)
}

/// The IDs asked for, checked as EC2 checks them: a malformed one first,
/// then those it does not have.
fn check_ids(ids: &[String], views: &[InstanceView]) -> Result<(), Output> {
    if let Some(bad) = ids.iter().find(|id| !is_instance_id(id)) {
        return Err(service_error("InvalidInstanceID.Malformed", &format!("Invalid id: \"{bad}\"")));
    }
    let missing: Vec<&str> =
        ids.iter().filter(|id| !views.iter().any(|v| v.instance.id == **id)).map(String::as_str).collect();
    match missing.as_slice() {
        [] => Ok(()),
        [one] => Err(service_error(
            "InvalidInstanceID.NotFound",
            &format!("The instance ID '{one}' does not exist"),
        )),
        many => Err(service_error(
            "InvalidInstanceID.NotFound",
            &format!("The instance IDs '{}' do not exist", many.join(", ")),
        )),
    }
}

pub fn describe(call: &mut Call, rest: &[String]) -> OpResult {
    let params = [Param::list("instance-ids"), Param::boolean("dry-run"), Param::list("filters")];
    let parsed = parse_operation(&params, true, rest)?;
    let filters: Vec<Filter> = match parsed.list("filters") {
        Some(args) => filter_args::parse(args)?,
        None => Vec::new(),
    };
    let cluster = &*call.cluster;
    let views = if call.region == cluster.region { views(cluster) } else { Vec::new() };
    let ids = parsed.list("instance-ids").unwrap_or_default();
    check_ids(ids, &views)?;
    match filters::check(&filters) {
        Ok(()) => {}
        Err(FilterError::Invalid(name)) => {
            return Err(service_error("InvalidParameterValue", &format!("The filter '{name}' is invalid")))
        }
        Err(FilterError::Unsimulated(name)) => {
            return Err(usage::not_simulated(
                &format!("the filter \"{name}\""),
                "\"instance-state-name\", \"availability-zone\", \"private-dns-name\" or \"tag:KEY\"",
            ))
        }
    }
    // A request that would pass gets DryRun's answer instead.
    if parsed.flag("dry-run") == Some(true) {
        return Err(service_error(
            "DryRunOperation",
            "Request would have succeeded, but DryRun flag is set.",
        ));
    }
    let reservations: Vec<Value> = views
        .iter()
        .filter(|v| ids.is_empty() || ids.contains(&v.instance.id))
        .map(|v| reservation_value(cluster, v))
        .filter(|r| match r.get("Instances") {
            Some(Value::Array(instances)) => {
                instances.first().is_some_and(|instance| filters::passes(&filters, r, instance))
            }
            _ => false,
        })
        .collect();
    Ok(Response::Api(Value::object([("Reservations", Value::Array(reservations))])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_ids_have_ec2_shape() {
        assert!(is_instance_id("i-0a3f5c2e8d1b47906") && is_instance_id("i-1234abcd"));
        assert!(!is_instance_id("i-0A3F5C2E8D1B47906") && !is_instance_id("i-123") && !is_instance_id("web"));
    }
}

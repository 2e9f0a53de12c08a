//! `aws autoscaling`: `describe-auto-scaling-groups` over the Auto Scaling
//! groups behind the managed node groups.

mod groups;

use super::{split_operation, usage, wants_help, Call, OpResult};

/// `aws autoscaling`'s operations as its parser lists them: the API's, then
/// `help`.
const OPERATIONS: &str = include_str!("operations.txt");

pub fn run(call: &mut Call, args: &[String]) -> OpResult {
    let operations: Vec<&str> = OPERATIONS.lines().collect();
    let (op, rest) = split_operation(&operations, args)?;
    if wants_help(&rest) || op == "help" {
        return Err(usage::not_simulated(&format!("\"aws autoscaling {op} help\""), "the command itself"));
    }
    match op {
        "describe-auto-scaling-groups" => groups::describe(call, &rest),
        other => Err(usage::not_simulated(
            &format!("\"aws autoscaling {other}\""),
            "\"aws autoscaling describe-auto-scaling-groups\"",
        )),
    }
}

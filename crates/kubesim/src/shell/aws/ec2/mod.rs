//! `aws ec2`: `describe-instances` over the EC2 instances behind the
//! managed node groups. Errors carry EC2's codes and messages.

mod filters;
mod instances;
mod reservation;

use super::{split_operation, usage, wants_help, Call, OpResult};

/// `aws ec2`'s operations as its parser lists them: the API's, then `wait`
/// and `help`.
const OPERATIONS: &str = include_str!("operations.txt");

pub fn run(call: &mut Call, args: &[String]) -> OpResult {
    let operations: Vec<&str> = OPERATIONS.lines().collect();
    let (op, rest) = split_operation(&operations, args)?;
    if wants_help(&rest) || op == "help" {
        return Err(usage::not_simulated(&format!("\"aws ec2 {op} help\""), "the command itself"));
    }
    match op {
        "describe-instances" => instances::describe(call, &rest),
        other => Err(usage::not_simulated(&format!("\"aws ec2 {other}\""), "\"aws ec2 describe-instances\"")),
    }
}

//! `aws sts get-caller-identity`: who the learner's CLI signs requests as,
//! the same IAM role session EKS maps to the Kubernetes user that
//! `kubectl auth whoami` shows.

use super::args::parse_operation;
use super::{split_operation, usage, wants_help, Call, OpResult, Response};
use crate::shell::printer::value::Value;

/// `aws sts`'s operations as its parser lists them.
const OPERATIONS: &[&str] = &[
    "assume-role",
    "assume-role-with-saml",
    "assume-role-with-web-identity",
    "assume-root",
    "decode-authorization-message",
    "get-access-key-info",
    "get-caller-identity",
    "get-federation-token",
    "get-session-token",
    "help",
];

pub fn run(call: &mut Call, args: &[String]) -> OpResult {
    let (op, rest) = split_operation(OPERATIONS, args)?;
    if wants_help(&rest) || op == "help" {
        return Err(usage::not_simulated(&format!("\"aws sts {op} help\""), "the command itself"));
    }
    match op {
        "get-caller-identity" => get_caller_identity(call, &rest),
        other => {
            Err(usage::not_simulated(&format!("\"aws sts {other}\""), "\"aws sts get-caller-identity\""))
        }
    }
}

/// `GetCallerIdentityResponse`, members in the model's order.
fn get_caller_identity(call: &mut Call, rest: &[String]) -> OpResult {
    parse_operation(&[], false, rest)?;
    let caller = call.cluster.caller_identity();
    Ok(Response::Api(Value::object([
        ("UserId", Value::str(caller.user_id())),
        ("Account", Value::str(caller.account.clone())),
        ("Arn", Value::str(caller.arn())),
    ])))
}

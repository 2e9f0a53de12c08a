//! `kubectl rollout` (kubectl `pkg/cmd/rollout`): finds the subcommand as
//! cobra does and runs it. `pause` and `resume` are not simulated: the
//! simulated Deployment controller has no paused state.

pub(super) mod history;
mod kinds;
pub(super) mod restart;
pub(super) mod status;
pub(super) mod undo;

use super::resource_builder::{self, Request, Target};
use super::{error, find_verb, namespace, not_simulated, parse_flags};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;
use crate::sim::Cluster;

/// The flags every subcommand takes to find its objects.
pub(super) const FILE_FLAGS: [Flag; 3] = [
    Flag::value("filename", Some('f')),
    Flag::value("kustomize", Some('k')),
    Flag::boolean("recursive", Some('R')),
];

const TRY: &str = "\"kubectl rollout status deployment/web\"";

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    let Some(at) = find_verb(args) else {
        return match parse_flags("rollout", &[], args) {
            Err(out) => out,
            Ok(_) => not_simulated("\"kubectl rollout\" without a subcommand (its help)", TRY),
        };
    };
    let rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
    match args[at].as_str() {
        "status" => status::run(cluster, &rest),
        "restart" => restart::run(cluster, &rest),
        "history" => history::run(cluster, &rest),
        "undo" => undo::run(cluster, &rest),
        "pause" | "resume" => not_simulated(
            &format!("\"kubectl rollout {}\"", args[at]),
            "\"kubectl rollout restart\" or \"kubectl rollout undo\"",
        ),
        _ => match parse_flags("rollout", &[], args) {
            Err(out) => out,
            Ok(parsed) => error(&format!(
                "unknown command \"{}\"\nSee 'kubectl rollout -h' for help and examples",
                parsed.args.join(" ")
            )),
        },
    }
}

/// Parses a subcommand's flags; `-h` and file input are not simulated.
fn flags(subcommand: &str, specs: &[Flag], args: &[String]) -> Result<Parsed, Output> {
    let all: Vec<Flag> = specs.iter().chain(&FILE_FLAGS).copied().collect();
    let parsed = parse_flags(&format!("rollout {subcommand}"), &all, args)?;
    if parsed.bool("help") {
        return Err(not_simulated(&format!("\"kubectl rollout {subcommand} --help\""), TRY));
    }
    for flag in ["filename", "kustomize"] {
        if parsed.value(flag).is_some() {
            return Err(not_simulated(&format!("\"kubectl rollout {subcommand} --{flag}\""), TRY));
        }
    }
    if parsed.args.is_empty() {
        return Err(error("required resource not specified"));
    }
    Ok(parsed)
}

/// The objects named or selected; a lone `TYPE` means all of them.
fn targets(cluster: &Cluster, subcommand: &str, parsed: &Parsed) -> Result<Vec<Target>, Output> {
    resource_builder::resolve(
        cluster,
        &Request {
            command: &format!("rollout {subcommand}"),
            args: &parsed.args,
            selector: parsed.value("selector"),
            select_all: false,
            lone_type_selects_all: true,
            all_namespaces: false,
            namespace: namespace(parsed),
        },
    )
}

/// What rollout prints when its objects matched nothing.
fn nothing_found(parsed: &Parsed) -> Output {
    let mut out = Output::default();
    out.err(format!("No resources found in {} namespace.\n", namespace(parsed)));
    out
}

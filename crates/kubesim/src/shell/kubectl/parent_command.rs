//! Commands that only group subcommands (`config`, `auth`): when no known
//! subcommand follows, cobra runs the parent itself, which kubectl sets to
//! `DefaultSubCommandRun`.

use crate::shell::Output;

/// Help on stderr and exit 1 when nothing is left after the flags, else
/// `unknown command` naming everything left.
pub(super) fn run(command: &str, help: &str, args: &[String]) -> Output {
    let parsed = match super::parse_flags(command, &[], args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    if parsed.args.is_empty() {
        return Output::failure(1, help.to_owned());
    }
    super::error(&format!(
        "unknown command \"{}\"\nSee 'kubectl {command} -h' for help and examples",
        parsed.args.join(" ")
    ))
}

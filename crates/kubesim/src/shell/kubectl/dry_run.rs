//! `--dry-run` as the commands that change things take it
//! (`cmdutil.AddDryRunFlag`, `GetDryRunStrategy`): `none`, `client` or
//! `server`; the bare flag and boolean values still work but log klog's
//! deprecation warning.

use super::check_err::KubectlError;
use super::klog::{self, Severity, KUBECTL_PID};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;
use crate::sim::{Cluster, Timestamp};

/// What pflag fills in for a bare `--dry-run` (its `NoOptDefVal`).
const BARE: &str = "unchanged";

pub(super) const FLAG: Flag = Flag::optional("dry-run", None, BARE);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DryRun {
    None,
    Client,
    Server,
}

impl DryRun {
    /// What `PrintFlagsWithDryRunStrategy` appends to a printed operation.
    pub(super) fn suffix(self) -> &'static str {
        match self {
            DryRun::None => "",
            DryRun::Client => " (dry run)",
            DryRun::Server => " (server dry run)",
        }
    }
}

/// The strategy asked for; klog's warning about a deprecated spelling goes
/// to stderr.
pub(super) fn strategy(cluster: &Cluster, parsed: &Parsed, out: &mut Output) -> Result<DryRun, KubectlError> {
    let (strategy, warning) = parse_strategy(parsed, cluster.now()).map_err(KubectlError::Plain)?;
    if let Some(warning) = warning {
        out.err(warning);
    }
    Ok(strategy)
}

/// `GetDryRunStrategy`: the strategy, with klog's warning line when the
/// spelling is a deprecated one.
pub(super) fn parse_strategy(parsed: &Parsed, now: Timestamp) -> Result<(DryRun, Option<String>), String> {
    let value = parsed.value(FLAG.long).unwrap_or("none");
    match parse_bool(value) {
        Some(true) => Ok((
            DryRun::Client,
            Some(klog_warning(
                now,
                717,
                &format!("--dry-run={value} is deprecated (boolean value) and can be replaced with --dry-run=client."),
            )),
        )),
        Some(false) => Ok((
            DryRun::None,
            Some(klog_warning(
                now,
                720,
                &format!("--dry-run={value} is deprecated (boolean value) and can be replaced with --dry-run=none."),
            )),
        )),
        None => match value {
            BARE => Ok((
                DryRun::Client,
                Some(klog_warning(now, 703, "--dry-run is deprecated and can be replaced with --dry-run=client.")),
            )),
            "client" => Ok((DryRun::Client, None)),
            "server" => Ok((DryRun::Server, None)),
            "none" => Ok((DryRun::None, None)),
            other => Err(format!("Invalid dry-run value ({other}). Must be \"none\", \"server\", or \"client\".")),
        },
    }
}

/// Go's `strconv.ParseBool`.
fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// A klog warning from kubectl's `cmd/util/helpers.go` (v1.31.0 line
/// numbers).
fn klog_warning(now: Timestamp, line: u32, message: &str) -> String {
    klog::line(Severity::Warning, now, KUBECTL_PID, &format!("helpers.go:{line}"), message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::flags::parse;

    fn strategy_of(args: &[&str]) -> Result<(DryRun, Option<String>), String> {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        let parsed = parse(&[FLAG], &args).expect("parses");
        parse_strategy(&parsed, Timestamp::from_utc(2025, 6, 12, 9, 0, 0))
    }

    #[test]
    fn every_spelling() {
        assert_eq!(strategy_of(&[]), Ok((DryRun::None, None)));
        assert_eq!(strategy_of(&["--dry-run=client"]), Ok((DryRun::Client, None)));
        assert_eq!(strategy_of(&["--dry-run=server"]), Ok((DryRun::Server, None)));
        let (bare, warning) = strategy_of(&["--dry-run", "node"]).expect("bare flag");
        assert_eq!(bare, DryRun::Client);
        assert_eq!(
            warning.as_deref(),
            Some("W0612 09:00:00.000000   48213 helpers.go:703] --dry-run is deprecated and can be replaced with --dry-run=client.\n")
        );
        assert_eq!(strategy_of(&["--dry-run=false"]).map(|(d, _)| d), Ok(DryRun::None));
        assert_eq!(
            strategy_of(&["--dry-run=maybe"]),
            Err("Invalid dry-run value (maybe). Must be \"none\", \"server\", or \"client\".".to_owned())
        );
    }
}

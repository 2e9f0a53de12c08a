//! The kubectl commands Tab knows, with their operands and the fixed values
//! of their flags. The flags themselves are each command's own table
//! (`kubectl::command_flags`), so Tab offers exactly what the command
//! accepts; `flags_match_what_the_commands_accept` checks them against real
//! kubectl's.

use crate::shell::flags::Flag;
use crate::shell::kubectl::{self, resource::ResourceType};

/// What follows a command's name and flags.
#[derive(Clone, Copy, Debug)]
pub(super) enum Operands {
    None,
    /// A subcommand: one of the commands whose path extends this one.
    Subcommands,
    /// `TYPE [NAME…]` or `TYPE/NAME…`, TYPE one of these.
    Objects(&'static [ResourceType]),
    /// Names of one type only (`cordon NODE…`).
    Names(ResourceType),
    /// One resource type (`explain TYPE`).
    Type,
}

#[derive(Debug)]
pub(super) struct Command {
    /// `["get"]`, `["rollout", "status"]`.
    pub path: &'static [&'static str],
    /// cobra's aliases for the last word of the path.
    pub aliases: &'static [&'static str],
    pub operands: Operands,
    /// The fixed choices of a flag's value.
    pub values: &'static [(&'static str, &'static [&'static str])],
}

impl Command {
    /// The command's own flags: the very table its parser reads.
    pub fn flags(&self) -> Vec<Flag> {
        kubectl::command_flags(self.path)
    }

    /// Whether `word` names this command at its depth of the path.
    pub fn is_named(&self, word: &str) -> bool {
        self.path.last() == Some(&word) || self.aliases.contains(&word)
    }
}

const EVERY_TYPE: &[ResourceType] = &ResourceType::ALL;
const DRY_RUN: (&str, &[&str]) = ("dry-run", &["client", "none", "server"]);

const fn command(path: &'static [&'static str], operands: Operands) -> Command {
    Command { path, aliases: &[], operands, values: &[] }
}

pub(super) const COMMANDS: &[Command] = &[
    Command {
        values: &[("output", &["json", "jsonpath-as-json=", "jsonpath=", "name", "wide", "yaml"])],
        ..command(&["get"], Operands::Objects(EVERY_TYPE))
    },
    command(&["describe"], Operands::Objects(EVERY_TYPE)),
    Command { values: &[DRY_RUN], ..command(&["cordon"], Operands::Names(ResourceType::Nodes)) },
    Command { values: &[DRY_RUN], ..command(&["uncordon"], Operands::Names(ResourceType::Nodes)) },
    Command { values: &[DRY_RUN], ..command(&["drain"], Operands::Names(ResourceType::Nodes)) },
    command(&["taint"], Operands::Objects(&[ResourceType::Nodes])),
    command(&["label"], Operands::Objects(EVERY_TYPE)),
    command(&["delete"], Operands::Objects(EVERY_TYPE)),
    command(&["scale"], Operands::Objects(&[ResourceType::Deployments, ResourceType::ReplicaSets])),
    command(&["rollout"], Operands::Subcommands),
    command(
        &["rollout", "status"],
        Operands::Objects(&[ResourceType::Deployments, ResourceType::DaemonSets]),
    ),
    command(
        &["rollout", "restart"],
        Operands::Objects(&[ResourceType::Deployments, ResourceType::DaemonSets]),
    ),
    command(&["top"], Operands::Subcommands),
    Command {
        aliases: &["nodes", "no"],
        values: &[("sort-by", &["cpu", "memory"])],
        ..command(&["top", "node"], Operands::Names(ResourceType::Nodes))
    },
    Command {
        aliases: &["pods", "po"],
        values: &[("sort-by", &["cpu", "memory"])],
        ..command(&["top", "pod"], Operands::Names(ResourceType::Pods))
    },
    Command {
        values: &[("for", &["condition=", "delete", "jsonpath="])],
        ..command(&["wait"], Operands::Objects(EVERY_TYPE))
    },
    Command { values: &[("output", &["json", "yaml"])], ..command(&["version"], Operands::None) },
    command(&["cluster-info"], Operands::None),
    command(&["config"], Operands::Subcommands),
    Command {
        values: &[("output", &["json", "jsonpath=", "yaml"])],
        ..command(&["config", "view"], Operands::None)
    },
    command(&["config", "current-context"], Operands::None),
    command(&["auth"], Operands::Subcommands),
    command(&["auth", "can-i"], Operands::None),
    Command {
        values: &[("output", &["name", "wide"]), ("sort-by", &["kind", "name"])],
        ..command(&["api-resources"], Operands::None)
    },
    command(&["explain"], Operands::Type),
];

//! The kubectl commands Tab knows, with their flags and operands.
//!
//! Keep in step with the commands themselves: `flags` here lists the flags
//! of the command's own `FLAGS` table in `shell/kubectl/` (kubectl's global
//! flags come from there directly). The test
//! `flags_match_what_the_commands_accept` runs every simulated command and
//! fails when the two disagree. A flag with an optional value (`--dry-run`)
//! is a boolean here: pflag never takes its value from the next word.

use crate::shell::flags::Flag;
use crate::shell::kubectl::resource::ResourceType;

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
    pub flags: &'static [Flag],
    pub operands: Operands,
    /// The fixed choices of a flag's value.
    pub values: &'static [(&'static str, &'static [&'static str])],
}

impl Command {
    /// Whether `word` names this command at its depth of the path.
    pub fn is_named(&self, word: &str) -> bool {
        self.path.last() == Some(&word) || self.aliases.contains(&word)
    }
}

const EVERY_TYPE: &[ResourceType] = &ResourceType::ALL;
const DRY_RUN: (&str, &[&str]) = ("dry-run", &["client", "none", "server"]);

const fn command(path: &'static [&'static str], flags: &'static [Flag], operands: Operands) -> Command {
    Command { path, aliases: &[], flags, operands, values: &[] }
}

pub(super) const COMMANDS: &[Command] = &[
    Command {
        values: &[("output", &["json", "jsonpath-as-json=", "jsonpath=", "name", "wide", "yaml"])],
        ..command(
            &["get"],
            &[
                Flag::value("output", Some('o')),
                Flag::boolean("all-namespaces", Some('A')),
                Flag::boolean("show-labels", None),
                Flag::value("sort-by", None),
            ],
            Operands::Objects(EVERY_TYPE),
        )
    },
    command(
        &["describe"],
        &[
            Flag::boolean("all-namespaces", Some('A')),
            Flag::value("selector", Some('l')),
            Flag::boolean("show-events", None),
        ],
        Operands::Objects(EVERY_TYPE),
    ),
    Command {
        values: &[DRY_RUN],
        ..command(
            &["cordon"],
            &[Flag::boolean("dry-run", None), Flag::value("selector", Some('l'))],
            Operands::Names(ResourceType::Nodes),
        )
    },
    Command {
        values: &[DRY_RUN],
        ..command(
            &["uncordon"],
            &[Flag::boolean("dry-run", None), Flag::value("selector", Some('l'))],
            Operands::Names(ResourceType::Nodes),
        )
    },
    Command {
        values: &[DRY_RUN],
        ..command(
            &["drain"],
            &[
                Flag::boolean("delete-emptydir-data", None),
                Flag::boolean("dry-run", None),
                Flag::boolean("force", None),
                Flag::value("grace-period", None),
                Flag::boolean("ignore-daemonsets", None),
                Flag::value("timeout", None),
            ],
            Operands::Names(ResourceType::Nodes),
        )
    },
    command(
        &["taint"],
        &[Flag::boolean("all", None), Flag::boolean("overwrite", None)],
        Operands::Objects(&[ResourceType::Nodes]),
    ),
    command(
        &["label"],
        &[Flag::boolean("list", None), Flag::boolean("overwrite", None)],
        Operands::Objects(EVERY_TYPE),
    ),
    command(
        &["delete"],
        &[
            Flag::boolean("all", None),
            Flag::boolean("force", None),
            Flag::value("grace-period", None),
            Flag::boolean("ignore-not-found", None),
            Flag::boolean("now", None),
            Flag::value("selector", Some('l')),
            Flag::boolean("wait", None),
        ],
        Operands::Objects(EVERY_TYPE),
    ),
    command(
        &["scale"],
        &[Flag::value("current-replicas", None), Flag::value("replicas", None), Flag::value("timeout", None)],
        Operands::Objects(&[ResourceType::Deployments, ResourceType::ReplicaSets]),
    ),
    command(&["rollout"], &[], Operands::Subcommands),
    command(
        &["rollout", "status"],
        &[Flag::value("revision", None), Flag::value("timeout", None), Flag::boolean("watch", Some('w'))],
        Operands::Objects(&[ResourceType::Deployments, ResourceType::DaemonSets]),
    ),
    command(
        &["rollout", "restart"],
        &[],
        Operands::Objects(&[ResourceType::Deployments, ResourceType::DaemonSets]),
    ),
    command(&["top"], &[], Operands::Subcommands),
    Command {
        aliases: &["nodes", "no"],
        values: &[("sort-by", &["cpu", "memory"])],
        ..command(
            &["top", "node"],
            &[
                Flag::boolean("no-headers", None),
                Flag::value("selector", Some('l')),
                Flag::boolean("show-capacity", None),
                Flag::value("sort-by", None),
            ],
            Operands::Names(ResourceType::Nodes),
        )
    },
    Command {
        aliases: &["pods", "po"],
        values: &[("sort-by", &["cpu", "memory"])],
        ..command(
            &["top", "pod"],
            &[
                Flag::boolean("all-namespaces", Some('A')),
                Flag::boolean("containers", None),
                Flag::boolean("no-headers", None),
                Flag::value("selector", Some('l')),
                Flag::value("sort-by", None),
                Flag::boolean("sum", None),
            ],
            Operands::Names(ResourceType::Pods),
        )
    },
    Command {
        values: &[("for", &["condition=", "delete", "jsonpath="])],
        ..command(
            &["wait"],
            &[
                Flag::boolean("all", None),
                Flag::boolean("all-namespaces", Some('A')),
                Flag::value("for", None),
                Flag::value("selector", Some('l')),
                Flag::value("timeout", None),
            ],
            Operands::Objects(EVERY_TYPE),
        )
    },
    Command {
        values: &[("output", &["json", "yaml"])],
        ..command(
            &["version"],
            &[Flag::boolean("client", None), Flag::value("output", Some('o'))],
            Operands::None,
        )
    },
    command(&["cluster-info"], &[], Operands::None),
    command(&["config"], &[], Operands::Subcommands),
    Command {
        values: &[("output", &["json", "jsonpath=", "yaml"])],
        ..command(
            &["config", "view"],
            &[
                Flag::boolean("flatten", None),
                Flag::boolean("minify", None),
                Flag::value("output", Some('o')),
                Flag::boolean("raw", None),
            ],
            Operands::None,
        )
    },
    command(&["config", "current-context"], &[], Operands::None),
    command(&["auth"], &[], Operands::Subcommands),
    command(
        &["auth", "can-i"],
        &[
            Flag::boolean("all-namespaces", Some('A')),
            Flag::boolean("list", None),
            Flag::boolean("no-headers", None),
            Flag::boolean("quiet", Some('q')),
        ],
        Operands::None,
    ),
    Command {
        values: &[("output", &["name", "wide"]), ("sort-by", &["kind", "name"])],
        ..command(
            &["api-resources"],
            &[
                Flag::value("api-group", None),
                Flag::boolean("namespaced", None),
                Flag::boolean("no-headers", None),
                Flag::value("output", Some('o')),
                Flag::value("sort-by", None),
                Flag::value("verbs", None),
            ],
            Operands::None,
        )
    },
    command(
        &["explain"],
        &[Flag::value("api-version", None), Flag::boolean("recursive", None)],
        Operands::Type,
    ),
];

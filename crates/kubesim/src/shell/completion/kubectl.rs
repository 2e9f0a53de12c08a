//! Tab after `kubectl`: commands, flags and their values, resource types and
//! the names of live objects.

use super::kubectl_commands::{Command, Operands, COMMANDS};
use crate::shell::flags::{Flag, FlagKind};
use crate::shell::kubectl::objects::{self, Scope};
use crate::shell::kubectl::resource::ResourceType;
use crate::shell::kubectl::{DEFAULT_NAMESPACE, GLOBAL_FLAGS};
use crate::sim::Cluster;

/// What the words before the cursor say: which command, its operands so
/// far, the flags given.
#[derive(Default)]
struct Walk {
    command: Option<&'static Command>,
    operands: Vec<String>,
    /// Flags given, by long name, with their values ("" for booleans).
    given: Vec<(&'static str, String)>,
    /// The flag whose value the word under the cursor is.
    awaiting: Option<Flag>,
    /// `--` was given: only operands follow.
    flags_ended: bool,
}

impl Walk {
    fn flags(&self) -> impl Iterator<Item = Flag> {
        GLOBAL_FLAGS.iter().copied().chain(self.command.map(Command::flags).unwrap_or_default())
    }

    fn long(&self, name: &str) -> Option<Flag> {
        self.flags().find(|f| f.long == name)
    }

    fn short(&self, letter: char) -> Option<Flag> {
        self.flags().find(|f| f.short == Some(letter))
    }

    fn value(&self, long: &str) -> Option<&str> {
        self.given.iter().rev().find(|(name, _)| *name == long).map(|(_, v)| v.as_str())
    }

    fn scope(&self) -> Scope<'_> {
        if self.value("all-namespaces").is_some() {
            Scope::All
        } else {
            Scope::Namespace(self.value("namespace").filter(|ns| !ns.is_empty()).unwrap_or(DEFAULT_NAMESPACE))
        }
    }

    /// The commands one level below the one found so far.
    fn subcommands(&self) -> impl Iterator<Item = &'static Command> + '_ {
        let depth = self.command.map_or(0, |c| c.path.len());
        COMMANDS.iter().filter(move |c| {
            c.path.len() == depth + 1 && self.command.is_none_or(|parent| c.path.starts_with(parent.path))
        })
    }

    fn expects_subcommand(&self) -> bool {
        self.command.is_none_or(|c| matches!(c.operands, Operands::Subcommands))
    }

    /// Takes in one finished word. False when the line names no command Tab
    /// knows, so nothing after it can be offered.
    fn take(&mut self, word: &str) -> bool {
        if let Some(flag) = self.awaiting.take() {
            self.given.push((flag.long, word.to_owned()));
            return true;
        }
        if self.flags_ended || word == "-" || !word.starts_with('-') {
            if self.expects_subcommand() && !self.flags_ended {
                let Some(next) = self.subcommands().find(|c| c.is_named(word)) else { return false };
                self.command = Some(next);
            } else {
                self.operands.push(word.to_owned());
            }
        } else if word == "--" {
            self.flags_ended = true;
        } else if let Some(body) = word.strip_prefix("--") {
            let (name, value) = body.split_once('=').map_or((body, None), |(n, v)| (n, Some(v)));
            match (self.long(name), value) {
                (Some(flag), Some(value)) => self.given.push((flag.long, value.to_owned())),
                (Some(flag), None) if flag.kind == FlagKind::Value => self.awaiting = Some(flag),
                (Some(flag), None) => self.given.push((flag.long, String::new())),
                (None, _) => {}
            }
        } else if let Some(group) = word.strip_prefix('-') {
            // A group of short flags: booleans, then perhaps one that takes
            // the rest of the word or the next word as its value.
            for (i, letter) in group.char_indices() {
                let Some(flag) = self.short(letter) else { continue };
                if flag.kind == FlagKind::Value {
                    let rest = group.get(i + letter.len_utf8()..).unwrap_or_default();
                    if rest.is_empty() {
                        self.awaiting = Some(flag);
                    } else {
                        self.given.push((flag.long, rest.trim_start_matches('=').to_owned()));
                    }
                    break;
                }
                self.given.push((flag.long, String::new()));
            }
        }
        true
    }
}

/// Candidates for the word being typed after `kubectl ARGS…`. Names and
/// namespaces come from the cluster kubectl reaches; with no kubeconfig
/// (`None`) there is none to ask.
pub(super) fn candidates(cluster: Option<&Cluster>, args: &[String], current: &str) -> Vec<String> {
    match offered(cluster, args, current) {
        Offer::Words(words) => super::starting_with(words, current),
        Offer::Types(types) => type_names(types, current),
    }
}

/// What a position takes: words to filter by the typed prefix, or resource
/// types, which match by any of their names.
enum Offer {
    Words(Vec<String>),
    Types(&'static [ResourceType]),
}

fn offered(cluster: Option<&Cluster>, args: &[String], current: &str) -> Offer {
    let mut walk = Walk::default();
    for word in args {
        if !walk.take(word) {
            return Offer::Words(Vec::new());
        }
    }
    if let Some(flag) = walk.awaiting {
        return Offer::Words(flag_values(cluster, &walk, flag.long));
    }
    if !walk.flags_ended && current.starts_with('-') {
        if let Some((name, _)) = current.strip_prefix("--").and_then(|body| body.split_once('=')) {
            let values = match walk.long(name) {
                Some(flag) => flag_values(cluster, &walk, flag.long),
                None => Vec::new(),
            };
            return Offer::Words(values.into_iter().map(|value| format!("--{name}={value}")).collect());
        }
        return Offer::Words(
            walk.flags()
                .filter(|f| !walk.given.iter().any(|(name, _)| *name == f.long))
                .map(|f| format!("--{}", f.long))
                .collect(),
        );
    }
    if walk.expects_subcommand() {
        return Offer::Words(
            walk.subcommands().filter_map(|c| c.path.last()).map(|n| (*n).to_owned()).collect(),
        );
    }
    let Some(command) = walk.command else { return Offer::Words(Vec::new()) };
    match command.operands {
        Operands::Type if walk.operands.is_empty() => Offer::Types(&ResourceType::ALL),
        Operands::None | Operands::Subcommands | Operands::Type => Offer::Words(Vec::new()),
        Operands::Names(resource) => Offer::Words(names(cluster, resource, walk.scope(), &walk.operands)),
        Operands::Objects(types) => objects(cluster, types, &walk, current),
    }
}

/// `TYPE`, then names of that type; or `TYPE/NAME` throughout.
fn objects(cluster: Option<&Cluster>, types: &'static [ResourceType], walk: &Walk, current: &str) -> Offer {
    if let Some((typed, _)) = current.split_once('/') {
        let names = match ResourceType::resolve(typed).filter(|t| types.contains(t)) {
            Some(resource) => names(cluster, resource, walk.scope(), &walk.operands),
            None => Vec::new(),
        };
        return Offer::Words(names.into_iter().map(|name| format!("{typed}/{name}")).collect());
    }
    let Some((first, given)) = walk.operands.split_first() else {
        return Offer::Types(types);
    };
    if first.contains('/') || first.contains(',') {
        return Offer::Words(Vec::new());
    }
    match ResourceType::resolve(first).filter(|t| types.contains(t)) {
        Some(resource) => Offer::Words(names(cluster, resource, walk.scope(), given)),
        None => Offer::Words(Vec::new()),
    }
}

/// Plural names of the types whose plural, singular or short name the typed
/// word starts, in any case: `no` → `nodes`, `ds` → `daemonsets`, `po` →
/// `pods` and `poddisruptionbudgets`.
fn type_names(types: &[ResourceType], typed: &str) -> Vec<String> {
    let typed = typed.to_lowercase();
    types
        .iter()
        .filter(|t| t.names().iter().any(|name| name.starts_with(&typed)))
        .map(|t| t.plural().to_owned())
        .collect()
}

/// Names of live objects in scope, leaving out those already given.
fn names(
    cluster: Option<&Cluster>,
    resource: ResourceType,
    scope: Scope<'_>,
    given: &[String],
) -> Vec<String> {
    let Some(cluster) = cluster else { return Vec::new() };
    objects::list(cluster, resource, scope)
        .iter()
        .map(|object| object.name())
        .filter(|name| !given.iter().any(|g| g == name || g.split_once('/').is_some_and(|(_, n)| n == name)))
        .collect()
}

fn flag_values(cluster: Option<&Cluster>, walk: &Walk, flag: &str) -> Vec<String> {
    if flag == "namespace" {
        return cluster.map(|c| c.namespaces().map(|ns| ns.name.clone()).collect()).unwrap_or_default();
    }
    walk.command
        .and_then(|c| c.values.iter().find(|(name, _)| *name == flag))
        .map(|(_, values)| values.iter().map(|v| (*v).to_owned()).collect())
        .unwrap_or_default()
}

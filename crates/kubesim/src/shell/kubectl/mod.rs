//! `kubectl`: finds the subcommand as cobra does, then hands the arguments to
//! it. Errors reach stderr the way kubectl's `CheckErr` writes them.

mod api_resources;
mod auth;
mod check_err;
mod cluster_info;
mod commands;
mod config;
mod cordon;
mod delete;
mod describe;
mod drain;
mod dry_run;
mod explain;
mod flag_values;
mod get;
mod go_duration;
mod help;
mod klog;
mod label;
mod manifest;
mod no_kubeconfig;
pub mod objects;
mod parent_command;
mod print_flags;
pub mod resource;
mod resource_builder;
mod rollout;
mod scale;
pub mod selector;
mod taint;
mod top;
mod validation;
mod version;
mod wait;
mod watch;

use crate::shell::flags::{self, Flag, FlagKind, Parsed};
use crate::shell::Output;
use crate::sim::Cluster;

use commands::COMMANDS;
pub use config::KubeConfig;

/// kubectl's persistent flags, accepted before or after any subcommand.
pub(super) const GLOBAL_FLAGS: &[Flag] = &[
    Flag::value("namespace", Some('n')),
    Flag::value("context", None),
    Flag::value("cluster", None),
    Flag::value("user", None),
    Flag::value("kubeconfig", None),
    Flag::value("server", Some('s')),
    Flag::value("request-timeout", None),
    Flag::value("v", Some('v')),
    Flag::boolean("help", Some('h')),
];

/// The namespace commands act in when neither `-n` nor the kubeconfig
/// context names one (`aws eks update-kubeconfig` writes a context without).
pub const DEFAULT_NAMESPACE: &str = "default";

/// Runs kubectl on the learner's machine: against the cluster its kubeconfig
/// names, or, with none, against `http://localhost:8080` (`no_kubeconfig`).
pub fn run(cluster: &mut Cluster, kubeconfig: &mut Option<KubeConfig>, args: &[String]) -> Output {
    let Some(verb_at) = find_verb(args) else {
        let mut out = Output::default();
        out.out(help::ROOT);
        return out;
    };
    let verb = args[verb_at].as_str();
    let Some(command) = COMMANDS.iter().find(|c| c.name == verb) else {
        return error(&unknown_command(verb));
    };
    let rest: Vec<String> = args[..verb_at].iter().chain(&args[verb_at + 1..]).cloned().collect();
    if command.name == "config" {
        return config::run(cluster, kubeconfig, &rest);
    }
    let Some(kubeconfig) = kubeconfig.as_ref() else {
        return no_kubeconfig::run(cluster, command.name, &rest);
    };
    let rest = kubeconfig.with_context_namespace(command.name, rest);
    dispatch(cluster, command.name, &rest)
}

/// Runs a kubectl command (`config` aside) against the cluster.
fn dispatch(cluster: &mut Cluster, name: &str, rest: &[String]) -> Output {
    match name {
        "get" => get::run(cluster, rest),
        "describe" => describe::run(cluster, rest),
        "cordon" => cordon::run(cluster, rest, true),
        "uncordon" => cordon::run(cluster, rest, false),
        "drain" => drain::run(cluster, rest),
        "taint" => taint::run(cluster, rest),
        "label" => label::run(cluster, rest),
        "delete" => delete::run(cluster, rest),
        "scale" => scale::run(cluster, rest),
        "rollout" => rollout::run(cluster, rest),
        "top" => top::run(cluster, rest),
        "wait" => wait::run(cluster, rest),
        "version" => version::run(cluster, rest),
        "cluster-info" => cluster_info::run(cluster, rest),
        "auth" => auth::run(cluster, rest),
        "api-resources" => api_resources::run(cluster, rest),
        "api-versions" => api_resources::run_versions(cluster, rest),
        "explain" => explain::run(cluster, rest),
        name => not_simulated(&format!("\"kubectl {name}\""), "\"kubectl get nodes\""),
    }
}

/// A simulated command's own flags (the global ones aside), by its path:
/// the table its parser reads, which is what Tab completion offers.
pub(crate) fn command_flags(path: &[&str]) -> Vec<Flag> {
    let own: &[Flag] = match path {
        ["get"] => get::FLAGS,
        ["describe"] => describe::FLAGS,
        ["cordon"] | ["uncordon"] => cordon::FLAGS,
        ["drain"] => drain::FLAGS,
        ["taint"] => taint::FLAGS,
        ["label"] => label::FLAGS,
        ["delete"] => delete::FLAGS,
        ["scale"] => scale::FLAGS,
        ["rollout", "status"] => return [rollout::status::FLAGS, &rollout::FILE_FLAGS].concat(),
        ["rollout", "restart"] => return [rollout::restart::FLAGS, &rollout::FILE_FLAGS].concat(),
        ["top", "node"] => top::nodes::FLAGS,
        ["top", "pod"] => top::pods::FLAGS,
        ["wait"] => wait::FLAGS,
        ["version"] => version::FLAGS,
        ["config", "view"] => config::view::FLAGS,
        ["auth", "can-i"] => auth::can_i::FLAGS,
        ["api-resources"] => api_resources::FLAGS,
        ["explain"] => explain::FLAGS,
        _ => &[],
    };
    own.to_vec()
}

/// Like cobra's `stripFlags`: skips flags before the subcommand, and the value
/// of a value-taking global flag given as a separate word.
pub(crate) fn find_verb(args: &[String]) -> Option<usize> {
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--" {
            return (i + 1 < args.len()).then_some(i + 1);
        }
        if let Some(name) = arg.strip_prefix("--") {
            if !name.contains('=') && takes_value(GLOBAL_FLAGS.iter().find(|f| f.long == name)) {
                i += 1;
            }
        } else if let Some(group) = arg.strip_prefix('-').filter(|g| g.chars().count() == 1) {
            let short = group.chars().next();
            if takes_value(GLOBAL_FLAGS.iter().find(|f| f.short == short)) {
                i += 1;
            }
        } else if !arg.starts_with('-') || arg == "-" {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn takes_value(flag: Option<&Flag>) -> bool {
    flag.is_some_and(|f| f.kind == FlagKind::Value)
}

/// Parses a subcommand's flags together with the global ones; a bad flag gets
/// kubectl's `FlagErrorFunc` wording.
fn parse_flags(command: &str, specs: &[Flag], args: &[String]) -> Result<Parsed, Output> {
    let all: Vec<Flag> = specs.iter().chain(GLOBAL_FLAGS).copied().collect();
    flags::parse(&all, args).map_err(|e| error(&format!("{e}\nSee 'kubectl {command} --help' for usage.")))
}

/// The namespace a command acts in.
fn namespace(parsed: &Parsed) -> &str {
    parsed.value("namespace").filter(|ns| !ns.is_empty()).unwrap_or(DEFAULT_NAMESPACE)
}

/// kubectl's `CheckErr` for a plain error: `error: ` prefixed, exit status 1.
fn error(message: &str) -> Output {
    let mut text =
        if message.starts_with("error: ") { message.to_owned() } else { format!("error: {message}") };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Output::failure(1, text)
}

/// cobra's `unknown command` error with its "Did you mean this?" list: every
/// visible command within Levenshtein distance 2 or starting with what was
/// typed, in registration order.
fn unknown_command(typed: &str) -> String {
    let typed_lower = typed.to_lowercase();
    let suggestions: Vec<&str> = COMMANDS
        .iter()
        .map(|c| c.name)
        .filter(|name| levenshtein(&typed_lower, name) <= 2 || name.starts_with(&typed_lower))
        .collect();
    let mut message = format!("unknown command \"{typed}\" for \"kubectl\"");
    if !suggestions.is_empty() {
        message.push_str("\n\nDid you mean this?\n");
        for s in suggestions {
            message.push('\t');
            message.push_str(s);
            message.push('\n');
        }
    }
    message
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// Something real kubectl does that this simulator does not model yet: said
/// plainly, with what to try instead, rather than pretending it does not exist.
pub(crate) fn not_simulated(what: &str, try_instead: &str) -> Output {
    Output::failure(1, format!("kubesim: {what} is not simulated yet; try {try_instead}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn the_verb_may_follow_global_flags() {
        assert_eq!(find_verb(&words("get nodes")), Some(0));
        assert_eq!(find_verb(&words("-n kube-system get pods")), Some(2));
        assert_eq!(find_verb(&words("--namespace=x get pods")), Some(1));
        assert_eq!(find_verb(&words("--context ctx -v 6 get")), Some(4));
        assert_eq!(find_verb(&words("-n")), None);
    }

    #[test]
    fn suggestions_follow_cobra() {
        assert_eq!(
            unknown_command("gett"),
            "unknown command \"gett\" for \"kubectl\"\n\nDid you mean this?\n\tset\n\tget\n"
        );
        assert_eq!(
            unknown_command("desribe"),
            "unknown command \"desribe\" for \"kubectl\"\n\nDid you mean this?\n\tdescribe\n"
        );
        assert_eq!(unknown_command("nodes"), "unknown command \"nodes\" for \"kubectl\"");
        assert!(unknown_command("pods").ends_with("\tlogs\n"));
        assert!(unknown_command("foo").ends_with("\ttop\n"));
    }

    #[test]
    fn levenshtein_distances() {
        assert_eq!(levenshtein("gett", "get"), 1);
        assert_eq!(levenshtein("foo", "top"), 2);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}

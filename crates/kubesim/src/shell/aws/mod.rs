//! `aws`: the AWS CLI v2 (as of 2.27.34, June 2025) for its `eks`, `ecs`,
//! `ec2`, `autoscaling` and `sts` commands, over the simulated world. The
//! global options are parsed as the CLI's main argparse parser parses them
//! (anywhere on the line, unique prefixes accepted), then the service and
//! operation are looked up in the CLI's own command tables, then the
//! operation's parameters; each step fails the way the CLI fails.
//! Responses print as the CLI prints them: JSON (four-space indent, members
//! in the service model's order), `--output text` or `--output table`;
//! `--query` takes a subset of JMESPath.

mod args;
mod autoscaling;
mod ec2;
mod ecs;
mod eks;
mod filters;
mod python;
mod query;
mod session;
mod shorthand;
mod sts;
mod table;
mod text;
mod usage;

pub use session::Session;

use crate::shell::kubectl::KubeConfig;
use crate::shell::printer::value::{to_json, JsonStyle, Value};
use crate::shell::Output;
use crate::sim::{Cluster, Timestamp};

use args::looks_like_option;
use query::Query;

/// `aws --version` on the simulated learner's machine.
const VERSION: &str =
    "aws-cli/2.27.34 Python/3.13.3 Linux/6.1.134-152.225.amzn2023.x86_64 exe/x86_64.amzn.2023\n";

/// Every top-level command of this CLI version, in the order its parser
/// lists them: the services botocore knows, sorted, then the CLI's own
/// commands as its plugins add or rename them (`s3` → `s3api` plus the
/// high-level `s3`, `codedeploy` → `deploy`, `config` → `configservice`,
/// …), then `help`.
const COMMANDS: &str = include_str!("commands.txt");

/// How a global option takes its value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GlobalKind {
    Flag,
    Value,
    Choice(&'static [&'static str]),
    Int,
}

/// The main parser's options, in the order it holds them (`cli.json`, then
/// `--version`, which the parser re-adds last).
const GLOBALS: &[(&str, GlobalKind)] = &[
    ("debug", GlobalKind::Flag),
    ("endpoint-url", GlobalKind::Value),
    ("no-verify-ssl", GlobalKind::Flag),
    ("no-paginate", GlobalKind::Flag),
    ("output", GlobalKind::Choice(&["json", "text", "table", "yaml", "yaml-stream"])),
    ("query", GlobalKind::Value),
    ("profile", GlobalKind::Value),
    ("region", GlobalKind::Value),
    ("color", GlobalKind::Choice(&["on", "off", "auto"])),
    ("no-sign-request", GlobalKind::Flag),
    ("ca-bundle", GlobalKind::Value),
    ("cli-read-timeout", GlobalKind::Int),
    ("cli-connect-timeout", GlobalKind::Int),
    ("cli-binary-format", GlobalKind::Choice(&["base64", "raw-in-base64-out"])),
    ("no-cli-pager", GlobalKind::Flag),
    ("cli-auto-prompt", GlobalKind::Flag),
    ("no-cli-auto-prompt", GlobalKind::Flag),
    ("version", GlobalKind::Flag),
];

/// Options the simulator cannot honour; the others are accepted (`--profile`,
/// `--no-cli-pager`, `--color`, timeouts: nothing here they would change).
const UNSIMULATED_GLOBALS: &[&str] = &["debug", "endpoint-url", "cli-auto-prompt"];

/// The response formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Text,
    Table,
}

/// What an operation needs: the world, the CLI's own files, the learner's
/// `~/.kube/config` (absent until `update-kubeconfig` writes it), and the
/// region the call goes to.
pub struct Call<'a> {
    pub cluster: &'a mut Cluster,
    pub session: &'a mut Session,
    pub kubeconfig: &'a mut Option<KubeConfig>,
    pub region: String,
}

/// What an operation answers.
pub enum Response {
    /// An API response, printed in the chosen format.
    Api(Value),
    /// A customization's own lines (`update-kubeconfig`).
    Lines(String),
}

pub type OpResult = Result<Response, Output>;

pub fn run(
    cluster: &mut Cluster,
    session: &mut Session,
    kubeconfig: &mut Option<KubeConfig>,
    args: &[String],
) -> Output {
    let main = match parse_main(args) {
        Ok(Main::Version) => {
            let mut out = Output::default();
            out.out(VERSION);
            return out;
        }
        Ok(Main::Command(main)) => main,
        Err(out) => return out,
    };
    let Some(command) = main.command.clone() else {
        return usage::required(&["command"]);
    };
    if let Some(option) = UNSIMULATED_GLOBALS
        .iter()
        .find(|o| main.flags.contains(o) || main.values.iter().any(|(k, _)| k == *o))
    {
        return usage::not_simulated(&format!("\"aws --{option}\""), "the command without it");
    }
    let format = match main.value("output") {
        None | Some("json") => Format::Json,
        Some("text") => Format::Text,
        Some("table") => Format::Table,
        Some(other) => {
            return usage::not_simulated(
                &format!("\"--output {other}\""),
                "\"--output json\", \"--output text\" or \"--output table\"",
            )
        }
    };
    let query = match main.value("query") {
        None => None,
        Some(text) => match Query::parse(text) {
            Some(q) => Some(q),
            None => {
                return usage::not_simulated(
                    &format!("--query {text:?} (functions, slices and some other JMESPath)"),
                    "a path such as \"cluster.status\", \"nodegroups[0]\" or \"services[*].[serviceName,runningCount]\"",
                )
            }
        },
    };
    let region = main.value("region").map_or_else(|| cluster.region.clone(), str::to_owned);
    let mut call = Call { cluster, session, kubeconfig, region };
    let result = match command.as_str() {
        "eks" => eks::run(&mut call, &main.rest),
        "ecs" => ecs::run(&mut call, &main.rest),
        "sts" => sts::run(&mut call, &main.rest),
        "ec2" => ec2::run(&mut call, &main.rest),
        "autoscaling" => autoscaling::run(&mut call, &main.rest),
        "help" => return usage::not_simulated("\"aws help\"", "\"aws eks list-clusters\""),
        other => {
            return usage::not_simulated(
                &format!("\"aws {other}\""),
                "\"aws eks list-clusters\" or \"aws ecs list-services --cluster kubelab\"",
            )
        }
    };
    match result {
        Ok(Response::Api(value)) => print(&value, format, query.as_ref(), &operation_title(&main.rest)),
        Ok(Response::Lines(text)) => {
            let mut out = Output::default();
            out.out(text);
            out
        }
        Err(out) => out,
    }
}

/// Prints a response: the query applied, then JSON (nothing at all for an
/// empty object), text, or a table titled with the operation's name.
fn print(value: &Value, format: Format, query: Option<&Query>, title: &str) -> Output {
    let value = query.map_or_else(|| value.clone(), |q| q.search(value));
    let mut out = Output::default();
    match format {
        Format::Json if value == Value::Object(Vec::new()) => {}
        Format::Json => out.out(to_json(&value, JsonStyle::Aws)),
        Format::Text => out.out(text::format(&value)),
        Format::Table => match table::format(title, &value) {
            Ok(text) => out.out(text),
            Err(table::TableError::Python(message)) => return usage::general_error(&message),
            Err(table::TableError::Unmodelled) => {
                return usage::not_simulated(
                    "\"--output table\" of this --query's result",
                    "\"--output json\"",
                )
            }
        },
    }
    out
}

/// The operation word of a service's arguments: the first that is not an
/// option.
fn operation_word(args: &[String]) -> Option<(usize, &String)> {
    args.iter().enumerate().find(|(_, a)| !looks_like_option(a))
}

/// The API's name for the operation the arguments call, which titles a
/// table: the CLI name's words capitalized (`describe-instances` is
/// `DescribeInstances`), as it is for every operation simulated here.
fn operation_title(args: &[String]) -> String {
    let word = operation_word(args).map_or("", |(_, w)| w.as_str());
    word.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        })
        .collect()
}

/// The service command's step: the operation is the first word that is
/// not an option; the rest goes to the operation's own parser.
pub fn split_operation<'a>(
    service_ops: &[&str],
    args: &'a [String],
) -> Result<(&'a str, Vec<String>), Output> {
    let Some((at, op)) = operation_word(args) else {
        return Err(usage::required(&["operation"]));
    };
    let op = op.as_str();
    if !service_ops.contains(&op) {
        return Err(usage::invalid_choice("operation", op, service_ops));
    }
    let rest: Vec<String> =
        args.iter().enumerate().filter(|(i, _)| *i != at).map(|(_, a)| a.clone()).collect();
    Ok((op, rest))
}

/// `help` as an operation's first word asks for its manual page.
pub fn wants_help(args: &[String]) -> bool {
    args.first().is_some_and(|a| a == "help")
}

/// A timestamp as the CLI prints one by default (`cli_timestamp_format =
/// iso8601`): Python's `datetime.isoformat()` in the machine's zone, which
/// is UTC here; microseconds only when the time has a fraction.
pub fn iso8601(t: Timestamp) -> Value {
    let whole = t.to_string();
    let base = whole.strip_suffix('Z').unwrap_or(&whole);
    let millis = t.unix_millis().rem_euclid(1_000);
    if millis == 0 {
        Value::Str(format!("{base}+00:00"))
    } else {
        Value::Str(format!("{base}.{millis:03}000+00:00"))
    }
}

/// The service and operation a command line names (`ec2`,
/// `describe-instances`), found as `run` finds them; None when the line
/// would not get that far.
pub(crate) fn service_and_operation(args: &[String]) -> Option<(String, String)> {
    let Ok(Main::Command(main)) = parse_main(args) else { return None };
    let operation = main.rest.iter().find(|a| !looks_like_option(a))?;
    Some((main.command?, operation.clone()))
}

struct MainArgs {
    command: Option<String>,
    flags: Vec<&'static str>,
    values: Vec<(&'static str, String)>,
    /// Everything the main parser left for the service, in order.
    rest: Vec<String>,
}

impl MainArgs {
    fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }
}

enum Main {
    Version,
    Command(MainArgs),
}

fn find_global(typed: &str) -> Result<Option<(&'static str, GlobalKind)>, Output> {
    let texts: Vec<String> = GLOBALS.iter().map(|(name, _)| format!("--{name}")).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    Ok(args::find_option(&texts, typed)?.and_then(|at| GLOBALS.get(at).copied()))
}

fn parse_main(args: &[String]) -> Result<Main, Output> {
    let mut main = MainArgs { command: None, flags: Vec::new(), values: Vec::new(), rest: Vec::new() };
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        i += 1;
        if !looks_like_option(arg) {
            if main.command.is_none() {
                let commands: Vec<&str> = COMMANDS.lines().collect();
                if !commands.contains(&arg.as_str()) {
                    return Err(usage::invalid_choice("command", arg, &commands));
                }
                main.command = Some(arg.clone());
            } else {
                main.rest.push(arg.clone());
            }
            continue;
        }
        let (typed, inline) = args::split_inline(arg);
        let found = if typed.starts_with("--") { find_global(typed)? } else { None };
        let Some((name, kind)) = found else {
            main.rest.push(arg.clone());
            continue;
        };
        if kind == GlobalKind::Flag {
            if let Some(value) = inline {
                return Err(args::ignored_explicit_argument(&format!("--{name}"), &value));
            }
            if name == "version" {
                return Ok(Main::Version);
            }
            main.flags.push(name);
            continue;
        }
        let value = args::one_value(args, &mut i, inline, &format!("--{name}"))?;
        match kind {
            GlobalKind::Choice(choices) if !choices.contains(&value.as_str()) => {
                return Err(usage::invalid_choice(&format!("--{name}"), &value, choices));
            }
            GlobalKind::Int if value.trim().parse::<i64>().is_err() => {
                return Err(usage::argparse_error(&format!(
                    "argument --{name}: invalid int value: '{value}'"
                )));
            }
            _ => {}
        }
        main.values.push((name, value));
    }
    Ok(Main::Command(main))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_print_as_python_isoformat() {
        let t = Timestamp::from_utc(2025, 6, 12, 9, 0, 0);
        assert_eq!(iso8601(t), Value::str("2025-06-12T09:00:00+00:00"));
        let later = Timestamp::from_unix_millis(t.unix_millis() + 260);
        assert_eq!(iso8601(later), Value::str("2025-06-12T09:00:00.260000+00:00"));
    }

    #[test]
    fn globals_go_anywhere_and_take_prefixes() {
        let words: Vec<String> =
            "eks --reg us-east-1 list-clusters --out=text".split(' ').map(str::to_owned).collect();
        let Ok(Main::Command(main)) = parse_main(&words) else { panic!("parses") };
        assert_eq!(main.command.as_deref(), Some("eks"));
        assert_eq!(main.value("region"), Some("us-east-1"));
        assert_eq!(main.value("output"), Some("text"));
        assert_eq!(main.rest, ["list-clusters"]);
        let ambiguous: Vec<String> = vec!["--no".to_owned()];
        assert!(parse_main(&ambiguous).is_err());
    }
}

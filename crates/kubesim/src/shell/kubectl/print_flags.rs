//! kubectl's generic printer flags (cli-runtime's `PrintFlags`), as every
//! command but `get` takes them: `-o json|yaml`, the template formats, and
//! the name printer, which commands that report what they did use by
//! default (`deployment.apps/web scaled`; with `-o name` just
//! `deployment.apps/web`).

use super::{error, not_simulated};
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;

pub(super) const FLAG: Flag = Flag::value("output", Some('o'));

/// `NoCompatiblePrinterError`'s list: every format `PrintFlags` knows, sorted.
const FORMATS: &str =
    "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";

/// The formats the template printers take, alone or as `FORMAT=TEMPLATE`.
const TEMPLATE_FORMATS: [&str; 7] = [
    "go-template",
    "go-template-file",
    "template",
    "templatefile",
    "jsonpath",
    "jsonpath-as-json",
    "jsonpath-file",
];

/// The printer `-o` names (`PrintFlags.ToPrinter`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format<'a> {
    Json,
    Yaml,
    /// No `-o` value: the name printer with the operation.
    Default,
    Name,
    /// A template format, named without its template.
    Template(&'a str),
}

/// Which printer takes `format`, or `NoCompatiblePrinterError`'s message.
fn select(format: &str) -> Result<Format<'_>, String> {
    let family = format.split_once('=').map_or(format, |(family, _)| family);
    match format {
        "json" => Ok(Format::Json),
        "yaml" => Ok(Format::Yaml),
        "" => Ok(Format::Default),
        "name" => Ok(Format::Name),
        _ if TEMPLATE_FORMATS.contains(&family) => Ok(Format::Template(family)),
        _ => Err(no_printer(format)),
    }
}

/// `NoCompatiblePrinterError`.
fn no_printer(format: &str) -> String {
    format!("unable to match a printer suitable for the output format \"{format}\", allowed formats are: {FORMATS}")
}

/// The name printer, with or without the operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NamePrinter {
    /// `KIND/NAME OPERATION`.
    WithOperation,
    /// `-o name`: `KIND/NAME`.
    Short,
}

/// Why `-o` gives no name printer.
pub(super) enum Unprintable {
    /// A real format this simulation does not print.
    NotSimulated(Output),
    /// No such format: kubectl's error.
    Unknown(String),
}

impl NamePrinter {
    /// The printer `-o` asks for. `label` and `taint` raise an unknown
    /// format's error for each object they print, so it is handed back.
    pub(super) fn select(parsed: &Parsed, command: &str) -> Result<NamePrinter, Unprintable> {
        let family = match select(parsed.value(FLAG.long).unwrap_or_default()) {
            Ok(Format::Default) => return Ok(NamePrinter::WithOperation),
            Ok(Format::Name) => return Ok(NamePrinter::Short),
            Ok(Format::Json) => "json",
            Ok(Format::Yaml) => "yaml",
            Ok(Format::Template(family)) => family,
            Err(message) => return Err(Unprintable::Unknown(message)),
        };
        Err(Unprintable::NotSimulated(not_simulated(
            &format!("\"kubectl {command} -o {family}\""),
            "\"-o name\"",
        )))
    }

    /// The printer `-o` asks for, or what the command prints instead.
    pub(super) fn from_flags(parsed: &Parsed, command: &str) -> Result<NamePrinter, Output> {
        NamePrinter::select(parsed, command).map_err(|why| match why {
            Unprintable::NotSimulated(refusal) => refusal,
            Unprintable::Unknown(message) => error(&message),
        })
    }

    /// One printed line: `qualified` is `kind[.group]/name`.
    pub(super) fn line(self, qualified: &str, operation: &str) -> String {
        match self {
            NamePrinter::WithOperation if !operation.is_empty() => format!("{qualified} {operation}\n"),
            _ => format!("{qualified}\n"),
        }
    }
}

/// How a command that prints one document (`config view`, `auth whoami`)
/// prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Document {
    Json,
    Yaml,
}

impl Document {
    /// JSON and YAML are simulated, the name and template printers are not;
    /// anything else is refused as kubectl refuses it.
    pub(super) fn select(format: &str, command: &str) -> Result<Document, Output> {
        let family = match select(format) {
            Ok(Format::Json) => return Ok(Document::Json),
            Ok(Format::Yaml) => return Ok(Document::Yaml),
            // An empty `-o` falls through to the name printer, too.
            Ok(Format::Name | Format::Default) => "name",
            Ok(Format::Template(family)) => family,
            Err(message) => return Err(error(&message)),
        };
        Err(not_simulated(
            &format!("\"kubectl {command} -o {family}\""),
            &format!("\"kubectl {command} -o yaml\""),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_matched_whole_templates_by_family() {
        assert_eq!(select("json"), Ok(Format::Json));
        assert_eq!(select("jsonpath={.kind}"), Ok(Format::Template("jsonpath")));
        assert_eq!(select("go-template"), Ok(Format::Template("go-template")));
        assert!(select("json=x").is_err());
        assert!(select("name=x").is_err());
        assert!(select("wide").unwrap_err().ends_with(FORMATS));
    }

    #[test]
    fn the_operation_follows_the_name_when_there_is_one() {
        assert_eq!(NamePrinter::WithOperation.line("node/a", "cordoned"), "node/a cordoned\n");
        assert_eq!(NamePrinter::WithOperation.line("node/a", ""), "node/a\n");
        assert_eq!(NamePrinter::Short.line("node/a", "cordoned"), "node/a\n");
    }
}

//! How `label` and `taint` report each object (cli-runtime's
//! `PrintFlags`): the name printer, `kind/name operation`, or with
//! `-o name` just `kind/name`.

use super::not_simulated;
use crate::shell::flags::{Flag, Parsed};
use crate::shell::Output;

pub(super) const FLAG: Flag = Flag::value("output", Some('o'));

/// `NoCompatiblePrinterError`'s list: every format `PrintFlags` knows, sorted.
const ALLOWED: &str = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";

/// The name printer, with or without the operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NamePrinter {
    WithOperation,
    NameOnly,
}

/// Why `-o` gives no name printer.
pub(super) enum Unprintable {
    /// A real format this simulation does not print.
    NotSimulated(Output),
    /// No such format: kubectl's error, raised for each object it prints.
    Unknown(String),
}

/// The printer `-o` asks for.
pub(super) fn printer(parsed: &Parsed) -> Result<NamePrinter, Unprintable> {
    let value = parsed.value(FLAG.long).unwrap_or_default();
    let family = value.split_once('=').map_or(value, |(family, _)| family);
    match (value, family) {
        ("", _) => Ok(NamePrinter::WithOperation),
        ("name", _) => Ok(NamePrinter::NameOnly),
        ("json" | "yaml", _)
        | (
            _,
            "go-template" | "go-template-file" | "template" | "templatefile" | "jsonpath" | "jsonpath-as-json"
            | "jsonpath-file",
        ) => Err(Unprintable::NotSimulated(not_simulated(&format!("\"-o {family}\" here"), "\"-o name\""))),
        _ => Err(Unprintable::Unknown(format!(
            "unable to match a printer suitable for the output format \"{value}\", allowed formats are: {ALLOWED}"
        ))),
    }
}

impl NamePrinter {
    /// `kind/name operation` (the operation may carry a dry-run suffix).
    pub(super) fn line(self, qualified_kind: &str, name: &str, operation: &str) -> String {
        match self {
            NamePrinter::WithOperation => format!("{qualified_kind}/{name} {operation}\n"),
            NamePrinter::NameOnly => format!("{qualified_kind}/{name}\n"),
        }
    }
}

//! The output of commands that report what they did (`NewPrintFlags`): the
//! name printer, `deployment.apps/web scaled`, or with `-o name` just
//! `deployment.apps/web`. The other formats of the generic printer flags are
//! not simulated.

use super::{error, not_simulated};
use crate::shell::flags::Parsed;
use crate::shell::Output;

/// The formats kubectl's generic printer flags offer, sorted as its error
/// lists them.
const FORMATS: [&str; 10] = [
    "go-template",
    "go-template-file",
    "json",
    "jsonpath",
    "jsonpath-as-json",
    "jsonpath-file",
    "name",
    "template",
    "templatefile",
    "yaml",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamePrinter {
    /// `KIND/NAME OPERATION`.
    WithOperation,
    /// `-o name`: `KIND/NAME`.
    Short,
}

impl NamePrinter {
    /// The printer `-o` asks for, or the printer flags' error.
    pub fn from_flags(parsed: &Parsed, command: &str) -> Result<NamePrinter, Output> {
        let format = parsed.value("output").unwrap_or_default();
        let family = format.split_once('=').map_or(format, |(f, _)| f);
        match family {
            "" => Ok(NamePrinter::WithOperation),
            "name" => Ok(NamePrinter::Short),
            f if FORMATS.contains(&f) => {
                Err(not_simulated(&format!("\"kubectl {command} -o {f}\""), "\"-o name\""))
            }
            _ => Err(error(&format!(
                "unable to match a printer suitable for the output format \"{format}\", allowed formats are: {}",
                FORMATS.join(",")
            ))),
        }
    }

    /// One printed line: `qualified` is `kind[.group]/name`.
    pub fn line(self, qualified: &str, operation: &str) -> String {
        match self {
            NamePrinter::WithOperation if !operation.is_empty() => format!("{qualified} {operation}\n"),
            _ => format!("{qualified}\n"),
        }
    }
}

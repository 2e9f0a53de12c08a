//! `-o`: the printer kubectl picks for an output format, and its error for
//! one it does not know.

use super::super::{error, not_simulated};
use super::structured::StructuredFormat;
use crate::shell::Output;

const ALLOWED_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Wide,
    Name,
    Structured(StructuredFormat),
}

impl Format {
    /// Tables come from the server's table printing; every other format
    /// prints objects (and says nothing when there are none).
    pub fn is_table(&self) -> bool {
        matches!(self, Format::Table | Format::Wide)
    }

    /// Reads `-o` (and `--template`, which gives a template format its
    /// text when `-o` has none after `=`).
    pub fn parse(output: &str, template: Option<&str>) -> Result<Format, Output> {
        let (family, inline) = match output.split_once('=') {
            Some((family, text)) => (family, Some(text)),
            None => (output, None),
        };
        let text = || inline.or(template).unwrap_or_default().to_owned();
        match family {
            "" if template.is_some_and(|t| !t.is_empty()) => {
                Err(not_simulated("\"--template\"", "\"-o jsonpath=TEMPLATE\""))
            }
            "" => Ok(Format::Table),
            "wide" => Ok(Format::Wide),
            "name" => Ok(Format::Name),
            "json" => Ok(Format::Structured(StructuredFormat::Json)),
            "yaml" => Ok(Format::Structured(StructuredFormat::Yaml)),
            "jsonpath" => Ok(Format::Structured(StructuredFormat::JsonPath(text()))),
            "jsonpath-as-json" => Ok(Format::Structured(StructuredFormat::JsonPathAsJson(text()))),
            "jsonpath-file" | "custom-columns" | "custom-columns-file" | "go-template" | "go-template-file"
            | "template" | "templatefile" => {
                Err(not_simulated(&format!("\"-o {family}\""), "\"-o wide\" or \"-o name\""))
            }
            _ => Err(error(&format!(
                "unable to match a printer suitable for the output format \"{output}\", allowed formats are: {ALLOWED_FORMATS}"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(Format::parse("", None), Ok(Format::Table));
        assert_eq!(Format::parse("wide", None), Ok(Format::Wide));
        assert_eq!(
            Format::parse("jsonpath={.a}", None),
            Ok(Format::Structured(StructuredFormat::JsonPath("{.a}".into())))
        );
        assert_eq!(
            Format::parse("jsonpath", Some("{.b}")),
            Ok(Format::Structured(StructuredFormat::JsonPath("{.b}".into())))
        );
        let bad = Format::parse("tables", None).expect_err("unknown");
        assert_eq!(
            bad.stderr(),
            format!("error: unable to match a printer suitable for the output format \"tables\", allowed formats are: {ALLOWED_FORMATS}\n")
        );
    }
}

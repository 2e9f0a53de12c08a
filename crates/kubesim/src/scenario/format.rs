//! The scenario file format: one object per line, `#` comments, words split
//! as a shell splits them (quotes allowed). The first word is the directive,
//! then positional words, then `key=value` attributes and bare flags.
//! The format is documented in `docs/SCENARIOS.md`.

use std::collections::BTreeMap;

use crate::shell::lexer;
use crate::sim::clock::{parse_duration, parse_timestamp};
use crate::sim::meta::IntOrPercent;
use crate::sim::quantity::{parse_cpu, parse_memory};
use crate::sim::{Duration, Labels, Timestamp};

/// A scenario file that could not be read, with the line at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

/// One line of a scenario file.
#[derive(Clone, Debug)]
pub struct Directive {
    pub line: usize,
    pub kind: String,
    pub args: Vec<String>,
    attrs: BTreeMap<String, String>,
    flags: Vec<String>,
}

pub fn parse(text: &str) -> Result<Vec<Directive>, ScenarioError> {
    let mut directives = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let words = lexer::split(line).map_err(|e| ScenarioError { line: line_no, message: e.message() })?;
        let Some((kind, rest)) = words.split_first() else { continue };
        let mut d = Directive {
            line: line_no,
            kind: kind.clone(),
            args: Vec::new(),
            attrs: BTreeMap::new(),
            flags: Vec::new(),
        };
        for word in rest {
            match word.split_once('=') {
                Some((k, v)) if !k.is_empty() && !k.contains('/') => {
                    if d.attrs.insert(k.to_owned(), v.to_owned()).is_some() {
                        return Err(d.error(format!("{k} is given twice")));
                    }
                }
                _ if word.starts_with("--") => d.flags.push(word[2..].to_owned()),
                _ => d.args.push(word.clone()),
            }
        }
        directives.push(d);
    }
    Ok(directives)
}

impl Directive {
    pub fn error(&self, message: impl Into<String>) -> ScenarioError {
        ScenarioError { line: self.line, message: message.into() }
    }

    /// Fails on attributes or flags the directive does not know, so a typo
    /// is caught rather than ignored.
    pub fn allow(&self, attrs: &[&str], flags: &[&str]) -> Result<(), ScenarioError> {
        if let Some(k) = self.attrs.keys().find(|k| !attrs.contains(&k.as_str())) {
            return Err(self.error(format!("{}: unknown attribute {k}", self.kind)));
        }
        if let Some(f) = self.flags.iter().find(|f| !flags.contains(&f.as_str())) {
            return Err(self.error(format!("{}: unknown flag --{f}", self.kind)));
        }
        Ok(())
    }

    pub fn arg(&self, i: usize, what: &str) -> Result<&str, ScenarioError> {
        self.args
            .get(i)
            .map(String::as_str)
            .ok_or_else(|| self.error(format!("{}: missing {what}", self.kind)))
    }

    pub fn max_args(&self, n: usize) -> Result<(), ScenarioError> {
        match self.args.get(n) {
            Some(extra) => Err(self.error(format!("{}: unexpected {extra}", self.kind))),
            None => Ok(()),
        }
    }

    /// `namespace/name`, or `name` in `default`.
    pub fn namespaced(&self, i: usize) -> Result<(String, String), ScenarioError> {
        let arg = self.arg(i, "namespace/name")?;
        let (ns, name) = arg.split_once('/').unwrap_or(("default", arg));
        if ns.is_empty() || name.is_empty() {
            return Err(self.error(format!("{}: bad name {arg}", self.kind)));
        }
        Ok((ns.to_owned(), name.to_owned()))
    }

    pub fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }

    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.get(key).map(String::as_str)
    }

    pub fn string(&self, key: &str, default: &str) -> String {
        self.attr(key).unwrap_or(default).to_owned()
    }

    pub fn required(&self, key: &str) -> Result<&str, ScenarioError> {
        self.attr(key).ok_or_else(|| self.error(format!("{}: missing {key}=", self.kind)))
    }

    fn parsed<T>(
        &self,
        key: &str,
        parse: impl Fn(&str) -> Option<T>,
        what: &str,
    ) -> Result<Option<T>, ScenarioError> {
        match self.attr(key) {
            None => Ok(None),
            Some(v) => parse(v).map(Some).ok_or_else(|| self.error(format!("{key}={v}: not {what}"))),
        }
    }

    pub fn number(&self, key: &str, default: u32) -> Result<u32, ScenarioError> {
        Ok(self.parsed(key, |v| v.parse().ok(), "a whole number")?.unwrap_or(default))
    }

    pub fn cpu(&self, key: &str) -> Result<u64, ScenarioError> {
        Ok(self.parsed(key, parse_cpu, "a CPU quantity")?.unwrap_or(0))
    }

    pub fn memory(&self, key: &str) -> Result<u64, ScenarioError> {
        Ok(self.parsed(key, parse_memory, "a memory quantity")?.unwrap_or(0))
    }

    pub fn int_or_percent(&self, key: &str) -> Result<Option<IntOrPercent>, ScenarioError> {
        self.parsed(key, IntOrPercent::parse, "a number or a percentage")
    }

    pub fn duration(&self, key: &str) -> Result<Option<Duration>, ScenarioError> {
        self.parsed(key, parse_duration, "a duration")
    }

    /// When the object was made: `created=RFC3339`, or `age=DURATION`
    /// before `now`, or `now` itself.
    pub fn created(&self, now: Timestamp) -> Result<Timestamp, ScenarioError> {
        if let Some(t) = self.parsed("created", parse_timestamp, "an RFC 3339 UTC time")? {
            return Ok(t);
        }
        Ok(now - self.duration("age")?.unwrap_or_default())
    }

    /// `k=v,k2=v2` (the first `=` of the word ends the attribute's name).
    pub fn labels(&self, key: &str) -> Result<Labels, ScenarioError> {
        let mut labels = Labels::new();
        let Some(text) = self.attr(key) else { return Ok(labels) };
        for pair in text.split(',').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            if k.is_empty() {
                return Err(self.error(format!("{key}={text}: bad label {pair}")));
            }
            labels.insert(k.to_owned(), v.to_owned());
        }
        Ok(labels)
    }

    pub fn list(&self, key: &str) -> Vec<String> {
        self.attr(key)
            .map(|v| v.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_into_args_attributes_and_flags() {
        let parsed = parse("# comment\n\ndeployment default/web replicas=3 --empty-dir labels=app=web\n")
            .expect("valid scenario text");
        assert_eq!(parsed.len(), 1);
        let d = &parsed[0];
        assert_eq!((d.kind.as_str(), d.line), ("deployment", 3));
        assert_eq!(d.namespaced(0), Ok(("default".to_owned(), "web".to_owned())));
        assert_eq!(d.number("replicas", 1), Ok(3));
        assert!(d.flag("empty-dir"));
        assert_eq!(d.labels("labels").map(|l| l.get("app").cloned()), Ok(Some("web".to_owned())));
        assert!(d.allow(&["replicas"], &["empty-dir"]).is_err());
    }

    #[test]
    fn errors_name_the_line() {
        let parsed = parse("cluster x\ndeployment web replicas=three").expect("splits");
        let err = parsed[1].number("replicas", 1).expect_err("not a number");
        assert_eq!(err.to_string(), "line 2: replicas=three: not a whole number");
        assert!(parse("x 'open").is_err());
    }
}

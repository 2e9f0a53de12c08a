//! An operation's parameters, parsed as the CLI's argparse parser parses its
//! argument table: `--name value` or `--name=value`, unique prefixes
//! accepted, lists taking every value up to the next option, booleans as a
//! `--x` / `--no-x` pair, the last of a repeated option winning; then the
//! required check, then anything left over as "Unknown options".

use std::collections::BTreeMap;

use super::usage;
use crate::shell::Output;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One value.
    Value,
    /// Zero or more values (`nargs='*'`).
    List,
    /// `--x` and `--no-x`.
    Bool,
    /// `--x` alone (`store_true`), as the CLI's own commands declare flags.
    Switch,
}

#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// Without the dashes, e.g. `cluster-name`.
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

impl Param {
    pub const fn value(name: &'static str) -> Param {
        Param { name, kind: Kind::Value, required: false }
    }

    pub const fn required(name: &'static str) -> Param {
        Param { name, kind: Kind::Value, required: true }
    }

    pub const fn list(name: &'static str) -> Param {
        Param { name, kind: Kind::List, required: false }
    }

    pub const fn required_list(name: &'static str) -> Param {
        Param { name, kind: Kind::List, required: true }
    }

    pub const fn boolean(name: &'static str) -> Param {
        Param { name, kind: Kind::Bool, required: false }
    }

    pub const fn switch(name: &'static str) -> Param {
        Param { name, kind: Kind::Switch, required: false }
    }
}

/// The options every model-driven operation gets from the CLI itself.
pub const INPUT_OPTIONS: [Param; 3] =
    [Param::value("cli-input-json"), Param::value("cli-input-yaml"), Param::value("generate-cli-skeleton")];

/// The options the CLI adds to operations it paginates, and the API's own
/// paging parameters, which it keeps.
pub const PAGING_OPTIONS: [Param; 5] = [
    Param::value("starting-token"),
    Param::value("page-size"),
    Param::value("max-items"),
    Param::value("max-results"),
    Param::value("next-token"),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    One(String),
    Many(Vec<String>),
    Flag(bool),
}

#[derive(Debug, Default)]
pub struct Parsed {
    values: BTreeMap<&'static str, Arg>,
}

impl Parsed {
    pub fn value(&self, name: &str) -> Option<&str> {
        match self.values.get(name) {
            Some(Arg::One(v)) => Some(v),
            _ => None,
        }
    }

    pub fn list(&self, name: &str) -> Option<&[String]> {
        match self.values.get(name) {
            Some(Arg::Many(v)) => Some(v),
            _ => None,
        }
    }

    pub fn flag(&self, name: &str) -> Option<bool> {
        match self.values.get(name) {
            Some(Arg::Flag(b)) => Some(*b),
            _ => None,
        }
    }

    /// The first of `names` that was given.
    pub fn first_given(&self, names: &[&'static str]) -> Option<&'static str> {
        names.iter().copied().find(|n| self.values.contains_key(n))
    }
}

/// One option string the parser knows: `--x`, or `--no-x` for a boolean.
struct OptionString {
    text: String,
    param: Param,
    negative: bool,
}

fn option_strings(params: &[Param]) -> Vec<OptionString> {
    let mut all = Vec::new();
    for &param in params {
        all.push(OptionString { text: format!("--{}", param.name), param, negative: false });
        if param.kind == Kind::Bool {
            all.push(OptionString { text: format!("--no-{}", param.name), param, negative: true });
        }
    }
    all
}

/// argparse's test for "looks like an option": a leading dash, not a
/// negative number, no space.
pub fn looks_like_option(arg: &str) -> bool {
    if !arg.starts_with('-') || arg == "-" || arg.contains(' ') {
        return false;
    }
    let number = arg.strip_prefix('-').unwrap_or(arg);
    let is_number = !number.is_empty()
        && number.bytes().filter(|&b| b == b'.').count() <= 1
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && number.bytes().any(|b| b.is_ascii_digit());
    !is_number
}

/// `--name=value` as argparse splits it: the option as typed, and the value
/// given with it.
pub fn split_inline(arg: &str) -> (&str, Option<String>) {
    match arg.split_once('=') {
        Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
        _ => (arg, None),
    }
}

/// Which of the option strings `typed` (before any `=`) names: exactly, or
/// as the unique long option it abbreviates; more than one is an error.
pub fn find_option(options: &[&str], typed: &str) -> Result<Option<usize>, Output> {
    if let Some(exact) = options.iter().position(|o| *o == typed) {
        return Ok(Some(exact));
    }
    if !typed.starts_with("--") || typed.len() < 3 {
        return Ok(None);
    }
    let matches: Vec<(usize, &str)> =
        options.iter().copied().enumerate().filter(|(_, o)| o.starts_with(typed)).collect();
    match matches.as_slice() {
        [] => Ok(None),
        [(at, _)] => Ok(Some(*at)),
        many => {
            let names: Vec<&str> = many.iter().map(|(_, o)| *o).collect();
            Err(usage::argparse_error(&format!("ambiguous option: {typed} could match {}", names.join(", "))))
        }
    }
}

/// argparse's error for a value given to an option that takes none.
pub fn ignored_explicit_argument(shown: &str, value: &str) -> Output {
    usage::argparse_error(&format!("argument {shown}: ignored explicit argument '{value}'"))
}

/// An option's one value: the one given inline, else the argument at `*next`
/// (then consumed) unless that looks like an option.
pub fn one_value(
    args: &[String],
    next: &mut usize,
    inline: Option<String>,
    shown: &str,
) -> Result<String, Output> {
    if let Some(value) = inline {
        return Ok(value);
    }
    match args.get(*next).filter(|a| !looks_like_option(a)) {
        Some(value) => {
            *next += 1;
            Ok(value.clone())
        }
        None => Err(usage::argparse_error(&format!("argument {shown}: expected one argument"))),
    }
}

/// An operation's parameters; the CLI's input and skeleton options and, for
/// `paginated` operations, its pagination options are accepted by the
/// parser but not simulated.
pub fn parse_operation(params: &[Param], paginated: bool, rest: &[String]) -> Result<Parsed, Output> {
    let mut all: Vec<Param> = params.to_vec();
    all.extend(INPUT_OPTIONS);
    if paginated {
        all.extend(PAGING_OPTIONS);
    }
    let parsed = parse(&all, rest)?;
    let extra: Vec<&'static str> =
        INPUT_OPTIONS.iter().chain(PAGING_OPTIONS.iter()).map(|p| p.name).collect();
    if let Some(name) = parsed.first_given(&extra) {
        return Err(usage::not_simulated(&format!("\"--{name}\""), "the command without it"));
    }
    Ok(parsed)
}

/// Parses `args` against `params`. The first error argparse would raise
/// wins; "Unknown options" comes only after the required check.
pub fn parse(params: &[Param], args: &[String]) -> Result<Parsed, Output> {
    let known = option_strings(params);
    let texts: Vec<&str> = known.iter().map(|o| o.text.as_str()).collect();
    let mut parsed = Parsed::default();
    let mut unknown: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        i += 1;
        if !looks_like_option(arg) {
            unknown.push(arg.clone());
            continue;
        }
        let (typed, inline) = split_inline(arg);
        let Some(option) = find_option(&texts, typed)?.and_then(|at| known.get(at)) else {
            unknown.push(arg.clone());
            continue;
        };
        let name = option.param.name;
        let shown = option.text.as_str();
        match option.param.kind {
            Kind::Bool | Kind::Switch => {
                if let Some(value) = inline {
                    return Err(ignored_explicit_argument(shown, &value));
                }
                parsed.values.insert(name, Arg::Flag(!option.negative));
            }
            Kind::Value => {
                let value = one_value(args, &mut i, inline, shown)?;
                parsed.values.insert(name, Arg::One(value));
            }
            Kind::List => {
                let mut values: Vec<String> = inline.into_iter().collect();
                if values.is_empty() {
                    while let Some(v) = args.get(i).filter(|a| !looks_like_option(a)) {
                        values.push(v.clone());
                        i += 1;
                    }
                }
                parsed.values.insert(name, Arg::Many(values));
            }
        }
    }
    let missing: Vec<String> = params
        .iter()
        .filter(|p| p.required && !parsed.values.contains_key(p.name))
        .map(|p| format!("--{}", p.name))
        .collect();
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(String::as_str).collect();
        return Err(usage::required(&names));
    }
    if !unknown.is_empty() {
        return Err(usage::unknown_options(&unknown));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    const PARAMS: [Param; 4] = [
        Param::required("cluster-name"),
        Param::required("nodegroup-name"),
        Param::list("container-instances"),
        Param::boolean("force"),
    ];

    #[test]
    fn values_lists_flags_and_prefixes() {
        let p = parse(
            &PARAMS,
            &words("--cluster kubelab --nodegroup-name=ng --container-instances a b --no-force"),
        )
        .expect("valid");
        assert_eq!(p.value("cluster-name"), Some("kubelab"));
        assert_eq!(p.value("nodegroup-name"), Some("ng"));
        assert_eq!(p.list("container-instances"), Some(&["a".to_owned(), "b".to_owned()][..]));
        assert_eq!(p.flag("force"), Some(false));
    }

    #[test]
    fn errors_come_in_argparse_order() {
        let err = parse(&PARAMS, &words("--foo")).expect_err("missing");
        assert!(err
            .stderr()
            .contains("the following arguments are required: --cluster-name, --nodegroup-name"));
        let err = parse(&PARAMS, &words("--cluster-name a --nodegroup-name b --foo x")).expect_err("unknown");
        assert!(err.stderr().ends_with("\nUnknown options: --foo, x\n\n"), "{}", err.stderr());
        let err = parse(&PARAMS, &words("--cluster-name")).expect_err("no value");
        assert!(err.stderr().contains("aws: error: argument --cluster-name: expected one argument"));
        assert!(looks_like_option("--x") && !looks_like_option("-1") && !looks_like_option("-"));
    }
}

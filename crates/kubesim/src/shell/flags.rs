//! Command-line flags as spf13/pflag parses them (the parser under kubectl):
//! `--flag=value`, `--flag value`, `-f value`, `-fvalue`, grouped short
//! booleans (`-Aw`), `--` ending the flags, and pflag's error messages.

/// Whether a flag takes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagKind {
    Bool,
    Value,
    /// A value flag with pflag's `NoOptDefVal`: given bare it takes this
    /// value, never the next word (`--dry-run` means `--dry-run=unchanged`).
    Optional(&'static str),
}

#[derive(Clone, Copy, Debug)]
pub struct Flag {
    pub long: &'static str,
    pub short: Option<char>,
    pub kind: FlagKind,
}

impl Flag {
    pub const fn value(long: &'static str, short: Option<char>) -> Flag {
        Flag { long, short, kind: FlagKind::Value }
    }

    pub const fn boolean(long: &'static str, short: Option<char>) -> Flag {
        Flag { long, short, kind: FlagKind::Bool }
    }

    pub const fn optional(long: &'static str, short: Option<char>, bare: &'static str) -> Flag {
        Flag { long, short, kind: FlagKind::Optional(bare) }
    }

    /// How pflag names the flag in an "invalid argument" message.
    fn display_name(&self) -> String {
        match self.short {
            Some(s) => format!("-{s}, --{}", self.long),
            None => format!("--{}", self.long),
        }
    }
}

/// Flags and positional arguments, in the order given.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    values: Vec<(&'static str, String)>,
    pub args: Vec<String>,
}

impl Parsed {
    /// The last value given for a flag (later flags win, as in pflag).
    pub fn value(&self, long: &str) -> Option<&str> {
        self.values.iter().rev().find(|(name, _)| *name == long).map(|(_, v)| v.as_str())
    }

    /// Every value given for a flag, in order (for flags that may repeat,
    /// such as pflag's string slices).
    pub fn values<'p>(&'p self, long: &'p str) -> impl Iterator<Item = &'p str> + 'p {
        self.values.iter().filter(move |(name, _)| *name == long).map(|(_, v)| v.as_str())
    }

    /// A boolean flag's value; absent is false. Values were checked on parse.
    pub fn bool(&self, long: &str) -> bool {
        self.value(long).and_then(parse_bool).unwrap_or(false)
    }
}

/// A parse failure; `Display` gives pflag's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlagError {
    UnknownFlag(String),
    UnknownShorthand { flag: char, group: String },
    NeedsArgument(String),
    ShorthandNeedsArgument { flag: char, group: String },
    InvalidBool { flag: String, value: String },
}

impl std::fmt::Display for FlagError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FlagError::UnknownFlag(name) => write!(f, "unknown flag: --{name}"),
            FlagError::UnknownShorthand { flag, group } => {
                write!(f, "unknown shorthand flag: '{flag}' in -{group}")
            }
            FlagError::NeedsArgument(name) => write!(f, "flag needs an argument: --{name}"),
            FlagError::ShorthandNeedsArgument { flag, group } => {
                write!(f, "flag needs an argument: '{flag}' in -{group}")
            }
            FlagError::InvalidBool { flag, value } => write!(
                f,
                "invalid argument \"{value}\" for \"{flag}\" flag: strconv.ParseBool: parsing \"{value}\": invalid syntax"
            ),
        }
    }
}

/// Go's `strconv.ParseBool`.
fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

fn set(parsed: &mut Parsed, flag: &Flag, value: String) -> Result<(), FlagError> {
    if flag.kind == FlagKind::Bool && parse_bool(&value).is_none() {
        return Err(FlagError::InvalidBool { flag: flag.display_name(), value });
    }
    parsed.values.push((flag.long, value));
    Ok(())
}

pub fn parse(specs: &[Flag], args: &[String]) -> Result<Parsed, FlagError> {
    let mut parsed = Parsed::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--" {
            parsed.args.extend(rest.cloned());
            break;
        }
        if let Some(body) = arg.strip_prefix("--") {
            let (name, inline) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v.to_owned())),
                None => (body, None),
            };
            let flag = specs
                .iter()
                .find(|f| f.long == name)
                .ok_or_else(|| FlagError::UnknownFlag(name.to_owned()))?;
            let value = match (inline, flag.kind) {
                (Some(v), _) => v,
                (None, FlagKind::Bool) => "true".to_owned(),
                (None, FlagKind::Optional(bare)) => bare.to_owned(),
                (None, FlagKind::Value) => {
                    rest.next().cloned().ok_or_else(|| FlagError::NeedsArgument(name.to_owned()))?
                }
            };
            set(&mut parsed, flag, value)?;
        } else if let Some(group) = arg.strip_prefix('-').filter(|g| !g.is_empty()) {
            for (i, c) in group.char_indices() {
                let flag = specs
                    .iter()
                    .find(|f| f.short == Some(c))
                    .ok_or_else(|| FlagError::UnknownShorthand { flag: c, group: group.to_owned() })?;
                let after = &group[i + c.len_utf8()..];
                if let Some(inline) = after.strip_prefix('=') {
                    set(&mut parsed, flag, inline.to_owned())?;
                    break;
                }
                match flag.kind {
                    FlagKind::Bool => set(&mut parsed, flag, "true".to_owned())?,
                    FlagKind::Optional(bare) => set(&mut parsed, flag, bare.to_owned())?,
                    FlagKind::Value if !after.is_empty() => {
                        set(&mut parsed, flag, after.to_owned())?;
                        break;
                    }
                    FlagKind::Value => {
                        let value = rest.next().cloned().ok_or_else(|| {
                            FlagError::ShorthandNeedsArgument { flag: c, group: group.to_owned() }
                        })?;
                        set(&mut parsed, flag, value)?;
                    }
                }
            }
        } else {
            parsed.args.push(arg.clone());
        }
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPECS: &[Flag] = &[
        Flag::value("output", Some('o')),
        Flag::boolean("all-namespaces", Some('A')),
        Flag::boolean("show-labels", None),
        Flag::boolean("watch", Some('w')),
    ];

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn every_spelling_of_a_value() {
        for line in ["-o wide", "-owide", "-o=wide", "--output wide", "--output=wide"] {
            let p = parse(SPECS, &args(line)).expect(line);
            assert_eq!(p.value("output"), Some("wide"), "{line}");
        }
    }

    #[test]
    fn grouped_booleans_and_positionals() {
        let p = parse(SPECS, &args("nodes -Aw x --show-labels=false")).expect("parses");
        assert!(p.bool("all-namespaces") && p.bool("watch"));
        assert!(!p.bool("show-labels"));
        assert_eq!(p.args, ["nodes", "x"]);
    }

    #[test]
    fn double_dash_ends_flags() {
        let p = parse(SPECS, &args("a -- -A --x")).expect("parses");
        assert_eq!(p.args, ["a", "-A", "--x"]);
        assert!(!p.bool("all-namespaces"));
    }

    #[test]
    fn pflag_error_messages() {
        let err = |line: &str| parse(SPECS, &args(line)).unwrap_err().to_string();
        assert_eq!(err("--foo"), "unknown flag: --foo");
        assert_eq!(err("-Az"), "unknown shorthand flag: 'z' in -Az");
        assert_eq!(err("--output"), "flag needs an argument: --output");
        assert_eq!(err("-o"), "flag needs an argument: 'o' in -o");
        assert_eq!(
            err("-A=maybe"),
            "invalid argument \"maybe\" for \"-A, --all-namespaces\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax"
        );
    }

    #[test]
    fn a_bare_optional_flag_takes_its_default_not_the_next_word() {
        let specs = [Flag::optional("dry-run", None, "unchanged")];
        let p = parse(&specs, &args("--dry-run node-1")).expect("parses");
        assert_eq!((p.value("dry-run"), p.args.as_slice()), (Some("unchanged"), &["node-1".to_owned()][..]));
        let p = parse(&specs, &args("--dry-run=client")).expect("parses");
        assert_eq!(p.value("dry-run"), Some("client"));
    }

    #[test]
    fn a_lone_dash_is_an_argument() {
        assert_eq!(parse(SPECS, &args("-")).expect("parses").args, ["-"]);
    }
}

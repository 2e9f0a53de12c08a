//! `kubectl version` (kubectl `pkg/cmd/version`): the client's build, the
//! Kustomize it embeds and the API server's `/version`, as text, JSON or
//! YAML, with the version-skew warning.

use crate::shell::flags::Flag;
use crate::shell::printer::{to_json, to_yaml, JsonStyle, Value};
use crate::shell::Output;
use crate::sim::stable_ids::fnv1a;
use crate::sim::Cluster;

/// The kubectl the learner has: the Amazon EKS-vended build of v1.31.
pub const CLIENT_GIT_VERSION: &str = "v1.31.0-eks-a737599";

/// kubectl 1.31's `kustomizeVersion` fallback (its go.mod dependency).
const KUSTOMIZE_VERSION: &str = "v5.4.2";

/// kubectl supports API servers one minor version either side of it.
const SUPPORTED_MINOR_SKEW: u64 = 1;

/// A build's `version.Info`, in its JSON field order.
struct Info {
    git_version: String,
    git_commit: String,
    build_date: &'static str,
    go_version: &'static str,
}

impl Info {
    fn client() -> Info {
        Info {
            git_version: CLIENT_GIT_VERSION.to_owned(),
            git_commit: "8f9d6a51c0b34a7e2e8c5d1f6b0a9e3c7d2f4b18".to_owned(),
            build_date: "2024-09-03T21:45:02Z",
            go_version: "go1.22.5",
        }
    }

    /// The API server's build. EKS does not publish its commits; one is
    /// derived from the version so it is the same on every run.
    fn server(git_version: &str) -> Info {
        let mut state = fnv1a(git_version);
        let git_commit = (0..5)
            .map(|_| {
                state = state.rotate_left(17).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x94d0_49bb_1331_11eb;
                format!("{:08x}", state >> 32)
            })
            .collect();
        Info {
            git_version: git_version.to_owned(),
            git_commit,
            build_date: "2024-08-26T21:27:41Z",
            go_version: "go1.22.5",
        }
    }

    /// Major and minor as hack/lib/version.sh sets them: a version with
    /// anything after the patch number gets a `+` on its minor (`"30+"`).
    fn major_minor(&self) -> (String, String) {
        let Some((major, minor, suffixed)) = parse(&self.git_version) else {
            return (String::new(), String::new());
        };
        (major.to_string(), format!("{minor}{}", if suffixed { "+" } else { "" }))
    }

    /// Fields as `encoding/json` writes the struct.
    fn fields(&self) -> Vec<(&'static str, String)> {
        let (major, minor) = self.major_minor();
        vec![
            ("major", major),
            ("minor", minor),
            ("gitVersion", self.git_version.clone()),
            ("gitCommit", self.git_commit.clone()),
            ("gitTreeState", "clean".to_owned()),
            ("buildDate", self.build_date.to_owned()),
            ("goVersion", self.go_version.to_owned()),
            ("compiler", "gc".to_owned()),
            ("platform", "linux/amd64".to_owned()),
        ]
    }
}

/// `vMAJOR.MINOR.PATCH[-…]`: major, minor, and whether anything follows the
/// patch number.
fn parse(git_version: &str) -> Option<(u64, u64, bool)> {
    let mut parts = git_version.strip_prefix('v')?.splitn(3, '.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    let rest = parts.next()?;
    let patch_len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    (patch_len > 0).then_some((major, minor, patch_len < rest.len()))
}

pub(super) const FLAGS: &[Flag] = &[Flag::boolean("client", None), Flag::value("output", Some('o'))];

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    report(args, Some(cluster.server_version()))
}

/// The versions, the server's as given; with none (no server answered) the
/// client's, then the refused request.
pub(super) fn report(args: &[String], server_version: Option<&str>) -> Output {
    let parsed = match super::parse_flags("version", FLAGS, args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    let client_only = parsed.bool("client");
    // With --client, kubectl returns from Complete before it keeps the
    // arguments, so only without it are extra ones an error.
    if !client_only && !parsed.args.is_empty() {
        return super::error(&format!("extra arguments: [{}]", parsed.args.join(" ")));
    }
    let output = parsed.value("output").unwrap_or("");
    if !matches!(output, "" | "yaml" | "json") {
        return super::error("--output must be 'yaml' or 'json'");
    }
    let client = Info::client();
    let server = server_version.filter(|_| !client_only).map(Info::server);
    let mut out = Output::default();
    match output {
        "json" => out.out(json(&client, server.as_ref())),
        "yaml" => out.out(yaml(&client, server.as_ref())),
        _ => {
            out.out(format!(
                "Client Version: {}\nKustomize Version: {KUSTOMIZE_VERSION}\n",
                client.git_version
            ));
            if let Some(server) = &server {
                out.out(format!("Server Version: {}\n", server.git_version));
            }
        }
    }
    if let Some(warning) = server.as_ref().and_then(|server| skew_warning(&client, server)) {
        out.err(warning);
    }
    if server.is_none() && !client_only {
        let refused = super::no_kubeconfig::connection_refused();
        out.chunks.extend(refused.chunks);
        out.status = refused.status;
    }
    out
}

/// `printVersionSkewWarning` (kubectl ≤ 1.33 spells it `WARNING:`).
fn skew_warning(client: &Info, server: &Info) -> Option<String> {
    let (client_major, client_minor, _) = parse(&client.git_version)?;
    let (server_major, server_minor, _) = parse(&server.git_version)?;
    (client_major != server_major || client_minor.abs_diff(server_minor) > SUPPORTED_MINOR_SKEW).then(|| {
        format!(
            "WARNING: version difference between client ({client_major}.{client_minor}) and server \
             ({server_major}.{server_minor}) exceeds the supported minor version skew of +/-{SUPPORTED_MINOR_SKEW}\n"
        )
    })
}

/// `version.Info`s and the kustomize version, fields in struct order.
fn document(client: &Info, server: Option<&Info>) -> Value {
    let info = |i: &Info| Value::object(i.fields().into_iter().map(|(k, v)| (k, Value::Str(v))));
    let mut pairs =
        vec![("clientVersion", info(client)), ("kustomizeVersion", Value::str(KUSTOMIZE_VERSION))];
    if let Some(server) = server {
        pairs.push(("serverVersion", info(server)));
    }
    Value::object(pairs)
}

/// `json.MarshalIndent(&versionInfo, "", "  ")` then a newline.
fn json(client: &Info, server: Option<&Info>) -> String {
    // The insertion-order printer keeps the struct's field order; it indents
    // by four, where this marshal indents by two.
    to_json(&document(client, server), JsonStyle::Aws)
        .lines()
        .map(|line| {
            let indent = line.len() - line.trim_start_matches(' ').len();
            format!("{}{}\n", " ".repeat(indent / 2), line.trim_start_matches(' '))
        })
        .collect()
}

/// sigs.k8s.io/yaml (keys sorted), then `Fprintln`'s extra newline.
fn yaml(client: &Info, server: Option<&Info>) -> String {
    format!("{}\n", to_yaml(&document(client, server)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_gets_a_plus_after_a_suffix() {
        assert_eq!(Info::server("v1.30.4-eks-a737599").major_minor(), ("1".to_owned(), "30+".to_owned()));
        assert_eq!(Info::server("v1.30.4").major_minor(), ("1".to_owned(), "30".to_owned()));
    }

    #[test]
    fn skew_beyond_one_minor_warns() {
        let client = Info::client();
        assert!(skew_warning(&client, &Info::server("v1.30.4-eks-a737599")).is_none());
        assert!(skew_warning(&client, &Info::server("v1.32.1-eks-a737599")).is_none());
        assert_eq!(
            skew_warning(&client, &Info::server("v1.29.8-eks-a737599")).as_deref(),
            Some("WARNING: version difference between client (1.31) and server (1.29) exceeds the supported minor version skew of +/-1\n")
        );
    }
}

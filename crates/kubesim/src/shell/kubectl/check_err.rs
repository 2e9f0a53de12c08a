//! Errors as kubectl's `cmdutil.CheckErr` prints them. Commands that go on
//! after a failure (the resource builder's `ContinueOnError`, drain's
//! per-node loop) gather several; how they reach stderr depends on their
//! kind and on how they were aggregated.

use crate::shell::Output;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum KubectlError {
    /// A client-side error: `error: ` is prefixed when it is printed alone.
    Plain(String),
    /// An API status error, already in its printed form
    /// (`Error from server (NotFound): nodes "x" not found`).
    Status(String),
    /// A 422 from the API server's validation.
    Invalid {
        kind: &'static str,
        /// The kind's API group ("" for the core group).
        group: &'static str,
        name: String,
        /// `field: message` for each cause.
        causes: Vec<String>,
    },
    /// apimachinery's `utilerrors.Aggregate`.
    Aggregate(Vec<KubectlError>),
}

impl KubectlError {
    /// `cmdutil.UsageErrorf`: the message and where to find help.
    pub(super) fn usage(command: &str, message: &str) -> KubectlError {
        KubectlError::Plain(format!("{message}\nSee 'kubectl {command} -h' for help and examples"))
    }

    /// Go's `err.Error()`. An aggregate flattens, drops repeated messages,
    /// and brackets what is left when more than one remains.
    pub(super) fn text(&self) -> String {
        match self {
            KubectlError::Plain(message) => message.clone(),
            KubectlError::Status(printed) => {
                printed.split_once("): ").map_or(printed.as_str(), |(_, message)| message).to_owned()
            }
            KubectlError::Invalid { kind, group, name, causes } => {
                let kind = if group.is_empty() { (*kind).to_owned() } else { format!("{kind}.{group}") };
                format!("{kind} \"{name}\" is invalid: {}", bracketed(causes.clone()))
            }
            KubectlError::Aggregate(errors) => {
                let mut messages: Vec<String> = Vec::new();
                for e in errors {
                    e.leaves(&mut messages);
                }
                bracketed(messages)
            }
        }
    }

    fn leaves(&self, into: &mut Vec<String>) {
        match self {
            KubectlError::Aggregate(errors) => errors.iter().for_each(|e| e.leaves(into)),
            other => {
                let message = other.text();
                if !into.contains(&message) {
                    into.push(message);
                }
            }
        }
    }

    /// `messageForError`: API errors in their standard form, anything else
    /// as its text.
    fn message(&self) -> String {
        match self {
            KubectlError::Status(printed) => printed.clone(),
            KubectlError::Invalid { .. } => format!("Error from server (Invalid): {}", self.text()),
            other => other.text(),
        }
    }

    /// What `CheckErr` writes to stderr, newline-terminated.
    fn printed(self) -> String {
        let error = match self {
            KubectlError::Aggregate(mut errors) if errors.len() == 1 => errors.remove(0),
            other => other,
        };
        let mut text = match error {
            KubectlError::Plain(message) if message.starts_with("error: ") => message,
            KubectlError::Plain(message) => format!("error: {message}"),
            KubectlError::Status(printed) => printed,
            KubectlError::Invalid { kind, name, causes, .. } => match causes.as_slice() {
                [one] => format!("The {kind} \"{name}\" is invalid: {one}"),
                many => {
                    let bullets: String = many.iter().map(|c| format!("* {c}\n")).collect();
                    format!("The {kind} \"{name}\" is invalid: \n{bullets}")
                }
            },
            KubectlError::Aggregate(errors) => errors.iter().map(|e| format!("{}\n", e.message())).collect(),
        };
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text
    }

    /// Appends the error to output already written, with exit status 1.
    pub(super) fn append_to(self, out: &mut Output) {
        out.err(self.printed());
        out.status = 1;
    }
}

/// One message as it is, several as `[a, b]`.
fn bracketed(messages: Vec<String>) -> String {
    match messages.as_slice() {
        [one] => one.clone(),
        _ => format!("[{}]", messages.join(", ")),
    }
}

/// `CheckErr` for what a command that goes on past failures gathered:
/// nothing when there were none.
pub(super) fn report(errors: Vec<KubectlError>, out: &mut Output) {
    if let Some(e) = gathered(errors) {
        e.append_to(out);
    }
}

/// The builder's `ContinueOnError`: one error stays as it is, several are
/// aggregated.
pub(super) fn gathered(mut errors: Vec<KubectlError>) -> Option<KubectlError> {
    match errors.len() {
        0 => None,
        1 => errors.pop(),
        _ => Some(KubectlError::Aggregate(errors)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> KubectlError {
        KubectlError::Plain(s.to_owned())
    }

    #[test]
    fn a_lone_error_gets_its_prefix() {
        assert_eq!(plain("boom").printed(), "error: boom\n");
        assert_eq!(KubectlError::Aggregate(vec![plain("boom")]).printed(), "error: boom\n");
        let status = KubectlError::Status("Error from server (NotFound): nodes \"x\" not found".to_owned());
        assert_eq!(status.printed(), "Error from server (NotFound): nodes \"x\" not found\n");
    }

    #[test]
    fn an_aggregate_prints_a_line_each_without_prefix() {
        let inner = KubectlError::Aggregate(vec![plain("a"), plain("b")]);
        assert_eq!(KubectlError::Aggregate(vec![inner.clone()]).printed(), "a\nb\n");
        let two = KubectlError::Aggregate(vec![inner, plain("c")]);
        assert_eq!(two.printed(), "[a, b]\nc\n");
    }

    #[test]
    fn nothing_gathered_prints_nothing() {
        let mut out = Output::default();
        report(Vec::new(), &mut out);
        assert_eq!((out.stderr(), out.status), (String::new(), 0));
        report(vec![plain("timed out")], &mut out);
        assert_eq!((out.stderr(), out.status), ("error: timed out\n".to_owned(), 1));
    }

    #[test]
    fn aggregate_text_flattens_and_drops_repeats() {
        let nested = KubectlError::Aggregate(vec![plain("a"), KubectlError::Aggregate(vec![plain("a")])]);
        assert_eq!(nested.text(), "a");
    }

    #[test]
    fn invalid_objects_list_their_causes() {
        let one = KubectlError::Invalid {
            kind: "Node",
            group: "",
            name: "n".into(),
            causes: vec!["f: bad".into()],
        };
        assert_eq!(one.printed(), "The Node \"n\" is invalid: f: bad\n");
        let two = KubectlError::Invalid {
            kind: "Deployment",
            group: "apps",
            name: "d".into(),
            causes: vec!["f: a".into(), "f: b".into()],
        };
        assert_eq!(two.clone().printed(), "The Deployment \"d\" is invalid: \n* f: a\n* f: b\n");
        assert_eq!(
            KubectlError::Aggregate(vec![two, plain("x")]).printed(),
            "Error from server (Invalid): Deployment.apps \"d\" is invalid: [f: a, f: b]\nx\n"
        );
    }
}

//! The label changes of `kubectl label`: parsing `key=value` and `key-`,
//! applying them to an object's labels, and the word kubectl prints for
//! the result.

use crate::shell::kubectl::check_err::{gathered, KubectlError};
use crate::shell::kubectl::validation::label_value;
use crate::shell::printer::go_format::quote;
use crate::sim::Labels;

/// What to set and what to remove.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct LabelChanges {
    pub set: Labels,
    pub remove: Vec<String>,
}

/// `cmdutil.GetResourcesAndPairs`: resources first, then the changes.
pub(super) fn split_args(args: &[String]) -> Result<(Vec<&str>, Vec<&str>), KubectlError> {
    let mut resources = Vec::new();
    let mut changes = Vec::new();
    for arg in args {
        let is_change = (arg.contains('=') && !arg.starts_with('=')) || (arg.ends_with('-') && arg != "-");
        match (is_change, changes.is_empty()) {
            (true, _) => changes.push(arg.as_str()),
            (false, true) => resources.push(arg.as_str()),
            (false, false) => {
                return Err(KubectlError::Plain(format!(
                    "all resources must be specified before label changes: {arg}"
                )))
            }
        }
    }
    Ok((resources, changes))
}

/// `parseLabels`. Values are checked here; keys only by the API server.
pub(super) fn parse(specs: &[&str]) -> Result<LabelChanges, KubectlError> {
    let mut changes = LabelChanges::default();
    for spec in specs {
        if spec.contains('=') {
            let parts: Vec<&str> = spec.split('=').collect();
            let [key, value] = parts.as_slice() else {
                return Err(KubectlError::Plain(format!("invalid label spec: {spec}")));
            };
            let errors = label_value(value);
            if !errors.is_empty() {
                return Err(KubectlError::Plain(format!(
                    "invalid label value: {}: {}",
                    quote(spec),
                    errors.join(";")
                )));
            }
            changes.set.insert((*key).to_owned(), (*value).to_owned());
        } else if let Some(key) = spec.strip_suffix('-') {
            changes.remove.push(key.to_owned());
        } else {
            return Err(KubectlError::Plain(format!("unknown label spec: {spec}")));
        }
    }
    if changes.remove.iter().any(|key| changes.set.contains_key(key)) {
        return Err(KubectlError::Plain(
            "can not both modify and remove a label in the same command".to_owned(),
        ));
    }
    Ok(changes)
}

impl LabelChanges {
    pub(super) fn is_empty(&self) -> bool {
        self.set.is_empty() && self.remove.is_empty()
    }

    /// `labelFunc`: the new labels, or the error for each key that would
    /// change value without `--overwrite`.
    pub(super) fn apply(&self, labels: &Labels, overwrite: bool) -> Result<Labels, KubectlError> {
        if !overwrite {
            let clashes: Vec<KubectlError> = self
                .set
                .iter()
                .filter_map(|(key, value)| {
                    let current = labels.get(key).filter(|current| *current != value)?;
                    Some(KubectlError::Plain(format!(
                        "'{key}' already has a value ({current}), and --overwrite is false"
                    )))
                })
                .collect();
            if let Some(e) = gathered(clashes) {
                return Err(e);
            }
        }
        let mut new = labels.clone();
        new.extend(self.set.iter().map(|(k, v)| (k.clone(), v.clone())));
        for key in &self.remove {
            new.remove(key);
        }
        Ok(new)
    }
}

/// The length of `"labels":{…},` in the object's JSON; an object without
/// labels has no such field.
fn json_field_len(labels: &Labels, present: bool) -> usize {
    if !present {
        return 0;
    }
    let pairs: usize = labels.iter().map(|(k, v)| k.len() + v.len() + 5).sum();
    "\"labels\":".len() + 2 + pairs + labels.len().saturating_sub(1) + 1
}

/// `updateDataChangeMsg`: kubectl compares the object's JSON before and
/// after. Unchanged is "not labeled"; shorter without `--overwrite` is
/// "unlabeled"; anything else "labeled". The edited object always has a
/// labels field, so an object that had none counts as changed.
pub(super) fn message(old: &Labels, new: &Labels, overwrite: bool) -> &'static str {
    let had_field = !old.is_empty();
    if had_field && old == new {
        return "not labeled";
    }
    if !overwrite && json_field_len(new, true) < json_field_len(old, had_field) {
        "unlabeled"
    } else {
        "labeled"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> Labels {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn specs() {
        let changes = parse(&["a=1", "b-", "c="]).expect("valid");
        assert_eq!(changes.set, labels(&[("a", "1"), ("c", "")]));
        assert_eq!(changes.remove, ["b"]);
        assert_eq!(parse(&["a=b=c"]), Err(KubectlError::Plain("invalid label spec: a=b=c".into())));
        assert_eq!(
            parse(&["a=1", "a-"]),
            Err(KubectlError::Plain("can not both modify and remove a label in the same command".into()))
        );
        assert!(parse(&["a=-x"])
            .is_err_and(|e| e.text().starts_with("invalid label value: \"a=-x\": a valid label")));
    }

    #[test]
    fn overwriting_needs_the_flag() {
        let old = labels(&[("app", "web")]);
        let changes = parse(&["app=api"]).expect("valid");
        assert_eq!(
            changes.apply(&old, false),
            Err(KubectlError::Plain("'app' already has a value (web), and --overwrite is false".into()))
        );
        assert_eq!(changes.apply(&old, true), Ok(labels(&[("app", "api")])));
        assert_eq!(parse(&["app=web"]).expect("valid").apply(&old, false), Ok(old));
    }

    #[test]
    fn the_word_follows_the_json_length() {
        let old = labels(&[("app", "web")]);
        assert_eq!(message(&old, &old, false), "not labeled");
        assert_eq!(message(&old, &labels(&[("app", "web"), ("t", "x")]), false), "labeled");
        assert_eq!(message(&old, &Labels::new(), false), "unlabeled");
        assert_eq!(message(&old, &Labels::new(), true), "labeled");
        assert_eq!(message(&old, &labels(&[("a", "b")]), false), "unlabeled", "a shorter swap");
        assert_eq!(
            message(&Labels::new(), &Labels::new(), false),
            "labeled",
            "an empty labels field appears"
        );
    }
}

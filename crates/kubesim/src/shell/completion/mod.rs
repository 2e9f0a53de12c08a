//! Tab completion: what the word under the cursor may become, from the
//! commands the shell knows and the objects in the simulated world. Works
//! on any line and any cursor; a line it cannot read completes to nothing.

mod aws;
mod kubectl;
mod kubectl_commands;
mod words;

use std::ops::Range;

use super::{Shell, PROGRAMS};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    /// What the word may become: sorted, without duplicates, each starting
    /// with what was typed, except that a resource type's short name or
    /// any-case spelling becomes its plural (`ds` → `daemonsets`).
    pub candidates: Vec<String>,
    /// The bytes of the line a candidate replaces: the word under the
    /// cursor, from its start up to the cursor.
    pub replace: Range<usize>,
}

/// Completes the word that ends at byte `cursor` of `line`. A cursor past
/// the end or inside a character counts from the nearest boundary before.
pub fn complete(shell: &Shell, line: &str, cursor: usize) -> Completion {
    let mut cursor = cursor.min(line.len());
    while !line.is_char_boundary(cursor) {
        cursor -= 1;
    }
    let Some(words) = words::split(line, cursor) else {
        return Completion { candidates: Vec::new(), replace: cursor..cursor };
    };
    let current = words.current.as_str();
    let mut candidates = match words.before.split_first() {
        None => starting_with(PROGRAMS.iter().map(|p| (*p).to_owned()).collect(), current),
        Some((program, args)) => match program.as_str() {
            "kubectl" => {
                kubectl::candidates(shell.kubeconfig.is_some().then(|| shell.cluster()), args, current)
            }
            "aws" => starting_with(aws::candidates(shell.cluster(), args, current), current),
            "help" if args.is_empty() => starting_with(vec!["en".to_owned(), "ja".to_owned()], current),
            "history" if args.is_empty() => starting_with(vec!["-c".to_owned()], current),
            _ => Vec::new(),
        },
    };
    candidates.sort();
    candidates.dedup();
    Completion { candidates, replace: words.start..cursor }
}

/// The candidates that start with what was typed.
fn starting_with(mut candidates: Vec<String>, typed: &str) -> Vec<String> {
    candidates.retain(|c| c.starts_with(typed));
    candidates
}

impl Completion {
    /// The longest start all candidates share.
    pub fn common_prefix(&self) -> &str {
        let Some((first, rest)) = self.candidates.split_first() else { return "" };
        let mut end = first.len();
        for other in rest {
            end = first
                .char_indices()
                .zip(other.chars())
                .find(|((_, a), b)| a != b)
                .map_or(end.min(other.len()), |((i, _), _)| i.min(end));
        }
        first.get(..end).unwrap_or_default()
    }

    /// The line after one press of Tab, and the cursor in it: the only
    /// candidate and a space (none after a `/` or `=`, which a value
    /// follows), or as much as all candidates share. None when Tab would
    /// add nothing; a second Tab then lists the candidates.
    pub fn apply(&self, line: &str) -> Option<(String, usize)> {
        let (before, after) = (line.get(..self.replace.start)?, line.get(self.replace.end..)?);
        let typed = line.get(self.replace.clone())?;
        let mut insert = match self.candidates.as_slice() {
            [] => return None,
            [only] => only.clone(),
            _ => self.common_prefix().to_owned(),
        };
        if let [only] = self.candidates.as_slice() {
            if !only.ends_with(['/', '=']) && !after.starts_with(' ') {
                insert.push(' ');
            }
        }
        if insert.chars().count() <= typed.chars().count() && !insert.ends_with(' ') {
            return None;
        }
        let cursor = before.len() + insert.len();
        Some((format!("{before}{insert}{after}"), cursor))
    }

    /// The candidates in columns down then across, as bash lists them on a
    /// second Tab, for a screen `width` characters wide.
    pub fn columns(&self, width: usize) -> String {
        let column = self.candidates.iter().map(|c| c.chars().count()).max().unwrap_or(0) + 2;
        let per_row = (width / column).max(1);
        let rows = self.candidates.len().div_ceil(per_row);
        let mut text = String::new();
        for row in 0..rows {
            let mut line = String::new();
            for candidate in self.candidates.iter().skip(row).step_by(rows) {
                line.push_str(&format!("{candidate:column$}"));
            }
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }
}

#[cfg(test)]
mod tests;

//! kubectl's `PrefixWriter` over `text/tabwriter.Init(buf, 0, 8, 2, ' ', 0)`:
//! text written at a nesting level (two spaces a level), aligned at tabs in
//! column blocks, and the multi-line listings every describer shares
//! (labels, annotations, taints, tolerations).

use crate::shell::printer::TabWriter;
use crate::sim::taint::{Taint, Toleration};
use crate::sim::Labels;

/// Annotations longer than this (key, value and `: `) are wrapped onto
/// their own line and cut (`maxAnnotationLen`).
const MAX_ANNOTATION_LEN: usize = 140;

/// The last-applied configuration `kubectl apply` keeps is never shown.
const SKIPPED_ANNOTATION: &str = "kubectl.kubernetes.io/last-applied-configuration";

#[derive(Debug)]
pub struct DescribeWriter {
    /// Text already aligned by an earlier `flush`.
    done: String,
    table: TabWriter,
}

impl DescribeWriter {
    pub fn new() -> Self {
        DescribeWriter { done: String::new(), table: TabWriter::for_describe() }
    }

    /// `w.Write(level, text)`: the indentation goes before the text only,
    /// not before each line in it.
    pub fn write(&mut self, level: usize, text: &str) {
        for _ in 0..level {
            self.table.push("  ");
        }
        self.table.push(text);
    }

    /// Aligns what was written so far on its own: later text starts fresh
    /// column blocks.
    pub fn flush(&mut self) {
        let table = std::mem::replace(&mut self.table, TabWriter::for_describe());
        self.done.push_str(&table.finish());
    }

    pub fn finish(mut self) -> String {
        self.flush();
        self.done
    }

    /// `printLabelsMultiline`: `Title:` then one `key=value` a line, keys
    /// sorted, `<none>` when empty.
    pub fn labels(&mut self, title: &str, labels: &Labels) {
        self.write(0, &format!("{title}:\t"));
        if labels.is_empty() {
            self.write(0, "<none>\n");
            return;
        }
        for (i, (key, value)) in labels.iter().enumerate() {
            if i != 0 {
                self.write(0, "\t");
            }
            self.write(0, &format!("{key}={value}\n"));
        }
    }

    /// `printAnnotationsMultiline`: `key: value` a line; a long or
    /// multi-line value goes on lines of its own, each cut at 138 bytes.
    pub fn annotations(&mut self, title: &str, annotations: &Labels) {
        self.write(0, &format!("{title}:\t"));
        let shown: Vec<(&String, &String)> =
            annotations.iter().filter(|(k, _)| k.as_str() != SKIPPED_ANNOTATION).collect();
        if shown.is_empty() {
            self.write(0, "<none>\n");
            return;
        }
        for (i, (key, value)) in shown.into_iter().enumerate() {
            if i != 0 {
                self.write(0, "\t");
            }
            let value = value.strip_suffix('\n').unwrap_or(value);
            if value.len() + key.len() + 2 > MAX_ANNOTATION_LEN || value.contains('\n') {
                self.write(0, &format!("{key}:\n"));
                for line in value.split('\n') {
                    self.write(0, &format!("\t  {}\n", shorten(line, MAX_ANNOTATION_LEN - 2)));
                }
            } else {
                self.write(0, &format!("{key}: {value}\n"));
            }
        }
    }

    /// `printNodeTaintsMultiline`: sorted by effect, then key.
    pub fn taints(&mut self, title: &str, taints: &[Taint]) {
        self.write(0, &format!("{title}:\t"));
        if taints.is_empty() {
            self.write(0, "<none>\n");
            return;
        }
        let mut sorted: Vec<&Taint> = taints.iter().collect();
        sorted.sort_by(|a, b| (a.effect.as_str(), &a.key).cmp(&(b.effect.as_str(), &b.key)));
        for (i, taint) in sorted.into_iter().enumerate() {
            if i != 0 {
                self.write(0, "\t");
            }
            self.write(0, &format!("{}\n", taint_string(taint)));
        }
    }

    /// `printPodTolerationsMultiline`, with the title already indented as
    /// the caller wants it; sorted by key.
    pub fn tolerations(&mut self, title: &str, tolerations: &[Toleration]) {
        self.write(0, &format!("{title}:\t"));
        if tolerations.is_empty() {
            self.write(0, "<none>\n");
            return;
        }
        let mut sorted: Vec<&Toleration> = tolerations.iter().collect();
        sorted.sort_by(|a, b| a.key.as_deref().unwrap_or_default().cmp(b.key.as_deref().unwrap_or_default()));
        for (i, toleration) in sorted.into_iter().enumerate() {
            if i != 0 {
                self.write(0, "\t");
            }
            self.write(0, &format!("{}\n", toleration_string(toleration)));
        }
    }
}

/// `Taint.ToString`: `key=value:effect`, or `key:effect` without a value.
pub fn taint_string(taint: &Taint) -> String {
    if taint.value.is_empty() {
        format!("{}:{}", taint.key, taint.effect.as_str())
    } else {
        format!("{}={}:{}", taint.key, taint.value, taint.effect.as_str())
    }
}

/// One toleration as describe lists it: `key[=value][:effect]`, then
/// ` op=Exists` (or `op=Exists` alone when it tolerates everything) and
/// ` for Ns`.
fn toleration_string(t: &Toleration) -> String {
    let key = t.key.as_deref().unwrap_or_default();
    let mut text = key.to_owned();
    if let Some(value) = t.value.as_deref().filter(|v| !v.is_empty()) {
        text.push('=');
        text.push_str(value);
    }
    if let Some(effect) = t.effect {
        text.push(':');
        text.push_str(effect.as_str());
    }
    if t.value.is_none() {
        text.push_str(if key.is_empty() && t.effect.is_none() { "op=Exists" } else { " op=Exists" });
    }
    if let Some(seconds) = t.seconds {
        text.push_str(&format!(" for {seconds}s"));
    }
    text
}

/// Go's `s[:n] + "..."` on a string longer than `n` bytes (cut back to a
/// character boundary here, where Go would split the character).
fn shorten(s: &str, n: usize) -> String {
    if s.len() <= n {
        return s.to_owned();
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", s.get(..end).unwrap_or(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::taint::{TaintEffect, Toleration};

    fn labels(pairs: &[(&str, &str)]) -> Labels {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn labels_continue_under_the_first_value() {
        let mut w = DescribeWriter::new();
        w.write(0, "Name:\tweb\n");
        w.labels("Labels", &labels(&[("b", "2"), ("a", "1")]));
        w.annotations("Annotations", &Labels::new());
        assert_eq!(
            w.finish(),
            "Name:         web\nLabels:       a=1\n              b=2\nAnnotations:  <none>\n"
        );
    }

    #[test]
    fn flush_starts_new_column_blocks() {
        let mut w = DescribeWriter::new();
        w.write(0, "Name:\tx\n");
        w.flush();
        w.write(0, "CreationTimestamp:\ty\n");
        assert_eq!(w.finish(), "Name:  x\nCreationTimestamp:  y\n");
    }

    #[test]
    fn long_annotations_wrap_and_cut() {
        let mut w = DescribeWriter::new();
        let long = "v".repeat(150);
        w.annotations("Annotations", &labels(&[("k", &long), (SKIPPED_ANNOTATION, "{}")]));
        let text = w.finish();
        assert_eq!(text, format!("Annotations:  k:\n                {}...\n", "v".repeat(138)));
    }

    #[test]
    fn tolerations_read_like_kubectl() {
        let everything = Toleration::everything();
        let not_ready =
            Toleration::exists("node.kubernetes.io/not-ready", Some(TaintEffect::NoExecute), Some(300));
        let equal = Toleration {
            key: Some("dedicated".into()),
            value: Some("gpu".into()),
            effect: Some(TaintEffect::NoSchedule),
            seconds: None,
        };
        assert_eq!(toleration_string(&everything), "op=Exists");
        assert_eq!(
            toleration_string(&not_ready),
            "node.kubernetes.io/not-ready:NoExecute op=Exists for 300s"
        );
        assert_eq!(toleration_string(&equal), "dedicated=gpu:NoSchedule");
    }

    #[test]
    fn taints_sort_by_effect_then_key() {
        let mut w = DescribeWriter::new();
        w.taints(
            "Taints",
            &[
                Taint::new("z", "", TaintEffect::NoSchedule),
                Taint::new("a", "v", TaintEffect::NoSchedule),
                Taint::new("b", "", TaintEffect::NoExecute),
            ],
        );
        assert_eq!(w.finish(), "Taints:  b:NoExecute\n         a=v:NoSchedule\n         z:NoSchedule\n");
    }
}

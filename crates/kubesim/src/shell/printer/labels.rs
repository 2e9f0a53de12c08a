//! apimachinery's `labels.FormatLabels`: `key=value` pairs sorted as whole
//! strings, so `nodegroup-image=…` sorts before `nodegroup=…` ('-' < '=').

use std::collections::BTreeMap;

pub fn format_labels(labels: &BTreeMap<String, String>) -> String {
    let mut pairs: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    pairs.sort_unstable();
    if pairs.is_empty() {
        "<none>".to_owned()
    } else {
        pairs.join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_whole_pairs_not_keys() {
        let labels: BTreeMap<String, String> =
            [("eks.amazonaws.com/nodegroup", "ng"), ("eks.amazonaws.com/nodegroup-image", "ami-1")]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
        assert_eq!(
            format_labels(&labels),
            "eks.amazonaws.com/nodegroup-image=ami-1,eks.amazonaws.com/nodegroup=ng"
        );
    }

    #[test]
    fn no_labels_prints_none() {
        assert_eq!(format_labels(&BTreeMap::new()), "<none>");
    }
}

//! go-yaml v2 sorts mapping keys its own way, not bytewise: runs of digits
//! compare as numbers (`b9` before `b10`) and a letter sorts after any
//! non-letter (`a_b` before `aB`).

use std::cmp::Ordering;

use crate::shell::printer::value::Value;

/// The pairs in the order go-yaml writes them.
pub(super) fn sorted(pairs: &[(String, Value)]) -> Vec<(&String, &Value)> {
    let mut refs: Vec<(&String, &Value)> = pairs.iter().map(|(k, v)| (k, v)).collect();
    refs.sort_by(|a, b| compare(a.0, b.0));
    refs
}

fn compare(a: &str, b: &str) -> Ordering {
    if less(a, b) {
        Ordering::Less
    } else if less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// go-yaml's `keyList.Less` for two string keys.
fn less(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    for i in 0..a.len().min(b.len()) {
        let (ac, bc) = (a[i], b[i]);
        if ac == bc {
            continue;
        }
        let (a_letter, b_letter) = (ac.is_alphabetic(), bc.is_alphabetic());
        if a_letter && b_letter {
            return ac < bc;
        }
        if a_letter || b_letter {
            return b_letter;
        }
        // Both non-letters: compare the digit runs starting here as numbers.
        let (mut a_number, mut b_number) = (0i64, 0i64);
        if ac == '0' || bc == '0' {
            // A zero inside a number (after a non-zero digit) still counts.
            if a[..i].iter().rev().take_while(|c| c.is_ascii_digit()).any(|&c| c != '0') {
                a_number = 1;
                b_number = 1;
            }
        }
        let a_end = digits_end(&a, i, &mut a_number);
        let b_end = digits_end(&b, i, &mut b_number);
        if a_number != b_number {
            return a_number < b_number;
        }
        if a_end != b_end {
            return a_end < b_end;
        }
        return ac < bc;
    }
    a.len() < b.len()
}

/// Reads the digits from `start`, folding them into `number`; returns where
/// they end.
fn digits_end(chars: &[char], start: usize, number: &mut i64) -> usize {
    let mut end = start;
    while let Some(d) = chars.get(end).and_then(|c| c.to_digit(10)) {
        *number = number.wrapping_mul(10).wrapping_add(i64::from(d));
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_by_value_and_letters_come_last() {
        assert!(less("b9", "b10"));
        assert!(less("a_b", "aB"));
        assert!(less("hugepages-1Gi", "hugepages-2Mi"));
        assert!(less("eks.amazonaws.com/nodegroup", "eks.amazonaws.com/nodegroup-image"));
        assert!(less("k8s.io/cloud-provider-aws", "kubernetes.io/arch"));
        assert!(less("apiVersion", "kind"));
        assert!(!less("kind", "apiVersion"));
        assert!(less("a1b", "a01"));
    }
}

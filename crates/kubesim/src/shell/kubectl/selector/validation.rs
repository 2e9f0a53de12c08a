//! apimachinery's name checks (`util/validation`) with their messages:
//! qualified names (label keys), label values and DNS subdomains (key
//! prefixes), and the `field.Error` text they are reported in.

use crate::shell::printer::go_format::quote as go_quote;

const QUALIFIED_NAME_FORMAT: &str = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const QUALIFIED_NAME_MESSAGE: &str =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FORMAT: &str = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
const LABEL_VALUE_MESSAGE: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const DNS_SUBDOMAIN_FORMAT: &str = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const DNS_SUBDOMAIN_MESSAGE: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

/// `validation.RegexError`: the message, examples, then the pattern.
fn regex_error(message: &str, format: &str, examples: &[&str]) -> String {
    let mut text = message.to_owned();
    text.push_str(" (e.g. ");
    for (i, example) in examples.iter().enumerate() {
        if i > 0 {
            text.push_str(" or ");
        }
        text.push_str(&format!("'{example}', "));
    }
    text.push_str(&format!("regex used for validation is '{format}')"));
    text
}

fn max_len_error(length: usize) -> String {
    format!("must be no more than {length} characters")
}

/// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`
fn is_qualified_name_text(s: &str) -> bool {
    let bytes = s.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) => {
            first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && bytes.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        }
        _ => false,
    }
}

/// `[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*`
fn is_dns_subdomain_text(s: &str) -> bool {
    s.split('.').all(|label| {
        let bytes = label.as_bytes();
        let edge = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
        bytes.first().is_some_and(edge)
            && bytes.last().is_some_and(edge)
            && bytes.iter().all(|b| edge(b) || *b == b'-')
    })
}

/// `validation.IsDNS1123Subdomain`.
fn dns_subdomain_errors(value: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if value.len() > 253 {
        errors.push(max_len_error(253));
    }
    if !is_dns_subdomain_text(value) {
        errors.push(regex_error(DNS_SUBDOMAIN_MESSAGE, DNS_SUBDOMAIN_FORMAT, &["example.com"]));
    }
    errors
}

/// `validation.IsQualifiedName`: `[prefix/]name`, as label keys are.
pub fn qualified_name_errors(value: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let parts: Vec<&str> = value.split('/').collect();
    let name = match parts.as_slice() {
        [name] => *name,
        [prefix, name] => {
            if prefix.is_empty() {
                errors.push("prefix part must be non-empty".to_owned());
            } else {
                errors.extend(dns_subdomain_errors(prefix).into_iter().map(|e| format!("prefix part {e}")));
            }
            *name
        }
        _ => {
            let pattern =
                regex_error(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT, &["MyName", "my.name", "123-abc"]);
            return vec![format!(
                "a qualified name {pattern} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            )];
        }
    };
    if name.is_empty() {
        errors.push("name part must be non-empty".to_owned());
    } else if name.len() > 63 {
        errors.push(format!("name part {}", max_len_error(63)));
    }
    if !is_qualified_name_text(name) {
        let pattern =
            regex_error(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT, &["MyName", "my.name", "123-abc"]);
        errors.push(format!("name part {pattern}"));
    }
    errors
}

/// `validation.IsValidLabelValue`.
pub fn label_value_errors(value: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if value.len() > 63 {
        errors.push(max_len_error(63));
    }
    if !value.is_empty() && !is_qualified_name_text(value) {
        errors.push(regex_error(LABEL_VALUE_MESSAGE, LABEL_VALUE_FORMAT, &["MyValue", "my_value", "12345"]));
    }
    errors
}

/// `field.Invalid(path, value, detail).Error()`.
pub fn invalid(path: &str, value: &str, detail: &str) -> String {
    format!("{path}: Invalid value: {}: {detail}", go_quote(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_with_and_without_prefix() {
        assert!(qualified_name_errors("app").is_empty());
        assert!(qualified_name_errors("eks.amazonaws.com/nodegroup").is_empty());
        assert!(qualified_name_errors("app.kubernetes.io/name").is_empty());
        assert_eq!(
            qualified_name_errors("-ltier"),
            ["name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"]
        );
        assert_eq!(qualified_name_errors("/x"), ["prefix part must be non-empty"]);
        assert!(qualified_name_errors("Example.com/x")[0]
            .starts_with("prefix part a lowercase RFC 1123 subdomain"));
        assert_eq!(qualified_name_errors("a/").len(), 2, "empty name: non-empty and pattern");
        assert!(qualified_name_errors("a/b/c")[0].starts_with("a qualified name must consist"));
        assert_eq!(qualified_name_errors(&"x".repeat(64)), ["name part must be no more than 63 characters"]);
    }

    #[test]
    fn values() {
        assert!(label_value_errors("").is_empty());
        assert!(label_value_errors("web-1.a_b").is_empty());
        assert_eq!(label_value_errors("-web").len(), 1);
        assert_eq!(label_value_errors(&format!("{}-", "x".repeat(63))).len(), 2);
    }
}

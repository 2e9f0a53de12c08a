//! kubectl's `-o yaml`. sigs.k8s.io/yaml marshals the object to JSON and
//! hands that to go-yaml v2's emitter, so the output follows that emitter:
//! keys sorted its way, two-space indents, a sequence under a key not
//! indented, empty collections as `{}` and `[]`, strings quoted only when
//! YAML would read them as something else, and long strings folded at
//! column 80. This is that emitter for the documents JSON can describe.

mod implicit;
mod key_order;
mod scalar;

use super::go_format;
use super::value::Value;
use scalar::Requested;

/// The YAML document for `value`, ending in a newline.
pub fn to_yaml(value: &Value) -> String {
    let mut emitter = Emitter::new();
    emitter.node(value, Context::ROOT);
    // The implicit document end: finish the last line.
    emitter.write_indent();
    emitter.out
}

/// go-yaml's line width: plain and quoted strings fold at a space past it.
const BEST_WIDTH: usize = 80;
const BEST_INDENT: i32 = 2;

/// Where a node sits: a mapping's value, a mapping's (simple) key, or
/// neither (the root, a sequence item).
#[derive(Clone, Copy)]
struct Context {
    mapping: bool,
    simple_key: bool,
}

impl Context {
    const ROOT: Context = Context { mapping: false, simple_key: false };
    const ITEM: Context = Context { mapping: false, simple_key: false };
    const VALUE: Context = Context { mapping: true, simple_key: false };
    const KEY: Context = Context { mapping: true, simple_key: true };
}

/// The emitter's state as libyaml keeps it: the column, the indent stack,
/// and whether the line so far is only indentation or ends in whitespace.
struct Emitter {
    out: String,
    column: usize,
    /// -1 before the root collection opens.
    indent: i32,
    indents: Vec<i32>,
    whitespace: bool,
    indention: bool,
}

impl Emitter {
    fn new() -> Self {
        Emitter {
            out: String::new(),
            column: 0,
            indent: -1,
            indents: Vec::new(),
            whitespace: true,
            indention: true,
        }
    }

    fn node(&mut self, value: &Value, context: Context) {
        match value {
            Value::Object(pairs) if pairs.is_empty() => self.empty_collection("{", "}"),
            Value::Object(pairs) => self.block_mapping(pairs),
            Value::Array(items) if items.is_empty() => self.empty_collection("[", "]"),
            Value::Array(items) => self.block_sequence(items, context),
            Value::Str(s) => self.scalar(s, scalar::requested_for_string(s), context),
            Value::Int(n) => self.scalar(&n.to_string(), Requested::Plain, context),
            Value::Bool(b) => self.scalar(if *b { "true" } else { "false" }, Requested::Plain, context),
            Value::Null => self.scalar("null", Requested::Plain, context),
            Value::Number(n) => self.scalar(&go_format::number_text(n), Requested::Plain, context),
        }
    }

    fn block_mapping(&mut self, pairs: &[(String, Value)]) {
        self.increase_indent(false, false);
        for (key, value) in key_order::sorted(pairs) {
            self.write_indent();
            if scalar::is_simple_key(key) {
                self.scalar(key, scalar::requested_for_string(key), Context::KEY);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.scalar(key, scalar::requested_for_string(key), Context::VALUE);
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.node(value, Context::VALUE);
        }
        self.pop_indent();
    }

    fn block_sequence(&mut self, items: &[Value], context: Context) {
        // A sequence that is a mapping's value starts at the key's column.
        let indentless = context.mapping && !self.indention;
        self.increase_indent(false, indentless);
        for item in items {
            self.write_indent();
            self.write_indicator("-", true, false, true);
            self.node(item, Context::ITEM);
        }
        self.pop_indent();
    }

    fn empty_collection(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn indent_width(&self) -> usize {
        usize::try_from(self.indent).unwrap_or(0)
    }

    /// Starts a new line at the current indent, unless the line is already
    /// just that indentation.
    fn write_indent(&mut self) {
        let indent = self.indent_width();
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        for c in indicator.chars() {
            self.put(c);
        }
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(v: &Value) -> String {
        to_yaml(v)
    }

    #[test]
    fn mappings_sequences_and_empties() {
        let v = Value::object([
            ("kind", Value::str("List")),
            (
                "items",
                Value::Array(vec![
                    Value::object([("name", Value::str("a")), ("ports", Value::Array(vec![Value::Int(80)]))]),
                    Value::Object(Vec::new()),
                ]),
            ),
            ("metadata", Value::object([("resourceVersion", Value::str(""))])),
            ("empty", Value::Array(Vec::new())),
            ("spec", Value::object([("nested", Value::object([("deep", Value::Bool(true))]))])),
        ]);
        assert_eq!(
            yaml(&v),
            "empty: []\n\
             items:\n\
             - name: a\n  ports:\n  - 80\n\
             - {}\n\
             kind: List\n\
             metadata:\n  resourceVersion: \"\"\n\
             spec:\n  nested:\n    deep: true\n"
        );
    }

    #[test]
    fn strings_are_quoted_only_when_yaml_would_misread_them() {
        let cases = [
            ("Ready", "Ready"),
            ("true", "\"true\""),
            ("y", "\"y\""),
            ("80", "\"80\""),
            ("1.30", "\"1.30\""),
            ("0x1F", "\"0x1F\""),
            ("1930m", "1930m"),
            ("10.0.1.23", "10.0.1.23"),
            ("2025-06-12T09:00:00Z", "\"2025-06-12T09:00:00Z\""),
            ("null", "\"null\""),
            ("~", "\"~\""),
            ("*", "'*'"),
            ("- x", "'- x'"),
            ("a: b", "'a: b'"),
            ("a:b", "a:b"),
            ("it's", "it's"),
            (" lead", "' lead'"),
            ("'q'", "'''q'''"),
            ("1:20", "\"1:20\""),
            ("tab\there", "\"tab\\there\""),
            ("ON_DEMAND", "ON_DEMAND"),
            ("ReplicaSet \"web-1\" is progressing.", "ReplicaSet \"web-1\" is progressing."),
        ];
        for (input, want) in cases {
            assert_eq!(yaml(&Value::object([("k", Value::str(input))])), format!("k: {want}\n"), "{input:?}");
        }
    }

    #[test]
    fn multi_line_strings_are_literal_blocks() {
        let v = Value::object([("a", Value::str("one\ntwo\n")), ("b", Value::str("x\ny"))]);
        assert_eq!(yaml(&v), "a: |\n  one\n  two\nb: |-\n  x\n  y\n");
    }

    #[test]
    fn long_strings_fold_past_column_80() {
        // The fold comes at the first space after column 80, as in real
        // output: "… didn''t match node selector, 4\n      Insufficient cpu.'".
        let message = "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.";
        let v = Value::object([("status", Value::object([("message", Value::str(message))]))]);
        assert_eq!(
            yaml(&v),
            "status:\n  message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are\n    available: 3 No preemption victims found for incoming pod.'\n"
        );
    }

    #[test]
    fn keys_sort_as_go_yaml_v2_does() {
        let v = Value::object([
            ("b10", Value::Int(1)),
            ("b9", Value::Int(2)),
            ("a_b", Value::Int(3)),
            ("aB", Value::Int(4)),
        ]);
        assert_eq!(yaml(&v), "a_b: 3\naB: 4\nb9: 2\nb10: 1\n");
    }
}

//! Printers: how kubectl lays out what it fetched.

pub mod age;
pub mod go_format;
pub mod jsonpath;
pub mod labels;
pub mod tabwriter;
pub mod value;
pub mod yaml;

pub use age::{human_duration, HumanDuration};
pub use labels::format_labels;
pub use tabwriter::{TabWriter, Table};
pub use value::{to_compact_json, to_json, JsonStyle, Value};
pub use yaml::to_yaml;

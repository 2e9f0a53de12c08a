//! Printers: how kubectl lays out what it fetched.

pub mod age;
pub mod labels;
pub mod tabwriter;
pub mod value;

pub use age::human_duration;
pub use labels::format_labels;
pub use tabwriter::TabWriter;
pub use value::{to_json, JsonStyle, Value};

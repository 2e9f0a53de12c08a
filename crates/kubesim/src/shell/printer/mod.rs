//! Printers: how kubectl lays out what it fetched.

pub mod age;
pub mod labels;
pub mod quote;
pub mod tabwriter;
pub mod value;

pub use age::{human_duration, HumanDuration};
pub use labels::format_labels;
pub use quote::go_quote;
pub use tabwriter::{TabWriter, Table};
pub use value::{to_json, JsonStyle, Value};

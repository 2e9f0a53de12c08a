//! KubeLab: lessons, a simulated EKS cluster and a terminal in one page. The
//! simulation lives in `kubesim`; this crate only renders it and forwards
//! what the learner does.

pub mod course;
pub mod i18n;
mod ui;
mod view_model;

pub use ui::App;

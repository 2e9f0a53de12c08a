//! KubeLab: lessons, a simulated EKS cluster and a terminal in one page. The
//! simulation lives in `kubesim`; this crate only renders it and forwards
//! what the learner does.

pub mod i18n;
pub mod lessons;
mod ui;
mod view_model;

pub use ui::App;

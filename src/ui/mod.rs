//! The page: three panes over one engine. Components render engine state and
//! forward what the learner does; they decide nothing about the cluster.

mod app;
mod clock;
mod cluster;
mod confirm;
mod lesson;
mod preferences;
mod session;
mod terminal;
mod twin;

pub use app::App;

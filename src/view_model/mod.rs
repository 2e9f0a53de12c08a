//! What the panes show, derived from engine state by plain functions, so the
//! mapping from the simulated cluster to the page is tested without a
//! browser. Nothing here changes the cluster.

pub mod clock;
pub mod course;
pub mod ecs;
pub mod eks;
pub mod prompt;
pub mod reference;
pub mod session_store;

#[cfg(test)]
mod test_support;

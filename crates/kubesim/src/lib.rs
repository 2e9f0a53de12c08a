//! `kubesim`: a deterministic simulated Amazon EKS cluster and the command-line
//! tools that talk to it.
//!
//! The crate knows nothing of browsers or wall clocks. The same scenario and the
//! same command lines always give the same bytes out, so the web app, the native
//! `kubesim` terminal and the tests all see one behaviour.

pub mod ecs;
pub mod lessons;
pub mod scenario;
pub mod shell;
pub mod sim;

pub use shell::{Output, Shell, Stream};

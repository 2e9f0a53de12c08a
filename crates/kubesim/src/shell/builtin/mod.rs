//! The shell's own commands, as bash's built-ins and a terminal's tools
//! behave, plus `reset` for the simulation.

pub mod clear;
pub mod echo;
pub mod exit;
pub mod help;
pub mod history;
pub mod reset;

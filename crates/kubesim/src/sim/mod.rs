//! The simulated cluster: its objects, its clock, its controllers and the
//! AWS resources behind it.

pub mod clock;
pub mod cluster;
pub mod control_plane;
mod controllers;
pub mod disruption;
pub mod eks_api;
pub mod eks_node;
pub mod event;
pub mod fargate;
pub mod instance_type;
pub mod meta;
pub mod metrics;
pub mod network;
pub mod node;
pub mod nodegroup;
pub mod objects;
pub mod operations;
pub mod pod;
pub mod pod_store;
pub mod quantity;
pub mod rng;
pub mod scheduler;
pub mod service;
pub mod taint;
pub mod timing;
mod twin;
pub mod workload;
pub mod workload_status;

pub use clock::{Duration, Timestamp};
pub use cluster::Cluster;
pub use instance_type::InstanceType;
pub use meta::{Labels, Selector, Uid};
pub use node::{Node, NodeCondition};
pub use pod::Pod;
pub use rng::Rng;

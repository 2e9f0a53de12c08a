//! The simulated cluster: its objects, its clock and (as they arrive) its
//! controllers.

pub mod clock;
pub mod cluster;
pub mod eks_node;
pub mod instance_type;
pub mod node;
pub mod rng;

pub use clock::{Duration, Timestamp};
pub use cluster::Cluster;
pub use instance_type::InstanceType;
pub use node::{Node, NodeCondition};
pub use rng::Rng;

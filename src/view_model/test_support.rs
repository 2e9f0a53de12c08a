//! The stock scenarios the view tests draw.

use kubesim::scenario;
use kubesim::sim::Cluster;

fn stock(name: &str) -> Cluster {
    match scenario::builtin(name, None) {
        Some(Ok((_, cluster))) => cluster,
        Some(Err(e)) => panic!("stock scenario {name}: {e}"),
        None => panic!("no stock scenario {name}"),
    }
}

pub fn basic() -> Cluster {
    stock("basic")
}

pub fn fargate() -> Cluster {
    stock("fargate")
}

//! Engine speed on the stress scenario (1,000 nodes, 20,000 pods).
//! Run with `make bench`; the figures are kept in docs/PERFORMANCE.md.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use kubesim::scenario;
use kubesim::sim::Cluster;

fn stress_source() -> &'static str {
    match scenario::builtin_source("stress") {
        Some(text) => text,
        None => panic!("the stress scenario is missing"),
    }
}

/// From the declared stress cluster to every pod bound: the 1,000 nodes
/// register, the controllers create 20,000 pods, the scheduler places all.
fn schedule_20k_pending(c: &mut Criterion) {
    let declared = match scenario::declared(stress_source(), None) {
        Ok((_, cluster)) => cluster,
        Err(e) => panic!("stress scenario: {e}"),
    };
    c.bench_function("schedule 20,000 pending pods on 1,000 nodes", |b| {
        b.iter_batched(
            || declared.clone(),
            |mut cluster| {
                cluster.reconcile();
                assert!(!cluster.pods().has_unbound());
                cluster
            },
            BatchSize::LargeInput,
        )
    });
}

/// Cordon 100 nodes, evict their pods, and run the cluster until nothing is
/// left to do: replacements scheduled elsewhere and running.
fn drain_100_nodes(c: &mut Criterion) {
    let settled = match scenario::from_source(stress_source(), None) {
        Ok((_, cluster)) => cluster,
        Err(e) => panic!("stress scenario: {e}"),
    };
    let targets: Vec<String> = settled.nodes().take(100).map(|n| n.name.clone()).collect();
    c.bench_function("drain 100 of 1,000 nodes to settled", |b| {
        b.iter_batched(
            || settled.clone(),
            |mut cluster: Cluster| {
                for node in &targets {
                    let _ = cluster.set_unschedulable(node, true);
                    for (ns, pod) in cluster.evictable_pods_on(node) {
                        let _ = cluster.evict_pod(&ns, &pod);
                    }
                }
                cluster.settle();
                assert!(targets.iter().all(|n| cluster.evictable_pods_on(n).is_empty()));
                cluster
            },
            BatchSize::LargeInput,
        )
    });
}

criterion_group! {
    name = engine;
    config = Criterion::default().sample_size(10);
    targets = schedule_20k_pending, drain_100_nodes
}
criterion_main!(engine);

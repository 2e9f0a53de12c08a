//! Shell speed on the stress scenario (1,000 nodes, 20,000 pods): a command
//! line in, the terminal's text out, engine and printer together.
//! Run with `make bench`; the figures are kept in docs/PERFORMANCE.md.

use criterion::{criterion_group, criterion_main, Criterion};
use kubesim::{scenario, Shell};

fn get_pods_all_namespaces_wide(c: &mut Criterion) {
    let cluster = match scenario::builtin("stress", None) {
        Some(Ok((_, cluster))) => cluster,
        Some(Err(e)) => panic!("stress scenario: {e}"),
        None => panic!("the stress scenario is missing"),
    };
    let mut shell = Shell::new(cluster);
    let rows = shell.run("kubectl get pods -A -o wide").stdout().lines().count();
    assert_eq!(rows, 20_001, "a header and one row per pod");
    c.bench_function("kubectl get pods -A -o wide (20,000 pods)", |b| {
        b.iter(|| shell.run("kubectl get pods -A -o wide"))
    });
}

criterion_group! {
    name = shell;
    config = Criterion::default().sample_size(20);
    targets = get_pods_all_namespaces_wide
}
criterion_main!(shell);

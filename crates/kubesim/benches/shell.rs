//! Shell speed on the stress scenario (1,000 nodes, 20,000 pods): the
//! commands that print the most. Run with `make bench`; the figures are
//! kept in docs/PERFORMANCE.md.

use criterion::{criterion_group, criterion_main, Criterion};
use kubesim::scenario;
use kubesim::shell::kubectl;

fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_owned).collect()
}

/// Every pod of the cluster as a wide table: fetch, 20,000 rows of cells,
/// alignment.
fn get_all_pods_wide(c: &mut Criterion) {
    let source =
        scenario::builtin_source("stress").unwrap_or_else(|| panic!("the stress scenario is missing"));
    let mut cluster = match scenario::from_source(source, None) {
        Ok((_, cluster)) => cluster,
        Err(e) => panic!("stress scenario: {e}"),
    };
    let args = words("get pods -A -o wide");
    c.bench_function("kubectl get pods -A -o wide on 20,000 pods", |b| {
        b.iter(|| {
            let out = kubectl::run(&mut cluster, &args);
            assert_eq!(out.status, 0);
            out
        })
    });
}

criterion_group! {
    name = shell;
    config = Criterion::default().sample_size(20);
    targets = get_all_pods_wide
}
criterion_main!(shell);

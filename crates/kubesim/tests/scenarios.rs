//! Scenarios through the `kubesim` binary: listing, loading by name or path,
//! seeds, and byte-for-byte repeatability.

mod common;

use common::kubesim;

const SCRIPT: &str = "kubectl get nodes -o wide\nsleep 10m\nkubectl get nodes\n";

#[test]
fn the_stock_scenarios_are_listed() {
    let out = kubesim(&["--list-scenarios"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = text.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(names, ["basic", "fargate", "outdated-nodegroup", "first-day", "maintenance", "stress"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn same_scenario_seed_and_input_give_the_same_bytes() {
    let args = ["--scenario", "stress", "--seed", "5"];
    let first = kubesim(&args, SCRIPT);
    let second = kubesim(&args, SCRIPT);
    assert_eq!(first.status.code(), Some(0), "{}", String::from_utf8_lossy(&first.stderr));
    assert_eq!(
        String::from_utf8_lossy(&first.stdout).lines().filter(|l| l.starts_with("ip-")).count(),
        2_000
    );
    assert_eq!(first.stdout, second.stdout);
    assert_eq!(first.stderr, second.stderr);
    let other = kubesim(&["--scenario", "stress", "--seed", "6"], SCRIPT);
    assert_ne!(first.stdout, other.stdout, "another seed draws other node addresses");
}

#[test]
fn a_scenario_file_loads_by_path_and_its_mistakes_name_the_line() {
    let dir = std::env::temp_dir();
    let good = dir.join(format!("kubesim-good-{}.scenario", std::process::id()));
    std::fs::write(
        &good,
        "cluster lab now=2025-06-12T09:00:00Z version=v1.30.4-eks-a737599\n\
         vpc 10.0.0.0/16\nsubnet us-west-2a 10.0.1.0/24\n\
         nodegroup ng instance-type=m5.large\ninstance ng us-west-2a 10.0.1.10 age=2d1m\n",
    )
    .expect("write scenario");
    let out = kubesim(&["--scenario", good.to_str().unwrap_or_default(), "-c", "kubectl get nodes"], "");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "NAME                                      STATUS   ROLES    AGE   VERSION\n\
         ip-10-0-1-10.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599\n"
    );
    let bad = dir.join(format!("kubesim-bad-{}.scenario", std::process::id()));
    std::fs::write(
        &bad,
        "cluster lab now=2025-06-12T09:00:00Z version=v1.30.4-eks-a737599\nnodegroup ng sizes=3\n",
    )
    .expect("write scenario");
    let out = kubesim(&["--scenario", bad.to_str().unwrap_or_default()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("line 2: nodegroup: unknown attribute sizes\n"));
    std::fs::remove_file(good).ok();
    std::fs::remove_file(bad).ok();
}

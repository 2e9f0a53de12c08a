use super::kubectl_commands::COMMANDS;
use super::*;
use crate::scenario;

const NODES: [&str; 3] = [
    "ip-10-0-1-23.us-west-2.compute.internal",
    "ip-10-0-2-141.us-west-2.compute.internal",
    "ip-10-0-3-87.us-west-2.compute.internal",
];

fn shell() -> Shell {
    let mut shell = Shell::new(scenario::default_cluster());
    // Let the controllers start the scenario's pods, as the first command
    // does.
    shell.run("sleep 1m");
    shell
}

/// Candidates for `line` with the cursor at its end.
fn tab(line: &str) -> Vec<String> {
    complete(&shell(), line, line.len()).candidates
}

/// The line after one Tab at its end.
fn after_tab(line: &str) -> String {
    complete(&shell(), line, line.len()).apply(line).map(|(l, _)| l).unwrap_or_else(|| line.to_owned())
}

#[test]
fn the_first_word_is_a_program() {
    assert_eq!(tab(""), PROGRAMS);
    assert_eq!(tab("ku"), ["kubectl"]);
    assert_eq!(tab("h"), ["help", "history"]);
    assert_eq!(after_tab("ku"), "kubectl ");
    assert!(tab("k").iter().all(|p| p != "k"));
}

#[test]
fn kubectl_commands_then_subcommands() {
    assert_eq!(after_tab("kubectl ge"), "kubectl get ");
    assert_eq!(tab("kubectl d"), ["delete", "describe", "drain"]);
    assert_eq!(after_tab("kubectl d"), "kubectl d");
    assert_eq!(tab("kubectl rollout "), ["restart", "status"]);
    assert_eq!(tab("kubectl top "), ["node", "pod"]);
    assert_eq!(tab("kubectl config "), ["current-context", "view"]);
    assert_eq!(tab("kubectl -n kube-system g"), ["get"]);
    assert!(tab("kubectl nosuch ").is_empty());
}

#[test]
fn resource_types_and_their_short_names() {
    assert_eq!(after_tab("kubectl get no"), "kubectl get nodes ");
    assert_eq!(tab("kubectl get po"), ["poddisruptionbudgets", "pods"]);
    assert_eq!(after_tab("kubectl get p"), "kubectl get pod");
    assert_eq!(tab("kubectl get pod"), ["poddisruptionbudgets", "pods"]);
    assert_eq!(after_tab("kubectl get pods"), "kubectl get pods ");
    assert_eq!(tab("kubectl describe deploy"), ["deployments"]);
    for (short, plural) in [
        ("ds", "daemonsets"),
        ("svc", "services"),
        ("ns", "namespaces"),
        ("ev", "events"),
        ("rs", "replicasets"),
        ("ep", "endpoints"),
        ("pdb", "poddisruptionbudgets"),
        ("NO", "nodes"),
    ] {
        assert_eq!(tab(&format!("kubectl get {short}")), [plural], "{short}");
    }
    assert_eq!(tab("kubectl scale "), ["deployments", "replicasets"]);
    assert_eq!(tab("kubectl taint "), ["nodes"]);
    assert_eq!(tab("kubectl explain s"), ["services"]);
}

#[test]
fn names_come_from_the_live_cluster() {
    assert_eq!(tab("kubectl get nodes "), NODES);
    assert_eq!(after_tab("kubectl get nodes ip-10-0-2"), format!("kubectl get nodes {} ", NODES[1]));
    assert_eq!(tab("kubectl cordon "), NODES);
    assert_eq!(tab(&format!("kubectl drain --ignore-daemonsets {} ", NODES[0])), NODES[1..]);
    assert_eq!(tab("kubectl top nodes ip-10-0-3"), [NODES[2]]);
    assert_eq!(tab("kubectl get deployments "), ["web"]);
    assert_eq!(tab("kubectl get ns "), ["default", "kube-node-lease", "kube-public", "kube-system"]);
}

#[test]
fn namespaced_names_follow_dash_n() {
    let web = tab("kubectl get pods ");
    assert_eq!(web.len(), 3, "{web:?}");
    assert!(web.iter().all(|p| p.starts_with("web-")), "{web:?}");
    let coredns = tab("kubectl get pods -n kube-system c");
    assert_eq!(coredns.len(), 2, "{coredns:?}");
    assert!(coredns.iter().all(|p| p.starts_with("coredns-")), "{coredns:?}");
    assert_eq!(tab("kubectl -n kube-system get deploy "), ["coredns"]);
    assert_eq!(tab("kubectl get deploy --namespace=kube-system "), ["coredns"]);
    assert_eq!(tab("kubectl get deploy -nkube-system "), ["coredns"]);
    assert_eq!(tab("kubectl get deploy -A "), ["coredns", "web"]);
    assert!(tab("kubectl get pods -n nowhere ").is_empty());
    assert_eq!(tab("kubectl get lease -n kube-node-lease "), NODES);
    assert_eq!(tab("kubectl describe leases.coordination.k8s.io -n kube-node-lease ip-10-0-3"), [NODES[2]]);
    assert!(tab("kubectl get leases ").is_empty());
}

#[test]
fn type_slash_name() {
    assert_eq!(after_tab("kubectl get deploy/"), "kubectl get deploy/web ");
    assert_eq!(tab("kubectl rollout restart deployment/w"), ["deployment/web"]);
    assert_eq!(tab("kubectl rollout status deploy "), ["web"]);
    assert!(tab("kubectl rollout status pods/").is_empty());
    assert!(tab("kubectl get deploy/web ").is_empty());
}

#[test]
fn flags_of_the_command_and_kubectl() {
    assert_eq!(after_tab("kubectl drain --ig"), "kubectl drain --ignore-daemonsets ");
    assert_eq!(
        tab("kubectl get --s"),
        [
            "--selector",
            "--server",
            "--server-print",
            "--show-kind",
            "--show-labels",
            "--show-managed-fields",
            "--sort-by",
            "--subresource"
        ]
    );
    assert_eq!(tab("kubectl get --show-labels --sh"), ["--show-kind", "--show-managed-fields"]);
    assert!(tab("kubectl get -").contains(&"--namespace".to_owned()));
    assert_eq!(tab("kubectl top pod --sort-by "), ["cpu", "memory"]);
    assert_eq!(tab("kubectl --names"), ["--namespace"]);
}

#[test]
fn flag_values() {
    assert_eq!(
        tab("kubectl get nodes -o "),
        ["json", "jsonpath-as-json=", "jsonpath=", "name", "wide", "yaml"]
    );
    assert_eq!(after_tab("kubectl get nodes -o w"), "kubectl get nodes -o wide ");
    assert_eq!(after_tab("kubectl get nodes -o jsonpath"), "kubectl get nodes -o jsonpath");
    assert_eq!(after_tab("kubectl get nodes -o jsonpath="), "kubectl get nodes -o jsonpath=");
    assert_eq!(after_tab("kubectl get nodes --output=y"), "kubectl get nodes --output=yaml ");
    assert_eq!(tab("kubectl get -o wide no"), ["nodes"]);
    assert_eq!(tab("kubectl -n "), ["default", "kube-node-lease", "kube-public", "kube-system"]);
    assert_eq!(after_tab("kubectl get pods -n kube-sy"), "kubectl get pods -n kube-system ");
    assert_eq!(tab("kubectl cordon --dry-run="), ["--dry-run=client", "--dry-run=none", "--dry-run=server"]);
}

#[test]
fn aws_services_operations_and_options() {
    let shell = shell();
    let cluster = shell.cluster();
    assert_eq!(tab("aws "), ["autoscaling", "ec2", "ecs", "eks", "sts"]);
    assert_eq!(after_tab("aws sts g"), "aws sts get-caller-identity ");
    assert_eq!(
        after_tab("aws ec2 describe-instances --instance-ids i-0a"),
        "aws ec2 describe-instances --instance-ids i-0a3f5c2e8d1b47906 "
    );
    assert_eq!(
        tab("aws ec2 describe-instances --filters Name=instance-s"),
        ["Name=instance-state-name,Values="]
    );
    assert_eq!(
        tab("aws autoscaling describe-auto-scaling-groups --"),
        ["--auto-scaling-group-names", "--filters", "--output", "--region"]
    );
    let asg = tab("aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names ");
    assert_eq!(asg.len(), 1);
    assert!(asg[0].starts_with("eks-ng-general-"));
    assert_eq!(after_tab("aws ek"), "aws eks ");
    assert_eq!(tab("aws eks list-"), ["list-clusters", "list-fargate-profiles", "list-nodegroups"]);
    assert_eq!(after_tab("aws eks describe-n"), "aws eks describe-nodegroup ");
    assert_eq!(
        tab("aws eks describe-nodegroup --"),
        ["--cluster-name", "--nodegroup-name", "--output", "--region"]
    );
    assert_eq!(
        tab("aws eks describe-nodegroup --cluster-name kubelab --"),
        ["--nodegroup-name", "--output", "--region"]
    );
    assert_eq!(tab("aws eks describe-nodegroup --cluster-name "), [cluster.name.as_str()]);
    assert_eq!(tab("aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name "), ["ng-general"]);
    assert_eq!(after_tab("aws eks update-kubeconfig --name k"), "aws eks update-kubeconfig --name kubelab ");
    assert_eq!(tab("aws --region "), ["us-west-2"]);
    assert_eq!(tab("aws ecs update-container-instances-state --status D"), ["DRAINING"]);
    assert_eq!(tab("aws ecs describe-services --cluster "), [cluster.ecs().name()]);
    let services: Vec<String> = cluster.ecs().services().map(|s| s.name.clone()).collect();
    assert!(services.contains(&"web".to_owned()));
    assert_eq!(tab("aws ecs describe-services --services "), services);
    assert_eq!(tab("aws ecs update-service --service=w"), ["--service=web"]);
    let instances = tab("aws ecs describe-container-instances --container-instances ");
    assert_eq!(instances.len(), 3, "{instances:?}");
    let more = format!("aws ecs describe-container-instances --container-instances {} ", instances[0]);
    assert_eq!(tab(&more), instances);
    assert!(tab("aws s3 ").is_empty());
}

#[test]
fn built_ins() {
    assert_eq!(tab("help "), ["en", "ja"]);
    assert_eq!(after_tab("help j"), "help ja ");
    assert_eq!(tab("history -"), ["-c"]);
    assert!(tab("sleep ").is_empty());
    assert!(tab("echo ").is_empty());
}

#[test]
fn open_quotes_and_comments_complete_nothing() {
    assert!(tab("kubectl get 'no").is_empty());
    assert!(tab("kubectl get nodes # ip").is_empty());
    assert_eq!(after_tab("kubectl get \"no\""), "kubectl get nodes ");
}

#[test]
fn the_cursor_may_be_anywhere() {
    let shell = shell();
    let line = "kubectl ge nodes";
    let completion = complete(&shell, line, 10);
    assert_eq!(
        (completion.candidates.as_slice(), completion.replace.clone()),
        (&["get".to_owned()][..], 8..10)
    );
    assert_eq!(completion.apply(line), Some(("kubectl get nodes".to_owned(), 11)));
    // Past the end: from the end.
    assert_eq!(complete(&shell, "kubectl get no", 999).candidates, ["nodes"]);
    // Inside `ö` (bytes 13..15): from its start.
    let completion = complete(&shell, "kubectl get nö", 14);
    assert_eq!((completion.candidates.len(), completion.replace.clone()), (2, 12..13));
}

#[test]
fn no_line_and_no_cursor_panics() {
    let shell = shell();
    for line in [
        "",
        " ",
        "kubectl get nö ",
        "kubectl -n",
        "kubectl -",
        "kubectl --=",
        "kubectl get -o",
        "kubectl get -ö",
        "aws --",
        "aws --=x ",
        "aws eks --cluster-name",
        "日本語 'x\" \\",
        "kubectl get deploy/web/x ",
        "kubectl rollout status ,/",
    ] {
        for cursor in 0..=line.len() + 1 {
            let completion = complete(&shell, line, cursor);
            let _ = completion.apply(line);
            let _ = completion.columns(80);
        }
    }
}

#[test]
fn common_prefix_and_apply() {
    let c = |candidates: &[&str]| Completion {
        candidates: candidates.iter().map(|s| (*s).to_owned()).collect(),
        replace: 0..0,
    };
    assert_eq!(c(&[]).common_prefix(), "");
    assert_eq!(c(&["pods", "poddisruptionbudgets"]).common_prefix(), "pod");
    assert_eq!(c(&["json", "jsonpath="]).common_prefix(), "json");
    assert_eq!(c(&["ab", "abc"]).common_prefix(), "ab");
    assert_eq!(c(&["日本", "日曜"]).common_prefix(), "日");
    assert_eq!(c(&[]).apply("x"), None);
}

#[test]
fn columns_run_down_then_across_like_bash() {
    let completion = Completion {
        candidates: ["delete", "describe", "drain", "a", "b"].iter().map(|s| (*s).to_owned()).collect(),
        replace: 0..0,
    };
    // Widest is 8, so columns are 10 wide: three fit in 30.
    assert_eq!(completion.columns(30), "delete    drain     b\ndescribe  a\n");
    assert_eq!(completion.columns(5), "delete\ndescribe\ndrain\na\nb\n");
    assert_eq!(Completion::default().columns(80), "");
}

/// kubectl v1.31's own flags for each command, as `kubectl CMD --help`
/// lists them (global flags aside).
const KUBECTL_FLAGS: &[(&str, &str)] = &[
    ("get", "all-namespaces allow-missing-template-keys chunk-size field-selector filename ignore-not-found kustomize label-columns no-headers output output-watch-events raw recursive selector server-print show-kind show-labels show-managed-fields sort-by subresource template watch watch-only"),
    ("describe", "all-namespaces chunk-size filename kustomize recursive selector show-events"),
    ("cordon", "dry-run selector"),
    ("uncordon", "dry-run selector"),
    ("drain", "chunk-size delete-emptydir-data disable-eviction dry-run force grace-period ignore-daemonsets pod-selector selector skip-wait-for-delete-timeout timeout"),
    ("taint", "all allow-missing-template-keys dry-run field-manager output overwrite selector show-managed-fields template validate"),
    ("label", "all all-namespaces allow-missing-template-keys dry-run field-manager field-selector filename kustomize list local output overwrite recursive resource-version selector show-managed-fields template"),
    ("delete", "all all-namespaces cascade dry-run field-selector filename force grace-period ignore-not-found interactive kustomize now output raw recursive selector timeout wait"),
    // `--record` is deprecated, so hidden from `--help`, but still accepted.
    ("scale", "all allow-missing-template-keys current-replicas dry-run filename kustomize output record recursive replicas resource-version selector show-managed-fields template timeout"),
    ("rollout status", "filename kustomize recursive revision selector timeout watch"),
    ("rollout restart", "allow-missing-template-keys field-manager filename kustomize output recursive selector show-managed-fields template"),
    ("top node", "no-headers selector show-capacity sort-by use-protocol-buffers"),
    ("top pod", "all-namespaces containers field-selector no-headers selector sort-by sum use-protocol-buffers"),
    ("wait", "all all-namespaces allow-missing-template-keys field-selector filename for local output recursive selector show-managed-fields template timeout"),
    ("version", "client output"),
    ("cluster-info", ""),
    ("config view", "allow-missing-template-keys flatten merge minify output raw show-managed-fields template"),
    ("config current-context", ""),
    ("auth can-i", "all-namespaces list no-headers quiet subresource"),
    ("api-resources", "api-group cached categories namespaced no-headers output sort-by verbs"),
    ("explain", "api-version output recursive"),
];

/// Tab offers exactly the flags a command accepts. A command still only
/// planned (it rejects no flag) is checked once it parses its flags.
#[test]
fn flags_match_what_the_commands_accept() {
    let mut shell = Shell::new(scenario::default_cluster());
    let mut rejects = |command: &str, flag: &str| {
        shell
            .run(&format!("kubectl {command} --{flag}"))
            .stderr()
            .contains(&format!("unknown flag: --{flag}"))
    };
    for command in COMMANDS.iter().filter(|c| !matches!(c.operands, kubectl_commands::Operands::Subcommands))
    {
        let path = command.path.join(" ");
        let real = KUBECTL_FLAGS.iter().find(|(p, _)| *p == path).map(|(_, flags)| *flags);
        let real: Vec<&str> =
            real.unwrap_or_else(|| panic!("no kubectl flags listed for {path}")).split(' ').collect();
        for flag in &command.flags() {
            assert!(real.contains(&flag.long), "kubectl {path} has no --{}", flag.long);
        }
        if !rejects(&path, "no-such-flag") {
            continue;
        }
        for flag in real.iter().filter(|f| !f.is_empty()) {
            let offered = command.flags().iter().any(|f| f.long == *flag);
            assert_eq!(
                !rejects(&path, flag),
                offered,
                "kubectl {path} --{flag}: completion and the command disagree (completion/kubectl_commands.rs)"
            );
        }
    }
}

#[test]
fn without_a_kubeconfig_no_names_are_offered_until_update_kubeconfig() {
    let text =
        format!("kubeconfig none\n{}", scenario::builtin_source(scenario::DEFAULT).unwrap_or_default());
    let Ok((about, cluster)) = scenario::from_source(&text, None) else { panic!("the scenario builds") };
    let mut shell = Shell::for_scenario(&about, cluster);
    let tab = |shell: &Shell, line: &str| complete(shell, line, line.len()).candidates;
    assert!(tab(&shell, "kubectl get nodes ").is_empty());
    assert!(tab(&shell, "kubectl get pods -n ").is_empty());
    assert_eq!(tab(&shell, "kubectl get no"), ["nodes"]);
    shell.run("aws eks update-kubeconfig --name kubelab");
    assert_eq!(tab(&shell, "kubectl get nodes "), NODES);
}

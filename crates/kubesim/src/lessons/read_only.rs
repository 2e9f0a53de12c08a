//! Which command lines may serve as a goal's check: those that only read.
//! A check runs after every command and clock tick, so one that could cordon
//! a node, move the clock (`sleep`, `kubectl wait`, `get --watch`) or write
//! the kubeconfig would change what it is checking. Checks also run on a
//! copy of the world; this list makes an author's mistake an error at build
//! time rather than a check that quietly does nothing.

use crate::shell::{aws, kubectl, lexer};

/// kubectl commands that only read, by verb; `Some` lists the subcommands
/// that do.
const KUBECTL: &[(&str, Option<&[&str]>)] = &[
    ("get", None),
    ("describe", None),
    ("explain", None),
    ("api-resources", None),
    ("api-versions", None),
    ("version", None),
    ("cluster-info", None),
    ("top", None),
    ("config", Some(&["view", "current-context", "get-contexts", "get-clusters", "get-users"])),
    ("auth", Some(&["can-i", "whoami"])),
    ("rollout", Some(&["history"])),
];

/// aws operations that only read, besides every `describe-*` and `list-*`.
const AWS_READS: &[&str] = &["get-caller-identity", "get-token"];

/// kubectl get's one-letter flags that take a value: in a group such as
/// `-owide` the rest of the group is that value, not more flags.
const GET_SHORT_VALUES: &[char] = &['o', 'l', 'L', 'n', 's', 'v', 'f', 'k'];

/// Ok when `line` only reads; otherwise why not, in a sentence for the author.
pub fn check(line: &str) -> Result<(), String> {
    let words = lexer::split(line).map_err(|e| e.message())?;
    let Some((program, args)) = words.split_first() else {
        return Err("the check is empty".to_owned());
    };
    match program.as_str() {
        "kubectl" => kubectl_reads(args),
        "aws" => aws_reads(args),
        "echo" => Ok(()),
        other => Err(format!("`{other}` is not a command that only reads (use kubectl or aws)")),
    }
}

fn kubectl_reads(args: &[String]) -> Result<(), String> {
    let verb = kubectl::find_verb(args).and_then(|at| args.get(at).map(|v| (at, v.as_str())));
    let Some((at, verb)) = verb else {
        return Err("`kubectl` without a command only prints its help".to_owned());
    };
    let Some((_, subcommands)) = KUBECTL.iter().find(|(name, _)| *name == verb) else {
        return Err(format!("`kubectl {verb}` can change the cluster or move the clock"));
    };
    let rest = &args[at + 1..];
    if let Some(allowed) = subcommands {
        let sub = rest.iter().find(|a| !a.starts_with('-')).map_or("", String::as_str);
        if !allowed.contains(&sub) {
            return Err(format!("`kubectl {verb} {sub}` does not only read"));
        }
    }
    if verb == "get" && args.iter().any(|a| watches(a)) {
        return Err("`kubectl get --watch` waits for changes and moves the clock".to_owned());
    }
    Ok(())
}

/// Whether one word of `kubectl get` asks it to watch.
fn watches(word: &str) -> bool {
    if let Some(long) = word.strip_prefix("--") {
        let (name, value) = long.split_once('=').map_or((long, None), |(n, v)| (n, Some(v)));
        return matches!(name, "watch" | "watch-only") && value.is_none_or(|v| v != "false");
    }
    let Some(group) = word.strip_prefix('-') else { return false };
    for c in group.chars() {
        if c == 'w' {
            return true;
        }
        if GET_SHORT_VALUES.contains(&c) {
            return false;
        }
    }
    false
}

fn aws_reads(args: &[String]) -> Result<(), String> {
    let Some((service, operation)) = aws::service_and_operation(args) else {
        return Err("the aws command names no service and operation".to_owned());
    };
    let reads = operation.starts_with("describe-")
        || operation.starts_with("list-")
        || AWS_READS.contains(&operation.as_str());
    if reads {
        Ok(())
    } else {
        Err(format!("`aws {service} {operation}` does not only read"))
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn reading_commands_may_check() {
        for line in [
            "kubectl get node ip-10-0-1-23.us-west-2.compute.internal -o jsonpath='{.spec.unschedulable}'",
            "kubectl -n kube-system get pods -owide",
            "kubectl get pods --watch=false",
            "kubectl describe node x",
            "kubectl config current-context",
            "kubectl auth can-i get pods",
            "kubectl rollout history deployment/web",
            "aws ecs describe-container-instances --cluster kubelab --container-instances x",
            "aws --region us-west-2 eks list-nodegroups --cluster-name kubelab",
            "aws sts get-caller-identity --query Arn",
            "echo hi",
        ] {
            assert_eq!(check(line), Ok(()), "{line}");
        }
    }

    #[test]
    fn anything_that_writes_waits_or_moves_the_clock_is_refused() {
        for (line, why) in [
            ("kubectl cordon x", "`kubectl cordon` can change the cluster or move the clock"),
            ("kubectl wait --for=delete pod/x", "`kubectl wait` can change the cluster or move the clock"),
            ("kubectl rollout status deploy/web", "`kubectl rollout status` does not only read"),
            ("kubectl config use-context x", "`kubectl config use-context` does not only read"),
            ("kubectl get pods -w", "`kubectl get --watch` waits for changes and moves the clock"),
            ("kubectl get pods -Aw", "`kubectl get --watch` waits for changes and moves the clock"),
            ("kubectl get pods --watch-only", "`kubectl get --watch` waits for changes and moves the clock"),
            ("aws eks update-kubeconfig --name kubelab", "`aws eks update-kubeconfig` does not only read"),
            ("aws ecs update-service --service web", "`aws ecs update-service` does not only read"),
            ("sleep 10s", "`sleep` is not a command that only reads (use kubectl or aws)"),
            ("kubectl", "`kubectl` without a command only prints its help"),
            ("'", "bash: unexpected EOF while looking for matching `''"),
        ] {
            assert_eq!(check(line), Err(why.to_owned()), "{line}");
        }
    }
}

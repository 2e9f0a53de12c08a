//! How kubectl's per-kind rollout code (`pkg/polymorphichelpers`,
//! `pkg/apps`) refuses a kind it has no history viewer or rollbacker for.

use super::super::resource::ResourceType;

/// `schema.GroupKind.String()`: `Pod`, `ReplicaSet.apps`.
pub fn group_kind(resource: ResourceType) -> String {
    match resource.group() {
        "" => resource.kind().to_owned(),
        group => format!("{}.{group}", resource.kind()),
    }
}

/// The error for a kind with no history viewer (`what` = "history") or
/// rollbacker (`what` = "rollbacker"). The kind visitor knows pods and
/// ReplicaSets but gives them none; any other kind it does not know,
/// and says so with the Go struct's `%v`.
pub fn unsupported(resource: ResourceType, what: &str) -> String {
    let gk = group_kind(resource);
    let handler = if what == "history" { "history viewer" } else { "rollbacker" };
    match resource {
        ResourceType::Pods | ResourceType::ReplicaSets => {
            format!("no {handler} has been implemented for \"{gk}\"")
        }
        _ => format!(
            "error retrieving {what} for \"{gk}\", no visitor method exists for {{{} {}}}",
            resource.group(),
            resource.kind()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_read_as_kubectl_prints_them() {
        assert_eq!(
            unsupported(ResourceType::Pods, "history"),
            "no history viewer has been implemented for \"Pod\""
        );
        assert_eq!(
            unsupported(ResourceType::ReplicaSets, "rollbacker"),
            "no rollbacker has been implemented for \"ReplicaSet.apps\""
        );
        assert_eq!(
            unsupported(ResourceType::Services, "history"),
            "error retrieving history for \"Service\", no visitor method exists for { Service}"
        );
        assert_eq!(
            unsupported(ResourceType::PodDisruptionBudgets, "rollbacker"),
            "error retrieving rollbacker for \"PodDisruptionBudget.policy\", no visitor method exists for {policy PodDisruptionBudget}"
        );
    }
}

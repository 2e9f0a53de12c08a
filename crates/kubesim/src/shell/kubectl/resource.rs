//! Resource types as kubectl's REST mapper resolves what the user typed:
//! plural, singular, short name, `plural.group`, any letter case.

use crate::shell::printer::go_format::quote;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ResourceType {
    Nodes,
    Pods,
    Deployments,
    ReplicaSets,
    DaemonSets,
    Services,
    Endpoints,
    Events,
    Namespaces,
    PodDisruptionBudgets,
    Leases,
}

impl ResourceType {
    pub const ALL: [ResourceType; 11] = [
        ResourceType::Nodes,
        ResourceType::Pods,
        ResourceType::Deployments,
        ResourceType::ReplicaSets,
        ResourceType::DaemonSets,
        ResourceType::Services,
        ResourceType::Endpoints,
        ResourceType::Events,
        ResourceType::Namespaces,
        ResourceType::PodDisruptionBudgets,
        ResourceType::Leases,
    ];

    /// What `kubectl get all` lists, in the order it prints them (the
    /// simulated types of the `all` category).
    pub const ALL_CATEGORY: [ResourceType; 5] = [
        ResourceType::Pods,
        ResourceType::Services,
        ResourceType::DaemonSets,
        ResourceType::Deployments,
        ResourceType::ReplicaSets,
    ];

    /// Plural, singular, then short names, as discovery offers them.
    pub const fn names(self) -> &'static [&'static str] {
        match self {
            ResourceType::Nodes => &["nodes", "node", "no"],
            ResourceType::Pods => &["pods", "pod", "po"],
            ResourceType::Deployments => &["deployments", "deployment", "deploy"],
            ResourceType::ReplicaSets => &["replicasets", "replicaset", "rs"],
            ResourceType::DaemonSets => &["daemonsets", "daemonset", "ds"],
            ResourceType::Services => &["services", "service", "svc"],
            ResourceType::Endpoints => &["endpoints", "ep"],
            ResourceType::Events => &["events", "event", "ev"],
            ResourceType::Namespaces => &["namespaces", "namespace", "ns"],
            ResourceType::PodDisruptionBudgets => &["poddisruptionbudgets", "poddisruptionbudget", "pdb"],
            ResourceType::Leases => &["leases", "lease"],
        }
    }

    /// The type's API group ("" for the core group).
    pub const fn group(self) -> &'static str {
        match self {
            ResourceType::Deployments | ResourceType::ReplicaSets | ResourceType::DaemonSets => "apps",
            ResourceType::PodDisruptionBudgets => "policy",
            ResourceType::Leases => "coordination.k8s.io",
            _ => "",
        }
    }

    /// `apiVersion` of the objects.
    pub const fn api_version(self) -> &'static str {
        match self {
            ResourceType::Deployments | ResourceType::ReplicaSets | ResourceType::DaemonSets => "apps/v1",
            ResourceType::PodDisruptionBudgets => "policy/v1",
            ResourceType::Leases => "coordination.k8s.io/v1",
            _ => "v1",
        }
    }

    pub const fn kind(self) -> &'static str {
        match self {
            ResourceType::Nodes => "Node",
            ResourceType::Pods => "Pod",
            ResourceType::Deployments => "Deployment",
            ResourceType::ReplicaSets => "ReplicaSet",
            ResourceType::DaemonSets => "DaemonSet",
            ResourceType::Services => "Service",
            ResourceType::Endpoints => "Endpoints",
            ResourceType::Events => "Event",
            ResourceType::Namespaces => "Namespace",
            ResourceType::PodDisruptionBudgets => "PodDisruptionBudget",
            ResourceType::Leases => "Lease",
        }
    }

    pub const fn namespaced(self) -> bool {
        !matches!(self, ResourceType::Nodes | ResourceType::Namespaces)
    }

    pub fn resolve(typed: &str) -> Option<ResourceType> {
        let typed = typed.to_lowercase();
        let (name, group) = match typed.split_once('.') {
            Some((name, group)) => (name, Some(group)),
            None => (typed.as_str(), None),
        };
        Self::ALL.into_iter().find(|t| {
            t.names().contains(&name)
                && group.is_none_or(|g| {
                    let full = t.group();
                    // `deployments.apps`, `deployments.apps.v1`... and the
                    // core group spelled out as `pods.v1`.
                    g == full
                        || g.strip_prefix(full).is_some_and(|v| v.starts_with('.'))
                        || (full.is_empty() && g == "v1")
                })
        })
    }

    /// Whether `typed` names a built-in Kubernetes type the simulation does
    /// not model, so the shell can say so instead of claiming the API
    /// server lacks it.
    pub fn is_unmodelled_builtin(typed: &str) -> bool {
        const BUILTIN: &[&str] = &[
            "configmaps",
            "configmap",
            "cm",
            "secrets",
            "secret",
            "serviceaccounts",
            "serviceaccount",
            "sa",
            "statefulsets",
            "statefulset",
            "sts",
            "jobs",
            "job",
            "cronjobs",
            "cronjob",
            "cj",
            "ingresses",
            "ingress",
            "ing",
            "persistentvolumeclaims",
            "persistentvolumeclaim",
            "pvc",
            "persistentvolumes",
            "persistentvolume",
            "pv",
            "horizontalpodautoscalers",
            "horizontalpodautoscaler",
            "hpa",
            "endpointslices",
            "endpointslice",
            "storageclasses",
            "storageclass",
            "sc",
            "customresourcedefinitions",
            "customresourcedefinition",
            "crd",
            "crds",
            "roles",
            "rolebindings",
            "clusterroles",
            "clusterrolebindings",
            "networkpolicies",
            "netpol",
            "limitranges",
            "limits",
            "resourcequotas",
            "quota",
            "priorityclasses",
            "pc",
        ];
        BUILTIN.contains(&typed.to_lowercase().as_str())
    }

    /// The resource name used in API errors: `nodes "x" not found`,
    /// `deployments.apps "x" not found`.
    pub fn qualified_plural(self) -> String {
        match self.group() {
            "" => self.names()[0].to_owned(),
            group => format!("{}.{group}", self.names()[0]),
        }
    }

    /// The API server's NotFound error for an object of this type, as
    /// kubectl prints it: `Error from server (NotFound): pods "x" not found`.
    pub fn not_found(self, name: &str) -> String {
        format!("Error from server (NotFound): {} {} not found", self.qualified_plural(), quote(name))
    }

    /// The plural resource name (`nodes`, `deployments`).
    pub const fn plural(self) -> &'static str {
        self.names()[0]
    }

    /// How the name printer and multi-kind tables prefix names:
    /// `node/ip-…`, `deployment.apps/web`.
    pub fn qualified_kind(self) -> String {
        let kind = self.kind().to_lowercase();
        match self.group() {
            "" => kind,
            group => format!("{kind}.{group}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_singular_short_and_any_case() {
        for typed in ["nodes", "node", "no", "NODES", "Node"] {
            assert_eq!(ResourceType::resolve(typed), Some(ResourceType::Nodes), "{typed}");
        }
        assert_eq!(ResourceType::resolve("nodez"), None);
        assert_eq!(ResourceType::resolve("deploy"), Some(ResourceType::Deployments));
        assert_eq!(ResourceType::resolve("PDB"), Some(ResourceType::PodDisruptionBudgets));
    }

    #[test]
    fn group_qualified_names() {
        assert_eq!(ResourceType::resolve("deployments.apps"), Some(ResourceType::Deployments));
        assert_eq!(ResourceType::resolve("deployments.apps.v1"), Some(ResourceType::Deployments));
        assert_eq!(ResourceType::resolve("pods.v1"), Some(ResourceType::Pods));
        assert_eq!(ResourceType::resolve("deployments.policy"), None);
        assert_eq!(ResourceType::resolve("leases.coordination.k8s.io"), Some(ResourceType::Leases));
        assert_eq!(ResourceType::resolve("lease.v1.coordination.k8s.io"), None);
    }

    #[test]
    fn names_in_messages() {
        assert_eq!(ResourceType::Deployments.qualified_plural(), "deployments.apps");
        assert_eq!(ResourceType::Nodes.qualified_plural(), "nodes");
        assert_eq!(ResourceType::Deployments.qualified_kind(), "deployment.apps");
        assert_eq!(ResourceType::Pods.qualified_kind(), "pod");
    }
}

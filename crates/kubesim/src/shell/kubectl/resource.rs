//! Resource types as kubectl's REST mapper resolves what the user typed:
//! plural, singular, short name, any letter case.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResourceType {
    Nodes,
}

impl ResourceType {
    /// Every name the API server's discovery offers for the type.
    const fn names(self) -> &'static [&'static str] {
        match self {
            ResourceType::Nodes => &["nodes", "node", "no"],
        }
    }

    const ALL: [ResourceType; 1] = [ResourceType::Nodes];

    pub fn resolve(typed: &str) -> Option<ResourceType> {
        let typed = typed.to_lowercase();
        Self::ALL.into_iter().find(|t| t.names().contains(&typed.as_str()))
    }

    /// Whether `typed` names a built-in Kubernetes type the simulation does
    /// not model yet, so the shell can say so instead of claiming the API
    /// server lacks it.
    pub fn is_unmodelled_builtin(typed: &str) -> bool {
        const BUILTIN: &[&str] = &[
            "pods",
            "pod",
            "po",
            "deployments",
            "deployment",
            "deploy",
            "replicasets",
            "replicaset",
            "rs",
            "daemonsets",
            "daemonset",
            "ds",
            "services",
            "service",
            "svc",
            "endpoints",
            "ep",
            "events",
            "event",
            "ev",
            "namespaces",
            "namespace",
            "ns",
            "poddisruptionbudgets",
            "poddisruptionbudget",
            "pdb",
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
            "all",
        ];
        BUILTIN.contains(&typed.to_lowercase().as_str())
    }

    /// The plural resource name used in API errors (`nodes "x" not found`).
    pub const fn plural(self) -> &'static str {
        self.names()[0]
    }

    /// The lower-case kind used in `kind/name` output (`node/ip-…`).
    pub const fn kind_lower(self) -> &'static str {
        match self {
            ResourceType::Nodes => "node",
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
    }
}

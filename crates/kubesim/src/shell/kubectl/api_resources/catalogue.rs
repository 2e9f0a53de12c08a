//! What API discovery offers on the simulated cluster: an EKS 1.30 API
//! server with its default API versions, metrics-server (which `kubectl top`
//! relies on) and the CRDs a fresh EKS cluster has.
//!
//! Built-in resources: Kubernetes' discovery documents
//! (`api/discovery/*.json` in kubernetes/kubernetes) for the groups and
//! versions `pkg/controlplane` enables by default in 1.30: no alpha or
//! disabled beta versions, flowcontrol v1beta3 still served, Services
//! without `deletecollection` (added in 1.31). The CRDs: the VPC CNI's
//! `eniconfigs.crd.k8s.amazonaws.com`, its network policy agent's
//! `policyendpoints.networking.k8s.aws`, and the VPC resource controller's
//! `securitygrouppolicies` and `cninodes` in `vpcresources.k8s.aws`, as
//! their CRD manifests define them.

/// One resource as `kubectl api-resources` lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiResource {
    pub name: &'static str,
    pub singular: &'static str,
    pub short_names: &'static [&'static str],
    /// Empty for the core group.
    pub group: &'static str,
    /// The group's preferred version, which discovery lists the resource at.
    pub version: &'static str,
    pub namespaced: bool,
    pub kind: &'static str,
    pub verbs: &'static [&'static str],
    pub categories: &'static [&'static str],
}

impl ApiResource {
    /// `v1`, `apps/v1`.
    pub fn group_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_owned()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// Whether `typed` (already lower case) names this resource.
    pub fn is_named(&self, typed: &str) -> bool {
        typed == self.name || typed == self.singular || self.short_names.contains(&typed)
    }
}

/// The verbs of an ordinary built-in resource, as the API server sorts them.
const STANDARD: &[&str] =
    &["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
/// Namespaces (and, before 1.31, Services) cannot be deleted as a collection.
const NO_COLLECTION_DELETE: &[&str] = &["create", "delete", "get", "list", "patch", "update", "watch"];
/// Reviews and bindings are only ever created.
const CREATE: &[&str] = &["create"];
const READ: &[&str] = &["get", "list"];
/// The apiextensions server lists a custom resource's verbs in this order.
const CUSTOM: &[&str] = &["delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"];

const ALL: &[&str] = &["all"];
const API_EXTENSIONS: &[&str] = &["api-extensions"];

#[allow(clippy::too_many_arguments)]
const fn r(
    name: &'static str,
    singular: &'static str,
    short_names: &'static [&'static str],
    group: &'static str,
    version: &'static str,
    namespaced: bool,
    kind: &'static str,
    verbs: &'static [&'static str],
    categories: &'static [&'static str],
) -> ApiResource {
    ApiResource { name, singular, short_names, group, version, namespaced, kind, verbs, categories }
}

/// Every resource, sorted by group and then name as `api-resources` prints
/// them.
#[rustfmt::skip]
pub const RESOURCES: &[ApiResource] = &[
    r("bindings", "binding", &[], "", "v1", true, "Binding", CREATE, &[]),
    r("componentstatuses", "componentstatus", &["cs"], "", "v1", false, "ComponentStatus", READ, &[]),
    r("configmaps", "configmap", &["cm"], "", "v1", true, "ConfigMap", STANDARD, &[]),
    r("endpoints", "endpoints", &["ep"], "", "v1", true, "Endpoints", STANDARD, &[]),
    r("events", "event", &["ev"], "", "v1", true, "Event", STANDARD, &[]),
    r("limitranges", "limitrange", &["limits"], "", "v1", true, "LimitRange", STANDARD, &[]),
    r("namespaces", "namespace", &["ns"], "", "v1", false, "Namespace", NO_COLLECTION_DELETE, &[]),
    r("nodes", "node", &["no"], "", "v1", false, "Node", STANDARD, &[]),
    r("persistentvolumeclaims", "persistentvolumeclaim", &["pvc"], "", "v1", true, "PersistentVolumeClaim", STANDARD, &[]),
    r("persistentvolumes", "persistentvolume", &["pv"], "", "v1", false, "PersistentVolume", STANDARD, &[]),
    r("pods", "pod", &["po"], "", "v1", true, "Pod", STANDARD, ALL),
    r("podtemplates", "podtemplate", &[], "", "v1", true, "PodTemplate", STANDARD, &[]),
    r("replicationcontrollers", "replicationcontroller", &["rc"], "", "v1", true, "ReplicationController", STANDARD, ALL),
    r("resourcequotas", "resourcequota", &["quota"], "", "v1", true, "ResourceQuota", STANDARD, &[]),
    r("secrets", "secret", &[], "", "v1", true, "Secret", STANDARD, &[]),
    r("serviceaccounts", "serviceaccount", &["sa"], "", "v1", true, "ServiceAccount", STANDARD, &[]),
    r("services", "service", &["svc"], "", "v1", true, "Service", NO_COLLECTION_DELETE, ALL),
    r("mutatingwebhookconfigurations", "mutatingwebhookconfiguration", &[], "admissionregistration.k8s.io", "v1", false, "MutatingWebhookConfiguration", STANDARD, API_EXTENSIONS),
    r("validatingadmissionpolicies", "validatingadmissionpolicy", &[], "admissionregistration.k8s.io", "v1", false, "ValidatingAdmissionPolicy", STANDARD, API_EXTENSIONS),
    r("validatingadmissionpolicybindings", "validatingadmissionpolicybinding", &[], "admissionregistration.k8s.io", "v1", false, "ValidatingAdmissionPolicyBinding", STANDARD, API_EXTENSIONS),
    r("validatingwebhookconfigurations", "validatingwebhookconfiguration", &[], "admissionregistration.k8s.io", "v1", false, "ValidatingWebhookConfiguration", STANDARD, API_EXTENSIONS),
    r("customresourcedefinitions", "customresourcedefinition", &["crd", "crds"], "apiextensions.k8s.io", "v1", false, "CustomResourceDefinition", STANDARD, API_EXTENSIONS),
    r("apiservices", "apiservice", &[], "apiregistration.k8s.io", "v1", false, "APIService", STANDARD, API_EXTENSIONS),
    r("controllerrevisions", "controllerrevision", &[], "apps", "v1", true, "ControllerRevision", STANDARD, &[]),
    r("daemonsets", "daemonset", &["ds"], "apps", "v1", true, "DaemonSet", STANDARD, ALL),
    r("deployments", "deployment", &["deploy"], "apps", "v1", true, "Deployment", STANDARD, ALL),
    r("replicasets", "replicaset", &["rs"], "apps", "v1", true, "ReplicaSet", STANDARD, ALL),
    r("statefulsets", "statefulset", &["sts"], "apps", "v1", true, "StatefulSet", STANDARD, ALL),
    r("selfsubjectreviews", "selfsubjectreview", &[], "authentication.k8s.io", "v1", false, "SelfSubjectReview", CREATE, &[]),
    r("tokenreviews", "tokenreview", &[], "authentication.k8s.io", "v1", false, "TokenReview", CREATE, &[]),
    r("localsubjectaccessreviews", "localsubjectaccessreview", &[], "authorization.k8s.io", "v1", true, "LocalSubjectAccessReview", CREATE, &[]),
    r("selfsubjectaccessreviews", "selfsubjectaccessreview", &[], "authorization.k8s.io", "v1", false, "SelfSubjectAccessReview", CREATE, &[]),
    r("selfsubjectrulesreviews", "selfsubjectrulesreview", &[], "authorization.k8s.io", "v1", false, "SelfSubjectRulesReview", CREATE, &[]),
    r("subjectaccessreviews", "subjectaccessreview", &[], "authorization.k8s.io", "v1", false, "SubjectAccessReview", CREATE, &[]),
    r("horizontalpodautoscalers", "horizontalpodautoscaler", &["hpa"], "autoscaling", "v2", true, "HorizontalPodAutoscaler", STANDARD, ALL),
    r("cronjobs", "cronjob", &["cj"], "batch", "v1", true, "CronJob", STANDARD, ALL),
    r("jobs", "job", &[], "batch", "v1", true, "Job", STANDARD, ALL),
    r("certificatesigningrequests", "certificatesigningrequest", &["csr"], "certificates.k8s.io", "v1", false, "CertificateSigningRequest", STANDARD, &[]),
    r("leases", "lease", &[], "coordination.k8s.io", "v1", true, "Lease", STANDARD, &[]),
    r("eniconfigs", "eniconfig", &[], "crd.k8s.amazonaws.com", "v1alpha1", false, "ENIConfig", CUSTOM, &[]),
    r("endpointslices", "endpointslice", &[], "discovery.k8s.io", "v1", true, "EndpointSlice", STANDARD, &[]),
    r("events", "event", &["ev"], "events.k8s.io", "v1", true, "Event", STANDARD, &[]),
    r("flowschemas", "flowschema", &[], "flowcontrol.apiserver.k8s.io", "v1", false, "FlowSchema", STANDARD, &[]),
    r("prioritylevelconfigurations", "prioritylevelconfiguration", &[], "flowcontrol.apiserver.k8s.io", "v1", false, "PriorityLevelConfiguration", STANDARD, &[]),
    r("nodes", "", &[], "metrics.k8s.io", "v1beta1", false, "NodeMetrics", READ, &[]),
    r("pods", "", &[], "metrics.k8s.io", "v1beta1", true, "PodMetrics", READ, &[]),
    r("policyendpoints", "policyendpoint", &[], "networking.k8s.aws", "v1alpha1", true, "PolicyEndpoint", CUSTOM, &[]),
    r("ingressclasses", "ingressclass", &[], "networking.k8s.io", "v1", false, "IngressClass", STANDARD, &[]),
    r("ingresses", "ingress", &["ing"], "networking.k8s.io", "v1", true, "Ingress", STANDARD, &[]),
    r("networkpolicies", "networkpolicy", &["netpol"], "networking.k8s.io", "v1", true, "NetworkPolicy", STANDARD, &[]),
    r("runtimeclasses", "runtimeclass", &[], "node.k8s.io", "v1", false, "RuntimeClass", STANDARD, &[]),
    r("poddisruptionbudgets", "poddisruptionbudget", &["pdb"], "policy", "v1", true, "PodDisruptionBudget", STANDARD, &[]),
    r("clusterrolebindings", "clusterrolebinding", &[], "rbac.authorization.k8s.io", "v1", false, "ClusterRoleBinding", STANDARD, &[]),
    r("clusterroles", "clusterrole", &[], "rbac.authorization.k8s.io", "v1", false, "ClusterRole", STANDARD, &[]),
    r("rolebindings", "rolebinding", &[], "rbac.authorization.k8s.io", "v1", true, "RoleBinding", STANDARD, &[]),
    r("roles", "role", &[], "rbac.authorization.k8s.io", "v1", true, "Role", STANDARD, &[]),
    r("priorityclasses", "priorityclass", &["pc"], "scheduling.k8s.io", "v1", false, "PriorityClass", STANDARD, &[]),
    r("csidrivers", "csidriver", &[], "storage.k8s.io", "v1", false, "CSIDriver", STANDARD, &[]),
    r("csinodes", "csinode", &[], "storage.k8s.io", "v1", false, "CSINode", STANDARD, &[]),
    r("csistoragecapacities", "csistoragecapacity", &[], "storage.k8s.io", "v1", true, "CSIStorageCapacity", STANDARD, &[]),
    r("storageclasses", "storageclass", &["sc"], "storage.k8s.io", "v1", false, "StorageClass", STANDARD, &[]),
    r("volumeattachments", "volumeattachment", &[], "storage.k8s.io", "v1", false, "VolumeAttachment", STANDARD, &[]),
    r("cninodes", "cninode", &["cnd"], "vpcresources.k8s.aws", "v1alpha1", false, "CNINode", CUSTOM, &[]),
    r("securitygrouppolicies", "securitygrouppolicy", &["sgp"], "vpcresources.k8s.aws", "v1beta1", true, "SecurityGroupPolicy", CUSTOM, &[]),
];

/// Every group/version served, including versions that are not preferred
/// (`autoscaling/v1`, `flowcontrol.apiserver.k8s.io/v1beta3`), sorted as
/// `kubectl api-versions` prints them.
pub const API_VERSIONS: &[&str] = &[
    "admissionregistration.k8s.io/v1",
    "apiextensions.k8s.io/v1",
    "apiregistration.k8s.io/v1",
    "apps/v1",
    "authentication.k8s.io/v1",
    "authorization.k8s.io/v1",
    "autoscaling/v1",
    "autoscaling/v2",
    "batch/v1",
    "certificates.k8s.io/v1",
    "coordination.k8s.io/v1",
    "crd.k8s.amazonaws.com/v1alpha1",
    "discovery.k8s.io/v1",
    "events.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1beta3",
    "metrics.k8s.io/v1beta1",
    "networking.k8s.aws/v1alpha1",
    "networking.k8s.io/v1",
    "node.k8s.io/v1",
    "policy/v1",
    "rbac.authorization.k8s.io/v1",
    "scheduling.k8s.io/v1",
    "storage.k8s.io/v1",
    "v1",
    "vpcresources.k8s.aws/v1alpha1",
    "vpcresources.k8s.aws/v1beta1",
];

/// The resource a name resolves to, as kubectl's REST mapper finds it:
/// plural, singular or short name in any case, optionally `.group`
/// qualified (`deployments.apps`) or `.version.group` (`deployments.v1.apps`).
/// Where two groups serve a name, the earlier group in discovery wins (the
/// core group for `events`, `nodes`, `pods`).
pub fn resolve(typed: &str) -> Option<&'static ApiResource> {
    let typed = typed.to_lowercase();
    let (name, qualifier) = match typed.split_once('.') {
        Some((name, qualifier)) => (name, Some(qualifier)),
        None => (typed.as_str(), None),
    };
    RESOURCES.iter().find(|r| {
        r.is_named(name)
            && qualifier.is_none_or(|q| {
                q == r.group
                    || q.strip_prefix(r.version).and_then(|g| g.strip_prefix('.')) == Some(r.group)
                    || (r.group.is_empty() && q == r.version)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_in_printing_order() {
        let keys: Vec<(&str, &str)> = RESOURCES.iter().map(|r| (r.group, r.name)).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        let mut versions = API_VERSIONS.to_vec();
        versions.sort();
        assert_eq!(versions, API_VERSIONS);
    }

    #[test]
    fn every_preferred_version_is_served() {
        for r in RESOURCES {
            assert!(API_VERSIONS.contains(&r.group_version().as_str()), "{}", r.name);
        }
    }

    #[test]
    fn names_resolve_as_the_rest_mapper_does() {
        assert_eq!(resolve("PO").map(|r| r.kind), Some("Pod"));
        assert_eq!(resolve("deploy").map(|r| r.group), Some("apps"));
        assert_eq!(resolve("deployments.v1.apps").map(|r| r.kind), Some("Deployment"));
        assert_eq!(resolve("events").map(|r| r.group), Some(""));
        assert_eq!(resolve("events.events.k8s.io").map(|r| r.group), Some("events.k8s.io"));
        assert_eq!(resolve("sgp").map(|r| r.kind), Some("SecurityGroupPolicy"));
        assert_eq!(resolve("nodes.metrics.k8s.io").map(|r| r.kind), Some("NodeMetrics"));
        assert_eq!(resolve("nope"), None);
    }
}

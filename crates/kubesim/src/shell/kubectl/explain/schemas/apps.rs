//! The Kubernetes 1.30 OpenAPI schemas of apps/v1 that `kubectl explain`
//! can show: type descriptions, and for each field its type as explain
//! prints it, whether it is required, its enum values and its description,
//! all as the API server publishes them.

use super::{f, Schema};

#[rustfmt::skip]
pub const SCHEMAS: &[Schema] = &[
    Schema { name: "Deployment", description: "Deployment enables declarative updates for Pods and ReplicaSets.", fields: &[
        f("apiVersion", "string", false, &[], None, "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"),
        f("kind", "string", false, &[], None, "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"),
        f("metadata", "ObjectMeta", false, &[], Some("ObjectMeta"), "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
        f("spec", "DeploymentSpec", false, &[], Some("DeploymentSpec"), "Specification of the desired behavior of the Deployment."),
        f("status", "DeploymentStatus", false, &[], Some("DeploymentStatus"), "Most recently observed status of the Deployment."),
    ] },
    Schema { name: "DeploymentSpec", description: "DeploymentSpec is the specification of the desired behavior of the Deployment.", fields: &[
        f("minReadySeconds", "integer", false, &[], None, "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)"),
        f("paused", "boolean", false, &[], None, "Indicates that the deployment is paused."),
        f("progressDeadlineSeconds", "integer", false, &[], None, "The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s."),
        f("replicas", "integer", false, &[], None, "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1."),
        f("revisionHistoryLimit", "integer", false, &[], None, "The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10."),
        f("selector", "LabelSelector", true, &[], Some("LabelSelector"), "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels."),
        f("strategy", "DeploymentStrategy", false, &[], Some("DeploymentStrategy"), "The deployment strategy to use to replace existing pods with new ones."),
        f("template", "PodTemplateSpec", true, &[], Some("PodTemplateSpec"), "Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is \"Always\"."),
    ] },
    Schema { name: "DeploymentStatus", description: "DeploymentStatus is the most recently observed status of the Deployment.", fields: &[
        f("availableReplicas", "integer", false, &[], None, "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
        f("collisionCount", "integer", false, &[], None, "Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet."),
        f("conditions", "[]DeploymentCondition", false, &[], Some("DeploymentCondition"), "Represents the latest available observations of a deployment's current state."),
        f("observedGeneration", "integer", false, &[], None, "The generation observed by the deployment controller."),
        f("readyReplicas", "integer", false, &[], None, "readyReplicas is the number of pods targeted by this Deployment with a Ready Condition."),
        f("replicas", "integer", false, &[], None, "Total number of non-terminated pods targeted by this deployment (their labels match the selector)."),
        f("unavailableReplicas", "integer", false, &[], None, "Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created."),
        f("updatedReplicas", "integer", false, &[], None, "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
    ] },
    Schema { name: "DeploymentStrategy", description: "DeploymentStrategy describes how to replace existing pods with new ones.", fields: &[
        f("rollingUpdate", "RollingUpdateDeployment", false, &[], Some("RollingUpdateDeployment"), "Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate."),
        f("type", "string", false, &["Recreate", "RollingUpdate"], None, "Type of deployment. Can be \"Recreate\" or \"RollingUpdate\". Default is RollingUpdate.\n\nPossible enum values:\n - `\"Recreate\"` Kill all existing pods before creating new ones.\n - `\"RollingUpdate\"` Replace the old ReplicaSets by new one using rolling update i.e gradually scale down the old ReplicaSets and scale up the new one."),
    ] },
    Schema { name: "RollingUpdateDeployment", description: "Spec to control the desired behavior of rolling update.", fields: &[
        f("maxSurge", "IntOrString", false, &[], Some("IntOrString"), "The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods."),
        f("maxUnavailable", "IntOrString", false, &[], Some("IntOrString"), "The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods."),
    ] },
    Schema { name: "DeploymentCondition", description: "DeploymentCondition describes the state of a deployment at a certain point.", fields: &[
        f("lastTransitionTime", "string", false, &[], Some("Time"), "Last time the condition transitioned from one status to another."),
        f("lastUpdateTime", "string", false, &[], Some("Time"), "The last time this condition was updated."),
        f("message", "string", false, &[], None, "A human readable message indicating details about the transition."),
        f("reason", "string", false, &[], None, "The reason for the condition's last transition."),
        f("status", "string", true, &[], None, "Status of the condition, one of True, False, Unknown."),
        f("type", "string", true, &[], None, "Type of deployment condition."),
    ] },
    Schema { name: "ReplicaSet", description: "ReplicaSet ensures that a specified number of pod replicas are running at any given time.", fields: &[
        f("apiVersion", "string", false, &[], None, "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"),
        f("kind", "string", false, &[], None, "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"),
        f("metadata", "ObjectMeta", false, &[], Some("ObjectMeta"), "If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
        f("spec", "ReplicaSetSpec", false, &[], Some("ReplicaSetSpec"), "Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"),
        f("status", "ReplicaSetStatus", false, &[], Some("ReplicaSetStatus"), "Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"),
    ] },
    Schema { name: "ReplicaSetSpec", description: "ReplicaSetSpec is the specification of a ReplicaSet.", fields: &[
        f("minReadySeconds", "integer", false, &[], None, "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)"),
        f("replicas", "integer", false, &[], None, "Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller"),
        f("selector", "LabelSelector", true, &[], Some("LabelSelector"), "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"),
        f("template", "PodTemplateSpec", false, &[], Some("PodTemplateSpec"), "Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template"),
    ] },
    Schema { name: "ReplicaSetStatus", description: "ReplicaSetStatus represents the current status of a ReplicaSet.", fields: &[
        f("availableReplicas", "integer", false, &[], None, "The number of available replicas (ready for at least minReadySeconds) for this replica set."),
        f("conditions", "[]ReplicaSetCondition", false, &[], Some("ReplicaSetCondition"), "Represents the latest available observations of a replica set's current state."),
        f("fullyLabeledReplicas", "integer", false, &[], None, "The number of pods that have labels matching the labels of the pod template of the replicaset."),
        f("observedGeneration", "integer", false, &[], None, "ObservedGeneration reflects the generation of the most recently observed ReplicaSet."),
        f("readyReplicas", "integer", false, &[], None, "readyReplicas is the number of pods targeted by this ReplicaSet with a Ready Condition."),
        f("replicas", "integer", true, &[], None, "Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller"),
    ] },
    Schema { name: "DaemonSet", description: "DaemonSet represents the configuration of a daemon set.", fields: &[
        f("apiVersion", "string", false, &[], None, "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"),
        f("kind", "string", false, &[], None, "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"),
        f("metadata", "ObjectMeta", false, &[], Some("ObjectMeta"), "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
        f("spec", "DaemonSetSpec", false, &[], Some("DaemonSetSpec"), "The desired behavior of this daemon set. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"),
        f("status", "DaemonSetStatus", false, &[], Some("DaemonSetStatus"), "The current status of this daemon set. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"),
    ] },
    Schema { name: "DaemonSetSpec", description: "DaemonSetSpec is the specification of a daemon set.", fields: &[
        f("minReadySeconds", "integer", false, &[], None, "The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)."),
        f("revisionHistoryLimit", "integer", false, &[], None, "The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10."),
        f("selector", "LabelSelector", true, &[], Some("LabelSelector"), "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"),
        f("template", "PodTemplateSpec", true, &[], Some("PodTemplateSpec"), "An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template's node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is \"Always\". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template"),
        f("updateStrategy", "DaemonSetUpdateStrategy", false, &[], Some("DaemonSetUpdateStrategy"), "An update strategy to replace existing DaemonSet pods with new pods."),
    ] },
    Schema { name: "DaemonSetStatus", description: "DaemonSetStatus represents the current status of a daemon set.", fields: &[
        f("collisionCount", "integer", false, &[], None, "Count of hash collisions for the DaemonSet. The DaemonSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision."),
        f("conditions", "[]DaemonSetCondition", false, &[], Some("DaemonSetCondition"), "Represents the latest available observations of a DaemonSet's current state."),
        f("currentNumberScheduled", "integer", true, &[], None, "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/"),
        f("desiredNumberScheduled", "integer", true, &[], None, "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/"),
        f("numberAvailable", "integer", false, &[], None, "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)"),
        f("numberMisscheduled", "integer", true, &[], None, "The number of nodes that are running the daemon pod, but are not supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/"),
        f("numberReady", "integer", true, &[], None, "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition."),
        f("numberUnavailable", "integer", false, &[], None, "The number of nodes that should be running the daemon pod and have none of the daemon pod running and available (ready for at least spec.minReadySeconds)"),
        f("observedGeneration", "integer", false, &[], None, "The most recent generation observed by the daemon set controller."),
        f("updatedNumberScheduled", "integer", false, &[], None, "The total number of nodes that are running updated daemon pod"),
    ] },
    Schema { name: "DaemonSetUpdateStrategy", description: "DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.", fields: &[
        f("rollingUpdate", "RollingUpdateDaemonSet", false, &[], Some("RollingUpdateDaemonSet"), "Rolling update config params. Present only if type = \"RollingUpdate\"."),
        f("type", "string", false, &["OnDelete", "RollingUpdate"], None, "Type of daemon set update. Can be \"RollingUpdate\" or \"OnDelete\". Default is RollingUpdate.\n\nPossible enum values:\n - `\"OnDelete\"` Replace the old daemons only when it's killed\n - `\"RollingUpdate\"` Replace the old daemons by new ones using rolling update i.e replace them on each node one after the other."),
    ] },
    Schema { name: "RollingUpdateDaemonSet", description: "Spec to control the desired behavior of daemon set rolling update.", fields: &[
        f("maxSurge", "IntOrString", false, &[], Some("IntOrString"), "The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod during during an update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up to a minimum of 1. Default value is 0. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their a new pod created before the old pod is marked as deleted. The update starts by launching new pods on 30% of nodes. Once an updated pod is available (Ready for at least minReadySeconds) the old DaemonSet pod on that node is marked deleted. If the old pod becomes unavailable for any reason (Ready transitions to false, is evicted, or is drained) an updated pod is immediatedly created on that node without considering surge limits. Allowing surge implies the possibility that the resources consumed by the daemonset on any given node can double if the readiness check fails, and so resource intensive daemonsets should take into account that they may cause evictions during disruption."),
        f("maxUnavailable", "IntOrString", false, &[], Some("IntOrString"), "The maximum number of DaemonSet pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of total number of DaemonSet pods at the start of the update (ex: 10%). Absolute number is calculated from percentage by rounding up. This cannot be 0 if MaxSurge is 0 Default value is 1. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their pods stopped for an update at any given time. The update starts by stopping at most 30% of those DaemonSet pods and then brings up new DaemonSet pods in their place. Once the new pods are available, it then proceeds onto other DaemonSet pods, thus ensuring that at least 70% of original number of DaemonSet pods are available at all times during the update."),
    ] },
];

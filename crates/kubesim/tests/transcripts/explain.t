# kubectl explain (pkg/explain/v2, plaintext template) from the 1.30 OpenAPI schemas: a tab between a field and
# its type, descriptions wrapped at 76 columns and indented, a line of four spaces closing each description.
# A missing field is reported after the KIND header, naming the last field asked for.

$ kubectl explain pods
> KIND:       Pod
> VERSION:    v1
>
> DESCRIPTION:
>     Pod is a collection of containers that can run on a host. This resource is
>     created by clients and scheduled onto hosts.
>     
> FIELDS:
>   apiVersion	<string>
>     APIVersion defines the versioned schema of this representation of an object.
>     Servers should convert recognized schemas to the latest internal value, and
>     may reject unrecognized values. More info:
>     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
>
>   kind	<string>
>     Kind is a string value representing the REST resource this object
>     represents. Servers may infer this from the endpoint the client submits
>     requests to. Cannot be updated. In CamelCase. More info:
>     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
>
>   metadata	<ObjectMeta>
>     Standard object's metadata. More info:
>     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
>
>   spec	<PodSpec>
>     Specification of the desired behavior of the pod. More info:
>     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
>
>   status	<PodStatus>
>     Most recently observed status of the pod. This data may not be up to date.
>     Populated by the system. Read-only. More info:
>     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
>
>

$ kubectl explain deployment.spec.replicas
> GROUP:      apps
> KIND:       Deployment
> VERSION:    v1
>
> FIELD: replicas <integer>
>
>
> DESCRIPTION:
>     Number of desired pods. This is a pointer to distinguish between explicit
>     zero and not specified. Defaults to 1.
>     
>

$ kubectl explain deployments.apps.spec.strategy
> GROUP:      apps
> KIND:       Deployment
> VERSION:    v1
>
> FIELD: strategy <DeploymentStrategy>
>
>
> DESCRIPTION:
>     The deployment strategy to use to replace existing pods with new ones.
>     DeploymentStrategy describes how to replace existing pods with new ones.
>     
> FIELDS:
>   rollingUpdate	<RollingUpdateDeployment>
>     Rolling update config params. Present only if DeploymentStrategyType =
>     RollingUpdate.
>
>   type	<string>
>   enum: Recreate, RollingUpdate
>     Type of deployment. Can be "Recreate" or "RollingUpdate". Default is
>     RollingUpdate.
>     
>     Possible enum values:
>      - `"Recreate"` Kill all existing pods before creating new ones.
>      - `"RollingUpdate"` Replace the old ReplicaSets by new one using rolling
>     update i.e gradually scale down the old ReplicaSets and scale up the new
>     one.
>
>

$ kubectl explain svc.spec.type
> KIND:       Service
> VERSION:    v1
>
> FIELD: type <string>
> ENUM:
>     ClusterIP
>     ExternalName
>     LoadBalancer
>     NodePort
>
> DESCRIPTION:
>     type determines how the Service is exposed. Defaults to ClusterIP. Valid
>     options are ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP"
>     allocates a cluster-internal IP address for load-balancing to endpoints.
>     Endpoints are determined by the selector or if that is not specified, by
>     manual construction of an Endpoints object or EndpointSlice objects. If
>     clusterIP is "None", no virtual IP is allocated and the endpoints are
>     published as a set of endpoints rather than a virtual IP. "NodePort" builds
>     on ClusterIP and allocates a port on every node which routes to the same
>     endpoints as the clusterIP. "LoadBalancer" builds on NodePort and creates an
>     external load-balancer (if supported in the current cloud) which routes to
>     the same endpoints as the clusterIP. "ExternalName" aliases this service to
>     the specified externalName. Several other fields do not apply to
>     ExternalName services. More info:
>     https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
>     
>     Possible enum values:
>      - `"ClusterIP"` means a service will only be accessible inside the cluster,
>     via the cluster IP.
>      - `"ExternalName"` means a service consists of only a reference to an
>     external name that kubedns or equivalent will return as a CNAME record, with
>     no exposing or proxying of any pods involved.
>      - `"LoadBalancer"` means a service will be exposed via an external load
>     balancer (if the cloud provider supports it), in addition to 'NodePort'
>     type.
>      - `"NodePort"` means a service will be exposed on one port of every node,
>     in addition to 'ClusterIP' type.
>     
>

$ kubectl explain nodes.spec.taints
> KIND:       Node
> VERSION:    v1
>
> FIELD: taints <[]Taint>
>
>
> DESCRIPTION:
>     If specified, the node's taints.
>     The node this Taint is attached to has the "effect" on any pod that does not
>     tolerate the Taint.
>     
> FIELDS:
>   effect	<string> -required-
>   enum: NoExecute, NoSchedule, PreferNoSchedule
>     Required. The effect of the taint on pods that do not tolerate the taint.
>     Valid effects are NoSchedule, PreferNoSchedule and NoExecute.
>     
>     Possible enum values:
>      - `"NoExecute"` Evict any already-running pods that do not tolerate the
>     taint. Currently enforced by NodeController.
>      - `"NoSchedule"` Do not allow new pods to schedule onto the node unless
>     they tolerate the taint, but allow all pods submitted to Kubelet without
>     going through the scheduler to start, and allow all already-running pods to
>     continue running. Enforced by the scheduler.
>      - `"PreferNoSchedule"` Like TaintEffectNoSchedule, but the scheduler tries
>     not to schedule new pods onto the node, rather than prohibiting new pods
>     from scheduling onto the node entirely. Enforced by the scheduler.
>
>   key	<string> -required-
>     Required. The taint key to be applied to a node.
>
>   timeAdded	<string>
>     TimeAdded represents the time at which the taint was added. It is only
>     written for NoExecute taints.
>
>   value	<string>
>     The taint value corresponding to the taint key.
>
>

$ kubectl explain pdb.spec
> GROUP:      policy
> KIND:       PodDisruptionBudget
> VERSION:    v1
>
> FIELD: spec <PodDisruptionBudgetSpec>
>
>
> DESCRIPTION:
>     Specification of the desired behavior of the PodDisruptionBudget.
>     PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.
>     
> FIELDS:
>   maxUnavailable	<IntOrString>
>     An eviction is allowed if at most "maxUnavailable" pods selected by
>     "selector" are unavailable after the eviction, i.e. even in absence of the
>     evicted pod. For example, one can prevent all voluntary evictions by
>     specifying 0. This is a mutually exclusive setting with "minAvailable".
>
>   minAvailable	<IntOrString>
>     An eviction is allowed if at least "minAvailable" pods selected by
>     "selector" will still be available after the eviction, i.e. even in the
>     absence of the evicted pod.  So for example you can prevent all voluntary
>     evictions by specifying "100%".
>
>   selector	<LabelSelector>
>     Label query over pods whose evictions are managed by the disruption budget.
>     A null selector will match no pods, while an empty ({}) selector will select
>     all pods within the namespace.
>
>   unhealthyPodEvictionPolicy	<string>
>   enum: AlwaysAllow, IfHealthyBudget
>     UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods
>     should be considered for eviction. Current implementation considers healthy
>     pods, as pods that have status.conditions item with
>     type="Ready",status="True".
>     
>     Valid policies are IfHealthyBudget and AlwaysAllow. If no policy is
>     specified, the default behavior will be used, which corresponds to the
>     IfHealthyBudget policy.
>     
>     IfHealthyBudget policy means that running pods (status.phase="Running"), but
>     not yet healthy can be evicted only if the guarded application is not
>     disrupted (status.currentHealthy is at least equal to
>     status.desiredHealthy). Healthy pods will be subject to the PDB for
>     eviction.
>     
>     AlwaysAllow policy means that all running pods (status.phase="Running"), but
>     not yet healthy are considered disrupted and can be evicted regardless of
>     whether the criteria in a PDB is met. This means perspective running pods of
>     a disrupted application might not get a chance to become healthy. Healthy
>     pods will be subject to the PDB for eviction.
>     
>     Additional policies may be added in the future. Clients making eviction
>     decisions should disallow eviction of unhealthy pods if they encounter an
>     unrecognized policy in this field.
>     
>     This field is beta-level. The eviction API uses this field when the feature
>     gate PDBUnhealthyPodEvictionPolicy is enabled (enabled by default).
>     
>     Possible enum values:
>      - `"AlwaysAllow"` policy means that all running pods
>     (status.phase="Running"), but not yet healthy are considered disrupted and
>     can be evicted regardless of whether the criteria in a PDB is met. This
>     means perspective running pods of a disrupted application might not get a
>     chance to become healthy. Healthy pods will be subject to the PDB for
>     eviction.
>      - `"IfHealthyBudget"` policy means that running pods
>     (status.phase="Running"), but not yet healthy can be evicted only if the
>     guarded application is not disrupted (status.currentHealthy is at least
>     equal to status.desiredHealthy). Healthy pods will be subject to the PDB for
>     eviction.
>
>

$ kubectl explain po.spec.containers.resources
> KIND:       Pod
> VERSION:    v1
>
> FIELD: resources <ResourceRequirements>
>
>
> DESCRIPTION:
>     Compute Resources required by this container. Cannot be updated. More info:
>     https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
>     ResourceRequirements describes the compute resource requirements.
>     
> FIELDS:
>   claims	<[]ResourceClaim>
>     Claims lists the names of resources, defined in spec.resourceClaims, that
>     are used by this container.
>     
>     This is an alpha field and requires enabling the DynamicResourceAllocation
>     feature gate.
>     
>     This field is immutable. It can only be set for containers.
>
>   limits	<map[string]Quantity>
>     Limits describes the maximum amount of compute resources allowed. More info:
>     https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
>
>   requests	<map[string]Quantity>
>     Requests describes the minimum amount of compute resources required. If
>     Requests is omitted for a container, it defaults to Limits if that is
>     explicitly specified, otherwise to an implementation-defined value. Requests
>     cannot exceed Limits. More info:
>     https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
>
>

$ kubectl explain pods.spec.nodeName.bogus
> KIND:       Pod
> VERSION:    v1
>
! error: field "bogus" does not exist
? 1

$ kubectl explain pods.foo
> KIND:       Pod
> VERSION:    v1
>
! error: field "foo" does not exist
? 1

$ kubectl explain foo
! error: the server doesn't have a resource type "foo"
? 1

$ kubectl explain
! error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.
? 1

$ kubectl explain pods nodes
! error: We accept only this format: explain RESOURCE
? 1

$ kubectl explain configmaps
! kubesim: "kubectl explain configmaps" is not simulated yet; try a simulated kind, e.g. "kubectl explain pods" or "kubectl explain deployments"
? 1

$ kubectl explain pods.spec.affinity
! kubesim: explaining "pods.spec.affinity" is not simulated yet; try "kubectl explain pods.spec"
? 1

$ kubectl explain pods --recursive
! kubesim: "kubectl explain --recursive" is not simulated yet; try "kubectl explain pods"
? 1

$ kubectl explain pods --output=json
! error: unrecognized format: json
? 1


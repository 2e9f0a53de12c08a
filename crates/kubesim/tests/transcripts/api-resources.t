# kubectl api-resources and api-versions (pkg/cmd/apiresources): discovery of an EKS 1.30 API server with
# metrics-server and the CRDs of the VPC CNI and the VPC resource controller; sorted by group, then name.

$ kubectl api-resources
> NAME                                SHORTNAMES   APIVERSION                        NAMESPACED   KIND
> bindings                                         v1                                true         Binding
> componentstatuses                   cs           v1                                false        ComponentStatus
> configmaps                          cm           v1                                true         ConfigMap
> endpoints                           ep           v1                                true         Endpoints
> events                              ev           v1                                true         Event
> limitranges                         limits       v1                                true         LimitRange
> namespaces                          ns           v1                                false        Namespace
> nodes                               no           v1                                false        Node
> persistentvolumeclaims              pvc          v1                                true         PersistentVolumeClaim
> persistentvolumes                   pv           v1                                false        PersistentVolume
> pods                                po           v1                                true         Pod
> podtemplates                                     v1                                true         PodTemplate
> replicationcontrollers              rc           v1                                true         ReplicationController
> resourcequotas                      quota        v1                                true         ResourceQuota
> secrets                                          v1                                true         Secret
> serviceaccounts                     sa           v1                                true         ServiceAccount
> services                            svc          v1                                true         Service
> mutatingwebhookconfigurations                    admissionregistration.k8s.io/v1   false        MutatingWebhookConfiguration
> validatingadmissionpolicies                      admissionregistration.k8s.io/v1   false        ValidatingAdmissionPolicy
> validatingadmissionpolicybindings                admissionregistration.k8s.io/v1   false        ValidatingAdmissionPolicyBinding
> validatingwebhookconfigurations                  admissionregistration.k8s.io/v1   false        ValidatingWebhookConfiguration
> customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1           false        CustomResourceDefinition
> apiservices                                      apiregistration.k8s.io/v1         false        APIService
> controllerrevisions                              apps/v1                           true         ControllerRevision
> daemonsets                          ds           apps/v1                           true         DaemonSet
> deployments                         deploy       apps/v1                           true         Deployment
> replicasets                         rs           apps/v1                           true         ReplicaSet
> statefulsets                        sts          apps/v1                           true         StatefulSet
> selfsubjectreviews                               authentication.k8s.io/v1          false        SelfSubjectReview
> tokenreviews                                     authentication.k8s.io/v1          false        TokenReview
> localsubjectaccessreviews                        authorization.k8s.io/v1           true         LocalSubjectAccessReview
> selfsubjectaccessreviews                         authorization.k8s.io/v1           false        SelfSubjectAccessReview
> selfsubjectrulesreviews                          authorization.k8s.io/v1           false        SelfSubjectRulesReview
> subjectaccessreviews                             authorization.k8s.io/v1           false        SubjectAccessReview
> horizontalpodautoscalers            hpa          autoscaling/v2                    true         HorizontalPodAutoscaler
> cronjobs                            cj           batch/v1                          true         CronJob
> jobs                                             batch/v1                          true         Job
> certificatesigningrequests          csr          certificates.k8s.io/v1            false        CertificateSigningRequest
> leases                                           coordination.k8s.io/v1            true         Lease
> eniconfigs                                       crd.k8s.amazonaws.com/v1alpha1    false        ENIConfig
> endpointslices                                   discovery.k8s.io/v1               true         EndpointSlice
> events                              ev           events.k8s.io/v1                  true         Event
> flowschemas                                      flowcontrol.apiserver.k8s.io/v1   false        FlowSchema
> prioritylevelconfigurations                      flowcontrol.apiserver.k8s.io/v1   false        PriorityLevelConfiguration
> nodes                                            metrics.k8s.io/v1beta1            false        NodeMetrics
> pods                                             metrics.k8s.io/v1beta1            true         PodMetrics
> policyendpoints                                  networking.k8s.aws/v1alpha1       true         PolicyEndpoint
> ingressclasses                                   networking.k8s.io/v1              false        IngressClass
> ingresses                           ing          networking.k8s.io/v1              true         Ingress
> networkpolicies                     netpol       networking.k8s.io/v1              true         NetworkPolicy
> runtimeclasses                                   node.k8s.io/v1                    false        RuntimeClass
> poddisruptionbudgets                pdb          policy/v1                         true         PodDisruptionBudget
> clusterrolebindings                              rbac.authorization.k8s.io/v1      false        ClusterRoleBinding
> clusterroles                                     rbac.authorization.k8s.io/v1      false        ClusterRole
> rolebindings                                     rbac.authorization.k8s.io/v1      true         RoleBinding
> roles                                            rbac.authorization.k8s.io/v1      true         Role
> priorityclasses                     pc           scheduling.k8s.io/v1              false        PriorityClass
> csidrivers                                       storage.k8s.io/v1                 false        CSIDriver
> csinodes                                         storage.k8s.io/v1                 false        CSINode
> csistoragecapacities                             storage.k8s.io/v1                 true         CSIStorageCapacity
> storageclasses                      sc           storage.k8s.io/v1                 false        StorageClass
> volumeattachments                                storage.k8s.io/v1                 false        VolumeAttachment
> cninodes                            cnd          vpcresources.k8s.aws/v1alpha1     false        CNINode
> securitygrouppolicies               sgp          vpcresources.k8s.aws/v1beta1      true         SecurityGroupPolicy

$ kubectl api-resources --namespaced=false
> NAME                                SHORTNAMES   APIVERSION                        NAMESPACED   KIND
> componentstatuses                   cs           v1                                false        ComponentStatus
> namespaces                          ns           v1                                false        Namespace
> nodes                               no           v1                                false        Node
> persistentvolumes                   pv           v1                                false        PersistentVolume
> mutatingwebhookconfigurations                    admissionregistration.k8s.io/v1   false        MutatingWebhookConfiguration
> validatingadmissionpolicies                      admissionregistration.k8s.io/v1   false        ValidatingAdmissionPolicy
> validatingadmissionpolicybindings                admissionregistration.k8s.io/v1   false        ValidatingAdmissionPolicyBinding
> validatingwebhookconfigurations                  admissionregistration.k8s.io/v1   false        ValidatingWebhookConfiguration
> customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1           false        CustomResourceDefinition
> apiservices                                      apiregistration.k8s.io/v1         false        APIService
> selfsubjectreviews                               authentication.k8s.io/v1          false        SelfSubjectReview
> tokenreviews                                     authentication.k8s.io/v1          false        TokenReview
> selfsubjectaccessreviews                         authorization.k8s.io/v1           false        SelfSubjectAccessReview
> selfsubjectrulesreviews                          authorization.k8s.io/v1           false        SelfSubjectRulesReview
> subjectaccessreviews                             authorization.k8s.io/v1           false        SubjectAccessReview
> certificatesigningrequests          csr          certificates.k8s.io/v1            false        CertificateSigningRequest
> eniconfigs                                       crd.k8s.amazonaws.com/v1alpha1    false        ENIConfig
> flowschemas                                      flowcontrol.apiserver.k8s.io/v1   false        FlowSchema
> prioritylevelconfigurations                      flowcontrol.apiserver.k8s.io/v1   false        PriorityLevelConfiguration
> nodes                                            metrics.k8s.io/v1beta1            false        NodeMetrics
> ingressclasses                                   networking.k8s.io/v1              false        IngressClass
> runtimeclasses                                   node.k8s.io/v1                    false        RuntimeClass
> clusterrolebindings                              rbac.authorization.k8s.io/v1      false        ClusterRoleBinding
> clusterroles                                     rbac.authorization.k8s.io/v1      false        ClusterRole
> priorityclasses                     pc           scheduling.k8s.io/v1              false        PriorityClass
> csidrivers                                       storage.k8s.io/v1                 false        CSIDriver
> csinodes                                         storage.k8s.io/v1                 false        CSINode
> storageclasses                      sc           storage.k8s.io/v1                 false        StorageClass
> volumeattachments                                storage.k8s.io/v1                 false        VolumeAttachment
> cninodes                            cnd          vpcresources.k8s.aws/v1alpha1     false        CNINode

$ kubectl api-resources --api-group=apps -o wide
> NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND                 VERBS                                                        CATEGORIES
> controllerrevisions                apps/v1      true         ControllerRevision   create,delete,deletecollection,get,list,patch,update,watch   
> daemonsets            ds           apps/v1      true         DaemonSet            create,delete,deletecollection,get,list,patch,update,watch   all
> deployments           deploy       apps/v1      true         Deployment           create,delete,deletecollection,get,list,patch,update,watch   all
> replicasets           rs           apps/v1      true         ReplicaSet           create,delete,deletecollection,get,list,patch,update,watch   all
> statefulsets          sts          apps/v1      true         StatefulSet          create,delete,deletecollection,get,list,patch,update,watch   all

$ kubectl api-resources --api-group=policy -o name
> poddisruptionbudgets.policy

$ kubectl api-resources --api-group= --sort-by=kind --verbs=delete,watch --no-headers
> configmaps               cm       v1    true    ConfigMap
> endpoints                ep       v1    true    Endpoints
> events                   ev       v1    true    Event
> limitranges              limits   v1    true    LimitRange
> namespaces               ns       v1    false   Namespace
> nodes                    no       v1    false   Node
> persistentvolumes        pv       v1    false   PersistentVolume
> persistentvolumeclaims   pvc      v1    true    PersistentVolumeClaim
> pods                     po       v1    true    Pod
> podtemplates                      v1    true    PodTemplate
> replicationcontrollers   rc       v1    true    ReplicationController
> resourcequotas           quota    v1    true    ResourceQuota
> secrets                           v1    true    Secret
> services                 svc      v1    true    Service
> serviceaccounts          sa       v1    true    ServiceAccount

$ kubectl api-resources --categories=all -o name
> pods
> replicationcontrollers
> services
> daemonsets.apps
> deployments.apps
> replicasets.apps
> statefulsets.apps
> horizontalpodautoscalers.autoscaling
> cronjobs.batch
> jobs.batch

$ kubectl api-resources -o json
! error: --output json is not available
? 1

$ kubectl api-resources --sort-by=age
! error: --sort-by accepts only name or kind
? 1

$ kubectl api-resources pods
! error: unexpected arguments: [pods]
! See 'kubectl api-resources -h' for help and examples
? 1

$ kubectl api-versions
> admissionregistration.k8s.io/v1
> apiextensions.k8s.io/v1
> apiregistration.k8s.io/v1
> apps/v1
> authentication.k8s.io/v1
> authorization.k8s.io/v1
> autoscaling/v1
> autoscaling/v2
> batch/v1
> certificates.k8s.io/v1
> coordination.k8s.io/v1
> crd.k8s.amazonaws.com/v1alpha1
> discovery.k8s.io/v1
> events.k8s.io/v1
> flowcontrol.apiserver.k8s.io/v1
> flowcontrol.apiserver.k8s.io/v1beta3
> metrics.k8s.io/v1beta1
> networking.k8s.aws/v1alpha1
> networking.k8s.io/v1
> node.k8s.io/v1
> policy/v1
> rbac.authorization.k8s.io/v1
> scheduling.k8s.io/v1
> storage.k8s.io/v1
> v1
> vpcresources.k8s.aws/v1alpha1
> vpcresources.k8s.aws/v1beta1

$ kubectl api-versions v1
! error: unexpected arguments: [v1]
! See 'kubectl api-versions -h' for help and examples
? 1


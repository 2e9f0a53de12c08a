# -o json and -o yaml: the objects as the API server returns them, printed as
# kubectl's JSON printer (json.MarshalIndent, four spaces, keys sorted) and
# YAML printer (sigs.k8s.io/yaml: go-yaml v2 key order, sequences under a key
# not indented, "0"/"true"/timestamps quoted, empty collections as {} and []).
# One object asked for by name prints as itself, anything else as a v1 List
# with an empty resourceVersion; no objects at all is an empty List, without
# "No resources found" (that message is the table printer's).
#! --scenario tests/transcripts/output.scenario

$ kubectl get node ip-10-0-1-23.us-west-2.compute.internal -o yaml
> apiVersion: v1
> kind: Node
> metadata:
>   annotations:
>     alpha.kubernetes.io/provided-node-ip: 10.0.1.23
>     node.alpha.kubernetes.io/ttl: "0"
>     volumes.kubernetes.io/controller-managed-attach-detach: "true"
>   creationTimestamp: "2025-06-07T09:00:50Z"
>   labels:
>     beta.kubernetes.io/arch: amd64
>     beta.kubernetes.io/instance-type: t3.medium
>     beta.kubernetes.io/os: linux
>     eks.amazonaws.com/capacityType: ON_DEMAND
>     eks.amazonaws.com/nodegroup: ng-a
>     eks.amazonaws.com/nodegroup-image: ami-0d5c4f6a8e21b7c93
>     failure-domain.beta.kubernetes.io/region: us-west-2
>     failure-domain.beta.kubernetes.io/zone: us-west-2a
>     k8s.io/cloud-provider-aws: 3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6
>     kubernetes.io/arch: amd64
>     kubernetes.io/hostname: ip-10-0-1-23.us-west-2.compute.internal
>     kubernetes.io/os: linux
>     node.kubernetes.io/instance-type: t3.medium
>     topology.k8s.aws/zone-id: usw2-az1
>     topology.kubernetes.io/region: us-west-2
>     topology.kubernetes.io/zone: us-west-2a
>   name: ip-10-0-1-23.us-west-2.compute.internal
>   resourceVersion: "79302368"
>   uid: b8a67202-8bed-4d45-be7c-8b089b884c40
> spec:
>   providerID: aws:///us-west-2a/i-0a3f5c2e8d1b47906
> status:
>   addresses:
>   - address: 10.0.1.23
>     type: InternalIP
>   - address: ip-10-0-1-23.us-west-2.compute.internal
>     type: InternalDNS
>   - address: ip-10-0-1-23.us-west-2.compute.internal
>     type: Hostname
>   allocatable:
>     cpu: 1930m
>     ephemeral-storage: "18242267924"
>     hugepages-1Gi: "0"
>     hugepages-2Mi: "0"
>     memory: 3388364Ki
>     pods: "17"
>   capacity:
>     cpu: "2"
>     ephemeral-storage: 20959212Ki
>     hugepages-1Gi: "0"
>     hugepages-2Mi: "0"
>     memory: 3943372Ki
>     pods: "17"
>   conditions:
>   - lastHeartbeatTime: "2025-06-12T08:55:50Z"
>     lastTransitionTime: "2025-06-07T09:00:50Z"
>     message: kubelet has sufficient memory available
>     reason: KubeletHasSufficientMemory
>     status: "False"
>     type: MemoryPressure
>   - lastHeartbeatTime: "2025-06-12T08:55:50Z"
>     lastTransitionTime: "2025-06-07T09:00:50Z"
>     message: kubelet has no disk pressure
>     reason: KubeletHasNoDiskPressure
>     status: "False"
>     type: DiskPressure
>   - lastHeartbeatTime: "2025-06-12T08:55:50Z"
>     lastTransitionTime: "2025-06-07T09:00:50Z"
>     message: kubelet has sufficient PID available
>     reason: KubeletHasSufficientPID
>     status: "False"
>     type: PIDPressure
>   - lastHeartbeatTime: "2025-06-12T08:55:50Z"
>     lastTransitionTime: "2025-06-07T09:01:10Z"
>     message: kubelet is posting ready status
>     reason: KubeletReady
>     status: "True"
>     type: Ready
>   daemonEndpoints:
>     kubeletEndpoint:
>       Port: 10250
>   nodeInfo:
>     architecture: amd64
>     bootID: 4bddaea6-fba4-ef59-29fe-9a09d580fd3c
>     containerRuntimeVersion: containerd://1.7.22
>     kernelVersion: 5.10.225-213.878.amzn2.x86_64
>     kubeProxyVersion: v1.30.4-eks-a737599
>     kubeletVersion: v1.30.4-eks-a737599
>     machineID: ec2cd4f3e544fe704f72385a1dcd37b6
>     operatingSystem: linux
>     osImage: Amazon Linux 2
>     systemUUID: ec2cd4f3-e544-fe70-4f72-385a1dcd37b6

$ kubectl get node/ip-10-0-2-141.us-west-2.compute.internal -o json
> {
>     "apiVersion": "v1",
>     "kind": "Node",
>     "metadata": {
>         "annotations": {
>             "alpha.kubernetes.io/provided-node-ip": "10.0.2.141",
>             "node.alpha.kubernetes.io/ttl": "0",
>             "volumes.kubernetes.io/controller-managed-attach-detach": "true"
>         },
>         "creationTimestamp": "2025-06-10T09:00:50Z",
>         "labels": {
>             "beta.kubernetes.io/arch": "amd64",
>             "beta.kubernetes.io/instance-type": "t3.medium",
>             "beta.kubernetes.io/os": "linux",
>             "eks.amazonaws.com/capacityType": "ON_DEMAND",
>             "eks.amazonaws.com/nodegroup": "ng-b",
>             "eks.amazonaws.com/nodegroup-image": "ami-0d5c4f6a8e21b7c93",
>             "failure-domain.beta.kubernetes.io/region": "us-west-2",
>             "failure-domain.beta.kubernetes.io/zone": "us-west-2b",
>             "k8s.io/cloud-provider-aws": "3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6",
>             "kubernetes.io/arch": "amd64",
>             "kubernetes.io/hostname": "ip-10-0-2-141.us-west-2.compute.internal",
>             "kubernetes.io/os": "linux",
>             "node.kubernetes.io/instance-type": "t3.medium",
>             "topology.k8s.aws/zone-id": "usw2-az2",
>             "topology.kubernetes.io/region": "us-west-2",
>             "topology.kubernetes.io/zone": "us-west-2b"
>         },
>         "name": "ip-10-0-2-141.us-west-2.compute.internal",
>         "resourceVersion": "55185387",
>         "uid": "da7efcc4-0cb8-4170-a0c8-930ff31b8cd8"
>     },
>     "spec": {
>         "providerID": "aws:///us-west-2b/i-0c91d4e7a2f5b3816",
>         "taints": [
>             {
>                 "effect": "NoSchedule",
>                 "key": "dedicated",
>                 "value": "batch"
>             }
>         ]
>     },
>     "status": {
>         "addresses": [
>             {
>                 "address": "10.0.2.141",
>                 "type": "InternalIP"
>             },
>             {
>                 "address": "ip-10-0-2-141.us-west-2.compute.internal",
>                 "type": "InternalDNS"
>             },
>             {
>                 "address": "ip-10-0-2-141.us-west-2.compute.internal",
>                 "type": "Hostname"
>             }
>         ],
>         "allocatable": {
>             "cpu": "1930m",
>             "ephemeral-storage": "18242267924",
>             "hugepages-1Gi": "0",
>             "hugepages-2Mi": "0",
>             "memory": "3388364Ki",
>             "pods": "17"
>         },
>         "capacity": {
>             "cpu": "2",
>             "ephemeral-storage": "20959212Ki",
>             "hugepages-1Gi": "0",
>             "hugepages-2Mi": "0",
>             "memory": "3943372Ki",
>             "pods": "17"
>         },
>         "conditions": [
>             {
>                 "lastHeartbeatTime": "2025-06-12T08:55:50Z",
>                 "lastTransitionTime": "2025-06-10T09:00:50Z",
>                 "message": "kubelet has sufficient memory available",
>                 "reason": "KubeletHasSufficientMemory",
>                 "status": "False",
>                 "type": "MemoryPressure"
>             },
>             {
>                 "lastHeartbeatTime": "2025-06-12T08:55:50Z",
>                 "lastTransitionTime": "2025-06-10T09:00:50Z",
>                 "message": "kubelet has no disk pressure",
>                 "reason": "KubeletHasNoDiskPressure",
>                 "status": "False",
>                 "type": "DiskPressure"
>             },
>             {
>                 "lastHeartbeatTime": "2025-06-12T08:55:50Z",
>                 "lastTransitionTime": "2025-06-10T09:00:50Z",
>                 "message": "kubelet has sufficient PID available",
>                 "reason": "KubeletHasSufficientPID",
>                 "status": "False",
>                 "type": "PIDPressure"
>             },
>             {
>                 "lastHeartbeatTime": "2025-06-12T08:55:50Z",
>                 "lastTransitionTime": "2025-06-10T09:01:10Z",
>                 "message": "kubelet is posting ready status",
>                 "reason": "KubeletReady",
>                 "status": "True",
>                 "type": "Ready"
>             }
>         ],
>         "daemonEndpoints": {
>             "kubeletEndpoint": {
>                 "Port": 10250
>             }
>         },
>         "nodeInfo": {
>             "architecture": "amd64",
>             "bootID": "4498af72-fdc9-00cf-3cfb-fd14d432305c",
>             "containerRuntimeVersion": "containerd://1.7.22",
>             "kernelVersion": "5.10.225-213.878.amzn2.x86_64",
>             "kubeProxyVersion": "v1.30.4-eks-a737599",
>             "kubeletVersion": "v1.30.4-eks-a737599",
>             "machineID": "ec2cde6adf8f5d7a4ef0c71a62db0b33",
>             "operatingSystem": "linux",
>             "osImage": "Amazon Linux 2",
>             "systemUUID": "ec2cde6a-df8f-5d7a-4ef0-c71a62db0b33"
>         }
>     }
> }

$ kubectl get pod batch-c -o yaml
> apiVersion: v1
> kind: Pod
> metadata:
>   creationTimestamp: "2025-06-12T07:00:01Z"
>   labels:
>     app: batch
>   name: batch-c
>   namespace: default
>   resourceVersion: "26521554"
>   uid: 97b3d36d-0779-48f2-b079-277264b5f9c5
> spec:
>   containers:
>   - image: busybox
>     imagePullPolicy: Always
>     name: batch-c
>     resources:
>       limits:
>         cpu: 100m
>         memory: 64Mi
>       requests:
>         cpu: 100m
>         memory: 64Mi
>     terminationMessagePath: /dev/termination-log
>     terminationMessagePolicy: File
>     volumeMounts:
>     - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
>       name: kube-api-access-xnfns
>       readOnly: true
>   dnsPolicy: ClusterFirst
>   enableServiceLinks: true
>   nodeName: ip-10-0-2-141.us-west-2.compute.internal
>   preemptionPolicy: PreemptLowerPriority
>   priority: 0
>   restartPolicy: Always
>   schedulerName: default-scheduler
>   securityContext: {}
>   serviceAccount: default
>   serviceAccountName: default
>   terminationGracePeriodSeconds: 30
>   tolerations:
>   - effect: NoSchedule
>     key: dedicated
>     operator: Exists
>   - effect: NoExecute
>     key: node.kubernetes.io/not-ready
>     operator: Exists
>     tolerationSeconds: 300
>   - effect: NoExecute
>     key: node.kubernetes.io/unreachable
>     operator: Exists
>     tolerationSeconds: 300
>   volumes:
>   - name: kube-api-access-xnfns
>     projected:
>       defaultMode: 420
>       sources:
>       - serviceAccountToken:
>           expirationSeconds: 3607
>           path: token
>       - configMap:
>           items:
>           - key: ca.crt
>             path: ca.crt
>           name: kube-root-ca.crt
>       - downwardAPI:
>           items:
>           - fieldRef:
>               apiVersion: v1
>               fieldPath: metadata.namespace
>             path: namespace
> status:
>   conditions:
>   - lastProbeTime: null
>     lastTransitionTime: "2025-06-12T07:00:05Z"
>     status: "True"
>     type: PodReadyToStartContainers
>   - lastProbeTime: null
>     lastTransitionTime: "2025-06-12T07:00:01Z"
>     status: "True"
>     type: Initialized
>   - lastProbeTime: null
>     lastTransitionTime: "2025-06-12T07:00:05Z"
>     status: "True"
>     type: Ready
>   - lastProbeTime: null
>     lastTransitionTime: "2025-06-12T07:00:05Z"
>     status: "True"
>     type: ContainersReady
>   - lastProbeTime: null
>     lastTransitionTime: "2025-06-12T07:00:01Z"
>     status: "True"
>     type: PodScheduled
>   containerStatuses:
>   - containerID: containerd://0c43523d28eff0fcfb6889c43f7f41ce3557b95eb79d793c9ff25549f9d0c974
>     image: docker.io/library/busybox:latest
>     imageID: docker.io/library/busybox@sha256:596765e2ff6b2a3f5ad897722e2c853524ddf43252ecbce116e9131ef0b1976f
>     lastState: {}
>     name: batch-c
>     ready: true
>     restartCount: 0
>     started: true
>     state:
>       running:
>         startedAt: "2025-06-12T07:00:05Z"
>   hostIP: 10.0.2.141
>   hostIPs:
>   - ip: 10.0.2.141
>   phase: Running
>   podIP: 10.0.2.159
>   podIPs:
>   - ip: 10.0.2.159
>   qosClass: Guaranteed
>   startTime: "2025-06-12T07:00:01Z"

$ kubectl get pod huge-6cc5bcb678-7tqjq -o json
> {
>     "apiVersion": "v1",
>     "kind": "Pod",
>     "metadata": {
>         "creationTimestamp": "2025-06-12T09:00:00Z",
>         "generateName": "huge-6cc5bcb678-",
>         "labels": {
>             "app": "huge",
>             "pod-template-hash": "6cc5bcb678"
>         },
>         "name": "huge-6cc5bcb678-7tqjq",
>         "namespace": "default",
>         "ownerReferences": [
>             {
>                 "apiVersion": "apps/v1",
>                 "blockOwnerDeletion": true,
>                 "controller": true,
>                 "kind": "ReplicaSet",
>                 "name": "huge-6cc5bcb678",
>                 "uid": "4437669f-8c76-456f-9b09-5b96bb45e37b"
>             }
>         ],
>         "resourceVersion": "52400228",
>         "uid": "07846be8-8e9b-4db1-8324-6f05abbb1055"
>     },
>     "spec": {
>         "containers": [
>             {
>                 "image": "public.ecr.aws/nginx/nginx:1.27",
>                 "imagePullPolicy": "IfNotPresent",
>                 "name": "huge",
>                 "resources": {
>                     "requests": {
>                         "cpu": "4"
>                     }
>                 },
>                 "terminationMessagePath": "/dev/termination-log",
>                 "terminationMessagePolicy": "File",
>                 "volumeMounts": [
>                     {
>                         "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
>                         "name": "kube-api-access-sfttv",
>                         "readOnly": true
>                     }
>                 ]
>             }
>         ],
>         "dnsPolicy": "ClusterFirst",
>         "enableServiceLinks": true,
>         "preemptionPolicy": "PreemptLowerPriority",
>         "priority": 0,
>         "restartPolicy": "Always",
>         "schedulerName": "default-scheduler",
>         "securityContext": {},
>         "serviceAccount": "default",
>         "serviceAccountName": "default",
>         "terminationGracePeriodSeconds": 30,
>         "tolerations": [
>             {
>                 "effect": "NoExecute",
>                 "key": "node.kubernetes.io/not-ready",
>                 "operator": "Exists",
>                 "tolerationSeconds": 300
>             },
>             {
>                 "effect": "NoExecute",
>                 "key": "node.kubernetes.io/unreachable",
>                 "operator": "Exists",
>                 "tolerationSeconds": 300
>             }
>         ],
>         "volumes": [
>             {
>                 "name": "kube-api-access-sfttv",
>                 "projected": {
>                     "defaultMode": 420,
>                     "sources": [
>                         {
>                             "serviceAccountToken": {
>                                 "expirationSeconds": 3607,
>                                 "path": "token"
>                             }
>                         },
>                         {
>                             "configMap": {
>                                 "items": [
>                                     {
>                                         "key": "ca.crt",
>                                         "path": "ca.crt"
>                                     }
>                                 ],
>                                 "name": "kube-root-ca.crt"
>                             }
>                         },
>                         {
>                             "downwardAPI": {
>                                 "items": [
>                                     {
>                                         "fieldRef": {
>                                             "apiVersion": "v1",
>                                             "fieldPath": "metadata.namespace"
>                                         },
>                                         "path": "namespace"
>                                     }
>                                 ]
>                             }
>                         }
>                     ]
>                 }
>             }
>         ]
>     },
>     "status": {
>         "conditions": [
>             {
>                 "lastProbeTime": null,
>                 "lastTransitionTime": "2025-06-12T09:00:00Z",
>                 "message": "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {dedicated: batch}. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling..",
>                 "reason": "Unschedulable",
>                 "status": "False",
>                 "type": "PodScheduled"
>             }
>         ],
>         "phase": "Pending",
>         "qosClass": "Burstable"
>     }
> }

$ kubectl get deployment web -o yaml
> apiVersion: apps/v1
> kind: Deployment
> metadata:
>   annotations:
>     deployment.kubernetes.io/revision: "1"
>   creationTimestamp: "2025-06-09T09:00:00Z"
>   generation: 1
>   labels:
>     app: web
>   name: web
>   namespace: default
>   resourceVersion: "38414630"
>   uid: 75fb28ab-87a2-44c7-a94e-5e8b106fd52d
> spec:
>   progressDeadlineSeconds: 600
>   replicas: 2
>   revisionHistoryLimit: 10
>   selector:
>     matchLabels:
>       app: web
>   strategy:
>     rollingUpdate:
>       maxSurge: 25%
>       maxUnavailable: 25%
>     type: RollingUpdate
>   template:
>     metadata:
>       creationTimestamp: null
>       labels:
>         app: web
>     spec:
>       containers:
>       - image: public.ecr.aws/nginx/nginx:1.27
>         imagePullPolicy: IfNotPresent
>         name: web
>         resources:
>           requests:
>             cpu: 250m
>             memory: 256Mi
>         terminationMessagePath: /dev/termination-log
>         terminationMessagePolicy: File
>       dnsPolicy: ClusterFirst
>       restartPolicy: Always
>       schedulerName: default-scheduler
>       securityContext: {}
>       terminationGracePeriodSeconds: 30
> status:
>   availableReplicas: 2
>   conditions:
>   - lastTransitionTime: "2025-06-09T09:00:00Z"
>     lastUpdateTime: "2025-06-09T09:00:00Z"
>     message: Deployment has minimum availability.
>     reason: MinimumReplicasAvailable
>     status: "True"
>     type: Available
>   - lastTransitionTime: "2025-06-09T09:00:00Z"
>     lastUpdateTime: "2025-06-09T09:00:00Z"
>     message: ReplicaSet "web-68458dcb9b" has successfully progressed.
>     reason: NewReplicaSetAvailable
>     status: "True"
>     type: Progressing
>   observedGeneration: 1
>   readyReplicas: 2
>   replicas: 2
>   updatedReplicas: 2

$ kubectl get deploy web -o json
> {
>     "apiVersion": "apps/v1",
>     "kind": "Deployment",
>     "metadata": {
>         "annotations": {
>             "deployment.kubernetes.io/revision": "1"
>         },
>         "creationTimestamp": "2025-06-09T09:00:00Z",
>         "generation": 1,
>         "labels": {
>             "app": "web"
>         },
>         "name": "web",
>         "namespace": "default",
>         "resourceVersion": "38414630",
>         "uid": "75fb28ab-87a2-44c7-a94e-5e8b106fd52d"
>     },
>     "spec": {
>         "progressDeadlineSeconds": 600,
>         "replicas": 2,
>         "revisionHistoryLimit": 10,
>         "selector": {
>             "matchLabels": {
>                 "app": "web"
>             }
>         },
>         "strategy": {
>             "rollingUpdate": {
>                 "maxSurge": "25%",
>                 "maxUnavailable": "25%"
>             },
>             "type": "RollingUpdate"
>         },
>         "template": {
>             "metadata": {
>                 "creationTimestamp": null,
>                 "labels": {
>                     "app": "web"
>                 }
>             },
>             "spec": {
>                 "containers": [
>                     {
>                         "image": "public.ecr.aws/nginx/nginx:1.27",
>                         "imagePullPolicy": "IfNotPresent",
>                         "name": "web",
>                         "resources": {
>                             "requests": {
>                                 "cpu": "250m",
>                                 "memory": "256Mi"
>                             }
>                         },
>                         "terminationMessagePath": "/dev/termination-log",
>                         "terminationMessagePolicy": "File"
>                     }
>                 ],
>                 "dnsPolicy": "ClusterFirst",
>                 "restartPolicy": "Always",
>                 "schedulerName": "default-scheduler",
>                 "securityContext": {},
>                 "terminationGracePeriodSeconds": 30
>             }
>         }
>     },
>     "status": {
>         "availableReplicas": 2,
>         "conditions": [
>             {
>                 "lastTransitionTime": "2025-06-09T09:00:00Z",
>                 "lastUpdateTime": "2025-06-09T09:00:00Z",
>                 "message": "Deployment has minimum availability.",
>                 "reason": "MinimumReplicasAvailable",
>                 "status": "True",
>                 "type": "Available"
>             },
>             {
>                 "lastTransitionTime": "2025-06-09T09:00:00Z",
>                 "lastUpdateTime": "2025-06-09T09:00:00Z",
>                 "message": "ReplicaSet \"web-68458dcb9b\" has successfully progressed.",
>                 "reason": "NewReplicaSetAvailable",
>                 "status": "True",
>                 "type": "Progressing"
>             }
>         ],
>         "observedGeneration": 1,
>         "readyReplicas": 2,
>         "replicas": 2,
>         "updatedReplicas": 2
>     }
> }

$ kubectl get namespaces -o json
> {
>     "apiVersion": "v1",
>     "items": [
>         {
>             "apiVersion": "v1",
>             "kind": "Namespace",
>             "metadata": {
>                 "creationTimestamp": "2025-05-03T09:00:00Z",
>                 "labels": {
>                     "kubernetes.io/metadata.name": "default"
>                 },
>                 "name": "default",
>                 "resourceVersion": "45617687",
>                 "uid": "c5e6902c-0000-4000-9627-947760c63e9d"
>             },
>             "spec": {
>                 "finalizers": [
>                     "kubernetes"
>                 ]
>             },
>             "status": {
>                 "phase": "Active"
>             }
>         },
>         {
>             "apiVersion": "v1",
>             "kind": "Namespace",
>             "metadata": {
>                 "creationTimestamp": "2025-05-03T09:00:00Z",
>                 "labels": {
>                     "kubernetes.io/metadata.name": "kube-node-lease"
>                 },
>                 "name": "kube-node-lease",
>                 "resourceVersion": "78958876",
>                 "uid": "67bf1ae7-81de-443f-a4f7-c5048b74997c"
>             },
>             "spec": {
>                 "finalizers": [
>                     "kubernetes"
>                 ]
>             },
>             "status": {
>                 "phase": "Active"
>             }
>         },
>         {
>             "apiVersion": "v1",
>             "kind": "Namespace",
>             "metadata": {
>                 "creationTimestamp": "2025-05-03T09:00:00Z",
>                 "labels": {
>                     "kubernetes.io/metadata.name": "kube-public"
>                 },
>                 "name": "kube-public",
>                 "resourceVersion": "69087957",
>                 "uid": "817784b9-0295-482a-88de-fafab99ef01f"
>             },
>             "spec": {
>                 "finalizers": [
>                     "kubernetes"
>                 ]
>             },
>             "status": {
>                 "phase": "Active"
>             }
>         },
>         {
>             "apiVersion": "v1",
>             "kind": "Namespace",
>             "metadata": {
>                 "creationTimestamp": "2025-05-03T09:00:00Z",
>                 "labels": {
>                     "kubernetes.io/metadata.name": "kube-system"
>                 },
>                 "name": "kube-system",
>                 "resourceVersion": "55742839",
>                 "uid": "230c0f70-8263-4c41-ae65-395143a8cafe"
>             },
>             "spec": {
>                 "finalizers": [
>                     "kubernetes"
>                 ]
>             },
>             "status": {
>                 "phase": "Active"
>             }
>         }
>     ],
>     "kind": "List",
>     "metadata": {
>         "resourceVersion": ""
>     }
> }

$ kubectl get services -o yaml
> apiVersion: v1
> items:
> - apiVersion: v1
>   kind: Service
>   metadata:
>     creationTimestamp: "2025-05-03T09:00:00Z"
>     labels:
>       component: apiserver
>       provider: kubernetes
>     name: kubernetes
>     namespace: default
>     resourceVersion: "74575342"
>     uid: ee9d33cd-84f4-446b-8259-2108c1a18a71
>   spec:
>     clusterIP: 172.20.0.1
>     clusterIPs:
>     - 172.20.0.1
>     internalTrafficPolicy: Cluster
>     ipFamilies:
>     - IPv4
>     ipFamilyPolicy: SingleStack
>     ports:
>     - name: https
>       port: 443
>       protocol: TCP
>       targetPort: 443
>     sessionAffinity: None
>     type: ClusterIP
>   status:
>     loadBalancer: {}
> kind: List
> metadata:
>   resourceVersion: ""

$ kubectl get pods -n kube-public -o json
> {
>     "apiVersion": "v1",
>     "items": [],
>     "kind": "List",
>     "metadata": {
>         "resourceVersion": ""
>     }
> }

$ kubectl get pods -n kube-public -o yaml
> apiVersion: v1
> items: []
> kind: List
> metadata:
>   resourceVersion: ""

# The scheduler records its events through events.k8s.io: read as core/v1
# they carry an eventTime and a series, not timestamps and a count.
$ sleep 6m

$ kubectl get events -o yaml
> apiVersion: v1
> items:
> - action: Scheduling
>   apiVersion: v1
>   eventTime: "2025-06-12T09:00:00.000000Z"
>   firstTimestamp: null
>   involvedObject:
>     apiVersion: v1
>     kind: Pod
>     name: huge-6cc5bcb678-7tqjq
>     namespace: default
>   kind: Event
>   lastTimestamp: null
>   message: '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated
>     taint {dedicated: batch}. preemption: 0/2 nodes are available: 1 No preemption
>     victims found for incoming pod, 1 Preemption is not helpful for scheduling..'
>   metadata:
>     creationTimestamp: "2025-06-12T09:00:00Z"
>     name: huge-6cc5bcb678-7tqjq.18483ffa6ad2a00c
>     namespace: default
>     resourceVersion: "45556025"
>     uid: 5f157340-5bff-419d-8103-31b0899ee54e
>   reason: FailedScheduling
>   reportingComponent: default-scheduler
>   reportingInstance: ""
>   series:
>     count: 2
>     lastObservedTime: "2025-06-12T09:05:00.000000Z"
>   source: {}
>   type: Warning
> kind: List
> metadata:
>   resourceVersion: ""

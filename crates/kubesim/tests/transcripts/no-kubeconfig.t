# A learner's machine with no kubeconfig: client-go falls back to http://localhost:8080
# (clientcmd.ClusterDefaults) and nothing listens there. Checked against kubectl v1.31.0 and
# its v0.31.0 libraries: each failed discovery refresh is one klog line from client-go
# discovery/cached/memory/memcache.go:265 (utilruntime.HandleError → "Unhandled Error" err=…);
# the count follows cli-runtime pkg/resource/builder.go (ReplaceAliases: one per type word;
# mappingFor: the shortcut expander and DeferredDiscoveryRESTMapper, restmapper/shortcut.go and
# discovery.go); the last line is kubectl pkg/cmd/util/helpers.go StandardErrorMessage.
# version (pkg/cmd/version), top (plain discovery client) and auth whoami ask without the memory
# cache; cluster-info prints its hint before the error; api-resources prints its header.
# kubectl config reads only the file (pkg/cmd/config; clientcmd/api MinifyConfig). Then
# aws-cli awscli/customizations/eks/update_kubeconfig.py writes it ("Added new context").
#! --scenario tests/transcripts/no-kubeconfig.scenario

$ kubectl get nodes
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.002000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.003000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.004000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl get pods,svc -n kube-system
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.002000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.003000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.004000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.005000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl get deployments.apps web
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.002000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.003000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.004000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl get pod/web-1 node/x
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.002000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.003000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl get pods web -l app=web
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! error: name cannot be provided when a selector is specified
? 1

$ kubectl get
! You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.
!
! error: Required resource not specified.
! Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
! See 'kubectl get -h' for help and examples
? 1

$ kubectl describe node ip-10-0-1-23.us-west-2.compute.internal
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.002000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.003000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.004000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.002000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.003000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl drain
! error: USAGE: drain NODE [flags]
! See 'kubectl drain -h' for help and examples
? 1

$ kubectl version
> Client Version: v1.31.0-eks-a737599
> Kustomize Version: v5.4.2
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl cluster-info
>
> To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.002000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.003000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.004000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl api-resources
> NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl api-versions
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! error: couldn't get available api versions from server: Get "http://localhost:8080/api?timeout=32s": dial tcp 127.0.0.1:8080: connect: connection refused
? 1

$ kubectl explain pods
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl auth whoami
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl auth can-i get pods
! E0612 09:00:00.000000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! E0612 09:00:00.001000   48213 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused"
! Warning: the server doesn't have a resource type 'pods'
!
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl top nodes
! The connection to the server localhost:8080 was refused - did you specify the right host or port?
? 1

$ kubectl config view
> apiVersion: v1
> clusters: null
> contexts: null
> current-context: ""
> kind: Config
> preferences: {}
> users: null

$ kubectl config view --minify
! error: current-context must exist in order to minify
? 1

$ kubectl config current-context
! error: current-context is not set
? 1

$ kubectl config get-contexts
> CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE

$ kubectl config get-clusters
> NAME

$ kubectl config use-context arn:aws:eks:us-west-2:123456789012:cluster/kubelab
! error: no context exists with the name: "arn:aws:eks:us-west-2:123456789012:cluster/kubelab"
? 1

$ kubectl config set-context --current --namespace=kube-system
! error: no current context is set
? 1

$ aws eks update-kubeconfig --name kubelab --region us-west-2
> Added new context arn:aws:eks:us-west-2:123456789012:cluster/kubelab to /home/learner/.kube/config

$ kubectl config current-context
> arn:aws:eks:us-west-2:123456789012:cluster/kubelab

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ aws eks update-kubeconfig --name kubelab --region us-west-2
> Updated context arn:aws:eks:us-west-2:123456789012:cluster/kubelab in /home/learner/.kube/config

$ reset
> The cluster is back at the start of its scenario, clock included.

$ kubectl config get-contexts
> CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE

$ aws eks update-kubeconfig --name kubelab --region us-west-2
> Added new context arn:aws:eks:us-west-2:123456789012:cluster/kubelab to /home/learner/.kube/config


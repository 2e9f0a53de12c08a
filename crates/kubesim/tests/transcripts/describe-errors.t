# How kubectl describe refuses or finds nothing, from kubectl 1.31
# pkg/cmd/describe/describe.go and the cli-runtime resource builder: a
# NotFound among several names (no prefix fallback with more than one
# name) is reported after what was found, one error a line; "No resources
# found" goes to stderr with exit status 0 and names the namespace even for
# nodes; the builder's own argument errors come through CheckErr.

$ kubectl describe
! error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.
? 1

$ kubectl describe nodez
! error: the server doesn't have a resource type "nodez"
? 1

$ kubectl describe pod nginx
! Error from server (NotFound): pods "nginx" not found
? 1

$ kubectl describe pod nginx web-missing
! Error from server (NotFound): pods "nginx" not found
! Error from server (NotFound): pods "web-missing" not found
? 1

$ kubectl describe deploy/nope
! Error from server (NotFound): deployments.apps "nope" not found
? 1

$ kubectl describe svc,pdb web
> Name:                     web
> Namespace:                default
> Labels:                   app=web
> Annotations:              <none>
> Selector:                 app=web
> Type:                     ClusterIP
> IP Family Policy:         SingleStack
> IP Families:              IPv4
> IP:                       172.20.112.45
> IPs:                      172.20.112.45
> Port:                     http  80/TCP
> TargetPort:               80/TCP
> Endpoints:                10.0.1.74:80,10.0.2.184:80,10.0.3.13:80
> Session Affinity:         None
> Internal Traffic Policy:  Cluster
> Events:                   <none>
>
>
> Name:           web
> Namespace:      default
> Min available:  2
> Selector:       app=web
> Status:
>     Allowed disruptions:  1
>     Current:              3
>     Desired:              2
>     Total:                3
> Events:                   <none>

$ kubectl describe pods web -l app=web
! error: name cannot be provided when a selector is specified
? 1

$ kubectl describe pod/web -l app=web
! error: selectors and the all flag cannot be used when passing resource/name arguments
? 1

$ kubectl describe pods web -A
! error: a resource cannot be retrieved by name across all namespaces
? 1

$ kubectl describe pods -n kube-public
! No resources found in kube-public namespace.

$ kubectl describe pods -A -l app=nothing
! No resources found

$ kubectl describe nodes -l app=nothing
! No resources found in default namespace.

$ kubectl describe pods,services -l app=nothing -n apps
! No resources found in apps namespace.

$ kubectl describe pods/a/b
! error: arguments in resource/name form may not have more than one slash
? 1

$ kubectl describe pod/
! error: arguments in resource/name form must have a single resource and name
? 1

$ kubectl describe pod pod/web
! error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
? 1

$ kubectl describe nodes --bogus
! error: unknown flag: --bogus
! See 'kubectl describe --help' for usage.
? 1


# An empty name fails in the client, not with NotFound, so no prefix
# match; alone it gets CheckErr's "error: " prefix, inside an aggregate not.

$ kubectl describe nodes ""
! error: resource name may not be empty
? 1

$ kubectl describe pod "" nope
! resource name may not be empty
! Error from server (NotFound): pods "nope" not found
? 1


# Several types with one name: two failures are an aggregate (no prefix
# match); one NotFound falls back to DescribeMatchingResources, which wants
# a single type, so the Service found is not printed either.

$ kubectl describe svc,pdb nope
! Error from server (NotFound): services "nope" not found
! Error from server (NotFound): poddisruptionbudgets.policy "nope" not found
? 1

$ kubectl describe pods,svc web
! error: you may only specify a single resource type
? 1


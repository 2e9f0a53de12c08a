# kubectl scale on the basic cluster: up and down through the scale subresource,
# the --current-replicas precondition, kinds without a scale subresource, and
# the errors of kubectl 1.31 (pkg/cmd/scale: NotFound reads "no objects passed
# to scale" up to 1.32). Last, the pods deleted by label come back.

$ kubectl scale deployment web --replicas=5
> deployment.apps/web scaled

$ kubectl rollout status deployment/web
> Waiting for deployment "web" rollout to finish: 3 of 5 updated replicas are available...
> deployment "web" successfully rolled out

$ kubectl wait --for=condition=Ready pods -l app=web --timeout=0
> pod/web-68458dcb9b-9pp26 condition met
> pod/web-68458dcb9b-fg59x condition met
> pod/web-68458dcb9b-qspgw condition met
> pod/web-68458dcb9b-sk4nv condition met
> pod/web-68458dcb9b-tqv64 condition met

$ kubectl scale deploy/web --replicas=2 --current-replicas=3
! error: Expected replicas to be 3, was 5
? 1

$ kubectl scale deploy/web --replicas=2 --current-replicas=5
> deployment.apps/web scaled

$ kubectl rollout status deployment/web
> deployment "web" successfully rolled out

$ kubectl wait --for=delete pod/web-68458dcb9b-tqv64
> pod/web-68458dcb9b-tqv64 condition met

$ kubectl scale deploy web
! error: required flag(s) "replicas" not set
? 1

$ kubectl scale deploy web --replicas=-1
! error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0
? 1

$ kubectl scale deploy web --replicas=two
! error: invalid argument "two" for "--replicas" flag: strconv.ParseInt: parsing "two": invalid syntax
! See 'kubectl scale --help' for usage.
? 1

$ kubectl scale --replicas=3
! error: You must provide one or more resources by argument or filename.
! Example resource specifications include:
!    '-f rsrc.yaml'
!    '--filename=rsrc.json'
!    '<resource> <name>'
!    '<resource>'
? 1

$ kubectl scale deployment --replicas=3
! error: resource(s) were provided, but no name was specified
? 1

$ kubectl scale deploy nope --replicas=2
! error: no objects passed to scale
? 1

$ kubectl scale ds aws-node -n kube-system --replicas=2
! Error from server (NotFound): the server could not find the requested resource
? 1

$ kubectl scale deploy web svc/web --replicas=2
! error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
? 1

$ kubectl scale rs web-68458dcb9b --replicas=2 -o name
> replicaset.apps/web-68458dcb9b

$ kubectl scale deploy web --replicas=3 --dry-run=client
> deployment.apps/web scaled (dry run)

$ kubectl scale deploy web --replicas=3 -o wide
! error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
? 1

$ kubectl delete pods -l app=web
> pod "web-68458dcb9b-9pp26" deleted
> pod "web-68458dcb9b-sk4nv" deleted

$ kubectl rollout status deployment/web
> Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
> deployment "web" successfully rolled out


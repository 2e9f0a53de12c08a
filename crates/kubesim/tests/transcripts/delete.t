# kubectl delete on the basic cluster: one pod (its ReplicaSet makes another),
# force deletion, the wait for the object to be gone, and the resource builder's
# errors. Messages: kubectl pkg/cmd/delete (v1.31: no "from NS namespace").

$ kubectl delete pod web-68458dcb9b-9pp26
> pod "web-68458dcb9b-9pp26" deleted

$ kubectl wait --for=condition=Ready pods -l app=web
> pod/web-68458dcb9b-fg59x condition met
> pod/web-68458dcb9b-qspgw condition met
> pod/web-68458dcb9b-sk4nv condition met

$ kubectl delete pod web-68458dcb9b-9pp26
! Error from server (NotFound): pods "web-68458dcb9b-9pp26" not found
? 1

$ kubectl delete pod web-68458dcb9b-9pp26 --ignore-not-found

$ kubectl delete pods web-68458dcb9b-qspgw --grace-period=0 --force
> pod "web-68458dcb9b-qspgw" force deleted
! Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.

$ kubectl delete pod web-68458dcb9b-sk4nv --force --grace-period=5
! error: --force and --grace-period greater than 0 cannot be specified together
? 1

$ kubectl delete pod web-68458dcb9b-sk4nv --now --grace-period=5
! error: --now and --grace-period cannot be specified together
? 1

$ kubectl delete pod web-68458dcb9b-sk4nv -o json
! error: unexpected -o output mode: json. We only support '-o name'
? 1

$ kubectl delete pod/web-68458dcb9b-sk4nv --cascade=sideways
! error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan"
? 1

$ kubectl delete pod web-68458dcb9b-sk4nv --grace-period=soon
! error: invalid argument "soon" for "--grace-period" flag: strconv.ParseInt: parsing "soon": invalid syntax
! See 'kubectl delete --help' for usage.
? 1

$ kubectl delete pods -l app=nope
> No resources found

$ kubectl delete pods
! error: resource(s) were provided, but no name was specified
? 1

$ kubectl delete
! error: You must provide one or more resources by argument or filename.
! Example resource specifications include:
!    '-f rsrc.yaml'
!    '--filename=rsrc.json'
!    '<resource> <name>'
!    '<resource>'
? 1

$ kubectl delete pod/a b
! error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
? 1

$ kubectl delete foos x
! error: the server doesn't have a resource type "foos"
? 1

$ kubectl delete pods --all -l app=web
! error: setting 'all' parameter but found a non empty selector. 
? 1

$ kubectl delete pod web-68458dcb9b-sk4nv -A
! error: a resource cannot be retrieved by name across all namespaces
? 1

$ kubectl delete pod web-68458dcb9b-sk4nv --timeout=1s
> pod "web-68458dcb9b-sk4nv" deleted
! error: timed out waiting for the condition on pods/web-68458dcb9b-sk4nv
? 1

$ kubectl delete deploy web --cascade=foreground
> deployment.apps "web" deleted

$ kubectl wait --for=delete pods -l app=web

$ kubectl delete deployment.apps web
! Error from server (NotFound): deployments.apps "web" not found
? 1

$ kubectl delete pdb,svc web -o name
> poddisruptionbudget.policy/web
> service/web

$ kubectl delete pods --all -n kube-system --dry-run=client
> pod "aws-node-25x6z" deleted (dry run)
> pod "aws-node-npjss" deleted (dry run)
> pod "aws-node-zc9vt" deleted (dry run)
> pod "coredns-6f5b57577-5x6cd" deleted (dry run)
> pod "coredns-6f5b57577-rfkcr" deleted (dry run)
> pod "kube-proxy-g77lf" deleted (dry run)
> pod "kube-proxy-jw65l" deleted (dry run)
> pod "kube-proxy-l8ndv" deleted (dry run)


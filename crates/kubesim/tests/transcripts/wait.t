# kubectl wait on the basic cluster (pkg/cmd/wait): conditions compared without
# case, --for=delete, one 30 s timeout for the whole command (once it has run
# out while an earlier pod was waited for, the later ones time out too), and
# errors one a line without "error: " when there are several.

$ kubectl wait --for=condition=Ready pod -l app=web
> pod/web-68458dcb9b-9pp26 condition met
> pod/web-68458dcb9b-qspgw condition met
> pod/web-68458dcb9b-sk4nv condition met

$ kubectl wait --for=condition=Available deployment/web
> deployment.apps/web condition met

$ kubectl wait --for=condition=ready node --all --timeout=0
> node/ip-10-0-1-23.us-west-2.compute.internal condition met
> node/ip-10-0-2-141.us-west-2.compute.internal condition met
> node/ip-10-0-3-87.us-west-2.compute.internal condition met

$ kubectl wait --for=condition=DisruptionAllowed pdb/web -o name
> poddisruptionbudget.policy/web

$ kubectl scale deployment web --replicas=5
> deployment.apps/web scaled

$ kubectl wait --for=condition=Ready pods -l app=web --timeout=1s
> pod/web-68458dcb9b-9pp26 condition met
! timed out waiting for the condition on pods/web-68458dcb9b-fg59x
! timed out waiting for the condition on pods/web-68458dcb9b-qspgw
! timed out waiting for the condition on pods/web-68458dcb9b-sk4nv
! timed out waiting for the condition on pods/web-68458dcb9b-tqv64
? 1

$ kubectl wait --for=condition=Ready pods --all
> pod/web-68458dcb9b-9pp26 condition met
> pod/web-68458dcb9b-fg59x condition met
> pod/web-68458dcb9b-qspgw condition met
> pod/web-68458dcb9b-sk4nv condition met
> pod/web-68458dcb9b-tqv64 condition met

$ kubectl wait --for=condition=Ready=false pod/web-68458dcb9b-9pp26 --timeout=2s
! error: timed out waiting for the condition on pods/web-68458dcb9b-9pp26
? 1

$ kubectl delete pod web-68458dcb9b-9pp26 --wait=false
> pod "web-68458dcb9b-9pp26" deleted

$ kubectl wait --for=delete pod/web-68458dcb9b-9pp26
> pod/web-68458dcb9b-9pp26 condition met

$ kubectl wait --for=delete pod/web-68458dcb9b-9pp26

$ kubectl wait --for=condition=Ready pod/web-68458dcb9b-9pp26
! Error from server (NotFound): pods "web-68458dcb9b-9pp26" not found
? 1

$ kubectl wait --for=condition=Ready pod -l app=nope
! error: no matching resources found
? 1

$ kubectl wait --for=condition=Ready pods
! error: resource(s) were provided, but no name was specified
? 1

$ kubectl wait pod -l app=web
! error: unrecognized condition: ""
? 1

$ kubectl wait --for=Ready pod -l app=web
! error: unrecognized condition: "Ready"
? 1

$ kubectl wait --for=condition=Available deployment/web --timeout=5
! error: invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"
! See 'kubectl wait --help' for usage.
? 1

$ kubectl wait --for=jsonpath='{.status.phase}'=Running pod -l app=web
! kubesim: "kubectl wait --for=jsonpath" is not simulated yet; try "--for=condition=Ready"
? 1

$ kubectl wait --for=condition=Available replicaset -l app=web --all --timeout=0
! error: condition not met for replicasets/web-68458dcb9b
? 1


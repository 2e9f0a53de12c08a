# kubectl rollout on the basic cluster: restart, the status watch printing a
# line per change of the Deployment, the revision history the ReplicaSets keep,
# undo, and the refusals of other kinds (pkg/cmd/rollout, pkg/polymorphichelpers).

$ kubectl rollout status deployment/web
> deployment "web" successfully rolled out

$ kubectl rollout history deployment/web
> deployment.apps/web 
> REVISION  CHANGE-CAUSE
> 1         <none>
>

$ kubectl rollout restart deployment/web
> deployment.apps/web restarted

$ kubectl rollout restart deployment/web
! error: failed to create patch for web: if restart has already been triggered within the past second, please wait before attempting to trigger another
? 1

$ kubectl rollout status deployment/web --watch=false
> Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...

$ kubectl rollout status deployment/web --timeout=3s
> Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
! error: timed out waiting for the condition
? 1

$ kubectl rollout status deployment/web
> Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
> Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
> Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
> deployment "web" successfully rolled out

$ kubectl rollout history deployment/web
> deployment.apps/web 
> REVISION  CHANGE-CAUSE
> 1         <none>
> 2         <none>
>

$ kubectl rollout undo deployment/web
> deployment.apps/web rolled back

$ kubectl rollout status deploy/web --revision=1
! error: desired revision (1) is different from the running revision (3)
? 1

$ kubectl rollout status deploy/web
> Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...
> Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...
> Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
> deployment "web" successfully rolled out

$ kubectl rollout history deploy web -o name
> replicaset.apps/web-7ccc888559
> replicaset.apps/web-68458dcb9b

$ kubectl rollout undo deploy/web --to-revision=3
> deployment.apps/web skipped rollback (current template already matches revision 3)

$ kubectl rollout undo deploy/web --to-revision=7
! error: unable to find specified revision 7 in history
? 1

$ kubectl rollout status ds/aws-node -n kube-system
> daemon set "aws-node" successfully rolled out

$ kubectl rollout history daemonset aws-node -n kube-system
> daemonset.apps/aws-node 
> REVISION  CHANGE-CAUSE
> 1         <none>
>

$ kubectl rollout undo ds/aws-node -n kube-system
! error: no last revision to roll back to
? 1

$ kubectl rollout status deployment -n kube-system
> deployment "coredns" successfully rolled out

$ kubectl rollout status svc/web
! error: no status viewer has been implemented for Service
? 1

$ kubectl rollout restart svc/web pod/nope
! Error from server (NotFound): pods "nope" not found
! error: services "web" restarting is not supported
? 1

$ kubectl rollout history svc/web
! error: error retrieving history for "Service", no visitor method exists for { Service}
? 1

$ kubectl rollout undo rs/web-68458dcb9b
! error: no rollbacker has been implemented for "ReplicaSet.apps"
? 1

$ kubectl rollout status deploy/nope
! Error from server (NotFound): deployments.apps "nope" not found
? 1

$ kubectl rollout status
! error: required resource not specified
? 1

$ kubectl rollout status deploy/web --revision=-1
! error: revision must be a positive integer: -1
? 1

$ kubectl rollout foo deploy/web
! error: unknown command "foo deploy/web"
! See 'kubectl rollout -h' for help and examples
? 1

$ kubectl rollout pause deploy/web
! kubesim: "kubectl rollout pause" is not simulated yet; try "kubectl rollout restart" or "kubectl rollout undo"
? 1


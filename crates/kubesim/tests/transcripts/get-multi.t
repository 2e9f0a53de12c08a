# Several types in one command: names are prefixed with their kind (and
# group), each type is its own table, an empty line between tables; `all`
# is pods, services, daemonsets, deployments and replicasets.
$ kubectl get pods,svc
> NAME                       READY   STATUS    RESTARTS   AGE
> pod/web-68458dcb9b-9pp26   1/1     Running   0          2d23h
> pod/web-68458dcb9b-qspgw   1/1     Running   0          2d23h
> pod/web-68458dcb9b-sk4nv   1/1     Running   0          2d23h
>
> NAME                 TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE
> service/kubernetes   ClusterIP   172.20.0.1      <none>        443/TCP   40d
> service/web          ClusterIP   172.20.112.45   <none>        80/TCP    3d

$ kubectl get svc,pods -o name
> service/kubernetes
> service/web
> pod/web-68458dcb9b-9pp26
> pod/web-68458dcb9b-qspgw
> pod/web-68458dcb9b-sk4nv

$ kubectl get deploy,rs -n kube-system
> NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
> deployment.apps/coredns   2/2     2            2           40d
>
> NAME                                DESIRED   CURRENT   READY   AGE
> replicaset.apps/coredns-6f5b57577   2         2         2       40d

$ kubectl get all -n kube-system
> NAME                          READY   STATUS    RESTARTS   AGE
> pod/aws-node-25x6z            2/2     Running   0          12d
> pod/aws-node-npjss            2/2     Running   0          12d
> pod/aws-node-zc9vt            2/2     Running   0          12d
> pod/coredns-6f5b57577-5x6cd   1/1     Running   0          12d
> pod/coredns-6f5b57577-rfkcr   1/1     Running   0          12d
> pod/kube-proxy-g77lf          1/1     Running   0          12d
> pod/kube-proxy-jw65l          1/1     Running   0          12d
> pod/kube-proxy-l8ndv          1/1     Running   0          12d
>
> NAME               TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE
> service/kube-dns   ClusterIP   172.20.0.10   <none>        53/UDP,53/TCP,9153/TCP   40d
>
> NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
> daemonset.apps/aws-node     3         3         3       3            3           <none>          40d
> daemonset.apps/kube-proxy   3         3         3       3            3           <none>          40d
>
> NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
> deployment.apps/coredns   2/2     2            2           40d
>
> NAME                                DESIRED   CURRENT   READY   AGE
> replicaset.apps/coredns-6f5b57577   2         2         2       40d

# kube-dns has two pods and three ports: three of six endpoints are shown.
$ kubectl get svc,ep -n kube-system -o wide
> NAME               TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE   SELECTOR
> service/kube-dns   ClusterIP   172.20.0.10   <none>        53/UDP,53/TCP,9153/TCP   40d   k8s-app=kube-dns
>
> NAME                 ENDPOINTS                                             AGE
> endpoints/kube-dns   10.0.1.147:53,10.0.2.9:53,10.0.1.147:53 + 3 more...   40d

$ kubectl get all -A --no-headers
> default       pod/web-68458dcb9b-9pp26      1/1   Running   0     2d23h
> default       pod/web-68458dcb9b-qspgw      1/1   Running   0     2d23h
> default       pod/web-68458dcb9b-sk4nv      1/1   Running   0     2d23h
> kube-system   pod/aws-node-25x6z            2/2   Running   0     12d
> kube-system   pod/aws-node-npjss            2/2   Running   0     12d
> kube-system   pod/aws-node-zc9vt            2/2   Running   0     12d
> kube-system   pod/coredns-6f5b57577-5x6cd   1/1   Running   0     12d
> kube-system   pod/coredns-6f5b57577-rfkcr   1/1   Running   0     12d
> kube-system   pod/kube-proxy-g77lf          1/1   Running   0     12d
> kube-system   pod/kube-proxy-jw65l          1/1   Running   0     12d
> kube-system   pod/kube-proxy-l8ndv          1/1   Running   0     12d
> default       service/kubernetes   ClusterIP   172.20.0.1      <none>   443/TCP                  40d
> default       service/web          ClusterIP   172.20.112.45   <none>   80/TCP                   3d
> kube-system   service/kube-dns     ClusterIP   172.20.0.10     <none>   53/UDP,53/TCP,9153/TCP   40d
> kube-system   daemonset.apps/aws-node     3     3     3     3     3     <none>   40d
> kube-system   daemonset.apps/kube-proxy   3     3     3     3     3     <none>   40d
> default       deployment.apps/web       3/3   3     3     3d
> kube-system   deployment.apps/coredns   2/2   2     2     40d
> default       replicaset.apps/web-68458dcb9b      3     3     3     3d
> kube-system   replicaset.apps/coredns-6f5b57577   2     2     2     40d

$ kubectl get all -n empty
! No resources found in empty namespace.

$ kubectl get ds,pods -n default
> NAME                       READY   STATUS    RESTARTS   AGE
> pod/web-68458dcb9b-9pp26   1/1     Running   0          2d23h
> pod/web-68458dcb9b-qspgw   1/1     Running   0          2d23h
> pod/web-68458dcb9b-sk4nv   1/1     Running   0          2d23h

$ kubectl get pods --show-kind
> NAME                       READY   STATUS    RESTARTS   AGE
> pod/web-68458dcb9b-9pp26   1/1     Running   0          2d23h
> pod/web-68458dcb9b-qspgw   1/1     Running   0          2d23h
> pod/web-68458dcb9b-sk4nv   1/1     Running   0          2d23h

$ kubectl get po,pods
> NAME                   READY   STATUS    RESTARTS   AGE
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h
> web-68458dcb9b-qspgw   1/1     Running   0          2d23h
> web-68458dcb9b-sk4nv   1/1     Running   0          2d23h

# TYPE,TYPE NAME gets every type by that name; the kind prefix depends on
# what was found.
$ kubectl get pods,svc web
> NAME   TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE
> web    ClusterIP   172.20.112.45   <none>        80/TCP    3d
! Error from server (NotFound): pods "web" not found
? 1

$ kubectl get deploy/web svc/web pod/nope
> NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
> deployment.apps/web   3/3     3            3           3d
>
> NAME          TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE
> service/web   ClusterIP   172.20.112.45   <none>        80/TCP    3d
! Error from server (NotFound): pods "nope" not found
? 1

$ kubectl get svc/web deploy/web svc/kubernetes
> NAME          TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE
> service/web   ClusterIP   172.20.112.45   <none>        80/TCP    3d
>
> NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
> deployment.apps/web   3/3     3            3           3d
>
> NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
> service/kubernetes   ClusterIP   172.20.0.1   <none>        443/TCP   40d

$ kubectl get pods,svc -A -l app=web -o wide
> NAMESPACE   NAME                       READY   STATUS    RESTARTS   AGE     IP           NODE                                       NOMINATED NODE   READINESS GATES
> default     pod/web-68458dcb9b-9pp26   1/1     Running   0          2d23h   10.0.2.184   ip-10-0-2-141.us-west-2.compute.internal   <none>           <none>
> default     pod/web-68458dcb9b-qspgw   1/1     Running   0          2d23h   10.0.3.13    ip-10-0-3-87.us-west-2.compute.internal    <none>           <none>
> default     pod/web-68458dcb9b-sk4nv   1/1     Running   0          2d23h   10.0.1.74    ip-10-0-1-23.us-west-2.compute.internal    <none>           <none>
>
> NAMESPACE   NAME          TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE   SELECTOR
> default     service/web   ClusterIP   172.20.112.45   <none>        80/TCP    3d    app=web

# Only when every type asked for is namespaced does the message name one.
$ kubectl get pods,nodes -l nomatch=x
! No resources found

$ kubectl get nodes -l nomatch=x
! No resources found

$ kubectl get nodes,ns --field-selector metadata.name=default
> NAME                STATUS   AGE
> namespace/default   Active   40d

$ kubectl get pods,foo
! error: the server doesn't have a resource type "foo"
? 1

$ kubectl get pods,svc -l 'a b'
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "a b", field selector "": unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt
! Error from server (BadRequest): Unable to find "/v1, Resource=services" that match label selector "a b", field selector "": unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt
? 1

$ kubectl get pods,svc nope -o name
! Error from server (NotFound): pods "nope" not found
! Error from server (NotFound): services "nope" not found
? 1

$ kubectl get all web
! error: you must specify only one resource
? 1

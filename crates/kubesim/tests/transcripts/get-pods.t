# kubectl get pods on the default scenario. Columns and cells follow the API
# server's printPod (READY, STATUS, RESTARTS, AGE; -o wide adds IP, NODE,
# NOMINATED NODE, READINESS GATES); each column is its widest cell plus 3.
$ kubectl get pods
> NAME                   READY   STATUS    RESTARTS   AGE
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h
> web-68458dcb9b-qspgw   1/1     Running   0          2d23h
> web-68458dcb9b-sk4nv   1/1     Running   0          2d23h

$ kubectl get pods -o wide
> NAME                   READY   STATUS    RESTARTS   AGE     IP           NODE                                       NOMINATED NODE   READINESS GATES
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h   10.0.2.184   ip-10-0-2-141.us-west-2.compute.internal   <none>           <none>
> web-68458dcb9b-qspgw   1/1     Running   0          2d23h   10.0.3.13    ip-10-0-3-87.us-west-2.compute.internal    <none>           <none>
> web-68458dcb9b-sk4nv   1/1     Running   0          2d23h   10.0.1.74    ip-10-0-1-23.us-west-2.compute.internal    <none>           <none>

$ kubectl get pods -o name
> pod/web-68458dcb9b-9pp26
> pod/web-68458dcb9b-qspgw
> pod/web-68458dcb9b-sk4nv

$ kubectl get po -n kube-system
> NAME                      READY   STATUS    RESTARTS   AGE
> aws-node-25x6z            2/2     Running   0          12d
> aws-node-npjss            2/2     Running   0          12d
> aws-node-zc9vt            2/2     Running   0          12d
> coredns-6f5b57577-5x6cd   1/1     Running   0          12d
> coredns-6f5b57577-rfkcr   1/1     Running   0          12d
> kube-proxy-g77lf          1/1     Running   0          12d
> kube-proxy-jw65l          1/1     Running   0          12d
> kube-proxy-l8ndv          1/1     Running   0          12d

# -A puts NAMESPACE first; the list is in API order (namespace, then name).
$ kubectl get pods -A
> NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE
> default       web-68458dcb9b-9pp26      1/1     Running   0          2d23h
> default       web-68458dcb9b-qspgw      1/1     Running   0          2d23h
> default       web-68458dcb9b-sk4nv      1/1     Running   0          2d23h
> kube-system   aws-node-25x6z            2/2     Running   0          12d
> kube-system   aws-node-npjss            2/2     Running   0          12d
> kube-system   aws-node-zc9vt            2/2     Running   0          12d
> kube-system   coredns-6f5b57577-5x6cd   1/1     Running   0          12d
> kube-system   coredns-6f5b57577-rfkcr   1/1     Running   0          12d
> kube-system   kube-proxy-g77lf          1/1     Running   0          12d
> kube-system   kube-proxy-jw65l          1/1     Running   0          12d
> kube-system   kube-proxy-l8ndv          1/1     Running   0          12d

$ kubectl get pods --all-namespaces -o wide
> NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE     IP           NODE                                       NOMINATED NODE   READINESS GATES
> default       web-68458dcb9b-9pp26      1/1     Running   0          2d23h   10.0.2.184   ip-10-0-2-141.us-west-2.compute.internal   <none>           <none>
> default       web-68458dcb9b-qspgw      1/1     Running   0          2d23h   10.0.3.13    ip-10-0-3-87.us-west-2.compute.internal    <none>           <none>
> default       web-68458dcb9b-sk4nv      1/1     Running   0          2d23h   10.0.1.74    ip-10-0-1-23.us-west-2.compute.internal    <none>           <none>
> kube-system   aws-node-25x6z            2/2     Running   0          12d     10.0.3.87    ip-10-0-3-87.us-west-2.compute.internal    <none>           <none>
> kube-system   aws-node-npjss            2/2     Running   0          12d     10.0.2.141   ip-10-0-2-141.us-west-2.compute.internal   <none>           <none>
> kube-system   aws-node-zc9vt            2/2     Running   0          12d     10.0.1.23    ip-10-0-1-23.us-west-2.compute.internal    <none>           <none>
> kube-system   coredns-6f5b57577-5x6cd   1/1     Running   0          12d     10.0.2.9     ip-10-0-2-141.us-west-2.compute.internal   <none>           <none>
> kube-system   coredns-6f5b57577-rfkcr   1/1     Running   0          12d     10.0.1.147   ip-10-0-1-23.us-west-2.compute.internal    <none>           <none>
> kube-system   kube-proxy-g77lf          1/1     Running   0          12d     10.0.2.141   ip-10-0-2-141.us-west-2.compute.internal   <none>           <none>
> kube-system   kube-proxy-jw65l          1/1     Running   0          12d     10.0.1.23    ip-10-0-1-23.us-west-2.compute.internal    <none>           <none>
> kube-system   kube-proxy-l8ndv          1/1     Running   0          12d     10.0.3.87    ip-10-0-3-87.us-west-2.compute.internal    <none>           <none>

# By name: one table however many names, in the order given.
$ kubectl get pod web-68458dcb9b-9pp26
> NAME                   READY   STATUS    RESTARTS   AGE
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h

$ kubectl get pods web-68458dcb9b-sk4nv web-68458dcb9b-9pp26
> NAME                   READY   STATUS    RESTARTS   AGE
> web-68458dcb9b-sk4nv   1/1     Running   0          2d23h
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h

$ kubectl get pod/web-68458dcb9b-qspgw
> NAME                   READY   STATUS    RESTARTS   AGE
> web-68458dcb9b-qspgw   1/1     Running   0          2d23h

# Missing names: what was found is printed, then one NotFound each on stderr.
$ kubectl get pods web-68458dcb9b-9pp26 nope also-nope
> NAME                   READY   STATUS    RESTARTS   AGE
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h
! Error from server (NotFound): pods "nope" not found
! Error from server (NotFound): pods "also-nope" not found
? 1

$ kubectl get pod nope
! Error from server (NotFound): pods "nope" not found
? 1

$ kubectl get pod nope -o name
! Error from server (NotFound): pods "nope" not found
? 1

$ kubectl get pod nope --ignore-not-found

$ kubectl get pods web-68458dcb9b-9pp26 -A
! error: a resource cannot be retrieved by name across all namespaces
? 1

# An empty namespace: the message goes to stderr and the exit status is 0.
$ kubectl get pods -n nowhere
! No resources found in nowhere namespace.

$ kubectl get pods -n nowhere -o name

$ kubectl get pods --no-headers
> web-68458dcb9b-9pp26   1/1   Running   0     2d23h
> web-68458dcb9b-qspgw   1/1   Running   0     2d23h
> web-68458dcb9b-sk4nv   1/1   Running   0     2d23h

# The clock moves only when asked: AGE follows it.
$ sleep 2m

$ kubectl get pods -n kube-system -l k8s-app=kube-dns
> NAME                      READY   STATUS    RESTARTS   AGE
> coredns-6f5b57577-5x6cd   1/1     Running   0          12d
> coredns-6f5b57577-rfkcr   1/1     Running   0          12d

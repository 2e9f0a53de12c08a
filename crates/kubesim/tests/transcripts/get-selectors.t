# Label selectors (-l) and field selectors (--field-selector) are parsed by
# the API server, so a bad one comes back as a BadRequest inside kubectl's
# "Unable to find" wrapper; labels print with --show-labels and -L.
$ kubectl get pods --show-labels
> NAME                   READY   STATUS    RESTARTS   AGE     LABELS
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h   app=web,pod-template-hash=68458dcb9b
> web-68458dcb9b-qspgw   1/1     Running   0          2d23h   app=web,pod-template-hash=68458dcb9b
> web-68458dcb9b-sk4nv   1/1     Running   0          2d23h   app=web,pod-template-hash=68458dcb9b

$ kubectl get pods -L app,pod-template-hash -L k8s-app
> NAME                   READY   STATUS    RESTARTS   AGE     APP   POD-TEMPLATE-HASH   K8S-APP
> web-68458dcb9b-9pp26   1/1     Running   0          2d23h   web   68458dcb9b          
> web-68458dcb9b-qspgw   1/1     Running   0          2d23h   web   68458dcb9b          
> web-68458dcb9b-sk4nv   1/1     Running   0          2d23h   web   68458dcb9b          

$ kubectl get pods -l app=web -o name
> pod/web-68458dcb9b-9pp26
> pod/web-68458dcb9b-qspgw
> pod/web-68458dcb9b-sk4nv

$ kubectl get pods -A -l 'k8s-app in (kube-dns, kube-proxy)'
> NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE
> kube-system   coredns-6f5b57577-5x6cd   1/1     Running   0          12d
> kube-system   coredns-6f5b57577-rfkcr   1/1     Running   0          12d
> kube-system   kube-proxy-g77lf          1/1     Running   0          12d
> kube-system   kube-proxy-jw65l          1/1     Running   0          12d
> kube-system   kube-proxy-l8ndv          1/1     Running   0          12d

$ kubectl get pods -A --selector='!app'
> NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE
> kube-system   aws-node-25x6z            2/2     Running   0          12d
> kube-system   aws-node-npjss            2/2     Running   0          12d
> kube-system   aws-node-zc9vt            2/2     Running   0          12d
> kube-system   coredns-6f5b57577-5x6cd   1/1     Running   0          12d
> kube-system   coredns-6f5b57577-rfkcr   1/1     Running   0          12d
> kube-system   kube-proxy-g77lf          1/1     Running   0          12d
> kube-system   kube-proxy-jw65l          1/1     Running   0          12d
> kube-system   kube-proxy-l8ndv          1/1     Running   0          12d

$ kubectl get pods -A -l k8s-app!=aws-node,k8s-app
> NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE
> kube-system   coredns-6f5b57577-5x6cd   1/1     Running   0          12d
> kube-system   coredns-6f5b57577-rfkcr   1/1     Running   0          12d
> kube-system   kube-proxy-g77lf          1/1     Running   0          12d
> kube-system   kube-proxy-jw65l          1/1     Running   0          12d
> kube-system   kube-proxy-l8ndv          1/1     Running   0          12d

$ kubectl get pods -l app=nope
! No resources found in default namespace.

$ kubectl get pods -A -l app=nope
! No resources found

$ kubectl get pods -l 'app web'
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app web", field selector "": unable to parse requirement: found 'web', expected: in, notin, =, ==, !=, gt, lt
? 1

$ kubectl get pods -l app=web,
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app=web,", field selector "": found '', expected: identifier after ','
? 1

$ kubectl get pods -l -app=web
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "-app=web", field selector "": unable to parse requirement: <nil>: Invalid value: "-app": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
? 1

$ kubectl get pods -l 'app in web'
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app in web", field selector "": unable to parse requirement: found 'web' expected: '('
? 1

$ kubectl get pods -l app=web web-68458dcb9b-9pp26
! error: name cannot be provided when a selector is specified
? 1

$ kubectl get pod/web-68458dcb9b-9pp26 -l app=web
! error: selectors and the all flag cannot be used when passing resource/name arguments
? 1

$ kubectl get pods -A --field-selector spec.nodeName=ip-10-0-1-23.us-west-2.compute.internal
> NAMESPACE     NAME                      READY   STATUS    RESTARTS   AGE
> default       web-68458dcb9b-sk4nv      1/1     Running   0          2d23h
> kube-system   aws-node-zc9vt            2/2     Running   0          12d
> kube-system   coredns-6f5b57577-rfkcr   1/1     Running   0          12d
> kube-system   kube-proxy-jw65l          1/1     Running   0          12d

$ kubectl get pods -A --field-selector status.phase!=Running
! No resources found

$ kubectl get pods -A --field-selector=status.podIP=10.0.1.23,metadata.namespace==kube-system -o name
> pod/aws-node-zc9vt
> pod/kube-proxy-jw65l

$ kubectl get pods --field-selector foo=bar
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo
? 1

$ kubectl get pods --field-selector status.phase
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "status.phase": invalid selector: 'status.phase'; can't understand 'status.phase'
? 1

$ kubectl get pods --field-selector metadata.name=a=b
! Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "metadata.name=a=b": invalid field selector: unescaped character in value: 61
? 1

$ kubectl get deploy --field-selector spec.replicas=3
! Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "spec.replicas=3": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"
? 1

$ kubectl get nodes --field-selector spec.unschedulable=true
! No resources found

$ kubectl get nodes --field-selector metadata.namespace=default
! Error from server (BadRequest): Unable to find "/v1, Resource=nodes" that match label selector "", field selector "metadata.namespace=default": field label not supported: metadata.namespace
? 1

$ kubectl get pods -o name --show-labels
! error: --show-labels option cannot be used with name printer
? 1

# Node leases (coordination.k8s.io/v1) on the default cluster. Checked against kubernetes
# pkg/printers/internalversion/printers.go (leaseColumnDefinitions: Name, Holder, Age; printLease),
# k8s.io/component-helpers apimachinery/lease (the kubelet's lease: holder = node name,
# leaseDurationSeconds 40, renewTime a MicroTime renewed every 10 s, no acquireTime;
# setNodeOwnerFunc's owner reference: apiVersion v1, kind Node, name, uid), kubectl v1.31.0
# pkg/describe/describe.go (no Lease describer: genericDescriber, printUnstructuredContent,
# smartLabelFor), apimachinery DefaultMetaV1FieldSelectorConversion (metadata.name and
# metadata.namespace only) and cli-runtime's name printer (lease.coordination.k8s.io/NAME).

$ kubectl get leases -n kube-node-lease
> NAME                                       HOLDER                                     AGE
> ip-10-0-1-23.us-west-2.compute.internal    ip-10-0-1-23.us-west-2.compute.internal    12d
> ip-10-0-2-141.us-west-2.compute.internal   ip-10-0-2-141.us-west-2.compute.internal   12d
> ip-10-0-3-87.us-west-2.compute.internal    ip-10-0-3-87.us-west-2.compute.internal    12d

$ kubectl get lease -A
> NAMESPACE         NAME                                       HOLDER                                     AGE
> kube-node-lease   ip-10-0-1-23.us-west-2.compute.internal    ip-10-0-1-23.us-west-2.compute.internal    12d
> kube-node-lease   ip-10-0-2-141.us-west-2.compute.internal   ip-10-0-2-141.us-west-2.compute.internal   12d
> kube-node-lease   ip-10-0-3-87.us-west-2.compute.internal    ip-10-0-3-87.us-west-2.compute.internal    12d

$ kubectl get leases.coordination.k8s.io -n kube-node-lease -o wide
> NAME                                       HOLDER                                     AGE
> ip-10-0-1-23.us-west-2.compute.internal    ip-10-0-1-23.us-west-2.compute.internal    12d
> ip-10-0-2-141.us-west-2.compute.internal   ip-10-0-2-141.us-west-2.compute.internal   12d
> ip-10-0-3-87.us-west-2.compute.internal    ip-10-0-3-87.us-west-2.compute.internal    12d

$ kubectl get lease -n kube-node-lease -o name
> lease.coordination.k8s.io/ip-10-0-1-23.us-west-2.compute.internal
> lease.coordination.k8s.io/ip-10-0-2-141.us-west-2.compute.internal
> lease.coordination.k8s.io/ip-10-0-3-87.us-west-2.compute.internal

$ kubectl get lease ip-10-0-1-23.us-west-2.compute.internal -n kube-node-lease -o yaml
> apiVersion: coordination.k8s.io/v1
> kind: Lease
> metadata:
>   creationTimestamp: "2025-05-31T08:47:50Z"
>   name: ip-10-0-1-23.us-west-2.compute.internal
>   namespace: kube-node-lease
>   ownerReferences:
>   - apiVersion: v1
>     kind: Node
>     name: ip-10-0-1-23.us-west-2.compute.internal
>     uid: 28bb0a88-110c-4218-96bf-4df12016c889
>   resourceVersion: "72450373"
>   uid: 0c0537ea-cb1b-4671-8976-6c7fb0acfdd5
> spec:
>   holderIdentity: ip-10-0-1-23.us-west-2.compute.internal
>   leaseDurationSeconds: 40
>   renewTime: "2025-06-12T09:00:00.000000Z"

$ sleep 25s

$ kubectl get lease ip-10-0-1-23.us-west-2.compute.internal -n kube-node-lease -o jsonpath={.spec.renewTime}
> 2025-06-12T09:00:20.000000Z
%

$ kubectl get lease ip-10-0-1-23.us-west-2.compute.internal -n kube-node-lease -o json
> {
>     "apiVersion": "coordination.k8s.io/v1",
>     "kind": "Lease",
>     "metadata": {
>         "creationTimestamp": "2025-05-31T08:47:50Z",
>         "name": "ip-10-0-1-23.us-west-2.compute.internal",
>         "namespace": "kube-node-lease",
>         "ownerReferences": [
>             {
>                 "apiVersion": "v1",
>                 "kind": "Node",
>                 "name": "ip-10-0-1-23.us-west-2.compute.internal",
>                 "uid": "28bb0a88-110c-4218-96bf-4df12016c889"
>             }
>         ],
>         "resourceVersion": "87096451",
>         "uid": "0c0537ea-cb1b-4671-8976-6c7fb0acfdd5"
>     },
>     "spec": {
>         "holderIdentity": "ip-10-0-1-23.us-west-2.compute.internal",
>         "leaseDurationSeconds": 40,
>         "renewTime": "2025-06-12T09:00:20.000000Z"
>     }
> }

$ kubectl describe lease ip-10-0-1-23.us-west-2.compute.internal -n kube-node-lease
> Name:         ip-10-0-1-23.us-west-2.compute.internal
> Namespace:    kube-node-lease
> Labels:       <none>
> Annotations:  <none>
> API Version:  coordination.k8s.io/v1
> Kind:         Lease
> Metadata:
>   Creation Timestamp:  2025-05-31T08:47:50Z
>   Owner References:
>     API Version:     v1
>     Kind:            Node
>     Name:            ip-10-0-1-23.us-west-2.compute.internal
>     UID:             28bb0a88-110c-4218-96bf-4df12016c889
>   Resource Version:  87096451
>   UID:               0c0537ea-cb1b-4671-8976-6c7fb0acfdd5
> Spec:
>   Holder Identity:         ip-10-0-1-23.us-west-2.compute.internal
>   Lease Duration Seconds:  40
>   Renew Time:              2025-06-12T09:00:20.000000Z
> Events:                    <none>

$ kubectl describe lease -n kube-node-lease ip-10-0-3
> Name:         ip-10-0-3-87.us-west-2.compute.internal
> Namespace:    kube-node-lease
> Labels:       <none>
> Annotations:  <none>
> API Version:  coordination.k8s.io/v1
> Kind:         Lease
> Metadata:
>   Creation Timestamp:  2025-05-31T08:47:59Z
>   Owner References:
>     API Version:     v1
>     Kind:            Node
>     Name:            ip-10-0-3-87.us-west-2.compute.internal
>     UID:             8ee280f6-91b1-4ded-a25e-cbf03e98bbae
>   Resource Version:  62722407
>   UID:               3bf760cc-ba7e-43c8-8bdd-29acf62efb11
> Spec:
>   Holder Identity:         ip-10-0-3-87.us-west-2.compute.internal
>   Lease Duration Seconds:  40
>   Renew Time:              2025-06-12T09:00:19.000000Z
> Events:                    <none>
>

$ kubectl get leases
! No resources found in default namespace.

$ kubectl get leases -n kube-node-lease --field-selector metadata.name=ip-10-0-2-141.us-west-2.compute.internal
> NAME                                       HOLDER                                     AGE
> ip-10-0-2-141.us-west-2.compute.internal   ip-10-0-2-141.us-west-2.compute.internal   12d

$ kubectl get leases -n kube-node-lease --field-selector spec.holderIdentity=ip-10-0-2-141.us-west-2.compute.internal
! Error from server (BadRequest): Unable to find "coordination.k8s.io/v1, Resource=leases" that match label selector "", field selector "spec.holderIdentity=ip-10-0-2-141.us-west-2.compute.internal": "spec.holderIdentity" is not a known field selector: only "metadata.name", "metadata.namespace"
? 1

$ kubectl get lease nope -n kube-node-lease
! Error from server (NotFound): leases.coordination.k8s.io "nope" not found
? 1

$ kubectl get lease ip-10-0-1-23.us-west-2.compute.internal node/ip-10-0-1-23.us-west-2.compute.internal -n kube-node-lease
! error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
? 1

$ kubectl get lease/ip-10-0-1-23.us-west-2.compute.internal node/ip-10-0-1-23.us-west-2.compute.internal -n kube-node-lease
> NAME                                                                HOLDER                                    AGE
> lease.coordination.k8s.io/ip-10-0-1-23.us-west-2.compute.internal   ip-10-0-1-23.us-west-2.compute.internal   12d
>
> NAME                                           STATUS   ROLES    AGE   VERSION
> node/ip-10-0-1-23.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599


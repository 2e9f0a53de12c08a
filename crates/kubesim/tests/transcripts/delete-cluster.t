# kubectl delete on cluster-scoped objects: a Fargate node (its pod goes with it
# and waits for a new micro-VM), a namespace (everything in it, Fargate nodes
# too), and the namespaces the API server never lets go (its admission runs on a
# server-side dry run; a client-side one asks nobody).
#! --scenario fargate

$ kubectl delete node fargate-ip-10-0-2-31.us-west-2.compute.internal -n apps
> node "fargate-ip-10-0-2-31.us-west-2.compute.internal" deleted
! Warning: deleting cluster-scoped resources, not scoped to the provided namespace

$ kubectl get nodes
> NAME                                              STATUS   ROLES    AGE   VERSION
> fargate-ip-10-0-2-59.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599
> ip-10-0-1-23.us-west-2.compute.internal           Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal          Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal           Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl delete ns apps --wait=false
! kubesim: "kubectl delete namespace --wait=false" while its pods shut down is not simulated yet; try "kubectl delete namespace NAME"
? 1

$ kubectl delete namespace apps
> namespace "apps" deleted

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl delete ns apps
! Error from server (NotFound): namespaces "apps" not found
? 1

$ kubectl delete ns default kube-system
! Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted
! Error from server (Forbidden): namespaces "kube-system" is forbidden: this namespace may not be deleted
? 1

$ kubectl delete node ip-10-0-1-23.us-west-2.compute.internal -A -o name
> node/ip-10-0-1-23.us-west-2.compute.internal

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl delete ns default --dry-run=server
! Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted
? 1

$ kubectl delete ns kube-public --dry-run=client
> namespace "kube-public" deleted (dry run)


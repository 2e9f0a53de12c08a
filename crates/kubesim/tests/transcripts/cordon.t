# kubectl cordon / uncordon on the default scenario: messages from kubectl's
# RunCordonOrUncordon through the name printer, errors through CheckErr.
# Every node is fetched before any changes, so one missing stops them all.

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned

$ kubectl get nodes
> NAME                                       STATUS                     ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready,SchedulingDisabled   <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready                      <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready                      <none>   12d   v1.30.4-eks-a737599

$ kubectl uncordon ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal uncordoned

$ kubectl uncordon ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal already uncordoned

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl cordon ip-10-0-2-141.us-west-2.compute.internal nope
! Error from server (NotFound): nodes "nope" not found
? 1

$ kubectl get nodes ip-10-0-2-141.us-west-2.compute.internal
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl cordon ip-10-0-2-141.us-west-2.compute.internal node/ip-10-0-3-87.us-west-2.compute.internal
> node/ip-10-0-2-141.us-west-2.compute.internal cordoned
> node/ip-10-0-3-87.us-west-2.compute.internal cordoned

$ kubectl uncordon -l topology.kubernetes.io/zone=us-west-2b
> node/ip-10-0-2-141.us-west-2.compute.internal uncordoned

$ kubectl uncordon -l 'topology.kubernetes.io/zone in (us-west-2a,us-west-2c)'
> node/ip-10-0-1-23.us-west-2.compute.internal already uncordoned
> node/ip-10-0-3-87.us-west-2.compute.internal uncordoned

$ kubectl cordon -l eks.amazonaws.com/nodegroup=ng-other

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal --dry-run=client
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned (dry run)

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal --dry-run=server
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned (server dry run)

$ kubectl cordon --dry-run ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned (dry run)
! W0612 09:00:00.000000   48213 helpers.go:703] --dry-run is deprecated and can be replaced with --dry-run=client.

$ kubectl get nodes ip-10-0-1-23.us-west-2.compute.internal
> NAME                                      STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl cordon
! error: USAGE: cordon NODE [flags]
! See 'kubectl cordon -h' for help and examples
? 1

$ kubectl uncordon
! error: USAGE: uncordon NODE [flags]
! See 'kubectl uncordon -h' for help and examples
? 1

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal -l kubernetes.io/os=linux
! error: cannot specify both a node name and a --selector option
! See 'kubectl cordon -h' for help and examples
? 1

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal --dry-run=yes
! error: Invalid dry-run value (yes). Must be "none", "server", or "client".
? 1

$ kubectl cordon ip-10-0-1-23.us-west-2.compute.internal --force
! error: unknown flag: --force
! See 'kubectl cordon --help' for usage.
? 1

$ kubectl uncordon nope
! Error from server (NotFound): nodes "nope" not found
? 1

$ kubectl cordon pods/nope
! Error from server (NotFound): pods "nope" not found
? 1

$ kubectl cordon -l ''
! error: You must provide one or more resources by argument or filename.
! Example resource specifications include:
!    '-f rsrc.yaml'
!    '--filename=rsrc.json'
!    '<resource> <name>'
!    '<resource>'
? 1


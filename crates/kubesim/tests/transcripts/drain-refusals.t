#! --scenario tests/transcripts/drain.scenario
# kubectl drain's pod filters (pkg/drain/filters.go) on a node with a bare
# pod, an emptyDir pod and DaemonSet pods: each refusal, lifted flag by flag.
# kubectl groups the refusals through a Go map, so their order varies from
# run to run; here they follow the filters' order. v1.30 to v1.35 print the
# bare-pod refusal with "cannot delete" twice.

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned
! error: unable to drain node "ip-10-0-1-23.us-west-2.compute.internal" due to error: [cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/aws-node-thrmt, kube-system/kube-proxy-8mbsq, cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-78b5557b46-gw7nc, cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug], continuing command...
! There are pending nodes to be drained:
!  ip-10-0-1-23.us-west-2.compute.internal
! cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/aws-node-thrmt, kube-system/kube-proxy-8mbsq
! cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-78b5557b46-gw7nc
! cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned
! error: unable to drain node "ip-10-0-1-23.us-west-2.compute.internal" due to error: [cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-78b5557b46-gw7nc, cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug], continuing command...
! There are pending nodes to be drained:
!  ip-10-0-1-23.us-west-2.compute.internal
! cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-78b5557b46-gw7nc
! cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets --delete-emptydir-data
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned
! error: unable to drain node "ip-10-0-1-23.us-west-2.compute.internal" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug, continuing command...
! There are pending nodes to be drained:
!  ip-10-0-1-23.us-west-2.compute.internal
! cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal ip-10-0-2-141.us-west-2.compute.internal --ignore-daemonsets --delete-emptydir-data
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned
> node/ip-10-0-2-141.us-west-2.compute.internal cordoned
> evicting pod default/web-68458dcb9b-cls55
> pod/web-68458dcb9b-cls55 evicted
> node/ip-10-0-2-141.us-west-2.compute.internal drained
! error: unable to drain node "ip-10-0-1-23.us-west-2.compute.internal" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug, continuing command...
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-qm449, kube-system/kube-proxy-zvl2l
! There are pending nodes to be drained:
!  ip-10-0-1-23.us-west-2.compute.internal
! cannot delete cannot delete Pods that declare no controller (use --force to override): default/debug
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets --delete-emptydir-data --force --dry-run=client
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned (dry run)
> evicting pod default/cache-78b5557b46-gw7nc (dry run)
> evicting pod default/debug (dry run)
> evicting pod default/web-68458dcb9b-wxmcj (dry run)
> node/ip-10-0-1-23.us-west-2.compute.internal drained (dry run)
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-thrmt, kube-system/kube-proxy-8mbsq; deleting Pods that declare no controller: default/debug

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets --delete-emptydir-data --force
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned
> evicting pod default/cache-78b5557b46-gw7nc
> evicting pod default/debug
> evicting pod default/web-68458dcb9b-wxmcj
> pod/cache-78b5557b46-gw7nc evicted
> pod/debug evicted
> pod/web-68458dcb9b-wxmcj evicted
> node/ip-10-0-1-23.us-west-2.compute.internal drained
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-thrmt, kube-system/kube-proxy-8mbsq; deleting Pods that declare no controller: default/debug

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets --delete-emptydir-data --force
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned
> node/ip-10-0-1-23.us-west-2.compute.internal drained
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-thrmt, kube-system/kube-proxy-8mbsq

$ kubectl get nodes
> NAME                                       STATUS                     ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready,SchedulingDisabled   <none>   11d   v1.30.4-eks-a737599
> ip-10-0-1-45.us-west-2.compute.internal    Ready                      <none>   11d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready,SchedulingDisabled   <none>   11d   v1.30.4-eks-a737599

$ kubectl uncordon ip-10-0-1-23.us-west-2.compute.internal ip-10-0-2-141.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal uncordoned
> node/ip-10-0-2-141.us-west-2.compute.internal uncordoned

$ kubectl drain ip-10-0-1-45.us-west-2.compute.internal --ignore-daemonsets --delete-emptydir-data --disable-eviction --timeout=1s
> node/ip-10-0-1-45.us-west-2.compute.internal cordoned
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-vmn6n, kube-system/kube-proxy-w8hms
! There are pending pods in node "ip-10-0-1-45.us-west-2.compute.internal" when an error occurred: timed out waiting for the condition
! pod/cache-78b5557b46-984cf
! pod/cache-78b5557b46-tvd8h
! pod/web-68458dcb9b-l9zw5
! pod/web-68458dcb9b-p8xtd
! error: unable to drain node "ip-10-0-1-45.us-west-2.compute.internal" due to error: timed out waiting for the condition, continuing command...
! There are pending nodes to be drained:
!  ip-10-0-1-45.us-west-2.compute.internal
! error: timed out waiting for the condition
? 1

$ kubectl drain ip-10-0-1-45.us-west-2.compute.internal --ignore-daemonsets --delete-emptydir-data --disable-eviction --grace-period=0
> node/ip-10-0-1-45.us-west-2.compute.internal already cordoned
> pod/cache-78b5557b46-984cf deleted
> pod/cache-78b5557b46-tvd8h deleted
> pod/web-68458dcb9b-l9zw5 deleted
> pod/web-68458dcb9b-p8xtd deleted
> node/ip-10-0-1-45.us-west-2.compute.internal drained
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-vmn6n, kube-system/kube-proxy-w8hms

$ kubectl drain -l topology.kubernetes.io/zone=us-west-2a --ignore-daemonsets --delete-emptydir-data --pod-selector=app=cache
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned
> node/ip-10-0-1-45.us-west-2.compute.internal already cordoned
> evicting pod default/cache-78b5557b46-8n9mm
> evicting pod default/cache-78b5557b46-whrw8
> pod/cache-78b5557b46-8n9mm evicted
> pod/cache-78b5557b46-whrw8 evicted
> node/ip-10-0-1-23.us-west-2.compute.internal drained
> node/ip-10-0-1-45.us-west-2.compute.internal drained

$ kubectl get nodes
> NAME                                       STATUS                     ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready,SchedulingDisabled   <none>   11d   v1.30.4-eks-a737599
> ip-10-0-1-45.us-west-2.compute.internal    Ready,SchedulingDisabled   <none>   11d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready                      <none>   11d   v1.30.4-eks-a737599


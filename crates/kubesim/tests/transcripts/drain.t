# kubectl drain on the default scenario: the DaemonSet refusal, a drain that
# passes, one the web and CoreDNS PodDisruptionBudgets hold up until the
# replacement pods are ready, and one they hold up past --timeout. Evictions
# run concurrently in kubectl; here pods due at the same instant go in API
# order. The transcript keeps stdout and stderr apart: on a terminal the
# warning and the retry lines come between the stdout lines.

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned
! error: unable to drain node "ip-10-0-1-23.us-west-2.compute.internal" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/aws-node-zc9vt, kube-system/kube-proxy-jw65l, continuing command...
! There are pending nodes to be drained:
!  ip-10-0-1-23.us-west-2.compute.internal
! cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/aws-node-zc9vt, kube-system/kube-proxy-jw65l
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets
> node/ip-10-0-1-23.us-west-2.compute.internal already cordoned
> evicting pod default/web-68458dcb9b-sk4nv
> evicting pod kube-system/coredns-6f5b57577-rfkcr
> pod/web-68458dcb9b-sk4nv evicted
> pod/coredns-6f5b57577-rfkcr evicted
> node/ip-10-0-1-23.us-west-2.compute.internal drained
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-zc9vt, kube-system/kube-proxy-jw65l

$ kubectl drain ip-10-0-2-141.us-west-2.compute.internal --ignore-daemonsets
> node/ip-10-0-2-141.us-west-2.compute.internal cordoned
> evicting pod default/web-68458dcb9b-9pp26
> evicting pod kube-system/coredns-6f5b57577-5x6cd
> evicting pod default/web-68458dcb9b-9pp26
> evicting pod kube-system/coredns-6f5b57577-5x6cd
> pod/web-68458dcb9b-9pp26 evicted
> pod/coredns-6f5b57577-5x6cd evicted
> node/ip-10-0-2-141.us-west-2.compute.internal drained
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-npjss, kube-system/kube-proxy-g77lf
! error when evicting pods/"web-68458dcb9b-9pp26" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"coredns-6f5b57577-5x6cd" -n "kube-system" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.

$ kubectl get nodes
> NAME                                       STATUS                     ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready,SchedulingDisabled   <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready,SchedulingDisabled   <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready                      <none>   12d   v1.30.4-eks-a737599

$ kubectl drain ip-10-0-3-87.us-west-2.compute.internal --ignore-daemonsets --timeout=12s
> node/ip-10-0-3-87.us-west-2.compute.internal cordoned
> evicting pod default/web-68458dcb9b-fg59x
> evicting pod default/web-68458dcb9b-hp6x8
> evicting pod default/web-68458dcb9b-qspgw
> evicting pod kube-system/coredns-6f5b57577-2fgz4
> evicting pod kube-system/coredns-6f5b57577-tqv64
> pod/web-68458dcb9b-hp6x8 evicted
> pod/coredns-6f5b57577-2fgz4 evicted
> evicting pod default/web-68458dcb9b-fg59x
> evicting pod default/web-68458dcb9b-qspgw
> evicting pod kube-system/coredns-6f5b57577-tqv64
> evicting pod default/web-68458dcb9b-fg59x
> evicting pod default/web-68458dcb9b-qspgw
> evicting pod kube-system/coredns-6f5b57577-tqv64
> evicting pod default/web-68458dcb9b-fg59x
> evicting pod default/web-68458dcb9b-qspgw
> evicting pod kube-system/coredns-6f5b57577-tqv64
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-25x6z, kube-system/kube-proxy-l8ndv
! error when evicting pods/"web-68458dcb9b-fg59x" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"web-68458dcb9b-qspgw" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"coredns-6f5b57577-tqv64" -n "kube-system" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"web-68458dcb9b-fg59x" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"web-68458dcb9b-qspgw" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"coredns-6f5b57577-tqv64" -n "kube-system" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"web-68458dcb9b-fg59x" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"web-68458dcb9b-qspgw" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! error when evicting pods/"coredns-6f5b57577-tqv64" -n "kube-system" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.
! There are pending pods in node "ip-10-0-3-87.us-west-2.compute.internal" when an error occurred: [error when evicting pods/"web-68458dcb9b-fg59x" -n "default": global timeout reached: 12s, error when evicting pods/"web-68458dcb9b-qspgw" -n "default": global timeout reached: 12s, error when evicting pods/"coredns-6f5b57577-tqv64" -n "kube-system": global timeout reached: 12s]
! pod/web-68458dcb9b-fg59x
! pod/web-68458dcb9b-qspgw
! pod/coredns-6f5b57577-tqv64
! error: unable to drain node "ip-10-0-3-87.us-west-2.compute.internal" due to error: [error when evicting pods/"web-68458dcb9b-fg59x" -n "default": global timeout reached: 12s, error when evicting pods/"web-68458dcb9b-qspgw" -n "default": global timeout reached: 12s, error when evicting pods/"coredns-6f5b57577-tqv64" -n "kube-system": global timeout reached: 12s], continuing command...
! There are pending nodes to be drained:
!  ip-10-0-3-87.us-west-2.compute.internal
! error when evicting pods/"web-68458dcb9b-fg59x" -n "default": global timeout reached: 12s
! error when evicting pods/"web-68458dcb9b-qspgw" -n "default": global timeout reached: 12s
! error when evicting pods/"coredns-6f5b57577-tqv64" -n "kube-system": global timeout reached: 12s
? 1

$ kubectl get nodes
> NAME                                       STATUS                     ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready,SchedulingDisabled   <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready,SchedulingDisabled   <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready,SchedulingDisabled   <none>   12d   v1.30.4-eks-a737599

$ kubectl uncordon ip-10-0-1-23.us-west-2.compute.internal ip-10-0-2-141.us-west-2.compute.internal ip-10-0-3-87.us-west-2.compute.internal
> node/ip-10-0-1-23.us-west-2.compute.internal uncordoned
> node/ip-10-0-2-141.us-west-2.compute.internal uncordoned
> node/ip-10-0-3-87.us-west-2.compute.internal uncordoned

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonsets --dry-run=client
> node/ip-10-0-1-23.us-west-2.compute.internal cordoned (dry run)
> evicting pod kube-system/coredns-6f5b57577-blztw (dry run)
> node/ip-10-0-1-23.us-west-2.compute.internal drained (dry run)
! Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-zc9vt, kube-system/kube-proxy-jw65l

$ kubectl get nodes ip-10-0-1-23.us-west-2.compute.internal
> NAME                                      STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl drain nope
! Error from server (NotFound): nodes "nope" not found
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal nope --ignore-daemonsets
! Error from server (NotFound): nodes "nope" not found
? 1

$ kubectl drain
! error: USAGE: drain NODE [flags]
! See 'kubectl drain -h' for help and examples
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal -l kubernetes.io/os=linux
! error: cannot specify both a node name and a --selector option
! See 'kubectl drain -h' for help and examples
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --ignore-daemonset
! error: unknown flag: --ignore-daemonset
! See 'kubectl drain --help' for usage.
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --timeout=1d
! error: invalid argument "1d" for "--timeout" flag: time: unknown unit "d" in duration "1d"
! See 'kubectl drain --help' for usage.
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --timeout=90
! error: invalid argument "90" for "--timeout" flag: time: missing unit in duration "90"
! See 'kubectl drain --help' for usage.
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --grace-period=soon
! error: invalid argument "soon" for "--grace-period" flag: strconv.ParseInt: parsing "soon": invalid syntax
! See 'kubectl drain --help' for usage.
? 1

$ kubectl drain ip-10-0-1-23.us-west-2.compute.internal --pod-selector='app in web'
! error: --pod-selector=<pod_selector> must be a valid label selector
? 1


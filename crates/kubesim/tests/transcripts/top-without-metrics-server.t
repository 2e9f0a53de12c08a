# A new EKS cluster has no metrics-server (it is an optional add-on), so the
# Metrics API is not there for kubectl top.

$ kubectl top nodes
! error: Metrics API not available
? 1

$ kubectl top pods -A
! error: Metrics API not available
? 1

$ kubectl top
! kubesim: "kubectl top" without a subcommand (its help) is not simulated yet; try "kubectl top nodes"
? 1

$ kubectl top pod --sort-by=age
! error: --sort-by accepts only cpu or memory
? 1


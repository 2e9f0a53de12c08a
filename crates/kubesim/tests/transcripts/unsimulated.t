# Real kubectl features this simulator does not model yet say so, and what to try instead.

$ kubectl describe nodes
! kubesim: "kubectl describe" is not simulated yet; try "kubectl get nodes"
? 1

$ kubectl get nodes -o yaml
! kubesim: "-o yaml" is not simulated yet; try "-o wide" or "-o name"
? 1

$ kubectl get nodes -o jsonpath={.items[*].metadata.name}
! kubesim: "-o jsonpath" is not simulated yet; try "-o wide" or "-o name"
? 1

$ kubectl get pods -A
! kubesim: "kubectl get pods" is not simulated yet; try "kubectl get nodes"
? 1

$ kubectl get nodes -h
! kubesim: "kubectl get --help" is not simulated yet; try "kubectl get nodes"
? 1

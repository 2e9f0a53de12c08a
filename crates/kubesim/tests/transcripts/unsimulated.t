# Real kubectl features this simulator does not model say so, and what to try instead.

$ kubectl exec -it web -- sh
! kubesim: "kubectl exec" is not simulated yet; try "kubectl get nodes"
? 1

$ kubectl get nodes -o go-template={{.kind}}
! kubesim: "-o go-template" is not simulated yet; try "-o wide" or "-o name"
? 1

$ kubectl get configmaps
! kubesim: "kubectl get configmaps" is not simulated yet; try "kubectl get nodes"
? 1

$ kubectl get nodes -h
! kubesim: "kubectl get --help" is not simulated yet; try "kubectl get nodes"
? 1

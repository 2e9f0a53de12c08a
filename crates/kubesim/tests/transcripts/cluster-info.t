# kubectl cluster-info (pkg/cmd/clusterinfo): the server URL of the kubeconfig, then kube-system's Services
# labelled kubernetes.io/cluster-service=true through the API server's service proxy (-n picks another namespace).

$ kubectl cluster-info
> Kubernetes control plane is running at https://B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A.gr7.us-west-2.eks.amazonaws.com
> CoreDNS is running at https://B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A.gr7.us-west-2.eks.amazonaws.com/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy
>
> To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

$ kubectl cluster-info --namespace default
> Kubernetes control plane is running at https://B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A.gr7.us-west-2.eks.amazonaws.com
>
> To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

$ kubectl cluster-info dump
! kubesim: "kubectl cluster-info dump" is not simulated yet; try "kubectl get events -A"
? 1

$ kubectl cluster-info --all
! error: unknown flag: --all
! See 'kubectl cluster-info --help' for usage.
? 1


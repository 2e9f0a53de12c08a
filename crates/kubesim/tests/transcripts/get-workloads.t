# Deployments, ReplicaSets and DaemonSets: the counts come from the pods as
# their controllers count them; -o wide adds CONTAINERS, IMAGES, SELECTOR.
$ kubectl get deployments
> NAME   READY   UP-TO-DATE   AVAILABLE   AGE
> web    3/3     3            3           3d

$ kubectl get deploy -A -o wide
> NAMESPACE     NAME      READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES                                                                        SELECTOR
> default       web       3/3     3            3           3d    web          public.ecr.aws/nginx/nginx:1.27                                               app=web
> kube-system   coredns   2/2     2            2           40d   coredns      602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns:v1.11.3-eksbuild.1   eks.amazonaws.com/component=coredns,k8s-app=kube-dns

$ kubectl get deployment.apps/web -o name
> deployment.apps/web

$ kubectl get deployments.apps coredns -n kube-system
> NAME      READY   UP-TO-DATE   AVAILABLE   AGE
> coredns   2/2     2            2           40d

$ kubectl get deploy nope
! Error from server (NotFound): deployments.apps "nope" not found
? 1

$ kubectl get deploy -A -L k8s-app
> NAMESPACE     NAME      READY   UP-TO-DATE   AVAILABLE   AGE   K8S-APP
> default       web       3/3     3            3           3d    
> kube-system   coredns   2/2     2            2           40d   kube-dns

$ kubectl get rs -A
> NAMESPACE     NAME                DESIRED   CURRENT   READY   AGE
> default       web-68458dcb9b      3         3         3       3d
> kube-system   coredns-6f5b57577   2         2         2       40d

$ kubectl get replicasets -n kube-system -o wide
> NAME                DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES                                                                        SELECTOR
> coredns-6f5b57577   2         2         2       40d   coredns      602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns:v1.11.3-eksbuild.1   eks.amazonaws.com/component=coredns,k8s-app=kube-dns,pod-template-hash=6f5b57577

$ kubectl get rs -o name
> replicaset.apps/web-68458dcb9b

$ kubectl get rs --field-selector status.replicas=3
! Error from server (BadRequest): Unable to find "apps/v1, Resource=replicasets" that match label selector "", field selector "status.replicas=3": "status.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"
? 1

$ kubectl get ds -A
> NAMESPACE     NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
> kube-system   aws-node     3         3         3       3            3           <none>          40d
> kube-system   kube-proxy   3         3         3       3            3           <none>          40d

$ kubectl get daemonsets -n kube-system -o wide
> NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS                   IMAGES                                                                                                                                                                          SELECTOR
> aws-node     3         3         3       3            3           <none>          40d   aws-node,aws-eks-nodeagent   602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.5-eksbuild.1,602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-network-policy-agent:v1.1.3-eksbuild.1   k8s-app=aws-node
> kube-proxy   3         3         3       3            3           <none>          40d   kube-proxy                   602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy:v1.30.3-eksbuild.5                                                                                                  k8s-app=kube-proxy

$ kubectl get ds -o name -n kube-system
> daemonset.apps/aws-node
> daemonset.apps/kube-proxy

$ kubectl get ds
! No resources found in default namespace.

$ kubectl get ds -A --show-labels
> NAMESPACE     NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   LABELS
> kube-system   aws-node     3         3         3       3            3           <none>          40d   k8s-app=aws-node
> kube-system   kube-proxy   3         3         3       3            3           <none>          40d   k8s-app=kube-proxy

$ kubectl get statefulsets
! kubesim: "kubectl get statefulsets" is not simulated yet; try "kubectl get nodes"
? 1

# kubectl get nodes on the default scenario (EKS 1.30, three t3.medium nodes).

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get node
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get no
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get NODES
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get nodes -o wide
> NAME                                       STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP   OS-IMAGE         KERNEL-VERSION                  CONTAINER-RUNTIME
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   10.0.1.23     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599   10.0.2.141    <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   10.0.3.87     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22

$ kubectl get nodes -owide
> NAME                                       STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP   OS-IMAGE         KERNEL-VERSION                  CONTAINER-RUNTIME
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   10.0.1.23     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599   10.0.2.141    <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   10.0.3.87     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22

$ kubectl get nodes --output=wide
> NAME                                       STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP   OS-IMAGE         KERNEL-VERSION                  CONTAINER-RUNTIME
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   10.0.1.23     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599   10.0.2.141    <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   10.0.3.87     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22

$ kubectl get nodes -o name
> node/ip-10-0-1-23.us-west-2.compute.internal
> node/ip-10-0-2-141.us-west-2.compute.internal
> node/ip-10-0-3-87.us-west-2.compute.internal

$ kubectl get nodes --show-labels
> NAME                                       STATUS   ROLES    AGE   VERSION               LABELS
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/instance-type=t3.medium,beta.kubernetes.io/os=linux,eks.amazonaws.com/capacityType=ON_DEMAND,eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93,eks.amazonaws.com/nodegroup=ng-general,failure-domain.beta.kubernetes.io/region=us-west-2,failure-domain.beta.kubernetes.io/zone=us-west-2a,k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6,kubernetes.io/arch=amd64,kubernetes.io/hostname=ip-10-0-1-23.us-west-2.compute.internal,kubernetes.io/os=linux,node.kubernetes.io/instance-type=t3.medium,topology.k8s.aws/zone-id=usw2-az1,topology.kubernetes.io/region=us-west-2,topology.kubernetes.io/zone=us-west-2a
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/instance-type=t3.medium,beta.kubernetes.io/os=linux,eks.amazonaws.com/capacityType=ON_DEMAND,eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93,eks.amazonaws.com/nodegroup=ng-general,failure-domain.beta.kubernetes.io/region=us-west-2,failure-domain.beta.kubernetes.io/zone=us-west-2b,k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6,kubernetes.io/arch=amd64,kubernetes.io/hostname=ip-10-0-2-141.us-west-2.compute.internal,kubernetes.io/os=linux,node.kubernetes.io/instance-type=t3.medium,topology.k8s.aws/zone-id=usw2-az2,topology.kubernetes.io/region=us-west-2,topology.kubernetes.io/zone=us-west-2b
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/instance-type=t3.medium,beta.kubernetes.io/os=linux,eks.amazonaws.com/capacityType=ON_DEMAND,eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93,eks.amazonaws.com/nodegroup=ng-general,failure-domain.beta.kubernetes.io/region=us-west-2,failure-domain.beta.kubernetes.io/zone=us-west-2c,k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6,kubernetes.io/arch=amd64,kubernetes.io/hostname=ip-10-0-3-87.us-west-2.compute.internal,kubernetes.io/os=linux,node.kubernetes.io/instance-type=t3.medium,topology.k8s.aws/zone-id=usw2-az3,topology.kubernetes.io/region=us-west-2,topology.kubernetes.io/zone=us-west-2c

$ kubectl get nodes ip-10-0-2-141.us-west-2.compute.internal
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get node/ip-10-0-3-87.us-west-2.compute.internal
> NAME                                      STATUS   ROLES    AGE   VERSION
> ip-10-0-3-87.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get nodes ip-10-0-1-23.us-west-2.compute.internal nope
> NAME                                      STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
! Error from server (NotFound): nodes "nope" not found
? 1

$ kubectl -n kube-system get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get nodes -A
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get nodes # a comment
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$   kubectl   get   "nodes"  
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

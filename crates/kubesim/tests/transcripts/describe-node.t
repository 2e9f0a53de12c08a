# kubectl describe node on the default scenario (EKS 1.30, three t3.medium
# nodes). Checked against kubectl 1.31 pkg/describe/describe.go describeNode:
# tabwriter minwidth 0 / padding 2, so `Name:` values start at column 20
# (CreationTimestamp: is the widest key of the first block) and
# `Non-terminated Pods:` shares a block with `  Container Runtime Version:`;
# condition cells carry a space before each tab; percentages are of
# allocatable (1930m, 3388364Ki), truncated; `Events:  <none>` sits in the
# Allocated resources block. Labels, annotations, addresses, capacity and
# system info follow real EKS managed-node-group nodes.

$ kubectl describe node ip-10-0-1-23.us-west-2.compute.internal
> Name:               ip-10-0-1-23.us-west-2.compute.internal
> Roles:              <none>
> Labels:             beta.kubernetes.io/arch=amd64
>                     beta.kubernetes.io/instance-type=t3.medium
>                     beta.kubernetes.io/os=linux
>                     eks.amazonaws.com/capacityType=ON_DEMAND
>                     eks.amazonaws.com/nodegroup=ng-general
>                     eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93
>                     failure-domain.beta.kubernetes.io/region=us-west-2
>                     failure-domain.beta.kubernetes.io/zone=us-west-2a
>                     k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6
>                     kubernetes.io/arch=amd64
>                     kubernetes.io/hostname=ip-10-0-1-23.us-west-2.compute.internal
>                     kubernetes.io/os=linux
>                     node.kubernetes.io/instance-type=t3.medium
>                     topology.k8s.aws/zone-id=usw2-az1
>                     topology.kubernetes.io/region=us-west-2
>                     topology.kubernetes.io/zone=us-west-2a
> Annotations:        alpha.kubernetes.io/provided-node-ip: 10.0.1.23
>                     node.alpha.kubernetes.io/ttl: 0
>                     volumes.kubernetes.io/controller-managed-attach-detach: true
> CreationTimestamp:  Sat, 31 May 2025 08:47:50 +0000
> Taints:             <none>
> Unschedulable:      false
> Lease:
>   HolderIdentity:  ip-10-0-1-23.us-west-2.compute.internal
>   AcquireTime:     <unset>
>   RenewTime:       Thu, 12 Jun 2025 09:00:00 +0000
> Conditions:
>   Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
>   ----             ------  -----------------                 ------------------                ------                       -------
>   MemoryPressure   False   Thu, 12 Jun 2025 08:57:50 +0000   Sat, 31 May 2025 08:47:50 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
>   DiskPressure     False   Thu, 12 Jun 2025 08:57:50 +0000   Sat, 31 May 2025 08:47:50 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
>   PIDPressure      False   Thu, 12 Jun 2025 08:57:50 +0000   Sat, 31 May 2025 08:47:50 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
>   Ready            True    Thu, 12 Jun 2025 08:57:50 +0000   Sat, 31 May 2025 08:48:10 +0000   KubeletReady                 kubelet is posting ready status
> Addresses:
>   InternalIP:   10.0.1.23
>   InternalDNS:  ip-10-0-1-23.us-west-2.compute.internal
>   Hostname:     ip-10-0-1-23.us-west-2.compute.internal
> Capacity:
>   cpu:                2
>   ephemeral-storage:  20959212Ki
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3943372Ki
>   pods:               17
> Allocatable:
>   cpu:                1930m
>   ephemeral-storage:  18242267924
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3388364Ki
>   pods:               17
> System Info:
>   Machine ID:                 ec2cd4f3e544fe704f72385a1dcd37b6
>   System UUID:                ec2cd4f3-e544-fe70-4f72-385a1dcd37b6
>   Boot ID:                    4bddaea6-fba4-ef59-29fe-9a09d580fd3c
>   Kernel Version:             5.10.225-213.878.amzn2.x86_64
>   OS Image:                   Amazon Linux 2
>   Operating System:           linux
>   Architecture:               amd64
>   Container Runtime Version:  containerd://1.7.22
>   Kubelet Version:            v1.30.4-eks-a737599
>   Kube-Proxy Version:         v1.30.4-eks-a737599
> ProviderID:                   aws:///us-west-2a/i-0a3f5c2e8d1b47906
> Non-terminated Pods:          (4 in total)
>   Namespace                   Name                       CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
>   ---------                   ----                       ------------  ----------  ---------------  -------------  ---
>   default                     web-68458dcb9b-sk4nv       250m (12%)    0 (0%)      256Mi (7%)       0 (0%)         2d23h
>   kube-system                 aws-node-zc9vt             25m (1%)      0 (0%)      0 (0%)           0 (0%)         12d
>   kube-system                 coredns-6f5b57577-rfkcr    100m (5%)     0 (0%)      70Mi (2%)        170Mi (5%)     12d
>   kube-system                 kube-proxy-jw65l           100m (5%)     0 (0%)      0 (0%)           0 (0%)         12d
> Allocated resources:
>   (Total limits may be over 100 percent, i.e., overcommitted.)
>   Resource           Requests    Limits
>   --------           --------    ------
>   cpu                475m (24%)  0 (0%)
>   memory             326Mi (9%)  170Mi (5%)
>   ephemeral-storage  0 (0%)      0 (0%)
>   hugepages-1Gi      0 (0%)      0 (0%)
>   hugepages-2Mi      0 (0%)      0 (0%)
> Events:              <none>

$ kubectl describe no/ip-10-0-3-87.us-west-2.compute.internal --show-events=false
> Name:               ip-10-0-3-87.us-west-2.compute.internal
> Roles:              <none>
> Labels:             beta.kubernetes.io/arch=amd64
>                     beta.kubernetes.io/instance-type=t3.medium
>                     beta.kubernetes.io/os=linux
>                     eks.amazonaws.com/capacityType=ON_DEMAND
>                     eks.amazonaws.com/nodegroup=ng-general
>                     eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93
>                     failure-domain.beta.kubernetes.io/region=us-west-2
>                     failure-domain.beta.kubernetes.io/zone=us-west-2c
>                     k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6
>                     kubernetes.io/arch=amd64
>                     kubernetes.io/hostname=ip-10-0-3-87.us-west-2.compute.internal
>                     kubernetes.io/os=linux
>                     node.kubernetes.io/instance-type=t3.medium
>                     topology.k8s.aws/zone-id=usw2-az3
>                     topology.kubernetes.io/region=us-west-2
>                     topology.kubernetes.io/zone=us-west-2c
> Annotations:        alpha.kubernetes.io/provided-node-ip: 10.0.3.87
>                     node.alpha.kubernetes.io/ttl: 0
>                     volumes.kubernetes.io/controller-managed-attach-detach: true
> CreationTimestamp:  Sat, 31 May 2025 08:47:59 +0000
> Taints:             <none>
> Unschedulable:      false
> Lease:
>   HolderIdentity:  ip-10-0-3-87.us-west-2.compute.internal
>   AcquireTime:     <unset>
>   RenewTime:       Thu, 12 Jun 2025 08:59:59 +0000
> Conditions:
>   Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
>   ----             ------  -----------------                 ------------------                ------                       -------
>   MemoryPressure   False   Thu, 12 Jun 2025 08:57:59 +0000   Sat, 31 May 2025 08:47:59 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
>   DiskPressure     False   Thu, 12 Jun 2025 08:57:59 +0000   Sat, 31 May 2025 08:47:59 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
>   PIDPressure      False   Thu, 12 Jun 2025 08:57:59 +0000   Sat, 31 May 2025 08:47:59 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
>   Ready            True    Thu, 12 Jun 2025 08:57:59 +0000   Sat, 31 May 2025 08:48:19 +0000   KubeletReady                 kubelet is posting ready status
> Addresses:
>   InternalIP:   10.0.3.87
>   InternalDNS:  ip-10-0-3-87.us-west-2.compute.internal
>   Hostname:     ip-10-0-3-87.us-west-2.compute.internal
> Capacity:
>   cpu:                2
>   ephemeral-storage:  20959212Ki
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3943372Ki
>   pods:               17
> Allocatable:
>   cpu:                1930m
>   ephemeral-storage:  18242267924
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3388364Ki
>   pods:               17
> System Info:
>   Machine ID:                 ec2c025fef01e60aedb1aefc1e7b37bf
>   System UUID:                ec2c025f-ef01-e60a-edb1-aefc1e7b37bf
>   Boot ID:                    cd02679f-d843-3900-3c78-5aec4322aa03
>   Kernel Version:             5.10.225-213.878.amzn2.x86_64
>   OS Image:                   Amazon Linux 2
>   Operating System:           linux
>   Architecture:               amd64
>   Container Runtime Version:  containerd://1.7.22
>   Kubelet Version:            v1.30.4-eks-a737599
>   Kube-Proxy Version:         v1.30.4-eks-a737599
> ProviderID:                   aws:///us-west-2c/i-07e2b8f1c6d9a4035
> Non-terminated Pods:          (3 in total)
>   Namespace                   Name                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
>   ---------                   ----                    ------------  ----------  ---------------  -------------  ---
>   default                     web-68458dcb9b-qspgw    250m (12%)    0 (0%)      256Mi (7%)       0 (0%)         2d23h
>   kube-system                 aws-node-25x6z          25m (1%)      0 (0%)      0 (0%)           0 (0%)         12d
>   kube-system                 kube-proxy-l8ndv        100m (5%)     0 (0%)      0 (0%)           0 (0%)         12d
> Allocated resources:
>   (Total limits may be over 100 percent, i.e., overcommitted.)
>   Resource           Requests    Limits
>   --------           --------    ------
>   cpu                375m (19%)  0 (0%)
>   memory             256Mi (7%)  0 (0%)
>   ephemeral-storage  0 (0%)      0 (0%)
>   hugepages-1Gi      0 (0%)      0 (0%)
>   hugepages-2Mi      0 (0%)      0 (0%)

$ kubectl describe nodes -l topology.kubernetes.io/zone=us-west-2b
> Name:               ip-10-0-2-141.us-west-2.compute.internal
> Roles:              <none>
> Labels:             beta.kubernetes.io/arch=amd64
>                     beta.kubernetes.io/instance-type=t3.medium
>                     beta.kubernetes.io/os=linux
>                     eks.amazonaws.com/capacityType=ON_DEMAND
>                     eks.amazonaws.com/nodegroup=ng-general
>                     eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93
>                     failure-domain.beta.kubernetes.io/region=us-west-2
>                     failure-domain.beta.kubernetes.io/zone=us-west-2b
>                     k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6
>                     kubernetes.io/arch=amd64
>                     kubernetes.io/hostname=ip-10-0-2-141.us-west-2.compute.internal
>                     kubernetes.io/os=linux
>                     node.kubernetes.io/instance-type=t3.medium
>                     topology.k8s.aws/zone-id=usw2-az2
>                     topology.kubernetes.io/region=us-west-2
>                     topology.kubernetes.io/zone=us-west-2b
> Annotations:        alpha.kubernetes.io/provided-node-ip: 10.0.2.141
>                     node.alpha.kubernetes.io/ttl: 0
>                     volumes.kubernetes.io/controller-managed-attach-detach: true
> CreationTimestamp:  Sat, 31 May 2025 08:47:54 +0000
> Taints:             <none>
> Unschedulable:      false
> Lease:
>   HolderIdentity:  ip-10-0-2-141.us-west-2.compute.internal
>   AcquireTime:     <unset>
>   RenewTime:       Thu, 12 Jun 2025 08:59:54 +0000
> Conditions:
>   Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
>   ----             ------  -----------------                 ------------------                ------                       -------
>   MemoryPressure   False   Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:47:54 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
>   DiskPressure     False   Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:47:54 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
>   PIDPressure      False   Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:47:54 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
>   Ready            True    Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:48:14 +0000   KubeletReady                 kubelet is posting ready status
> Addresses:
>   InternalIP:   10.0.2.141
>   InternalDNS:  ip-10-0-2-141.us-west-2.compute.internal
>   Hostname:     ip-10-0-2-141.us-west-2.compute.internal
> Capacity:
>   cpu:                2
>   ephemeral-storage:  20959212Ki
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3943372Ki
>   pods:               17
> Allocatable:
>   cpu:                1930m
>   ephemeral-storage:  18242267924
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3388364Ki
>   pods:               17
> System Info:
>   Machine ID:                 ec2cde6adf8f5d7a4ef0c71a62db0b33
>   System UUID:                ec2cde6a-df8f-5d7a-4ef0-c71a62db0b33
>   Boot ID:                    4498af72-fdc9-00cf-3cfb-fd14d432305c
>   Kernel Version:             5.10.225-213.878.amzn2.x86_64
>   OS Image:                   Amazon Linux 2
>   Operating System:           linux
>   Architecture:               amd64
>   Container Runtime Version:  containerd://1.7.22
>   Kubelet Version:            v1.30.4-eks-a737599
>   Kube-Proxy Version:         v1.30.4-eks-a737599
> ProviderID:                   aws:///us-west-2b/i-0c91d4e7a2f5b3816
> Non-terminated Pods:          (4 in total)
>   Namespace                   Name                       CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
>   ---------                   ----                       ------------  ----------  ---------------  -------------  ---
>   default                     web-68458dcb9b-9pp26       250m (12%)    0 (0%)      256Mi (7%)       0 (0%)         2d23h
>   kube-system                 aws-node-npjss             25m (1%)      0 (0%)      0 (0%)           0 (0%)         12d
>   kube-system                 coredns-6f5b57577-5x6cd    100m (5%)     0 (0%)      70Mi (2%)        170Mi (5%)     12d
>   kube-system                 kube-proxy-g77lf           100m (5%)     0 (0%)      0 (0%)           0 (0%)         12d
> Allocated resources:
>   (Total limits may be over 100 percent, i.e., overcommitted.)
>   Resource           Requests    Limits
>   --------           --------    ------
>   cpu                475m (24%)  0 (0%)
>   memory             326Mi (9%)  170Mi (5%)
>   ephemeral-storage  0 (0%)      0 (0%)
>   hugepages-1Gi      0 (0%)      0 (0%)
>   hugepages-2Mi      0 (0%)      0 (0%)
> Events:              <none>

$ kubectl describe node ip-10-0-2
> Name:               ip-10-0-2-141.us-west-2.compute.internal
> Roles:              <none>
> Labels:             beta.kubernetes.io/arch=amd64
>                     beta.kubernetes.io/instance-type=t3.medium
>                     beta.kubernetes.io/os=linux
>                     eks.amazonaws.com/capacityType=ON_DEMAND
>                     eks.amazonaws.com/nodegroup=ng-general
>                     eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93
>                     failure-domain.beta.kubernetes.io/region=us-west-2
>                     failure-domain.beta.kubernetes.io/zone=us-west-2b
>                     k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6
>                     kubernetes.io/arch=amd64
>                     kubernetes.io/hostname=ip-10-0-2-141.us-west-2.compute.internal
>                     kubernetes.io/os=linux
>                     node.kubernetes.io/instance-type=t3.medium
>                     topology.k8s.aws/zone-id=usw2-az2
>                     topology.kubernetes.io/region=us-west-2
>                     topology.kubernetes.io/zone=us-west-2b
> Annotations:        alpha.kubernetes.io/provided-node-ip: 10.0.2.141
>                     node.alpha.kubernetes.io/ttl: 0
>                     volumes.kubernetes.io/controller-managed-attach-detach: true
> CreationTimestamp:  Sat, 31 May 2025 08:47:54 +0000
> Taints:             <none>
> Unschedulable:      false
> Lease:
>   HolderIdentity:  ip-10-0-2-141.us-west-2.compute.internal
>   AcquireTime:     <unset>
>   RenewTime:       Thu, 12 Jun 2025 08:59:54 +0000
> Conditions:
>   Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
>   ----             ------  -----------------                 ------------------                ------                       -------
>   MemoryPressure   False   Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:47:54 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
>   DiskPressure     False   Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:47:54 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
>   PIDPressure      False   Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:47:54 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
>   Ready            True    Thu, 12 Jun 2025 08:57:54 +0000   Sat, 31 May 2025 08:48:14 +0000   KubeletReady                 kubelet is posting ready status
> Addresses:
>   InternalIP:   10.0.2.141
>   InternalDNS:  ip-10-0-2-141.us-west-2.compute.internal
>   Hostname:     ip-10-0-2-141.us-west-2.compute.internal
> Capacity:
>   cpu:                2
>   ephemeral-storage:  20959212Ki
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3943372Ki
>   pods:               17
> Allocatable:
>   cpu:                1930m
>   ephemeral-storage:  18242267924
>   hugepages-1Gi:      0
>   hugepages-2Mi:      0
>   memory:             3388364Ki
>   pods:               17
> System Info:
>   Machine ID:                 ec2cde6adf8f5d7a4ef0c71a62db0b33
>   System UUID:                ec2cde6a-df8f-5d7a-4ef0-c71a62db0b33
>   Boot ID:                    4498af72-fdc9-00cf-3cfb-fd14d432305c
>   Kernel Version:             5.10.225-213.878.amzn2.x86_64
>   OS Image:                   Amazon Linux 2
>   Operating System:           linux
>   Architecture:               amd64
>   Container Runtime Version:  containerd://1.7.22
>   Kubelet Version:            v1.30.4-eks-a737599
>   Kube-Proxy Version:         v1.30.4-eks-a737599
> ProviderID:                   aws:///us-west-2b/i-0c91d4e7a2f5b3816
> Non-terminated Pods:          (4 in total)
>   Namespace                   Name                       CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
>   ---------                   ----                       ------------  ----------  ---------------  -------------  ---
>   default                     web-68458dcb9b-9pp26       250m (12%)    0 (0%)      256Mi (7%)       0 (0%)         2d23h
>   kube-system                 aws-node-npjss             25m (1%)      0 (0%)      0 (0%)           0 (0%)         12d
>   kube-system                 coredns-6f5b57577-5x6cd    100m (5%)     0 (0%)      70Mi (2%)        170Mi (5%)     12d
>   kube-system                 kube-proxy-g77lf           100m (5%)     0 (0%)      0 (0%)           0 (0%)         12d
> Allocated resources:
>   (Total limits may be over 100 percent, i.e., overcommitted.)
>   Resource           Requests    Limits
>   --------           --------    ------
>   cpu                475m (24%)  0 (0%)
>   memory             326Mi (9%)  170Mi (5%)
>   ephemeral-storage  0 (0%)      0 (0%)
>   hugepages-1Gi      0 (0%)      0 (0%)
>   hugepages-2Mi      0 (0%)      0 (0%)
> Events:              <none>
>

$ kubectl describe node ip-10-0-9
! Error from server (NotFound): nodes "ip-10-0-9" not found
? 1

$ kubectl describe nodes -l eks.amazonaws.com/nodegroup=ng-spot
! No resources found in default namespace.


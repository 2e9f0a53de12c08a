# kubectl describe for the workload kinds on the default scenario, checked
# against kubectl 1.31 describe.go: describeDeployment (Replicas summary,
# RollingUpdateStrategy from the IntOrString values, Conditions, Old/New
# ReplicaSets), describeReplicaSet, describeDaemonSet (its "Number of ..."
# lines carry no tab and end the column block), DescribePodTemplate (the
# container name one space deeper, every line down to Tolerations in one
# block), describePod (Controlled By, container statuses, the
# kube-api-access volume admission adds, conditions with a trailing space,
# QoS class, tolerations sorted by key with "op=Exists" and "for 300s").
# `describe pods coredns` finds no pod of that name and falls back to the
# prefix: each match printed with one newline more.

$ kubectl describe deployment web
> Name:                   web
> Namespace:              default
> CreationTimestamp:      Mon, 09 Jun 2025 09:00:00 +0000
> Labels:                 app=web
> Annotations:            deployment.kubernetes.io/revision: 1
> Selector:               app=web
> Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
> StrategyType:           RollingUpdate
> MinReadySeconds:        0
> RollingUpdateStrategy:  25% max unavailable, 25% max surge
> Pod Template:
>   Labels:  app=web
>   Containers:
>    web:
>     Image:      public.ecr.aws/nginx/nginx:1.27
>     Port:       <none>
>     Host Port:  <none>
>     Requests:
>       cpu:         250m
>       memory:      256Mi
>     Environment:   <none>
>     Mounts:        <none>
>   Volumes:         <none>
>   Node-Selectors:  <none>
>   Tolerations:     <none>
> Conditions:
>   Type           Status  Reason
>   ----           ------  ------
>   Available      True    MinimumReplicasAvailable
>   Progressing    True    NewReplicaSetAvailable
> OldReplicaSets:  <none>
> NewReplicaSet:   web-68458dcb9b (3/3 replicas created)
> Events:          <none>

$ kubectl -n kube-system describe deployments.apps/coredns --show-events=false
> Name:                   coredns
> Namespace:              kube-system
> CreationTimestamp:      Sat, 03 May 2025 09:00:00 +0000
> Labels:                 eks.amazonaws.com/component=coredns
>                         k8s-app=kube-dns
> Annotations:            deployment.kubernetes.io/revision: 1
> Selector:               eks.amazonaws.com/component=coredns,k8s-app=kube-dns
> Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
> StrategyType:           RollingUpdate
> MinReadySeconds:        0
> RollingUpdateStrategy:  1 max unavailable, 25% max surge
> Pod Template:
>   Labels:  eks.amazonaws.com/component=coredns
>            k8s-app=kube-dns
>   Containers:
>    coredns:
>     Image:      602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns:v1.11.3-eksbuild.1
>     Port:       <none>
>     Host Port:  <none>
>     Limits:
>       memory:  170Mi
>     Requests:
>       cpu:              100m
>       memory:           70Mi
>     Environment:        <none>
>     Mounts:             <none>
>   Volumes:              <none>
>   Priority Class Name:  system-cluster-critical
>   Node-Selectors:       <none>
>   Tolerations:          <none>
> Conditions:
>   Type           Status  Reason
>   ----           ------  ------
>   Available      True    MinimumReplicasAvailable
>   Progressing    True    NewReplicaSetAvailable
> OldReplicaSets:  <none>
> NewReplicaSet:   coredns-6f5b57577 (2/2 replicas created)

$ kubectl describe rs web-68458dcb9b
> Name:           web-68458dcb9b
> Namespace:      default
> Selector:       app=web,pod-template-hash=68458dcb9b
> Labels:         app=web
>                 pod-template-hash=68458dcb9b
> Annotations:    deployment.kubernetes.io/desired-replicas: 3
>                 deployment.kubernetes.io/max-replicas: 4
>                 deployment.kubernetes.io/revision: 1
> Controlled By:  Deployment/web
> Replicas:       3 current / 3 desired
> Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed
> Pod Template:
>   Labels:  app=web
>            pod-template-hash=68458dcb9b
>   Containers:
>    web:
>     Image:      public.ecr.aws/nginx/nginx:1.27
>     Port:       <none>
>     Host Port:  <none>
>     Requests:
>       cpu:         250m
>       memory:      256Mi
>     Environment:   <none>
>     Mounts:        <none>
>   Volumes:         <none>
>   Node-Selectors:  <none>
>   Tolerations:     <none>
> Events:            <none>

$ kubectl describe daemonsets kube-proxy -n kube-system
> Name:           kube-proxy
> Selector:       k8s-app=kube-proxy
> Node-Selector:  <none>
> Labels:         k8s-app=kube-proxy
> Annotations:    deprecated.daemonset.template.generation: 1
> Desired Number of Nodes Scheduled: 3
> Current Number of Nodes Scheduled: 3
> Number of Nodes Scheduled with Up-to-date Pods: 3
> Number of Nodes Scheduled with Available Pods: 3
> Number of Nodes Misscheduled: 0
> Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed
> Pod Template:
>   Labels:  k8s-app=kube-proxy
>   Containers:
>    kube-proxy:
>     Image:      602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy:v1.30.3-eksbuild.5
>     Port:       <none>
>     Host Port:  <none>
>     Requests:
>       cpu:              100m
>     Environment:        <none>
>     Mounts:             <none>
>   Volumes:              <none>
>   Priority Class Name:  system-node-critical
>   Node-Selectors:       <none>
>   Tolerations:          op=Exists
> Events:                 <none>

$ kubectl describe pod web-68458dcb9b-sk4nv
> Name:             web-68458dcb9b-sk4nv
> Namespace:        default
> Priority:         0
> Service Account:  default
> Node:             ip-10-0-1-23.us-west-2.compute.internal/10.0.1.23
> Start Time:       Mon, 09 Jun 2025 09:00:02 +0000
> Labels:           app=web
>                   pod-template-hash=68458dcb9b
> Annotations:      <none>
> Status:           Running
> IP:               10.0.1.74
> IPs:
>   IP:           10.0.1.74
> Controlled By:  ReplicaSet/web-68458dcb9b
> Containers:
>   web:
>     Container ID:   containerd://722f1d3db6ad02b2575b0532ec1825c9c2f709dc9ffb7f7db966b35711c9218a
>     Image:          public.ecr.aws/nginx/nginx:1.27
>     Image ID:       public.ecr.aws/nginx/nginx@sha256:fa8991667133decb4b2344a3f677e0d5fad6adb7f7c744ede9640ccd2fa312ff
>     Port:           <none>
>     Host Port:      <none>
>     State:          Running
>       Started:      Mon, 09 Jun 2025 09:00:06 +0000
>     Ready:          True
>     Restart Count:  0
>     Requests:
>       cpu:        250m
>       memory:     256Mi
>     Environment:  <none>
>     Mounts:
>       /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-wjvfj (ro)
> Conditions:
>   Type                        Status
>   PodReadyToStartContainers   True 
>   Initialized                 True 
>   Ready                       True 
>   ContainersReady             True 
>   PodScheduled                True 
> Volumes:
>   kube-api-access-wjvfj:
>     Type:                    Projected (a volume that contains injected data from multiple sources)
>     TokenExpirationSeconds:  3607
>     ConfigMapName:           kube-root-ca.crt
>     ConfigMapOptional:       <nil>
>     DownwardAPI:             true
> QoS Class:                   Burstable
> Node-Selectors:              <none>
> Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
>                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
> Events:                      <none>

# -o yaml reads the same container status and volume as describe.
$ kubectl get pod web-68458dcb9b-sk4nv -o jsonpath='{.spec.volumes[0].name} {.status.containerStatuses[0].containerID} {.status.containerStatuses[0].imageID}'
> kube-api-access-wjvfj containerd://722f1d3db6ad02b2575b0532ec1825c9c2f709dc9ffb7f7db966b35711c9218a public.ecr.aws/nginx/nginx@sha256:fa8991667133decb4b2344a3f677e0d5fad6adb7f7c744ede9640ccd2fa312ff
%

$ kubectl describe pods coredns --namespace kube-system
> Name:                 coredns-6f5b57577-5x6cd
> Namespace:            kube-system
> Priority:             2000000000
> Priority Class Name:  system-cluster-critical
> Service Account:      default
> Node:                 ip-10-0-2-141.us-west-2.compute.internal/10.0.2.141
> Start Time:           Sat, 31 May 2025 08:48:15 +0000
> Labels:               eks.amazonaws.com/component=coredns
>                       k8s-app=kube-dns
>                       pod-template-hash=6f5b57577
> Annotations:          <none>
> Status:               Running
> IP:                   10.0.2.9
> IPs:
>   IP:           10.0.2.9
> Controlled By:  ReplicaSet/coredns-6f5b57577
> Containers:
>   coredns:
>     Container ID:   containerd://f0cfb7ccf7cddfe0440941b5b54ba0a5e11aee1490da614cf01e73bbeb931f30
>     Image:          602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns:v1.11.3-eksbuild.1
>     Image ID:       602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns@sha256:ed589472bfa744450a3942da8f525cef95da14faf3570678c67f2d7c646ac934
>     Port:           <none>
>     Host Port:      <none>
>     State:          Running
>       Started:      Sat, 31 May 2025 08:48:19 +0000
>     Ready:          True
>     Restart Count:  0
>     Limits:
>       memory:  170Mi
>     Requests:
>       cpu:        100m
>       memory:     70Mi
>     Environment:  <none>
>     Mounts:
>       /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-xpvq8 (ro)
> Conditions:
>   Type                        Status
>   PodReadyToStartContainers   True 
>   Initialized                 True 
>   Ready                       True 
>   ContainersReady             True 
>   PodScheduled                True 
> Volumes:
>   kube-api-access-xpvq8:
>     Type:                    Projected (a volume that contains injected data from multiple sources)
>     TokenExpirationSeconds:  3607
>     ConfigMapName:           kube-root-ca.crt
>     ConfigMapOptional:       <nil>
>     DownwardAPI:             true
> QoS Class:                   Burstable
> Node-Selectors:              <none>
> Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
>                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
> Events:                      <none>
>
> Name:                 coredns-6f5b57577-rfkcr
> Namespace:            kube-system
> Priority:             2000000000
> Priority Class Name:  system-cluster-critical
> Service Account:      default
> Node:                 ip-10-0-1-23.us-west-2.compute.internal/10.0.1.23
> Start Time:           Sat, 31 May 2025 08:48:12 +0000
> Labels:               eks.amazonaws.com/component=coredns
>                       k8s-app=kube-dns
>                       pod-template-hash=6f5b57577
> Annotations:          <none>
> Status:               Running
> IP:                   10.0.1.147
> IPs:
>   IP:           10.0.1.147
> Controlled By:  ReplicaSet/coredns-6f5b57577
> Containers:
>   coredns:
>     Container ID:   containerd://50c61758fec768f33846879f1c0dc2d8f382502406faedcf64a82df94268c8f2
>     Image:          602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns:v1.11.3-eksbuild.1
>     Image ID:       602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/coredns@sha256:ed589472bfa744450a3942da8f525cef95da14faf3570678c67f2d7c646ac934
>     Port:           <none>
>     Host Port:      <none>
>     State:          Running
>       Started:      Sat, 31 May 2025 08:48:16 +0000
>     Ready:          True
>     Restart Count:  0
>     Limits:
>       memory:  170Mi
>     Requests:
>       cpu:        100m
>       memory:     70Mi
>     Environment:  <none>
>     Mounts:
>       /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-g868k (ro)
> Conditions:
>   Type                        Status
>   PodReadyToStartContainers   True 
>   Initialized                 True 
>   Ready                       True 
>   ContainersReady             True 
>   PodScheduled                True 
> Volumes:
>   kube-api-access-g868k:
>     Type:                    Projected (a volume that contains injected data from multiple sources)
>     TokenExpirationSeconds:  3607
>     ConfigMapName:           kube-root-ca.crt
>     ConfigMapOptional:       <nil>
>     DownwardAPI:             true
> QoS Class:                   Burstable
> Node-Selectors:              <none>
> Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
>                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
> Events:                      <none>
>

$ kubectl describe pod kube-proxy-jw65l -n kube-system
> Name:                 kube-proxy-jw65l
> Namespace:            kube-system
> Priority:             2000001000
> Priority Class Name:  system-node-critical
> Service Account:      default
> Node:                 ip-10-0-1-23.us-west-2.compute.internal/10.0.1.23
> Start Time:           Sat, 31 May 2025 08:47:53 +0000
> Labels:               k8s-app=kube-proxy
> Annotations:          <none>
> Status:               Running
> IP:                   10.0.1.23
> IPs:
>   IP:           10.0.1.23
> Controlled By:  DaemonSet/kube-proxy
> Containers:
>   kube-proxy:
>     Container ID:   containerd://88c83e304033b6640b48a4282c8f599ee89c53f5898d0e19987e5f7455c67d4c
>     Image:          602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy:v1.30.3-eksbuild.5
>     Image ID:       602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/kube-proxy@sha256:56bda103a0773cd9545c1a29f7f10ff998bcd69337942b22fbd524d64c07df3c
>     Port:           <none>
>     Host Port:      <none>
>     State:          Running
>       Started:      Sat, 31 May 2025 08:47:57 +0000
>     Ready:          True
>     Restart Count:  0
>     Requests:
>       cpu:        100m
>     Environment:  <none>
>     Mounts:
>       /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-rvhwn (ro)
> Conditions:
>   Type                        Status
>   PodReadyToStartContainers   True 
>   Initialized                 True 
>   Ready                       True 
>   ContainersReady             True 
>   PodScheduled                True 
> Volumes:
>   kube-api-access-rvhwn:
>     Type:                    Projected (a volume that contains injected data from multiple sources)
>     TokenExpirationSeconds:  3607
>     ConfigMapName:           kube-root-ca.crt
>     ConfigMapOptional:       <nil>
>     DownwardAPI:             true
> QoS Class:                   Burstable
> Node-Selectors:              <none>
> Tolerations:                 op=Exists
>                              node.kubernetes.io/disk-pressure:NoSchedule op=Exists
>                              node.kubernetes.io/memory-pressure:NoSchedule op=Exists
>                              node.kubernetes.io/not-ready:NoExecute op=Exists
>                              node.kubernetes.io/pid-pressure:NoSchedule op=Exists
>                              node.kubernetes.io/unreachable:NoExecute op=Exists
>                              node.kubernetes.io/unschedulable:NoSchedule op=Exists
> Events:                      <none>


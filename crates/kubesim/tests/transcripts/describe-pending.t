# A Deployment whose pods fit on no node: each t3.medium has 2 vCPUs but
# only 1930m allocatable, and every batch pod asks for 2. describePod of a
# pod the scheduler could not place: no node, no start time, an empty IP,
# no container statuses, only PodScheduled=False. Its FailedScheduling
# event in the scheduler's words; the scheduler retries every five minutes,
# so ten minutes later the event has repeated twice ("x3 over 10m"). The
# Deployment is unavailable and still progressing.
#! --scenario tests/transcripts/describe-pending.scenario

$ kubectl describe deployment batch
> Name:                   batch
> Namespace:              default
> CreationTimestamp:      Thu, 12 Jun 2025 08:59:00 +0000
> Labels:                 app=batch
> Annotations:            deployment.kubernetes.io/revision: 1
> Selector:               app=batch
> Replicas:               2 desired | 2 updated | 2 total | 0 available | 2 unavailable
> StrategyType:           RollingUpdate
> MinReadySeconds:        0
> RollingUpdateStrategy:  25% max unavailable, 25% max surge
> Pod Template:
>   Labels:  app=batch
>   Containers:
>    batch:
>     Image:      public.ecr.aws/docker/library/busybox:1.36
>     Port:       <none>
>     Host Port:  <none>
>     Limits:
>       memory:  512Mi
>     Requests:
>       cpu:         2
>       memory:      512Mi
>     Environment:   <none>
>     Mounts:        <none>
>   Volumes:         <none>
>   Node-Selectors:  <none>
>   Tolerations:     <none>
> Conditions:
>   Type           Status  Reason
>   ----           ------  ------
>   Available      False   MinimumReplicasUnavailable
>   Progressing    True    ReplicaSetUpdated
> OldReplicaSets:  <none>
> NewReplicaSet:   batch-6494874bc7 (2/2 replicas created)
> Events:          <none>

$ kubectl describe pods -l app=batch
> Name:             batch-6494874bc7-9pp26
> Namespace:        default
> Priority:         0
> Service Account:  default
> Node:             <none>
> Labels:           app=batch
>                   pod-template-hash=6494874bc7
> Annotations:      <none>
> Status:           Pending
> IP:               
> IPs:              <none>
> Controlled By:    ReplicaSet/batch-6494874bc7
> Containers:
>   batch:
>     Image:      public.ecr.aws/docker/library/busybox:1.36
>     Port:       <none>
>     Host Port:  <none>
>     Limits:
>       memory:  512Mi
>     Requests:
>       cpu:        2
>       memory:     512Mi
>     Environment:  <none>
>     Mounts:
>       /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-xpvq8 (ro)
> Conditions:
>   Type           Status
>   PodScheduled   False 
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
> Events:
>   Type     Reason            Age   From               Message
>   ----     ------            ----  ----               -------
>   Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..
>
>
> Name:             batch-6494874bc7-sk4nv
> Namespace:        default
> Priority:         0
> Service Account:  default
> Node:             <none>
> Labels:           app=batch
>                   pod-template-hash=6494874bc7
> Annotations:      <none>
> Status:           Pending
> IP:               
> IPs:              <none>
> Controlled By:    ReplicaSet/batch-6494874bc7
> Containers:
>   batch:
>     Image:      public.ecr.aws/docker/library/busybox:1.36
>     Port:       <none>
>     Host Port:  <none>
>     Limits:
>       memory:  512Mi
>     Requests:
>       cpu:        2
>       memory:     512Mi
>     Environment:  <none>
>     Mounts:
>       /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-g868k (ro)
> Conditions:
>   Type           Status
>   PodScheduled   False 
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
> Events:
>   Type     Reason            Age   From               Message
>   ----     ------            ----  ----               -------
>   Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..

$ sleep 10m

$ kubectl describe pod batch-6494874bc7-sk4nv
> Name:             batch-6494874bc7-sk4nv
> Namespace:        default
> Priority:         0
> Service Account:  default
> Node:             <none>
> Labels:           app=batch
>                   pod-template-hash=6494874bc7
> Annotations:      <none>
> Status:           Pending
> IP:               
> IPs:              <none>
> Controlled By:    ReplicaSet/batch-6494874bc7
> Containers:
>   batch:
>     Image:      public.ecr.aws/docker/library/busybox:1.36
>     Port:       <none>
>     Host Port:  <none>
>     Limits:
>       memory:  512Mi
>     Requests:
>       cpu:        2
>       memory:     512Mi
>     Environment:  <none>
>     Mounts:
>       /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-g868k (ro)
> Conditions:
>   Type           Status
>   PodScheduled   False 
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
> Events:
>   Type     Reason            Age               From               Message
>   ----     ------            ----              ----               -------
>   Warning  FailedScheduling  0s (x3 over 10m)  default-scheduler  0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..

$ kubectl describe rs batch --show-events=false
> Name:           batch-6494874bc7
> Namespace:      default
> Selector:       app=batch,pod-template-hash=6494874bc7
> Labels:         app=batch
>                 pod-template-hash=6494874bc7
> Annotations:    deployment.kubernetes.io/desired-replicas: 2
>                 deployment.kubernetes.io/max-replicas: 3
>                 deployment.kubernetes.io/revision: 1
> Controlled By:  Deployment/batch
> Replicas:       2 current / 2 desired
> Pods Status:    0 Running / 2 Waiting / 0 Succeeded / 0 Failed
> Pod Template:
>   Labels:  app=batch
>            pod-template-hash=6494874bc7
>   Containers:
>    batch:
>     Image:      public.ecr.aws/docker/library/busybox:1.36
>     Port:       <none>
>     Host Port:  <none>
>     Limits:
>       memory:  512Mi
>     Requests:
>       cpu:         2
>       memory:      512Mi
>     Environment:   <none>
>     Mounts:        <none>
>   Volumes:         <none>
>   Node-Selectors:  <none>
>   Tolerations:     <none>
>


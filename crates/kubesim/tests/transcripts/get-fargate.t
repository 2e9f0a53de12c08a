#! --scenario fargate
# On Fargate every pod has its own node; the DaemonSets stay off them.
$ kubectl get nodes
> NAME                                              STATUS   ROLES    AGE   VERSION
> fargate-ip-10-0-2-31.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599
> fargate-ip-10-0-2-59.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599
> ip-10-0-1-23.us-west-2.compute.internal           Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal          Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal           Ready    <none>   12d   v1.30.4-eks-a737599

$ kubectl get nodes -o wide -l eks.amazonaws.com/compute-type=fargate
> NAME                                              STATUS   ROLES    AGE   VERSION               INTERNAL-IP   EXTERNAL-IP   OS-IMAGE         KERNEL-VERSION                  CONTAINER-RUNTIME
> fargate-ip-10-0-2-31.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599   10.0.2.31     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22
> fargate-ip-10-0-2-59.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599   10.0.2.59     <none>        Amazon Linux 2   5.10.225-213.878.amzn2.x86_64   containerd://1.7.22

$ kubectl get pods -n apps -o wide
> NAME                   READY   STATUS    RESTARTS   AGE   IP          NODE                                              NOMINATED NODE   READINESS GATES
> api-6b57fb87d8-9pp26   1/1     Running   0          47h   10.0.2.31   fargate-ip-10-0-2-31.us-west-2.compute.internal   <none>           <none>
> api-6b57fb87d8-sk4nv   1/1     Running   0          47h   10.0.2.59   fargate-ip-10-0-2-59.us-west-2.compute.internal   <none>           <none>

$ kubectl get pods -A --field-selector spec.schedulerName=fargate-scheduler -o name
> pod/api-6b57fb87d8-9pp26
> pod/api-6b57fb87d8-sk4nv

$ kubectl get ds -A
> NAMESPACE     NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
> kube-system   aws-node     3         3         3       3            3           <none>          40d
> kube-system   kube-proxy   3         3         3       3            3           <none>          40d

$ kubectl get nodes -L eks.amazonaws.com/compute-type,topology.kubernetes.io/zone
> NAME                                              STATUS   ROLES    AGE   VERSION               COMPUTE-TYPE   ZONE
> fargate-ip-10-0-2-31.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599   fargate        us-west-2b
> fargate-ip-10-0-2-59.us-west-2.compute.internal   Ready    <none>   2d    v1.30.4-eks-a737599   fargate        us-west-2b
> ip-10-0-1-23.us-west-2.compute.internal           Ready    <none>   12d   v1.30.4-eks-a737599                  us-west-2a
> ip-10-0-2-141.us-west-2.compute.internal          Ready    <none>   12d   v1.30.4-eks-a737599                  us-west-2b
> ip-10-0-3-87.us-west-2.compute.internal           Ready    <none>   12d   v1.30.4-eks-a737599                  us-west-2c

$ kubectl get deploy,svc,ep -n apps
> NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
> deployment.apps/api   2/2     2            2           2d
>
> NAME          TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE
> service/api   ClusterIP   172.20.64.20   <none>        80/TCP    2d
>
> NAME            ENDPOINTS                       AGE
> endpoints/api   10.0.2.31:8080,10.0.2.59:8080   2d

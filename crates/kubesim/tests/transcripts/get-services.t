#! --scenario tests/transcripts/get.scenario
# Services and Endpoints (printService, printEndpoints). The server always
# builds the wide row, so a load balancer's hostname is never shortened.
$ kubectl get services
> NAME         TYPE           CLUSTER-IP      EXTERNAL-IP                                                               PORT(S)         AGE
> kubernetes   ClusterIP      172.20.0.1      <none>                                                                    443/TCP         40d
> legacy       NodePort       172.20.8.8      <none>                                                                    80:31229/TCP    120m
> web          ClusterIP      172.20.112.45   <none>                                                                    80/TCP          3d
> web-public   LoadBalancer   172.20.7.7      a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-1234567890.us-west-2.elb.amazonaws.com   443:32687/TCP   24h

$ kubectl get svc -o wide
> NAME         TYPE           CLUSTER-IP      EXTERNAL-IP                                                               PORT(S)         AGE    SELECTOR
> kubernetes   ClusterIP      172.20.0.1      <none>                                                                    443/TCP         40d    <none>
> legacy       NodePort       172.20.8.8      <none>                                                                    80:31229/TCP    120m   app=legacy
> web          ClusterIP      172.20.112.45   <none>                                                                    80/TCP          3d     app=web
> web-public   LoadBalancer   172.20.7.7      a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-1234567890.us-west-2.elb.amazonaws.com   443:32687/TCP   24h    app=web

$ kubectl get svc -o name
> service/kubernetes
> service/legacy
> service/web
> service/web-public

$ kubectl get service web-public
> NAME         TYPE           CLUSTER-IP   EXTERNAL-IP                                                               PORT(S)         AGE
> web-public   LoadBalancer   172.20.7.7   a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-1234567890.us-west-2.elb.amazonaws.com   443:32687/TCP   24h

$ kubectl get svc -n kube-system
! No resources found in kube-system namespace.

# ENDPOINTS: ready addresses by IP, port by port (the target port), at most
# three, then how many more.
$ kubectl get endpoints
> NAME         ENDPOINTS                                  AGE
> kubernetes   10.0.1.146:443,10.0.2.191:443              40d
> legacy       <none>                                     120m
> web          10.0.1.102:80,10.0.2.239:80,10.0.3.85:80   3d
> web-public   10.0.1.102:80,10.0.2.239:80,10.0.3.85:80   24h

$ kubectl get ep -A
> NAMESPACE   NAME         ENDPOINTS                                  AGE
> default     kubernetes   10.0.1.146:443,10.0.2.191:443              40d
> default     legacy       <none>                                     120m
> default     web          10.0.1.102:80,10.0.2.239:80,10.0.3.85:80   3d
> default     web-public   10.0.1.102:80,10.0.2.239:80,10.0.3.85:80   24h

$ kubectl get ep -o wide
> NAME         ENDPOINTS                                  AGE
> kubernetes   10.0.1.146:443,10.0.2.191:443              40d
> legacy       <none>                                     120m
> web          10.0.1.102:80,10.0.2.239:80,10.0.3.85:80   3d
> web-public   10.0.1.102:80,10.0.2.239:80,10.0.3.85:80   24h

$ kubectl get ep -o name
> endpoints/kubernetes
> endpoints/legacy
> endpoints/web
> endpoints/web-public

$ kubectl get ep legacy web
> NAME     ENDPOINTS                                  AGE
> legacy   <none>                                     120m
> web      10.0.1.102:80,10.0.2.239:80,10.0.3.85:80   3d

$ kubectl get endpoints nope
! Error from server (NotFound): endpoints "nope" not found
? 1

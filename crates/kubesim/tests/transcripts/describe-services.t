# kubectl describe for Services, Endpoints, PodDisruptionBudgets and
# Namespaces on the default scenario, checked against kubectl 1.31
# describe.go. describeService reads EndpointSlices (every endpoint, ready or
# not, `ip:targetPort`), prints `Port:` with two tabs (its own column for
# the port) and `Internal Traffic Policy` last. describeEndpoints ends each
# subset with an empty line. The PDB's Status values are two levels deep,
# so `Events:` aligns with `    Allowed disruptions:`. Several objects are
# separated by two empty lines. describeNamespace prints no events, and the
# quota and limit range notes after empty lines.

$ kubectl describe svc web
> Name:                     web
> Namespace:                default
> Labels:                   app=web
> Annotations:              <none>
> Selector:                 app=web
> Type:                     ClusterIP
> IP Family Policy:         SingleStack
> IP Families:              IPv4
> IP:                       172.20.112.45
> IPs:                      172.20.112.45
> Port:                     http  80/TCP
> TargetPort:               80/TCP
> Endpoints:                10.0.1.74:80,10.0.2.184:80,10.0.3.13:80
> Session Affinity:         None
> Internal Traffic Policy:  Cluster
> Events:                   <none>

$ kubectl describe service kube-dns -n kube-system
> Name:                     kube-dns
> Namespace:                kube-system
> Labels:                   eks.amazonaws.com/component=kube-dns
>                           k8s-app=kube-dns
>                           kubernetes.io/cluster-service=true
>                           kubernetes.io/name=CoreDNS
> Annotations:              <none>
> Selector:                 k8s-app=kube-dns
> Type:                     ClusterIP
> IP Family Policy:         SingleStack
> IP Families:              IPv4
> IP:                       172.20.0.10
> IPs:                      172.20.0.10
> Port:                     dns  53/UDP
> TargetPort:               53/UDP
> Endpoints:                10.0.1.147:53,10.0.2.9:53
> Port:                     dns-tcp  53/TCP
> TargetPort:               53/TCP
> Endpoints:                10.0.1.147:53,10.0.2.9:53
> Port:                     metrics  9153/TCP
> TargetPort:               9153/TCP
> Endpoints:                10.0.1.147:9153,10.0.2.9:9153
> Session Affinity:         None
> Internal Traffic Policy:  Cluster
> Events:                   <none>

$ kubectl describe endpoints web
> Name:         web
> Namespace:    default
> Labels:       app=web
> Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2025-06-09T09:00:07Z
> Subsets:
>   Addresses:          10.0.1.74,10.0.2.184,10.0.3.13
>   NotReadyAddresses:  <none>
>   Ports:
>     Name  Port  Protocol
>     ----  ----  --------
>     http  80    TCP
>
> Events:  <none>

$ kubectl describe ep kubernetes
> Name:         kubernetes
> Namespace:    default
> Labels:       endpointslice.kubernetes.io/skip-mirror=true
> Annotations:  <none>
> Subsets:
>   Addresses:          10.0.1.146,10.0.2.191
>   NotReadyAddresses:  <none>
>   Ports:
>     Name   Port  Protocol
>     ----   ----  --------
>     https  443   TCP
>
> Events:  <none>

$ kubectl describe pdb web
> Name:           web
> Namespace:      default
> Min available:  2
> Selector:       app=web
> Status:
>     Allowed disruptions:  1
>     Current:              3
>     Desired:              2
>     Total:                3
> Events:                   <none>

$ kubectl describe poddisruptionbudgets -A
> Name:           web
> Namespace:      default
> Min available:  2
> Selector:       app=web
> Status:
>     Allowed disruptions:  1
>     Current:              3
>     Desired:              2
>     Total:                3
> Events:                   <none>
>
>
> Name:             coredns
> Namespace:        kube-system
> Max unavailable:  1
> Selector:         eks.amazonaws.com/component=coredns,k8s-app=kube-dns
> Status:
>     Allowed disruptions:  1
>     Current:              2
>     Desired:              1
>     Total:                2
> Events:                   <none>

$ kubectl describe namespace default
> Name:         default
> Labels:       kubernetes.io/metadata.name=default
> Annotations:  <none>
> Status:       Active
>
> No resource quota.
>
> No LimitRange resource.

$ kubectl describe ns -l kubernetes.io/metadata.name=kube-public
> Name:         kube-public
> Labels:       kubernetes.io/metadata.name=kube-public
> Annotations:  <none>
> Status:       Active
>
> No resource quota.
>
> No LimitRange resource.


# kubectl label on the default scenario (pkg/cmd/label). The word printed
# comes from comparing the object's JSON before and after: "unlabeled" when
# it got shorter without --overwrite, even if a label was also added. Label
# keys are checked by the API server, values by kubectl.

$ kubectl label nodes ip-10-0-1-23.us-west-2.compute.internal disktype=ssd
> node/ip-10-0-1-23.us-west-2.compute.internal labeled

$ kubectl get nodes ip-10-0-1-23.us-west-2.compute.internal --show-labels
> NAME                                      STATUS   ROLES    AGE   VERSION               LABELS
> ip-10-0-1-23.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/instance-type=t3.medium,beta.kubernetes.io/os=linux,disktype=ssd,eks.amazonaws.com/capacityType=ON_DEMAND,eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93,eks.amazonaws.com/nodegroup=ng-general,failure-domain.beta.kubernetes.io/region=us-west-2,failure-domain.beta.kubernetes.io/zone=us-west-2a,k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6,kubernetes.io/arch=amd64,kubernetes.io/hostname=ip-10-0-1-23.us-west-2.compute.internal,kubernetes.io/os=linux,node.kubernetes.io/instance-type=t3.medium,topology.k8s.aws/zone-id=usw2-az1,topology.kubernetes.io/region=us-west-2,topology.kubernetes.io/zone=us-west-2a

$ kubectl label nodes ip-10-0-1-23.us-west-2.compute.internal disktype=nvme
! error: 'disktype' already has a value (ssd), and --overwrite is false
? 1

$ kubectl label nodes ip-10-0-1-23.us-west-2.compute.internal disktype=nvme --overwrite
> node/ip-10-0-1-23.us-west-2.compute.internal labeled

$ kubectl label nodes ip-10-0-1-23.us-west-2.compute.internal disktype=nvme
> node/ip-10-0-1-23.us-west-2.compute.internal not labeled

$ kubectl label nodes ip-10-0-1-23.us-west-2.compute.internal disktype-
> node/ip-10-0-1-23.us-west-2.compute.internal unlabeled

$ kubectl label nodes ip-10-0-1-23.us-west-2.compute.internal disktype-
> label "disktype" not found.
> node/ip-10-0-1-23.us-west-2.compute.internal not labeled

$ kubectl label nodes ip-10-0-1-23.us-west-2.compute.internal disktype- --overwrite
> label "disktype" not found.
> node/ip-10-0-1-23.us-west-2.compute.internal not labeled

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal team=platform tier-
> label "tier" not found.
> node/ip-10-0-1-23.us-west-2.compute.internal labeled

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal team- rack=r1
> node/ip-10-0-1-23.us-west-2.compute.internal unlabeled

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal rack=r22 --overwrite
> node/ip-10-0-1-23.us-west-2.compute.internal labeled

$ kubectl label nodes -l topology.kubernetes.io/zone=us-west-2b,rack!=r1 pool=blue
> node/ip-10-0-2-141.us-west-2.compute.internal labeled

$ kubectl label nodes --all pool=green
> node/ip-10-0-1-23.us-west-2.compute.internal labeled
> node/ip-10-0-3-87.us-west-2.compute.internal labeled
! error: 'pool' already has a value (blue), and --overwrite is false
? 1

$ kubectl label deployment web team=shop
> deployment.apps/web labeled

$ kubectl label deployment/web service/web pdb/web team=shop --overwrite
> deployment.apps/web not labeled
> service/web labeled
> poddisruptionbudget.policy/web labeled

$ kubectl label pods -l app=web tier=frontend
> pod/web-68458dcb9b-9pp26 labeled
> pod/web-68458dcb9b-qspgw labeled
> pod/web-68458dcb9b-sk4nv labeled

$ kubectl label pods --all -n kube-system critical=true
> pod/aws-node-25x6z labeled
> pod/aws-node-npjss labeled
> pod/aws-node-zc9vt labeled
> pod/coredns-6f5b57577-5x6cd labeled
> pod/coredns-6f5b57577-rfkcr labeled
> pod/kube-proxy-g77lf labeled
> pod/kube-proxy-jw65l labeled
> pod/kube-proxy-l8ndv labeled

$ kubectl label pods web-68458dcb9b-9pp26 app=debug --overwrite
> pod/web-68458dcb9b-9pp26 labeled

$ kubectl label pods -l app=web tier=backend --overwrite
> pod/web-68458dcb9b-fg59x labeled
> pod/web-68458dcb9b-qspgw labeled
> pod/web-68458dcb9b-sk4nv labeled

$ kubectl label pods -l app=debug tier-
> pod/web-68458dcb9b-9pp26 unlabeled

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal 'bad key=x'
! The Node "ip-10-0-1-23.us-west-2.compute.internal" is invalid: metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
? 1

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal Example.com/owner=me
! The Node "ip-10-0-1-23.us-west-2.compute.internal" is invalid: metadata.labels: Invalid value: "Example.com/owner": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
? 1

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal owner=me -o name
> node/ip-10-0-1-23.us-west-2.compute.internal

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal owner=someone else
! error: all resources must be specified before label changes: else
? 1

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal 'owner=some one'
! error: invalid label value: "owner=some one": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')
? 1

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal a=b=c
! error: invalid label spec: a=b=c
? 1

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal app=x app-
! error: can not both modify and remove a label in the same command
? 1

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal nope=1 nope=2 app- --dry-run=client
> node/ip-10-0-1-23.us-west-2.compute.internal labeled (dry run)

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal zzz=1 --dry-run=server
> node/ip-10-0-1-23.us-west-2.compute.internal labeled (server dry run)

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal
! error: at least one label update is required
? 1

$ kubectl label node rack=r1
! error: resource(s) were provided, but no name was specified
? 1

$ kubectl label rack=r1
! error: one or more resources must be specified as <resource> <name> or <resource>/<name>
? 1

$ kubectl label pods nope web-68458dcb9b-qspgw team=shop
> pod/web-68458dcb9b-qspgw labeled
! Error from server (NotFound): pods "nope" not found
? 1

$ kubectl label widgets w a=b
! error: the server doesn't have a resource type "widgets"
? 1

$ kubectl label node/ip-10-0-1-23.us-west-2.compute.internal nodes x=y
! error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
? 1

$ kubectl label namespace default team=a
! kubesim: "kubectl label namespaces" is not simulated yet; try "kubectl label pods|nodes|deployments NAME key=value"
? 1

$ kubectl label nodes --all -l a=b x=y
! error: cannot set --all and --selector at the same time
? 1

$ kubectl label node ip-10-0-1-23.us-west-2.compute.internal --list
> beta.kubernetes.io/arch=amd64
> beta.kubernetes.io/instance-type=t3.medium
> beta.kubernetes.io/os=linux
> eks.amazonaws.com/capacityType=ON_DEMAND
> eks.amazonaws.com/nodegroup=ng-general
> eks.amazonaws.com/nodegroup-image=ami-0d5c4f6a8e21b7c93
> failure-domain.beta.kubernetes.io/region=us-west-2
> failure-domain.beta.kubernetes.io/zone=us-west-2a
> k8s.io/cloud-provider-aws=3f8e1c0b9a7d46e2b5c4a1f0e9d8c7b6
> kubernetes.io/arch=amd64
> kubernetes.io/hostname=ip-10-0-1-23.us-west-2.compute.internal
> kubernetes.io/os=linux
> node.kubernetes.io/instance-type=t3.medium
> owner=me
> pool=green
> rack=r22
> topology.k8s.aws/zone-id=usw2-az1
> topology.kubernetes.io/region=us-west-2
> topology.kubernetes.io/zone=us-west-2a

$ kubectl label deployment web team=ops --list
! error: 'team' already has a value (shop), and --overwrite is false
? 1

$ kubectl label deployment/web service/web --list
> Listing labels for Deployment.apps/web:
>  app=web
>  team=shop
> Listing labels for Service./web:
>  app=web
>  team=shop


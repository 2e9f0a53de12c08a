# kubectl taint on the default scenario (pkg/cmd/taint): tainted, untainted
# and modified as reorganizeTaints counts them, and the errors in the order
# Complete, Validate and RunTaint raise them. A client-side dry run prints no
# "(dry run)": RunTaint's printer overwrites the operation that carried it.

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal dedicated=gpu:NoSchedule
> node/ip-10-0-1-23.us-west-2.compute.internal tainted

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal dedicated=ml:NoSchedule
! error: node ip-10-0-1-23.us-west-2.compute.internal already has dedicated taint(s) with same effect(s) and --overwrite is false
? 1

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal dedicated=ml:NoSchedule --overwrite
> node/ip-10-0-1-23.us-west-2.compute.internal modified

$ kubectl taint node ip-10-0-1-23.us-west-2.compute.internal dedicated=ml:PreferNoSchedule
> node/ip-10-0-1-23.us-west-2.compute.internal tainted

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal dedicated:NoSchedule-
> node/ip-10-0-1-23.us-west-2.compute.internal untainted

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal dedicated-
> node/ip-10-0-1-23.us-west-2.compute.internal untainted

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal dedicated-
! error: taint "dedicated" not found
? 1

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal gone:NoExecute- other-
! taint "gone:NoExecute" not found
! taint "other" not found
? 1

$ kubectl taint no ip-10-0-1-23.us-west-2.compute.internal spot:NoSchedule dedicated=x:NoSchedule spot-
! error: can not both modify and remove the following taint(s) in the same command: spot=
? 1

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal a=b:NoSchedule a=c:NoSchedule
! error: duplicated taints with the same key and effect: {a c NoSchedule <nil>}
! See 'kubectl taint -h' for help and examples
? 1

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal a=b:Never
! error: invalid taint effect: Never, unsupported taint effect
! See 'kubectl taint -h' for help and examples
? 1

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal a=b
! error: invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
! See 'kubectl taint -h' for help and examples
? 1

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal 'a=b c:NoSchedule'
! error: invalid taint spec: a=b c:NoSchedule, a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')
! See 'kubectl taint -h' for help and examples
? 1

$ kubectl taint nodes ip-10-0-1-23.us-west-2.compute.internal dedicated
! error: at least one taint update is required
? 1

$ kubectl taint nodes dedicated=gpu:NoSchedule
! error: at least one resource name must be specified since 'all' parameter is not set
? 1

$ kubectl taint dedicated=gpu:NoSchedule
! error: one or more resources must be specified as <resource> <name>
? 1

$ kubectl taint nodes dedicated=gpu:NoSchedule ip-10-0-1-23.us-west-2.compute.internal
! error: all resources must be specified before taint changes: ip-10-0-1-23.us-west-2.compute.internal
? 1

$ kubectl taint pods web dedicated=gpu:NoSchedule
! error: invalid resource type pods, only node types are supported
? 1

$ kubectl taint deployments.apps web dedicated=gpu:NoSchedule
! error: invalid resource type deployments.apps, only node types are supported
? 1

$ kubectl taint widgets w dedicated=gpu:NoSchedule
! error: the server doesn't have a resource type "widgets"
? 1

$ kubectl taint nodes nope ip-10-0-1-23.us-west-2.compute.internal maintenance=true:NoExecute
> node/ip-10-0-1-23.us-west-2.compute.internal tainted
! Error from server (NotFound): nodes "nope" not found
? 1

$ kubectl taint nodes --all maintenance=true:PreferNoSchedule
> node/ip-10-0-1-23.us-west-2.compute.internal tainted
> node/ip-10-0-2-141.us-west-2.compute.internal tainted
> node/ip-10-0-3-87.us-west-2.compute.internal tainted

$ kubectl taint nodes -l topology.kubernetes.io/zone=us-west-2b maintenance- zone=b:NoSchedule
> node/ip-10-0-2-141.us-west-2.compute.internal modified

$ kubectl taint nodes --all -l kubernetes.io/os=linux x:NoSchedule
! error: setting 'all' parameter with a non empty selector is prohibited
? 1

$ kubectl taint nodes ip-10-0-3-87.us-west-2.compute.internal maintenance:PreferNoSchedule- -o name
> node/ip-10-0-3-87.us-west-2.compute.internal

$ kubectl taint nodes ip-10-0-3-87.us-west-2.compute.internal p=q:NoSchedule --dry-run=client
> node/ip-10-0-3-87.us-west-2.compute.internal tainted

$ kubectl taint nodes ip-10-0-3-87.us-west-2.compute.internal p=q:NoSchedule
> node/ip-10-0-3-87.us-west-2.compute.internal tainted

$ kubectl taint nodes ip-10-0-3-87.us-west-2.compute.internal q=r:NoSchedule -o table
! error: unable to match a printer suitable for the output format "table", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
? 1


# -o jsonpath=TEMPLATE and -o jsonpath-as-json=TEMPLATE, as client-go's JSONPath
# runs them inside kubectl's JSONPath printer.
#! --scenario tests/transcripts/output.scenario

# Results of one action are joined by spaces; jsonpath output ends without a
# newline (the `%` line).
$ kubectl get nodes -o jsonpath='{.items[*].metadata.name}'
> ip-10-0-1-23.us-west-2.compute.internal ip-10-0-2-141.us-west-2.compute.internal
%

# range … end runs its body once per item; quoted text gives tabs and newlines.
$ kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.nodeInfo.kubeletVersion}{"\n"}{end}'
> ip-10-0-1-23.us-west-2.compute.internal	v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal	v1.30.4-eks-a737599

# Filters compare with ==, !=, <, >, <=, >=.
$ kubectl get nodes -o jsonpath='{.items[*].status.conditions[?(@.type=="Ready")].status}'
> True True
%

$ kubectl get pods -o jsonpath='{.items[?(@.status.phase!="Running")].metadata.name}'
> huge-6cc5bcb678-7tqjq
%

# Slices count from the end; unions pick several.
$ kubectl get pods -o jsonpath='{.items[-1:].metadata.name}'
> web-68458dcb9b-lfpd8
%

$ kubectl get pods -o jsonpath='{.items[0,2].metadata.name}'
> batch-a batch-c
%

# Maps and lists print as compact JSON.
$ kubectl get pods -o jsonpath='{.items[0].metadata.labels}'
> {"app":"batch"}
%

$ kubectl get pod batch-c -o jsonpath='{.spec.containers[0].resources}'
> {"limits":{"cpu":"100m","memory":"64Mi"},"requests":{"cpu":"100m","memory":"64Mi"}}
%

# .. descends recursively.
$ kubectl get node ip-10-0-1-23.us-west-2.compute.internal -o jsonpath='{..address}'
> 10.0.1.23 ip-10-0-1-23.us-west-2.compute.internal ip-10-0-1-23.us-west-2.compute.internal
%

# One object by name is the object itself; otherwise the template sees a List.
$ kubectl get node ip-10-0-1-23.us-west-2.compute.internal -o jsonpath='{.kind}'
> Node
%

$ kubectl get nodes -o jsonpath='{.kind}'
> List
%

# A backslash escapes the dots of a label key; ['a','b'] is a union of keys.
$ kubectl get node ip-10-0-2-141.us-west-2.compute.internal -o jsonpath='{.metadata.labels.kubernetes\.io/hostname}'
> ip-10-0-2-141.us-west-2.compute.internal
%

$ kubectl get node ip-10-0-2-141.us-west-2.compute.internal -o jsonpath="{.spec.taints[0]['key','effect']}"
> dedicated NoSchedule
%

# Text outside the braces prints as it is.
$ kubectl get pod batch-c -o jsonpath='IP: {.status.podIP}{"\n"}'
> IP: 10.0.2.159

# Nothing found prints nothing: no error, no "No resources found".
$ kubectl get pods -o jsonpath='{.items[*].metadata.name}' -n kube-public

# A missing key is no error: --allow-missing-template-keys defaults to true.
$ kubectl get pods -o jsonpath='{.foo}'

$ kubectl get nodes -o jsonpath='{.items[*].spec.taints[*].key}'
> dedicated
%

# jsonpath-as-json prints each action's results as an indented JSON array.
$ kubectl get pods -o jsonpath-as-json='{.items[*].metadata.name}'
> [
>     "batch-a",
>     "batch-b",
>     "batch-c",
>     "huge-6cc5bcb678-7tqjq",
>     "web-68458dcb9b-766s6",
>     "web-68458dcb9b-lfpd8"
> ]

$ kubectl get pod batch-c -o jsonpath-as-json='{.status.qosClass}{.status.hostIP}'
> [
>     "Guaranteed"
> ]
> [
>     "10.0.2.141"
> ]

# A template that does not parse: kubectl's "error parsing jsonpath".
$ kubectl get pods -o jsonpath='{.items[0}'
! error: error parsing jsonpath {.items[0}, unterminated array
? 1

$ kubectl get pods -o jsonpath='{.items[?(@.status.phase=="Running")}'
! error: error parsing jsonpath {.items[?(@.status.phase=="Running")}, unclosed array expect ]
? 1

$ kubectl get pods -o jsonpath='{{.kind}}'
! error: error parsing jsonpath {{.kind}}, unrecognized character in action: U+007B '{'
? 1

# No template at all.
$ kubectl get pods -o jsonpath=
! error: template format specified but no template given
? 1

$ kubectl get pods -o jsonpath
! error: template format specified but no template given
? 1

# Errors while executing print the template and the whole object given to the
# engine (Go's %#v), then two empty lines.
$ kubectl get pods -n kube-public -o jsonpath='{.items[9].metadata.name}'
! error: error executing jsonpath "{.items[9].metadata.name}": Error executing template: array index out of bounds: index 9, length 0. Printing more information for debugging the template:
! 	template was:
! 		{.items[9].metadata.name}
! 	object given to jsonpath engine was:
! 		map[string]interface {}{"apiVersion":"v1", "items":[]interface {}{}, "kind":"List", "metadata":map[string]interface {}{"resourceVersion":""}}
!
!
? 1

$ kubectl get namespaces -o jsonpath='{.items[4].metadata.name}'
! error: error executing jsonpath "{.items[4].metadata.name}": Error executing template: array index out of bounds: index 4, length 4. Printing more information for debugging the template:
! 	template was:
! 		{.items[4].metadata.name}
! 	object given to jsonpath engine was:
! 		map[string]interface {}{"apiVersion":"v1", "items":[]interface {}{map[string]interface {}{"apiVersion":"v1", "kind":"Namespace", "metadata":map[string]interface {}{"creationTimestamp":"2025-05-03T09:00:00Z", "labels":map[string]interface {}{"kubernetes.io/metadata.name":"default"}, "name":"default", "resourceVersion":"45617687", "uid":"c5e6902c-0000-4000-9627-947760c63e9d"}, "spec":map[string]interface {}{"finalizers":[]interface {}{"kubernetes"}}, "status":map[string]interface {}{"phase":"Active"}}, map[string]interface {}{"apiVersion":"v1", "kind":"Namespace", "metadata":map[string]interface {}{"creationTimestamp":"2025-05-03T09:00:00Z", "labels":map[string]interface {}{"kubernetes.io/metadata.name":"kube-node-lease"}, "name":"kube-node-lease", "resourceVersion":"78958876", "uid":"67bf1ae7-81de-443f-a4f7-c5048b74997c"}, "spec":map[string]interface {}{"finalizers":[]interface {}{"kubernetes"}}, "status":map[string]interface {}{"phase":"Active"}}, map[string]interface {}{"apiVersion":"v1", "kind":"Namespace", "metadata":map[string]interface {}{"creationTimestamp":"2025-05-03T09:00:00Z", "labels":map[string]interface {}{"kubernetes.io/metadata.name":"kube-public"}, "name":"kube-public", "resourceVersion":"69087957", "uid":"817784b9-0295-482a-88de-fafab99ef01f"}, "spec":map[string]interface {}{"finalizers":[]interface {}{"kubernetes"}}, "status":map[string]interface {}{"phase":"Active"}}, map[string]interface {}{"apiVersion":"v1", "kind":"Namespace", "metadata":map[string]interface {}{"creationTimestamp":"2025-05-03T09:00:00Z", "labels":map[string]interface {}{"kubernetes.io/metadata.name":"kube-system"}, "name":"kube-system", "resourceVersion":"55742839", "uid":"230c0f70-8263-4c41-ae65-395143a8cafe"}, "spec":map[string]interface {}{"finalizers":[]interface {}{"kubernetes"}}, "status":map[string]interface {}{"phase":"Active"}}}, "kind":"List", "metadata":map[string]interface {}{"resourceVersion":""}}
!
!
? 1

$ kubectl get pods -n kube-public -o jsonpath='{end}'
! error: error executing jsonpath "{end}": Error executing template: not in range, nothing to end. Printing more information for debugging the template:
! 	template was:
! 		{end}
! 	object given to jsonpath engine was:
! 		map[string]interface {}{"apiVersion":"v1", "items":[]interface {}{}, "kind":"List", "metadata":map[string]interface {}{"resourceVersion":""}}
!
!
? 1

$ kubectl get pods -n kube-public -o jsonpath='{.kind[0]}'
! error: error executing jsonpath "{.kind[0]}": Error executing template: string is not array or slice. Printing more information for debugging the template:
! 	template was:
! 		{.kind[0]}
! 	object given to jsonpath engine was:
! 		map[string]interface {}{"apiVersion":"v1", "items":[]interface {}{}, "kind":"List", "metadata":map[string]interface {}{"resourceVersion":""}}
!
!
? 1

$ kubectl get pods -n kube-public -o jsonpath='{.kind[?(@.x=="y")]}'
! error: error executing jsonpath "{.kind[?(@.x==\"y\")]}": Error executing template: List is not array or slice and cannot be filtered. Printing more information for debugging the template:
! 	template was:
! 		{.kind[?(@.x=="y")]}
! 	object given to jsonpath engine was:
! 		map[string]interface {}{"apiVersion":"v1", "items":[]interface {}{}, "kind":"List", "metadata":map[string]interface {}{"resourceVersion":""}}
!
!
? 1

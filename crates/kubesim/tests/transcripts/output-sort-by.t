# --sort-by=JSONPATH with -o json, yaml and jsonpath: kubectl's SortObjects.
#! --scenario tests/transcripts/output.scenario

# Timestamps are RFC 3339 strings: sorted as strings, they sort by time.
$ kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{" "}{.metadata.creationTimestamp}{"\n"}{end}' --sort-by=.metadata.creationTimestamp
> web-68458dcb9b-lfpd8 2025-06-09T09:00:01Z
> web-68458dcb9b-766s6 2025-06-09T09:00:02Z
> batch-c 2025-06-12T07:00:01Z
> batch-b 2025-06-12T08:00:03Z
> batch-a 2025-06-12T08:30:02Z
> huge-6cc5bcb678-7tqjq 2025-06-12T09:00:00Z

# A pod without the field (the Pending one has no IP) sorts first; IPs sort
# as strings, so 10.0.1.30 comes after 10.0.1.194.
$ kubectl get pods -o jsonpath='{range .items[*]}{.status.podIP}{" "}{.metadata.name}{"\n"}{end}' --sort-by=.status.podIP
>  huge-6cc5bcb678-7tqjq
> 10.0.1.173 batch-b
> 10.0.1.194 batch-a
> 10.0.1.30 web-68458dcb9b-lfpd8
> 10.0.1.90 web-68458dcb9b-766s6
> 10.0.2.159 batch-c

# Braces are optional. Strings that are both quantities compare by value:
# 50m < 100m < 250m < 4 (as strings, "100m" would come before "50m"). Equal
# values keep the API's order.
$ kubectl get pods -o jsonpath='{range .items[*]}{.spec.containers[0].resources.requests.cpu}{" "}{.metadata.name}{"\n"}{end}' --sort-by='{.spec.containers[0].resources.requests.cpu}'
>  batch-a
> 50m batch-b
> 100m batch-c
> 250m web-68458dcb9b-766s6
> 250m web-68458dcb9b-lfpd8
> 4 huge-6cc5bcb678-7tqjq

# Neither braces nor a leading dot are needed.
$ kubectl get pods -o jsonpath-as-json='{.items[*].metadata.name}' --sort-by=status.startTime
> [
>     "huge-6cc5bcb678-7tqjq",
>     "web-68458dcb9b-lfpd8",
>     "web-68458dcb9b-766s6",
>     "batch-c",
>     "batch-b",
>     "batch-a"
> ]

# A field no object has is an error.
$ kubectl get pods -o json --sort-by=.spec.nope
! error: couldn't find any field with path "{.spec.nope}" in the list of objects
? 1

# The expression must be one path.
$ kubectl get pods -o yaml --sort-by='{.a}{.b}'
! error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'
? 1

# An expression that fails on an object fails the command.
$ kubectl get pods -o json --sort-by='.spec.containers[5]'
! error: array index out of bounds: index 5, length 1
? 1

# Values kubectl cannot order (booleans, maps, lists) end it through klog.
$ kubectl get pods -o json --sort-by=.spec.enableServiceLinks
! F0612 09:00:00.000000       1 sorter.go:329] Field {.spec.enableServiceLinks} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: bool
? 1

# One object asked for by name is printed as it is: nothing to sort.
$ kubectl get pod batch-c -o jsonpath='{.metadata.name}' --sort-by=.spec.nope
> batch-c
%

# An empty list is not sorted either, so the missing field goes unnoticed.
$ kubectl get pods -n kube-public -o json --sort-by=.spec.nope
> {
>     "apiVersion": "v1",
>     "items": [],
>     "kind": "List",
>     "metadata": {
>         "resourceVersion": ""
>     }
> }

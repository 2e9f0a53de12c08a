#! --scenario tests/transcripts/get.scenario
# Namespaces and PodDisruptionBudgets. Namespaces are cluster-scoped: -n and
# -A change nothing, and every one carries kubernetes.io/metadata.name.
$ kubectl get namespaces
> NAME              STATUS   AGE
> default           Active   40d
> empty             Active   60m
> kube-node-lease   Active   40d
> kube-public       Active   40d
> kube-system       Active   40d

$ kubectl get ns --show-labels
> NAME              STATUS   AGE   LABELS
> default           Active   40d   kubernetes.io/metadata.name=default
> empty             Active   60m   kubernetes.io/metadata.name=empty
> kube-node-lease   Active   40d   kubernetes.io/metadata.name=kube-node-lease
> kube-public       Active   40d   kubernetes.io/metadata.name=kube-public
> kube-system       Active   40d   kubernetes.io/metadata.name=kube-system

$ kubectl get ns -o name
> namespace/default
> namespace/empty
> namespace/kube-node-lease
> namespace/kube-public
> namespace/kube-system

$ kubectl get ns -o wide
> NAME              STATUS   AGE
> default           Active   40d
> empty             Active   60m
> kube-node-lease   Active   40d
> kube-public       Active   40d
> kube-system       Active   40d

$ kubectl get namespace empty
> NAME    STATUS   AGE
> empty   Active   60m

$ kubectl get ns nope
! Error from server (NotFound): namespaces "nope" not found
? 1

$ kubectl get ns -A
> NAME              STATUS   AGE
> default           Active   40d
> empty             Active   60m
> kube-node-lease   Active   40d
> kube-public       Active   40d
> kube-system       Active   40d

$ kubectl get ns --field-selector status.phase=Active,metadata.name!=default
> NAME              STATUS   AGE
> empty             Active   60m
> kube-node-lease   Active   40d
> kube-public       Active   40d
> kube-system       Active   40d

$ kubectl get ns --field-selector metadata.namespace=x
! Error from server (BadRequest): Unable to find "/v1, Resource=namespaces" that match label selector "", field selector "metadata.namespace=x": field label not supported: metadata.namespace
? 1

$ kubectl get pods -n empty
! No resources found in empty namespace.

$ kubectl get pdb
> NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
> web    2               N/A               1                     3d

$ kubectl get pdb -A -o wide
> NAMESPACE   NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
> default     web    2               N/A               1                     3d

$ kubectl get poddisruptionbudgets -o name
> poddisruptionbudget.policy/web

$ kubectl get pdb.policy web
> NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
> web    2               N/A               1                     3d

$ kubectl get pdb nope
! Error from server (NotFound): poddisruptionbudgets.policy "nope" not found
? 1

$ kubectl get pdb -A -l app=web
! No resources found

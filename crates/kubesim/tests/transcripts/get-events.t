#! --scenario tests/transcripts/get.scenario
# Events (printEvent) in API order: by namespace, then by event name, which
# starts with the object's name. -o wide inserts SUBOBJECT and SOURCE and adds
# FIRST SEEN, COUNT and NAME.
$ kubectl get events
> LAST SEEN   TYPE      REASON             OBJECT                   MESSAGE
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-4nvqs   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-p26sk   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..

$ kubectl get ev -o wide
> LAST SEEN   TYPE      REASON             OBJECT                   SUBOBJECT   SOURCE              MESSAGE                                                                                                                              FIRST SEEN   COUNT   NAME
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-4nvqs               default-scheduler   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..   0s           1       big-dfd5db77-4nvqs.18483ffa6ad2a016
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-p26sk               default-scheduler   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..   0s           1       big-dfd5db77-p26sk.18483ffa6ad2a015

$ kubectl get events -o name
> event/big-dfd5db77-4nvqs.18483ffa6ad2a016
> event/big-dfd5db77-p26sk.18483ffa6ad2a015

$ kubectl get events -A --field-selector type=Warning
> NAMESPACE   LAST SEEN   TYPE      REASON             OBJECT                   MESSAGE
> default     0s          Warning   FailedScheduling   pod/big-dfd5db77-4nvqs   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..
> default     0s          Warning   FailedScheduling   pod/big-dfd5db77-p26sk   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..

$ kubectl get events --field-selector involvedObject.kind=Pod,reason=FailedScheduling -o name
> event/big-dfd5db77-4nvqs.18483ffa6ad2a016
> event/big-dfd5db77-p26sk.18483ffa6ad2a015

$ kubectl get events --field-selector involvedObject.name=nope
! No resources found in default namespace.

$ kubectl get events --field-selector source=default-scheduler,type!=Normal
> LAST SEEN   TYPE      REASON             OBJECT                   MESSAGE
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-4nvqs   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-p26sk   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..

$ kubectl get events --field-selector message=x
! Error from server (BadRequest): Unable to find "/v1, Resource=events" that match label selector "", field selector "message=x": field label not supported: message
? 1

# The scheduler tries again after five minutes: the same event, counted.
$ sleep 5m

$ kubectl get events -o wide
> LAST SEEN   TYPE      REASON             OBJECT                   SUBOBJECT   SOURCE              MESSAGE                                                                                                                              FIRST SEEN   COUNT   NAME
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-4nvqs               default-scheduler   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..   5m           2       big-dfd5db77-4nvqs.18483ffa6ad2a016
> 0s          Warning   FailedScheduling   pod/big-dfd5db77-p26sk               default-scheduler   0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..   5m           2       big-dfd5db77-p26sk.18483ffa6ad2a015

$ kubectl get events -n kube-system
! No resources found in kube-system namespace.

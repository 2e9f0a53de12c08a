# A rollout that cannot progress: the nodes are full and web may not lose a pod
# (maxUnavailable 0), so its surge pods stay Pending until the Deployment's
# progress deadline (600 s) passes; and a scale-up that waits for capacity,
# which kubectl would watch without end.
#! --scenario tests/transcripts/rollout-deadline.scenario

$ kubectl scale deployment web --replicas=19
> deployment.apps/web scaled

$ kubectl rollout status deployment/web
> Waiting for deployment "web" rollout to finish: 3 of 19 updated replicas are available...
> deployment "web" successfully rolled out

$ kubectl rollout restart deployment/web
> deployment.apps/web restarted

$ kubectl rollout status deployment/web
> Waiting for deployment "web" rollout to finish: 5 out of 19 new replicas have been updated...
! error: deployment "web" exceeded its progress deadline
? 1

$ kubectl wait --for=condition=Progressing=false deployment/web --timeout=0
> deployment.apps/web condition met

$ kubectl wait --for=condition=Available deployment/web --timeout=0
> deployment.apps/web condition met

$ kubectl rollout undo deployment/web
> deployment.apps/web rolled back

$ kubectl rollout status deployment/web
> deployment "web" successfully rolled out

$ kubectl scale deployment web --replicas=24
> deployment.apps/web scaled

$ kubectl rollout status deployment/web --timeout=1m
> Waiting for deployment "web" rollout to finish: 19 of 24 updated replicas are available...
! error: timed out waiting for the condition
? 1

$ kubectl rollout status deployment/web
> Waiting for deployment "web" rollout to finish: 19 of 24 updated replicas are available...
! kubesim: stopped waiting after 15m of simulated time; the real kubectl would wait until interrupted
? 1


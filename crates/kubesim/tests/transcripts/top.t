# kubectl top with metrics-server installed (v1.31 headers CPU% and MEMORY%,
# every cell tab-terminated so each line ends in spaces: pkg/metricsutil), its
# sorting and sums, and what it says while metrics-server restarts.
#! --scenario tests/transcripts/top.scenario

$ kubectl top nodes
> NAME                                       CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%   
> ip-10-0-1-23.us-west-2.compute.internal    202m         10%    880Mi           26%       
> ip-10-0-2-141.us-west-2.compute.internal   196m         10%    889Mi           26%       
> ip-10-0-3-87.us-west-2.compute.internal    212m         10%    874Mi           26%       

$ kubectl top node ip-10-0-2-141.us-west-2.compute.internal --show-capacity
> NAME                                       CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%   
> ip-10-0-2-141.us-west-2.compute.internal   196m         9%     889Mi           23%       

$ kubectl top nodes --sort-by=memory --no-headers
> ip-10-0-2-141.us-west-2.compute.internal   196m   10%   889Mi   26%   
> ip-10-0-1-23.us-west-2.compute.internal    202m   10%   880Mi   26%   
> ip-10-0-3-87.us-west-2.compute.internal    212m   10%   874Mi   26%   

$ kubectl top pods
> NAME                   CPU(cores)   MEMORY(bytes)   
> web-68458dcb9b-9pp26   68m          135Mi           
> web-68458dcb9b-qspgw   98m          166Mi           
> web-68458dcb9b-sk4nv   99m          89Mi            

$ kubectl top pods -A --sort-by=cpu
> NAMESPACE     NAME                             CPU(cores)   MEMORY(bytes)   
> default       web-68458dcb9b-sk4nv             99m          89Mi            
> default       web-68458dcb9b-qspgw             98m          166Mi           
> default       web-68458dcb9b-9pp26             68m          135Mi           
> kube-system   kube-proxy-g77lf                 55m          50Mi            
> kube-system   kube-proxy-l8ndv                 38m          14Mi            
> kube-system   kube-proxy-g86sc                 35m          17Mi            
> kube-system   coredns-6f5b57577-5x6cd          33m          37Mi            
> kube-system   coredns-6f5b57577-rfkcr          28m          34Mi            
> kube-system   metrics-server-567798dbd-zc9vt   16m          134Mi           
> kube-system   aws-node-jw65l                   5m           33Mi            
> kube-system   aws-node-npjss                   5m           41Mi            
> kube-system   aws-node-25x6z                   2m           31Mi            

$ kubectl top pod --containers -n kube-system -l k8s-app=aws-node
> POD              NAME                CPU(cores)   MEMORY(bytes)   
> aws-node-25x6z   aws-eks-nodeagent   1m           15Mi            
> aws-node-25x6z   aws-node            1m           15Mi            
> aws-node-jw65l   aws-eks-nodeagent   1m           16Mi            
> aws-node-jw65l   aws-node            4m           16Mi            
> aws-node-npjss   aws-eks-nodeagent   1m           20Mi            
> aws-node-npjss   aws-node            4m           20Mi            

$ kubectl top pods -n kube-system --sum
> NAME                             CPU(cores)   MEMORY(bytes)   
> aws-node-25x6z                   2m           31Mi            
> aws-node-jw65l                   5m           33Mi            
> aws-node-npjss                   5m           41Mi            
> coredns-6f5b57577-5x6cd          33m          37Mi            
> coredns-6f5b57577-rfkcr          28m          34Mi            
> kube-proxy-g77lf                 55m          50Mi            
> kube-proxy-g86sc                 35m          17Mi            
> kube-proxy-l8ndv                 38m          14Mi            
> metrics-server-567798dbd-zc9vt   16m          134Mi           
>                                  ________     ________        
>                                  217m         392Mi           

$ kubectl top pods -n kube-node-lease
! No resources found in kube-node-lease namespace.

$ kubectl top node ip-10-0-9-9.us-west-2.compute.internal
! Error from server (NotFound): node "ip-10-0-9-9.us-west-2.compute.internal" not found
? 1

$ kubectl top pod web
! Error from server (NotFound): pods "web" not found
? 1

$ kubectl top nodes --sort-by=name
! error: --sort-by accepts only cpu or memory
? 1

$ kubectl top pods a b
! error: pod [NAME | -l label]
! See 'kubectl top pod -h' for help and examples
? 1

$ kubectl top pod web -l app=web
! error: only one of NAME or selector can be provided
? 1

$ kubectl top foo
! error: unknown command "foo"
! See 'kubectl top -h' for help and examples
? 1

$ kubectl scale deployment web --replicas=4
> deployment.apps/web scaled

$ kubectl top pods -l app=web
> NAME                   CPU(cores)   MEMORY(bytes)   
> web-68458dcb9b-9pp26   68m          135Mi           
> web-68458dcb9b-qspgw   98m          166Mi           
> web-68458dcb9b-sk4nv   99m          89Mi            

$ kubectl wait --for=condition=Ready pods -l app=web
> pod/web-68458dcb9b-9pp26 condition met
> pod/web-68458dcb9b-qspgw condition met
> pod/web-68458dcb9b-qv64d condition met
> pod/web-68458dcb9b-sk4nv condition met

$ kubectl top pods -l app=web
> NAME                   CPU(cores)   MEMORY(bytes)   
> web-68458dcb9b-9pp26   68m          135Mi           
> web-68458dcb9b-qspgw   98m          166Mi           
> web-68458dcb9b-sk4nv   99m          89Mi            

$ sleep 15

$ kubectl top pods -l app=web
> NAME                   CPU(cores)   MEMORY(bytes)   
> web-68458dcb9b-9pp26   68m          135Mi           
> web-68458dcb9b-qspgw   98m          166Mi           
> web-68458dcb9b-qv64d   60m          79Mi            
> web-68458dcb9b-sk4nv   99m          89Mi            

$ kubectl delete pod metrics-server-567798dbd-zc9vt -n kube-system
> pod "metrics-server-567798dbd-zc9vt" deleted

$ kubectl top nodes
! error: Metrics API not available
? 1

$ kubectl wait --for=condition=Ready pod -n kube-system -l k8s-app=metrics-server
> pod/metrics-server-567798dbd-p6x82 condition met

$ kubectl top nodes
! error: metrics not available yet
? 1

$ kubectl top pods
! error: Metrics not available for pod default/web-68458dcb9b-9pp26, age: 72h0m22s
? 1

$ kubectl top pods -n kube-node-lease
! No resources found in kube-node-lease namespace.

$ sleep 15

$ kubectl top node -l eks.amazonaws.com/nodegroup=ng-general --no-headers
> ip-10-0-1-23.us-west-2.compute.internal    262m   13%   959Mi   29%   
> ip-10-0-2-141.us-west-2.compute.internal   180m   9%    754Mi   22%   
> ip-10-0-3-87.us-west-2.compute.internal    254m   13%   953Mi   28%   


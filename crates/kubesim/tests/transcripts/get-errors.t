# Argument and flag errors of kubectl get, in the order kubectl finds them.
$ kubectl get pods pod/x
! error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
? 1

$ kubectl get pod/x/y
! error: arguments in resource/name form may not have more than one slash
? 1

$ kubectl get /x
! error: arguments in resource/name form must have a single resource and name
? 1

$ kubectl get pods -o bogus
! error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml
? 1

$ kubectl get pod nope -o bogus
! Error from server (NotFound): pods "nope" not found
? 1

$ kubectl get foo -o bogus
! error: the server doesn't have a resource type "foo"
? 1

$ kubectl get pods --show-labels -o json
! error: --show-labels option cannot be used with json printer
? 1

$ kubectl get pods -w
! kubesim: "kubectl get --watch" is not simulated yet; try "kubectl get" again after "sleep 30s" (the clock moves only when you let it)
? 1

$ kubectl get pods --watch-only
! kubesim: "kubectl get --watch" is not simulated yet; try "kubectl get" again after "sleep 30s" (the clock moves only when you let it)
? 1

$ kubectl get pods --output-watch-events
! error: --output-watch-events option can only be used with --watch or --watch-only
? 1

$ kubectl get pods --chunk-size=x
! error: invalid argument "x" for "--chunk-size" flag: strconv.ParseInt: parsing "x": invalid syntax
! See 'kubectl get --help' for usage.
? 1

$ kubectl get --chunk-size=x
! error: invalid argument "x" for "--chunk-size" flag: strconv.ParseInt: parsing "x": invalid syntax
! See 'kubectl get --help' for usage.
? 1

$ kubectl get pods --chunk-size=100 -o name
> pod/web-68458dcb9b-9pp26
> pod/web-68458dcb9b-qspgw
> pod/web-68458dcb9b-sk4nv

$ kubectl get pods -f pod.yaml
! kubesim: "kubectl get -f" is not simulated yet; try "kubectl get TYPE [NAME]"
? 1

# Bad input gets the error the real tool gives: kubectl (cobra, pflag, the API server) or bash.

$ kubectl get nodes nope
! Error from server (NotFound): nodes "nope" not found
? 1

$ kubectl get
! You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.
!
! error: Required resource not specified.
! Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
! See 'kubectl get -h' for help and examples
? 1

$ kubectl get foo
! error: the server doesn't have a resource type "foo"
? 1

$ kubectl get nodes --foo
! error: unknown flag: --foo
! See 'kubectl get --help' for usage.
? 1

$ kubectl get nodes -z
! error: unknown shorthand flag: 'z' in -z
! See 'kubectl get --help' for usage.
? 1

$ kubectl get nodes -o
! error: flag needs an argument: 'o' in -o
! See 'kubectl get --help' for usage.
? 1

$ kubectl get nodes -o bogus
! error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml
? 1

$ kubectl get nodes --show-labels=maybe
! error: invalid argument "maybe" for "--show-labels" flag: strconv.ParseBool: parsing "maybe": invalid syntax
! See 'kubectl get --help' for usage.
? 1

$ kubectl get nodes node/x
! error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'
? 1

$ kubectl get node/
! error: arguments in resource/name form must have a single resource and name
? 1

$ kubectl gett nodes
! error: unknown command "gett" for "kubectl"
!
! Did you mean this?
! 	set
! 	get
? 1

$ kubectl desribe node
! error: unknown command "desribe" for "kubectl"
!
! Did you mean this?
! 	describe
? 1

$ kubectl nodes
! error: unknown command "nodes" for "kubectl"
? 1

$ kubectl pods
! error: unknown command "pods" for "kubectl"
!
! Did you mean this?
! 	logs
? 1

$ kubectl foo
! error: unknown command "foo" for "kubectl"
!
! Did you mean this?
! 	top
? 1

$ ls -l
! bash: ls: command not found
? 127

$ kubectl get 'nodes
! bash: unexpected EOF while looking for matching `''
? 2

$ kubectl get "nodes
! bash: unexpected EOF while looking for matching `"'
? 2

$ 

$ # just a comment

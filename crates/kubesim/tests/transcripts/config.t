# kubectl config (pkg/cmd/config) over the kubeconfig `aws eks update-kubeconfig` writes: one cluster, user and
# context, all named after the cluster ARN. set-context changes the context's namespace for later commands.

$ kubectl config current-context
> arn:aws:eks:us-west-2:123456789012:cluster/kubelab

$ kubectl config get-contexts
> CURRENT   NAME                                                 CLUSTER                                              AUTHINFO                                             NAMESPACE
> *         arn:aws:eks:us-west-2:123456789012:cluster/kubelab   arn:aws:eks:us-west-2:123456789012:cluster/kubelab   arn:aws:eks:us-west-2:123456789012:cluster/kubelab   

$ kubectl config get-contexts -o name
> arn:aws:eks:us-west-2:123456789012:cluster/kubelab

$ kubectl config get-clusters
> NAME
> arn:aws:eks:us-west-2:123456789012:cluster/kubelab

$ kubectl config view
> apiVersion: v1
> clusters:
> - cluster:
>     certificate-authority-data: DATA+OMITTED
>     server: https://B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A.gr7.us-west-2.eks.amazonaws.com
>   name: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
> contexts:
> - context:
>     cluster: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
>     user: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
>   name: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
> current-context: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
> kind: Config
> preferences: {}
> users:
> - name: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
>   user:
>     exec:
>       apiVersion: client.authentication.k8s.io/v1beta1
>       args:
>       - --region
>       - us-west-2
>       - eks
>       - get-token
>       - --cluster-name
>       - kubelab
>       - --output
>       - json
>       command: aws
>       env: null
>       interactiveMode: IfAvailable
>       provideClusterInfo: false

$ kubectl config view -o json
> {
>     "kind": "Config",
>     "apiVersion": "v1",
>     "preferences": {},
>     "clusters": [
>         {
>             "name": "arn:aws:eks:us-west-2:123456789012:cluster/kubelab",
>             "cluster": {
>                 "server": "https://B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A.gr7.us-west-2.eks.amazonaws.com",
>                 "certificate-authority-data": "DATA+OMITTED"
>             }
>         }
>     ],
>     "users": [
>         {
>             "name": "arn:aws:eks:us-west-2:123456789012:cluster/kubelab",
>             "user": {
>                 "exec": {
>                     "command": "aws",
>                     "args": [
>                         "--region",
>                         "us-west-2",
>                         "eks",
>                         "get-token",
>                         "--cluster-name",
>                         "kubelab",
>                         "--output",
>                         "json"
>                     ],
>                     "env": null,
>                     "apiVersion": "client.authentication.k8s.io/v1beta1",
>                     "provideClusterInfo": false,
>                     "interactiveMode": "IfAvailable"
>                 }
>             }
>         }
>     ],
>     "contexts": [
>         {
>             "name": "arn:aws:eks:us-west-2:123456789012:cluster/kubelab",
>             "context": {
>                 "cluster": "arn:aws:eks:us-west-2:123456789012:cluster/kubelab",
>                 "user": "arn:aws:eks:us-west-2:123456789012:cluster/kubelab"
>             }
>         }
>     ],
>     "current-context": "arn:aws:eks:us-west-2:123456789012:cluster/kubelab"
> }

$ kubectl config use-context arn:aws:eks:us-west-2:123456789012:cluster/kubelab
> Switched to context "arn:aws:eks:us-west-2:123456789012:cluster/kubelab".

$ kubectl config use kubelab
! error: no context exists with the name: "kubelab"
? 1

$ kubectl config set-context --current --namespace=kube-system
> Context "arn:aws:eks:us-west-2:123456789012:cluster/kubelab" modified.

$ kubectl config get-contexts
> CURRENT   NAME                                                 CLUSTER                                              AUTHINFO                                             NAMESPACE
> *         arn:aws:eks:us-west-2:123456789012:cluster/kubelab   arn:aws:eks:us-west-2:123456789012:cluster/kubelab   arn:aws:eks:us-west-2:123456789012:cluster/kubelab   kube-system

$ kubectl config view --minify
> apiVersion: v1
> clusters:
> - cluster:
>     certificate-authority-data: DATA+OMITTED
>     server: https://B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A.gr7.us-west-2.eks.amazonaws.com
>   name: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
> contexts:
> - context:
>     cluster: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
>     namespace: kube-system
>     user: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
>   name: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
> current-context: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
> kind: Config
> preferences: {}
> users:
> - name: arn:aws:eks:us-west-2:123456789012:cluster/kubelab
>   user:
>     exec:
>       apiVersion: client.authentication.k8s.io/v1beta1
>       args:
>       - --region
>       - us-west-2
>       - eks
>       - get-token
>       - --cluster-name
>       - kubelab
>       - --output
>       - json
>       command: aws
>       env: null
>       interactiveMode: IfAvailable
>       provideClusterInfo: false

$ kubectl config set-context arn:aws:eks:us-west-2:123456789012:cluster/kubelab --namespace=
> Context "arn:aws:eks:us-west-2:123456789012:cluster/kubelab" modified.

$ kubectl config get-contexts --no-headers
> *     arn:aws:eks:us-west-2:123456789012:cluster/kubelab   arn:aws:eks:us-west-2:123456789012:cluster/kubelab   arn:aws:eks:us-west-2:123456789012:cluster/kubelab   

$ kubectl config set-context
! error: you must specify a non-empty context name or --current
? 1

$ kubectl config set-context web --current
! error: you cannot specify both a context name and --current
? 1

$ kubectl config set-context --current -n web
! error: unknown shorthand flag: 'n' in -n
! See 'kubectl config set-context --help' for usage.
? 1

$ kubectl config set-context dev --namespace=web
! kubesim: creating another context is not simulated yet; try "kubectl config set-context --current --namespace=NAME" (the context is "arn:aws:eks:us-west-2:123456789012:cluster/kubelab")
? 1

$ kubectl config get-contexts dev
> CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE
! error: context dev not found
? 1

$ kubectl config get-contexts -o wide
! error: --output wide is not available in kubectl config get-contexts; resetting to default output format
? 1

$ kubectl config view -o wide
! error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
? 1

$ kubectl config view extra
! error: unexpected arguments: [extra]
! See 'kubectl config view -h' for help and examples
? 1

$ kubectl config use-context
> Set the current-context in a kubeconfig file.
>
> Aliases:
> use-context, use
>
> Examples:
>   # Use the context for the minikube cluster
>   kubectl config use-context minikube
>
> Usage:
>   kubectl config use-context CONTEXT_NAME [options]
>
> Use "kubectl options" for a list of global command-line options (applies to all commands).
! error: Unexpected args: []
? 1

$ kubectl config rename-context a b
! kubesim: "kubectl config rename-context" is not simulated yet; try "kubectl config set-context --current --namespace=NAME"
? 1

$ kubectl config foo bar
! error: unknown command "foo bar"
! See 'kubectl config -h' for help and examples
? 1

$ kubectl config
! Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".
!
!  The loading order follows these rules:
!
!   1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
!   2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
!   3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place.
!
! Available Commands:
!   current-context   Display the current-context
!   delete-cluster    Delete the specified cluster from the kubeconfig
!   delete-context    Delete the specified context from the kubeconfig
!   delete-user       Delete the specified user from the kubeconfig
!   get-clusters      Display clusters defined in the kubeconfig
!   get-contexts      Describe one or many contexts
!   get-users         Display users defined in the kubeconfig
!   rename-context    Rename a context from the kubeconfig file
!   set               Set an individual value in a kubeconfig file
!   set-cluster       Set a cluster entry in kubeconfig
!   set-context       Set a context entry in kubeconfig
!   set-credentials   Set a user entry in kubeconfig
!   unset             Unset an individual value in a kubeconfig file
!   use-context       Set the current-context in a kubeconfig file
!   view              Display merged kubeconfig settings or a specified kubeconfig file
!
! Usage:
!   kubectl config SUBCOMMAND [options]
!
! Use "kubectl config <command> --help" for more information about a given command.
! Use "kubectl options" for a list of global command-line options (applies to all commands).
? 1


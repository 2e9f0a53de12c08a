# kubectl auth (pkg/cmd/auth). The learner's IAM role has an EKS access entry with AmazonEKSClusterAdminPolicy:
# the EKS webhook authorizer allows everything, RBAC knows the user only as system:authenticated, so --list
# shows RBAC's share and warns that the webhook's is missing. Warnings end in a newline of their own (blank line).

$ kubectl auth can-i get pods
> yes

$ kubectl auth can-i create deployments.apps -n kube-system
> yes

$ kubectl auth can-i drain nodes
> yes
! Warning: resource 'nodes' is not namespace scoped
!
! Warning: verb 'drain' is not a known verb
!

$ kubectl auth can-i get widgets -q
! Warning: the server doesn't have a resource type 'widgets'
!

$ kubectl auth can-i delete deploy/web --subresource=scale -A
> yes

$ kubectl auth can-i '*' '*'
> yes

$ kubectl auth can-i get /healthz
> yes

$ kubectl auth can-i get
! error: you must specify two arguments: verb resource or verb resource/resourceName.
! See 'kubectl auth can-i -h' for help and examples.
? 1

$ kubectl auth can-i get pods --no-headers
! error: --no-headers cannot be set without --list specified
? 1

$ kubectl auth can-i --list
> Resources                                       Non-Resource URLs   Resource Names   Verbs
> selfsubjectreviews.authentication.k8s.io        []                  []               [create]
> selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]
> selfsubjectrulesreviews.authorization.k8s.io    []                  []               [create]
>                                                 [/api/*]            []               [get]
>                                                 [/api]              []               [get]
>                                                 [/apis/*]           []               [get]
>                                                 [/apis]             []               [get]
>                                                 [/healthz]          []               [get]
>                                                 [/healthz]          []               [get]
>                                                 [/livez]            []               [get]
>                                                 [/livez]            []               [get]
>                                                 [/openapi/*]        []               [get]
>                                                 [/openapi]          []               [get]
>                                                 [/readyz]           []               [get]
>                                                 [/readyz]           []               [get]
>                                                 [/version/]         []               [get]
>                                                 [/version/]         []               [get]
>                                                 [/version]          []               [get]
>                                                 [/version]          []               [get]
! Warning: the list may be incomplete: webhook authorizer does not support user rule resolution

$ kubectl auth can-i --list --no-headers -n kube-system
> selfsubjectreviews.authentication.k8s.io        []             []    [create]
> selfsubjectaccessreviews.authorization.k8s.io   []             []    [create]
> selfsubjectrulesreviews.authorization.k8s.io    []             []    [create]
>                                                 [/api/*]       []    [get]
>                                                 [/api]         []    [get]
>                                                 [/apis/*]      []    [get]
>                                                 [/apis]        []    [get]
>                                                 [/healthz]     []    [get]
>                                                 [/healthz]     []    [get]
>                                                 [/livez]       []    [get]
>                                                 [/livez]       []    [get]
>                                                 [/openapi/*]   []    [get]
>                                                 [/openapi]     []    [get]
>                                                 [/readyz]      []    [get]
>                                                 [/readyz]      []    [get]
>                                                 [/version/]    []    [get]
>                                                 [/version/]    []    [get]
>                                                 [/version]     []    [get]
>                                                 [/version]     []    [get]
! Warning: the list may be incomplete: webhook authorizer does not support user rule resolution

$ kubectl auth can-i --list -A
! error: list option can't be specified with neither quiet, all-namespaces nor subresource options
? 1

$ kubectl auth whoami
> ATTRIBUTE                                              VALUE
> Username                                               arn:aws:sts::123456789012:assumed-role/Admin/learner
> UID                                                    aws-iam-authenticator:123456789012:AROAR4KXQ2ZP7VN3MJ5YT
> Groups                                                 [system:authenticated]
> Extra: accessKeyId                                     [ASIAR4KXQ2ZPHW6TBL3N]
> Extra: arn                                             [arn:aws:sts::123456789012:assumed-role/Admin/learner]
> Extra: canonicalArn                                    [arn:aws:iam::123456789012:role/Admin]
> Extra: principalId                                     [AROAR4KXQ2ZP7VN3MJ5YT]
> Extra: sessionName                                     [learner]
> Extra: sigs.k8s.io/aws-iam-authenticator/principalId   [AROAR4KXQ2ZP7VN3MJ5YT]

$ kubectl auth whoami -o json
> {
>     "kind": "SelfSubjectReview",
>     "apiVersion": "authentication.k8s.io/v1",
>     "metadata": {
>         "creationTimestamp": null
>     },
>     "status": {
>         "userInfo": {
>             "username": "arn:aws:sts::123456789012:assumed-role/Admin/learner",
>             "uid": "aws-iam-authenticator:123456789012:AROAR4KXQ2ZP7VN3MJ5YT",
>             "groups": [
>                 "system:authenticated"
>             ],
>             "extra": {
>                 "accessKeyId": [
>                     "ASIAR4KXQ2ZPHW6TBL3N"
>                 ],
>                 "arn": [
>                     "arn:aws:sts::123456789012:assumed-role/Admin/learner"
>                 ],
>                 "canonicalArn": [
>                     "arn:aws:iam::123456789012:role/Admin"
>                 ],
>                 "principalId": [
>                     "AROAR4KXQ2ZP7VN3MJ5YT"
>                 ],
>                 "sessionName": [
>                     "learner"
>                 ],
>                 "sigs.k8s.io/aws-iam-authenticator/principalId": [
>                     "AROAR4KXQ2ZP7VN3MJ5YT"
>                 ]
>             }
>         }
>     }
> }

$ kubectl auth whoami -o table
! error: unable to match a printer suitable for the output format "table", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
? 1

$ kubectl auth reconcile
! kubesim: "kubectl auth reconcile" is not simulated yet; try "kubectl auth can-i --list"
? 1

$ kubectl auth frob
! error: unknown command "frob"
! See 'kubectl auth -h' for help and examples
? 1

$ kubectl auth
! Inspect authorization.
!
! Available Commands:
!   can-i         Check whether an action is allowed
!   reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects
!   whoami        Experimental: Check self subject attributes
!
! Usage:
!   kubectl auth [flags] [options]
!
! Use "kubectl auth <command> --help" for more information about a given command.
! Use "kubectl options" for a list of global command-line options (applies to all commands).
? 1


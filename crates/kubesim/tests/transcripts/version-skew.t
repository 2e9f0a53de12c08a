# A server two minor versions behind the client: kubectl warns on stderr ("WARNING:" up to 1.33)
# after printing the versions, in every output format, but not with --client.
#! --scenario tests/transcripts/version-skew.scenario

$ kubectl version
> Client Version: v1.31.0-eks-a737599
> Kustomize Version: v5.4.2
> Server Version: v1.28.15-eks-7f9249a
! WARNING: version difference between client (1.31) and server (1.28) exceeds the supported minor version skew of +/-1

$ kubectl version --client
> Client Version: v1.31.0-eks-a737599
> Kustomize Version: v5.4.2

$ kubectl version -o json
> {
>   "clientVersion": {
>     "major": "1",
>     "minor": "31+",
>     "gitVersion": "v1.31.0-eks-a737599",
>     "gitCommit": "8f9d6a51c0b34a7e2e8c5d1f6b0a9e3c7d2f4b18",
>     "gitTreeState": "clean",
>     "buildDate": "2024-09-03T21:45:02Z",
>     "goVersion": "go1.22.5",
>     "compiler": "gc",
>     "platform": "linux/amd64"
>   },
>   "kustomizeVersion": "v5.4.2",
>   "serverVersion": {
>     "major": "1",
>     "minor": "28+",
>     "gitVersion": "v1.28.15-eks-7f9249a",
>     "gitCommit": "99fce5e5fd8edd14137835c45f6e503c09aae9e1",
>     "gitTreeState": "clean",
>     "buildDate": "2024-08-26T21:27:41Z",
>     "goVersion": "go1.22.5",
>     "compiler": "gc",
>     "platform": "linux/amd64"
>   }
> }
! WARNING: version difference between client (1.31) and server (1.28) exceeds the supported minor version skew of +/-1


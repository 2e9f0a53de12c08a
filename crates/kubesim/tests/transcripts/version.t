# kubectl version (pkg/cmd/version): the EKS-vended kubectl 1.31, its Kustomize, the API server's /version.
# There is no --short since kubectl 1.28; only the arguments check is skipped with --client.

$ kubectl version
> Client Version: v1.31.0-eks-a737599
> Kustomize Version: v5.4.2
> Server Version: v1.30.4-eks-a737599

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
>     "minor": "30+",
>     "gitVersion": "v1.30.4-eks-a737599",
>     "gitCommit": "b16cd6b556951ff9d3b4e4daf27fe1c272df192d",
>     "gitTreeState": "clean",
>     "buildDate": "2024-08-26T21:27:41Z",
>     "goVersion": "go1.22.5",
>     "compiler": "gc",
>     "platform": "linux/amd64"
>   }
> }

$ kubectl version --output=yaml --client
> clientVersion:
>   buildDate: "2024-09-03T21:45:02Z"
>   compiler: gc
>   gitCommit: 8f9d6a51c0b34a7e2e8c5d1f6b0a9e3c7d2f4b18
>   gitTreeState: clean
>   gitVersion: v1.31.0-eks-a737599
>   goVersion: go1.22.5
>   major: "1"
>   minor: 31+
>   platform: linux/amd64
> kustomizeVersion: v5.4.2
>

$ kubectl version --short
! error: unknown flag: --short
! See 'kubectl version --help' for usage.
? 1

$ kubectl version -o wide
! error: --output must be 'yaml' or 'json'
? 1

$ kubectl version pods
! error: extra arguments: [pods]
? 1

$ kubectl version --client pods
> Client Version: v1.31.0-eks-a737599
> Kustomize Version: v5.4.2


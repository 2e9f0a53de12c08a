# Fargate profiles through aws eks, and the Fargate service of the ECS twin.
#! --scenario fargate

$ aws eks list-fargate-profiles --cluster-name kubelab
> {
>     "fargateProfileNames": [
>         "fp-apps"
>     ]
> }

$ aws eks describe-fargate-profile --cluster-name kubelab --fargate-profile-name fp-apps
> {
>     "fargateProfile": {
>         "fargateProfileName": "fp-apps",
>         "fargateProfileArn": "arn:aws:eks:us-west-2:123456789012:fargateprofile/kubelab/fp-apps/3661d294-50ce-d2b1-309d-fa2fcc487fda",
>         "clusterName": "kubelab",
>         "createdAt": "2025-06-10T09:00:00+00:00",
>         "podExecutionRoleArn": "arn:aws:iam::123456789012:role/AmazonEKSFargatePodExecutionRole",
>         "subnets": [
>             "subnet-0b1c2d3e4f5a60718",
>             "subnet-0c2d3e4f5a6b70819"
>         ],
>         "selectors": [
>             {
>                 "namespace": "apps"
>             }
>         ],
>         "status": "ACTIVE",
>         "tags": {},
>         "health": {
>             "issues": []
>         }
>     }
> }

$ aws eks describe-fargate-profile --cluster-name kubelab --fargate-profile-name fp-web
!
! An error occurred (ResourceNotFoundException) when calling the DescribeFargateProfile operation: No Fargate Profile found with name: fp-web.
? 254

$ aws ecs list-services --cluster kubelab --launch-type FARGATE
> {
>     "serviceArns": [
>         "arn:aws:ecs:us-west-2:123456789012:service/kubelab/api"
>     ]
> }


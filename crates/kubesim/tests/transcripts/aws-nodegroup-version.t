# A node group one minor version behind the control plane: update-nodegroup-version starts a
# rolling update (surge first), and a group mid-update refuses other changes.
#! --scenario outdated-nodegroup

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query 'nodegroup.[version,releaseVersion,status]' --output text
> 1.29	1.29.8-20240917	ACTIVE

$ aws eks update-nodegroup-version --cluster-name kubelab --nodegroup-name ng-general
> {
>     "update": {
>         "id": "e37aed6e-9ce9-4f5d-a91e-b402255a7305",
>         "status": "InProgress",
>         "type": "VersionUpdate",
>         "params": [
>             {
>                 "type": "Version",
>                 "value": "1.30"
>             },
>             {
>                 "type": "ReleaseVersion",
>                 "value": "1.30.4-20241024"
>             }
>         ],
>         "createdAt": "2025-06-12T09:00:00+00:00",
>         "errors": []
>     }
> }

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query 'nodegroup.[version,releaseVersion,status,scalingConfig.desiredSize]' --output text
> 1.30	1.30.4-20241024	UPDATING	6

$ aws eks update-nodegroup-version --cluster-name kubelab --nodegroup-name ng-general
!
! An error occurred (ResourceInUseException) when calling the UpdateNodegroupVersion operation: Nodegroup ng-general is currently being updated
? 254

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=4
!
! An error occurred (ResourceInUseException) when calling the UpdateNodegroupConfig operation: Nodegroup ng-general is currently being updated
? 254


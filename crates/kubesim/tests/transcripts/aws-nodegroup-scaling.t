# Scaling a managed node group: update-nodegroup-config with shorthand, the update it starts,
# the new node kubectl sees once EC2 has launched it, and the update's status after.

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query nodegroup.scalingConfig
> {
>     "minSize": 1,
>     "maxSize": 6,
>     "desiredSize": 3
> }

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config minSize=1,maxSize=6,desiredSize=4
> {
>     "update": {
>         "id": "e37aed6e-9ce9-4f5d-a91e-b402255a7305",
>         "status": "InProgress",
>         "type": "ConfigUpdate",
>         "params": [
>             {
>                 "type": "MinSize",
>                 "value": "1"
>             },
>             {
>                 "type": "MaxSize",
>                 "value": "6"
>             },
>             {
>                 "type": "DesiredSize",
>                 "value": "4"
>             }
>         ],
>         "createdAt": "2025-06-12T09:00:00+00:00",
>         "errors": []
>     }
> }

$ aws eks describe-update --name kubelab --nodegroup-name ng-general --update-id e37aed6e-9ce9-4f5d-a91e-b402255a7305
> {
>     "update": {
>         "id": "e37aed6e-9ce9-4f5d-a91e-b402255a7305",
>         "status": "InProgress",
>         "type": "ConfigUpdate",
>         "params": [
>             {
>                 "type": "MinSize",
>                 "value": "1"
>             },
>             {
>                 "type": "MaxSize",
>                 "value": "6"
>             },
>             {
>                 "type": "DesiredSize",
>                 "value": "4"
>             }
>         ],
>         "createdAt": "2025-06-12T09:00:00+00:00",
>         "errors": []
>     }
> }

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ sleep 2m

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-1-34.us-west-2.compute.internal    Ready    <none>   70s   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ aws eks describe-update --name kubelab --nodegroup-name ng-general --update-id e37aed6e-9ce9-4f5d-a91e-b402255a7305 --query update.status
> "Successful"

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query nodegroup.scalingConfig --output text
> 4	6	1

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=3
> {
>     "update": {
>         "id": "6a590274-9f87-4f89-be49-da753ca81e5e",
>         "status": "InProgress",
>         "type": "ConfigUpdate",
>         "params": [
>             {
>                 "type": "DesiredSize",
>                 "value": "3"
>             }
>         ],
>         "createdAt": "2025-06-12T09:02:00+00:00",
>         "errors": []
>     }
> }

$ aws eks list-updates --name kubelab --nodegroup-name ng-general
> {
>     "updateIds": [
>         "e37aed6e-9ce9-4f5d-a91e-b402255a7305",
>         "6a590274-9f87-4f89-be49-da753ca81e5e"
>     ]
> }

$ aws eks describe-update --name kubelab --update-id e37aed6e-9ce9-4f5d-a91e-b402255a7305
!
! An error occurred (ResourceNotFoundException) when calling the DescribeUpdate operation: No update found for ID: e37aed6e-9ce9-4f5d-a91e-b402255a7305
? 254


# aws eks on the default cluster: list, describe, update-kubeconfig, node groups.
# JSON as the AWS CLI v2 prints it: four-space indent, members in the EKS model's order,
# timestamps as Python's isoformat() in the machine's zone (UTC here), exit 0.

$ aws eks list-clusters
> {
>     "clusters": [
>         "kubelab"
>     ]
> }

$ aws eks list-clusters --region us-east-1
> {
>     "clusters": []
> }

$ aws eks list-clusters --output text
> CLUSTERS	kubelab

$ aws eks describe-cluster --name kubelab
> {
>     "cluster": {
>         "name": "kubelab",
>         "arn": "arn:aws:eks:us-west-2:123456789012:cluster/kubelab",
>         "createdAt": "2025-05-03T09:00:00+00:00",
>         "version": "1.30",
>         "endpoint": "https://B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A.gr7.us-west-2.eks.amazonaws.com",
>         "roleArn": "arn:aws:iam::123456789012:role/eksClusterRole",
>         "resourcesVpcConfig": {
>             "subnetIds": [
>                 "subnet-0b1c2d3e4f5a60718",
>                 "subnet-0c2d3e4f5a6b70819",
>                 "subnet-0d3e4f5a6b7c8091a"
>             ],
>             "securityGroupIds": [],
>             "clusterSecurityGroupId": "sg-0de34b3b37844c602",
>             "vpcId": "vpc-0a1b2c3d4e5f60718",
>             "endpointPublicAccess": true,
>             "endpointPrivateAccess": true,
>             "publicAccessCidrs": [
>                 "0.0.0.0/0"
>             ]
>         },
>         "kubernetesNetworkConfig": {
>             "serviceIpv4Cidr": "172.20.0.0/16",
>             "ipFamily": "ipv4"
>         },
>         "logging": {
>             "clusterLogging": [
>                 {
>                     "types": [
>                         "api",
>                         "audit",
>                         "authenticator",
>                         "controllerManager",
>                         "scheduler"
>                     ],
>                     "enabled": false
>                 }
>             ]
>         },
>         "identity": {
>             "oidc": {
>                 "issuer": "https://oidc.eks.us-west-2.amazonaws.com/id/B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A"
>             }
>         },
>         "status": "ACTIVE",
>         "certificateAuthority": {
>             "data": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBaHpjMXBGZXo4WFNJa0Q2eFlLVHhpMm5ZZWYxL3g2dFk5eDV1RjhhYjVlbGhvb0QKdGcvTk10UE9xLzNjZjRySFVGSndQcFpacG5aMlpVeXZJZTlGbnJHbkU2bGllQzd5SlVZQVBpcWcrQlJJSU1vRQpFMXJncUxZOERnTzZYZG1tZEVxR2t4YmRlVTJzYXZBeURvV0FsY2NqdjZGL3daOGhvWkRaY0tISEh0eThuNGJ0CnBLcFhRbUZZcm1MYmhVQU1RYU1WRFJ6c1ljMTRJWWVBdWNEeXUwWWZLbXNxK1B0dXBMZUc5TUFHMW1WWFB1ZjAKbnMxVi9rTmNsNUtOTEZXVDhSVmFtK0ZUNUVqUnhqa21wbnFGM0N0VTVpbzlnbkRjajY0dG5OUFo1MVk0Wk9tQwpkdmNTQkI1OFZmbUkyTzRjM1pKeVZVR2ljOFQrc2NGWkZTSkxtSlIwSnpYeWYvd1dDMG5vNmZNUDY4bVpqdW9mCmlkT3RaaDZIR3pQYk1sMy9nQmtrMForNkhvMGtZYXJpNGd0azdtaVk5L0Q4YlVha013dU5iQlVLUWtIT0lIRnIKN1E2YzRlb1REQTYyMDl2bytOTWp5RytCRmlYOFoyUVQ4QWVVT0d4cXY4Vi83bW5FNU5pb3JRK3hIaUplZ2lmbAp4QVhmenRkUTJNczFlem5HMytxdTFYWXc2ZEU1bktYNkltUzBUcmxDUE9JVUxpVlpsSS9paGR1RU1EVUluMWNlCmJKcUhLejJXYWl3M1M4UFNFYVRuSENWWlMxd3I3SXMrdkwzUnhOZ1hSelZDNkJqMldrSFJQQ2l5WWc5MWVzTkMKbEU5aE5qNGQrQUYxVVJBU0lqNlZFNWpGK2NVVkh2TXBiRDNicjJrZEtxeTJmN2ZvYmI3eFpqbDNuYWJsR1ZWUQo0MDlXWmRTWVVCc3JmdTNoZ0pMWmRSVzRSMHJkOHdRL2gvYW5WYkhXSjV6UUUxYjFZM3RzY3Y0bzRwVDNBdDMzCmhUZDJBTVE2SEw1eE9pdzJmRzIrQnlFdHVtVWxGTFc2Rmc0eE5uTFVTSGpGZFVEZmFMcStVUXJENDZtUUpobUQKYmQvaDg1MXM3N3VNU1RObGV1alhsY1kwWWVHQ3M5MHJheXcreTZRMkJqUllsL0ZRZ2dvSmJDb2lIVVBXTUNUaAoyd2VWd3VpMkFSajUvM0E0aG1QY2p3ZFRkbVV0TkJqc0hON1JYWmplZ0g1N0NBSlNhZ3g4NkVSdTNYM25FUUNwClN0L1lmYisxemNaaFBXUmJ0RVgrZ0RVWDNvTHMwREZ2OTBPOW5rSFNnRFFsalJpQ3dVTXJ2MUQxTjdUbFZEcUQKTUxheWo5az0KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo="
>         },
>         "platformVersion": "eks.8",
>         "tags": {},
>         "health": {
>             "issues": []
>         },
>         "accessConfig": {
>             "authenticationMode": "API_AND_CONFIG_MAP"
>         },
>         "upgradePolicy": {
>             "supportType": "EXTENDED"
>         }
>     }
> }

$ aws eks describe-cluster --name kubelab --query cluster.status
> "ACTIVE"

$ aws eks describe-cluster --name kubelab --query 'cluster.{Version: version, Platform: platformVersion, Issuer: identity.oidc.issuer}'
> {
>     "Version": "1.30",
>     "Platform": "eks.8",
>     "Issuer": "https://oidc.eks.us-west-2.amazonaws.com/id/B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A"
> }

$ aws eks describe-cluster --name kubelab --region eu-west-1
!
! An error occurred (ResourceNotFoundException) when calling the DescribeCluster operation: No cluster found for name: kubelab.
? 254

# The stock scenario's machine already has the cluster in ~/.kube/config, so the entry is updated
# (update_kubeconfig.py: "Updated context" when config.has_cluster).
$ aws eks update-kubeconfig --name kubelab
> Updated context arn:aws:eks:us-west-2:123456789012:cluster/kubelab in /home/learner/.kube/config

$ aws eks update-kubeconfig --region us-west-2 --name kubelab
> Updated context arn:aws:eks:us-west-2:123456789012:cluster/kubelab in /home/learner/.kube/config

$ aws eks update-kubeconfig --name kubelab --alias lab --kubeconfig ~/work/kubeconfig
> Added new context lab to /home/learner/work/kubeconfig

$ aws eks update-kubeconfig --name prod
!
! An error occurred (ResourceNotFoundException) when calling the DescribeCluster operation: No cluster found for name: prod.
? 254

$ aws eks list-nodegroups --cluster-name kubelab
> {
>     "nodegroups": [
>         "ng-general"
>     ]
> }

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general
> {
>     "nodegroup": {
>         "nodegroupName": "ng-general",
>         "nodegroupArn": "arn:aws:eks:us-west-2:123456789012:nodegroup/kubelab/ng-general/0855bd87-0443-4886-b238-b35cefcf2e30",
>         "clusterName": "kubelab",
>         "version": "1.30",
>         "releaseVersion": "1.30.4-20241024",
>         "createdAt": "2025-05-31T08:47:00+00:00",
>         "modifiedAt": "2025-05-31T08:47:00+00:00",
>         "status": "ACTIVE",
>         "capacityType": "ON_DEMAND",
>         "scalingConfig": {
>             "minSize": 1,
>             "maxSize": 6,
>             "desiredSize": 3
>         },
>         "instanceTypes": [
>             "t3.medium"
>         ],
>         "subnets": [
>             "subnet-0b1c2d3e4f5a60718",
>             "subnet-0c2d3e4f5a6b70819",
>             "subnet-0d3e4f5a6b7c8091a"
>         ],
>         "amiType": "AL2_x86_64",
>         "nodeRole": "arn:aws:iam::123456789012:role/AmazonEKSNodeRole",
>         "labels": {},
>         "resources": {
>             "autoScalingGroups": [
>                 {
>                     "name": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30"
>                 }
>             ]
>         },
>         "diskSize": 20,
>         "health": {
>             "issues": []
>         },
>         "updateConfig": {
>             "maxUnavailable": 1
>         },
>         "tags": {}
>     }
> }

$ aws eks describe-nodegroup --cluster kubelab --nodegroup ng-general --query 'nodegroup.[status, scalingConfig.desiredSize, resources.autoScalingGroups[0].name]' --output text
> ACTIVE	3	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30

$ aws eks list-fargate-profiles --cluster-name kubelab
> {
>     "fargateProfileNames": []
> }

$ aws eks list-updates --name kubelab
> {
>     "updateIds": []
> }


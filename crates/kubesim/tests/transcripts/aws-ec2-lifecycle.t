# An instance's life as EC2 and its Auto Scaling group report it: pending then running on scale-out; on scale-in
# Terminating:Wait while EKS's lifecycle hook drains the node, then shutting-down (Terminating:Proceed), then terminated
# and out of the group, listed by describe-instances for an hour ("usually less than one hour", DescribeInstances API
# reference), then InvalidInstanceID.NotFound. Every aws case was checked against the AWS CLI 2.27.34, run from source
# on the same response.

$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.Name,Placement.AvailabilityZone]' --output table
> --------------------------------------------------
> |                DescribeInstances               |
> +----------------------+----------+--------------+
> |  i-0a3f5c2e8d1b47906 |  running |  us-west-2a  |
> |  i-0c91d4e7a2f5b3816 |  running |  us-west-2b  |
> |  i-07e2b8f1c6d9a4035 |  running |  us-west-2c  |
> +----------------------+----------+--------------+

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=4 --query update.status
> "InProgress"

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[].Instances[].[InstanceId,AvailabilityZone,LifecycleState]' --output table
> ----------------------------------------------------
> |             DescribeAutoScalingGroups            |
> +---------------------+--------------+-------------+
> |  i-02dfb979dc1a36eaf|  us-west-2a  |  Pending    |
> |  i-07e2b8f1c6d9a4035|  us-west-2c  |  InService  |
> |  i-0a3f5c2e8d1b47906|  us-west-2a  |  InService  |
> |  i-0c91d4e7a2f5b3816|  us-west-2b  |  InService  |
> +---------------------+--------------+-------------+

$ aws ec2 describe-instances --filters Name=instance-state-name,Values=pending --query 'Reservations[].Instances[].[InstanceId,State.Name,StateReason.Code,LaunchTime]' --output text
> i-02dfb979dc1a36eaf	pending	pending	2025-06-12T09:00:00+00:00

$ sleep 20s

$ aws ec2 describe-instances --filters Name=availability-zone,Values=us-west-2a --query 'Reservations[].Instances[].[InstanceId,State.Name,PrivateDnsName]' --output text
> i-0a3f5c2e8d1b47906	running	ip-10-0-1-23.us-west-2.compute.internal
> i-02dfb979dc1a36eaf	running	ip-10-0-1-34.us-west-2.compute.internal

$ sleep 1m

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-1-34.us-west-2.compute.internal    Ready    <none>   30s   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=3 --query update.status
> "InProgress"

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[0].{Desired:DesiredCapacity,Instances:Instances[].[InstanceId,LifecycleState]}' --output table
> -----------------------------------------------
> |          DescribeAutoScalingGroups          |
> +------------------------------+--------------+
> |  Desired                     |  3           |
> +------------------------------+--------------+
> ||                 Instances                 ||
> |+----------------------+--------------------+|
> ||  i-02dfb979dc1a36eaf |  InService         ||
> ||  i-07e2b8f1c6d9a4035 |  InService         ||
> ||  i-0a3f5c2e8d1b47906 |  Terminating:Wait  ||
> ||  i-0c91d4e7a2f5b3816 |  InService         ||
> |+----------------------+--------------------+|

$ sleep 10s

$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.Name,StateTransitionReason]' --output table
> --------------------------------------------------------------------------------------
> |                                  DescribeInstances                                 |
> +----------------------+----------------+--------------------------------------------+
> |  i-0a3f5c2e8d1b47906 |  shutting-down |  User initiated (2025-06-12 09:01:22 GMT)  |
> |  i-0c91d4e7a2f5b3816 |  running       |                                            |
> |  i-07e2b8f1c6d9a4035 |  running       |                                            |
> |  i-02dfb979dc1a36eaf |  running       |                                            |
> +----------------------+----------------+--------------------------------------------+

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[].Instances[].[InstanceId,LifecycleState]' --output text
> i-02dfb979dc1a36eaf	InService
> i-07e2b8f1c6d9a4035	InService
> i-0a3f5c2e8d1b47906	Terminating:Proceed
> i-0c91d4e7a2f5b3816	InService

$ sleep 1m

$ aws ec2 describe-instances --filters Name=instance-state-name,Values=terminated
> {
>     "Reservations": [
>         {
>             "ReservationId": "r-0ebab3d5172f65e73",
>             "OwnerId": "123456789012",
>             "RequesterId": "940372691376",
>             "Groups": [],
>             "Instances": [
>                 {
>                     "Architecture": "x86_64",
>                     "BlockDeviceMappings": [],
>                     "ClientToken": "fleet-03d8f15a-3d66-d4a4-2669-7bcb1967d903-0",
>                     "EbsOptimized": false,
>                     "EnaSupport": true,
>                     "Hypervisor": "xen",
>                     "NetworkInterfaces": [],
>                     "RootDeviceName": "/dev/xvda",
>                     "RootDeviceType": "ebs",
>                     "SecurityGroups": [],
>                     "StateReason": {
>                         "Code": "Client.UserInitiatedShutdown",
>                         "Message": "Client.UserInitiatedShutdown: User initiated shutdown"
>                     },
>                     "Tags": [
>                         {
>                             "Key": "aws:autoscaling:groupName",
>                             "Value": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30"
>                         },
>                         {
>                             "Key": "aws:ec2launchtemplate:id",
>                             "Value": "lt-0ecc2991e6b8ec9de"
>                         },
>                         {
>                             "Key": "aws:ec2launchtemplate:version",
>                             "Value": "1"
>                         },
>                         {
>                             "Key": "aws:eks:cluster-name",
>                             "Value": "kubelab"
>                         },
>                         {
>                             "Key": "eks:cluster-name",
>                             "Value": "kubelab"
>                         },
>                         {
>                             "Key": "eks:nodegroup-name",
>                             "Value": "ng-general"
>                         },
>                         {
>                             "Key": "k8s.io/cluster-autoscaler/enabled",
>                             "Value": "true"
>                         },
>                         {
>                             "Key": "k8s.io/cluster-autoscaler/kubelab",
>                             "Value": "owned"
>                         },
>                         {
>                             "Key": "kubernetes.io/cluster/kubelab",
>                             "Value": "owned"
>                         }
>                     ],
>                     "VirtualizationType": "hvm",
>                     "CpuOptions": {
>                         "CoreCount": 1,
>                         "ThreadsPerCore": 2
>                     },
>                     "CapacityReservationSpecification": {
>                         "CapacityReservationPreference": "open"
>                     },
>                     "HibernationOptions": {
>                         "Configured": false
>                     },
>                     "MetadataOptions": {
>                         "State": "pending",
>                         "HttpTokens": "optional",
>                         "HttpPutResponseHopLimit": 2,
>                         "HttpEndpoint": "enabled",
>                         "HttpProtocolIpv6": "disabled",
>                         "InstanceMetadataTags": "disabled"
>                     },
>                     "EnclaveOptions": {
>                         "Enabled": false
>                     },
>                     "PlatformDetails": "Linux/UNIX",
>                     "UsageOperation": "RunInstances",
>                     "UsageOperationUpdateTime": "2025-05-31T08:47:00+00:00",
>                     "MaintenanceOptions": {
>                         "AutoRecovery": "default"
>                     },
>                     "CurrentInstanceBootMode": "legacy-bios",
>                     "NetworkPerformanceOptions": {
>                         "BandwidthWeighting": "default"
>                     },
>                     "Operator": {
>                         "Managed": false
>                     },
>                     "InstanceId": "i-0a3f5c2e8d1b47906",
>                     "ImageId": "ami-0d5c4f6a8e21b7c93",
>                     "State": {
>                         "Code": 48,
>                         "Name": "terminated"
>                     },
>                     "PrivateDnsName": "",
>                     "PublicDnsName": "",
>                     "StateTransitionReason": "User initiated (2025-06-12 09:01:22 GMT)",
>                     "AmiLaunchIndex": 0,
>                     "ProductCodes": [],
>                     "InstanceType": "t3.medium",
>                     "LaunchTime": "2025-05-31T08:47:00+00:00",
>                     "Placement": {
>                         "GroupName": "",
>                         "Tenancy": "default",
>                         "AvailabilityZone": "us-west-2a"
>                     },
>                     "Monitoring": {
>                         "State": "disabled"
>                     }
>                 }
>             ]
>         }
>     ]
> }

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[].Instances[].[InstanceId,LifecycleState]' --output text
> i-02dfb979dc1a36eaf	InService
> i-07e2b8f1c6d9a4035	InService
> i-0c91d4e7a2f5b3816	InService

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE    VERSION
> ip-10-0-1-34.us-west-2.compute.internal    Ready    <none>   100s   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d    v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d    v1.30.4-eks-a737599

$ sleep 1h

$ aws ec2 describe-instances --instance-ids i-0a3f5c2e8d1b47906
!
! An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0a3f5c2e8d1b47906' does not exist
? 254

$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output text
> i-0c91d4e7a2f5b3816	running
> i-07e2b8f1c6d9a4035	running
> i-02dfb979dc1a36eaf	running


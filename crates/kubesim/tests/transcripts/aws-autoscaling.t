# aws autoscaling describe-auto-scaling-groups: botocore's autoscaling 2011-01-01 model as vendored in awscli 2.27.34
# (AutoScalingGroup, Instance, TagDescription member order), the settings EKS gives a managed node group's group (a mixed
# instances policy over the eks-<uuid> launch template, EC2 health checks with a 15 s grace period, capacity rebalancing,
# AllocationStrategy/OldestInstance/OldestLaunchTemplate termination, its five propagated tags: read from API exports of
# such groups), and the fields a 2025 response carries. Every aws case was checked against that CLI, run from source on
# the same response.

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query 'nodegroup.resources.autoScalingGroups[0].name' --output text
> eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30

$ aws autoscaling describe-auto-scaling-groups
> {
>     "AutoScalingGroups": [
>         {
>             "AutoScalingGroupName": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30",
>             "AutoScalingGroupARN": "arn:aws:autoscaling:us-west-2:123456789012:autoScalingGroup:4e1418f5-06f7-df85-dbc3-3e9db230538d:autoScalingGroupName/eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30",
>             "MixedInstancesPolicy": {
>                 "LaunchTemplate": {
>                     "LaunchTemplateSpecification": {
>                         "LaunchTemplateId": "lt-0ecc2991e6b8ec9de",
>                         "LaunchTemplateName": "eks-0855bd87-0443-4886-b238-b35cefcf2e30",
>                         "Version": "1"
>                     },
>                     "Overrides": [
>                         {
>                             "InstanceType": "t3.medium"
>                         }
>                     ]
>                 },
>                 "InstancesDistribution": {
>                     "OnDemandAllocationStrategy": "prioritized",
>                     "OnDemandBaseCapacity": 0,
>                     "OnDemandPercentageAboveBaseCapacity": 100,
>                     "SpotAllocationStrategy": "lowest-price",
>                     "SpotInstancePools": 2
>                 }
>             },
>             "MinSize": 1,
>             "MaxSize": 6,
>             "DesiredCapacity": 3,
>             "DefaultCooldown": 300,
>             "AvailabilityZones": [
>                 "us-west-2a",
>                 "us-west-2b",
>                 "us-west-2c"
>             ],
>             "LoadBalancerNames": [],
>             "TargetGroupARNs": [],
>             "HealthCheckType": "EC2",
>             "HealthCheckGracePeriod": 15,
>             "Instances": [
>                 {
>                     "InstanceId": "i-07e2b8f1c6d9a4035",
>                     "InstanceType": "t3.medium",
>                     "AvailabilityZone": "us-west-2c",
>                     "LifecycleState": "InService",
>                     "HealthStatus": "Healthy",
>                     "LaunchTemplate": {
>                         "LaunchTemplateId": "lt-0ecc2991e6b8ec9de",
>                         "LaunchTemplateName": "eks-0855bd87-0443-4886-b238-b35cefcf2e30",
>                         "Version": "1"
>                     },
>                     "ProtectedFromScaleIn": false
>                 },
>                 {
>                     "InstanceId": "i-0a3f5c2e8d1b47906",
>                     "InstanceType": "t3.medium",
>                     "AvailabilityZone": "us-west-2a",
>                     "LifecycleState": "InService",
>                     "HealthStatus": "Healthy",
>                     "LaunchTemplate": {
>                         "LaunchTemplateId": "lt-0ecc2991e6b8ec9de",
>                         "LaunchTemplateName": "eks-0855bd87-0443-4886-b238-b35cefcf2e30",
>                         "Version": "1"
>                     },
>                     "ProtectedFromScaleIn": false
>                 },
>                 {
>                     "InstanceId": "i-0c91d4e7a2f5b3816",
>                     "InstanceType": "t3.medium",
>                     "AvailabilityZone": "us-west-2b",
>                     "LifecycleState": "InService",
>                     "HealthStatus": "Healthy",
>                     "LaunchTemplate": {
>                         "LaunchTemplateId": "lt-0ecc2991e6b8ec9de",
>                         "LaunchTemplateName": "eks-0855bd87-0443-4886-b238-b35cefcf2e30",
>                         "Version": "1"
>                     },
>                     "ProtectedFromScaleIn": false
>                 }
>             ],
>             "CreatedTime": "2025-05-31T08:47:00+00:00",
>             "SuspendedProcesses": [],
>             "VPCZoneIdentifier": "subnet-0b1c2d3e4f5a60718,subnet-0c2d3e4f5a6b70819,subnet-0d3e4f5a6b7c8091a",
>             "EnabledMetrics": [],
>             "Tags": [
>                 {
>                     "ResourceId": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30",
>                     "ResourceType": "auto-scaling-group",
>                     "Key": "eks:cluster-name",
>                     "Value": "kubelab",
>                     "PropagateAtLaunch": true
>                 },
>                 {
>                     "ResourceId": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30",
>                     "ResourceType": "auto-scaling-group",
>                     "Key": "eks:nodegroup-name",
>                     "Value": "ng-general",
>                     "PropagateAtLaunch": true
>                 },
>                 {
>                     "ResourceId": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30",
>                     "ResourceType": "auto-scaling-group",
>                     "Key": "k8s.io/cluster-autoscaler/enabled",
>                     "Value": "true",
>                     "PropagateAtLaunch": true
>                 },
>                 {
>                     "ResourceId": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30",
>                     "ResourceType": "auto-scaling-group",
>                     "Key": "k8s.io/cluster-autoscaler/kubelab",
>                     "Value": "owned",
>                     "PropagateAtLaunch": true
>                 },
>                 {
>                     "ResourceId": "eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30",
>                     "ResourceType": "auto-scaling-group",
>                     "Key": "kubernetes.io/cluster/kubelab",
>                     "Value": "owned",
>                     "PropagateAtLaunch": true
>                 }
>             ],
>             "TerminationPolicies": [
>                 "AllocationStrategy",
>                 "OldestInstance",
>                 "OldestLaunchTemplate"
>             ],
>             "NewInstancesProtectedFromScaleIn": false,
>             "ServiceLinkedRoleARN": "arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
>             "CapacityRebalance": true,
>             "TrafficSources": [],
>             "AvailabilityZoneDistribution": {
>                 "CapacityDistributionStrategy": "balanced-best-effort"
>             },
>             "CapacityReservationSpecification": {
>                 "CapacityReservationPreference": "default"
>             }
>         }
>     ]
> }

$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30 --query 'AutoScalingGroups[].[AutoScalingGroupName,MinSize,MaxSize,DesiredCapacity]' --output table
> ------------------------------------------------------------------------
> |                       DescribeAutoScalingGroups                      |
> +-------------------------------------------------------+----+----+----+
> |  eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30  |  1 |  6 |  3 |
> +-------------------------------------------------------+----+----+----+

$ aws autoscaling describe-auto-scaling-groups --filters Name=tag:eks:nodegroup-name,Values=ng-general --query 'AutoScalingGroups[].Instances[].[InstanceId,AvailabilityZone,LifecycleState,HealthStatus]' --output table
> ---------------------------------------------------------------
> |                  DescribeAutoScalingGroups                  |
> +----------------------+-------------+------------+-----------+
> |  i-07e2b8f1c6d9a4035 |  us-west-2c |  InService |  Healthy  |
> |  i-0a3f5c2e8d1b47906 |  us-west-2a |  InService |  Healthy  |
> |  i-0c91d4e7a2f5b3816 |  us-west-2b |  InService |  Healthy  |
> +----------------------+-------------+------------+-----------+

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[0].MixedInstancesPolicy' --output table
> ------------------------------------------------------------------------
> |                       DescribeAutoScalingGroups                      |
> +----------------------------------------------------------------------+
> ||                        InstancesDistribution                       ||
> |+------------------------------------------------+-------------------+|
> ||  OnDemandAllocationStrategy                    |  prioritized      ||
> ||  OnDemandBaseCapacity                          |  0                ||
> ||  OnDemandPercentageAboveBaseCapacity           |  100              ||
> ||  SpotAllocationStrategy                        |  lowest-price     ||
> ||  SpotInstancePools                             |  2                ||
> |+------------------------------------------------+-------------------+|
> ||                           LaunchTemplate                           ||
> |+--------------------------------------------------------------------+|
> |||                    LaunchTemplateSpecification                   |||
> ||+---------------------+--------------------------------------------+||
> |||  LaunchTemplateId   |  lt-0ecc2991e6b8ec9de                      |||
> |||  LaunchTemplateName |  eks-0855bd87-0443-4886-b238-b35cefcf2e30  |||
> |||  Version            |  1                                         |||
> ||+---------------------+--------------------------------------------+||
> |||                             Overrides                            |||
> ||+------------------------------------+-----------------------------+||
> |||  InstanceType                      |  t3.medium                  |||
> ||+------------------------------------+-----------------------------+||

$ aws autoscaling describe-auto-scaling-groups --output text
> AUTOSCALINGGROUPS	arn:aws:autoscaling:us-west-2:123456789012:autoScalingGroup:4e1418f5-06f7-df85-dbc3-3e9db230538d:autoScalingGroupName/eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30	True	2025-05-31T08:47:00+00:00	300	3	15	EC2	6	1	False	arn:aws:iam::123456789012:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling	subnet-0b1c2d3e4f5a60718,subnet-0c2d3e4f5a6b70819,subnet-0d3e4f5a6b7c8091a
> AVAILABILITYZONEDISTRIBUTION	balanced-best-effort
> AVAILABILITYZONES	us-west-2a
> AVAILABILITYZONES	us-west-2b
> AVAILABILITYZONES	us-west-2c
> CAPACITYRESERVATIONSPECIFICATION	default
> INSTANCES	us-west-2c	Healthy	i-07e2b8f1c6d9a4035	t3.medium	InService	False
> LAUNCHTEMPLATE	lt-0ecc2991e6b8ec9de	eks-0855bd87-0443-4886-b238-b35cefcf2e30	1
> INSTANCES	us-west-2a	Healthy	i-0a3f5c2e8d1b47906	t3.medium	InService	False
> LAUNCHTEMPLATE	lt-0ecc2991e6b8ec9de	eks-0855bd87-0443-4886-b238-b35cefcf2e30	1
> INSTANCES	us-west-2b	Healthy	i-0c91d4e7a2f5b3816	t3.medium	InService	False
> LAUNCHTEMPLATE	lt-0ecc2991e6b8ec9de	eks-0855bd87-0443-4886-b238-b35cefcf2e30	1
> INSTANCESDISTRIBUTION	prioritized	0	100	lowest-price	2
> LAUNCHTEMPLATESPECIFICATION	lt-0ecc2991e6b8ec9de	eks-0855bd87-0443-4886-b238-b35cefcf2e30	1
> OVERRIDES	t3.medium
> TAGS	eks:cluster-name	True	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30	auto-scaling-group	kubelab
> TAGS	eks:nodegroup-name	True	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30	auto-scaling-group	ng-general
> TAGS	k8s.io/cluster-autoscaler/enabled	True	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30	auto-scaling-group	true
> TAGS	k8s.io/cluster-autoscaler/kubelab	True	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30	auto-scaling-group	owned
> TAGS	kubernetes.io/cluster/kubelab	True	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30	auto-scaling-group	owned
> TERMINATIONPOLICIES	AllocationStrategy
> TERMINATIONPOLICIES	OldestInstance
> TERMINATIONPOLICIES	OldestLaunchTemplate

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config minSize=2,maxSize=5,desiredSize=4 --query update.status
> "InProgress"

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[0].{Min:MinSize,Max:MaxSize,Desired:DesiredCapacity}' --output table
> ---------------------------
> |DescribeAutoScalingGroups|
> +---------+-------+-------+
> | Desired |  Max  |  Min  |
> +---------+-------+-------+
> |  4      |  5    |  2    |
> +---------+-------+-------+

$ aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names nope
> {
>     "AutoScalingGroups": []
> }

$ aws autoscaling describe-auto-scaling-groups --filters Name=tag-value,Values=nope
> {
>     "AutoScalingGroups": []
> }

$ aws autoscaling describe-auto-scaling-groups --region eu-west-1
> {
>     "AutoScalingGroups": []
> }

$ aws autoscaling describe-auto-scaling-groups --max-records 5
! kubesim: "--max-records" is not simulated yet; try the command without it
? 1

$ aws autoscaling describe-auto-scaling-groups --filters Name=auto-scaling-group,Values=x
! kubesim: the Auto Scaling filter "auto-scaling-group" is not simulated yet; try "Name=tag:eks:nodegroup-name,Values=NAME", "tag-key" or "tag-value"
? 1

$ aws autoscaling describe-auto-scalling-groups
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: argument operation: Invalid choice, valid choices are:
!
! attach-instances                         | attach-load-balancer-target-groups      
! attach-load-balancers                    | attach-traffic-sources                  
! batch-delete-scheduled-action            | batch-put-scheduled-update-group-action 
! cancel-instance-refresh                  | complete-lifecycle-action               
! create-auto-scaling-group                | create-launch-configuration             
! create-or-update-tags                    | delete-auto-scaling-group               
! delete-launch-configuration              | delete-lifecycle-hook                   
! delete-notification-configuration        | delete-policy                           
! delete-scheduled-action                  | delete-tags                             
! delete-warm-pool                         | describe-account-limits                 
! describe-adjustment-types                | describe-auto-scaling-groups            
! describe-auto-scaling-instances          | describe-auto-scaling-notification-types
! describe-instance-refreshes              | describe-launch-configurations          
! describe-lifecycle-hook-types            | describe-lifecycle-hooks                
! describe-load-balancer-target-groups     | describe-load-balancers                 
! describe-metric-collection-types         | describe-notification-configurations    
! describe-policies                        | describe-scaling-activities             
! describe-scaling-process-types           | describe-scheduled-actions              
! describe-tags                            | describe-termination-policy-types       
! describe-traffic-sources                 | describe-warm-pool                      
! detach-instances                         | detach-load-balancer-target-groups      
! detach-load-balancers                    | detach-traffic-sources                  
! disable-metrics-collection               | enable-metrics-collection               
! enter-standby                            | execute-policy                          
! exit-standby                             | get-predictive-scaling-forecast         
! put-lifecycle-hook                       | put-notification-configuration          
! put-scaling-policy                       | put-scheduled-update-group-action       
! put-warm-pool                            | record-lifecycle-action-heartbeat       
! resume-processes                         | rollback-instance-refresh               
! set-desired-capacity                     | set-instance-health                     
! set-instance-protection                  | start-instance-refresh                  
! suspend-processes                        | terminate-instance-in-auto-scaling-group
! update-auto-scaling-group                | help                                    
!
!
! Invalid choice: 'describe-auto-scalling-groups', maybe you meant:
!
!   * describe-auto-scaling-groups
!   * delete-auto-scaling-group
!   * create-auto-scaling-group
!
? 252


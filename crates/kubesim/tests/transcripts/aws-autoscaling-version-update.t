# A node group version update as its Auto Scaling group shows it: EKS puts the new AMI in version 2 of the launch
# template, raises desired and max for the surge, and the old instances (template version 1, old AMI) end terminated.
# Every aws case was checked against the AWS CLI 2.27.34, run from source on the same response.
#! --scenario outdated-nodegroup

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[0].[MinSize,MaxSize,DesiredCapacity,MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification.Version]' --output text
> 1	6	3	1

$ aws eks update-nodegroup-version --cluster-name kubelab --nodegroup-name ng-general --query update.status
> "InProgress"

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[0].[MinSize,MaxSize,DesiredCapacity,MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification.Version]' --output text
> 1	6	6	2

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[0].Instances[].{Id:InstanceId,Zone:AvailabilityZone,State:LifecycleState,Template:LaunchTemplate.Version}' --output table
> ----------------------------------------------------------------
> |                   DescribeAutoScalingGroups                  |
> +----------------------+------------+-----------+--------------+
> |          Id          |   State    | Template  |    Zone      |
> +----------------------+------------+-----------+--------------+
> |  i-077fa0de62a921f67 |  Pending   |  2        |  us-west-2b  |
> |  i-07e2b8f1c6d9a4035 |  InService |  1        |  us-west-2c  |
> |  i-0a3f5c2e8d1b47906 |  InService |  1        |  us-west-2a  |
> |  i-0bbf7331635389170 |  Pending   |  2        |  us-west-2c  |
> |  i-0c22bc61f91dd04b9 |  Pending   |  2        |  us-west-2a  |
> |  i-0c91d4e7a2f5b3816 |  InService |  1        |  us-west-2b  |
> +----------------------+------------+-----------+--------------+

$ sleep 30m

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query nodegroup.status
> "ACTIVE"

$ aws autoscaling describe-auto-scaling-groups --query 'AutoScalingGroups[0].Instances[].[InstanceId,LifecycleState,LaunchTemplate.Version]' --output text
> i-077fa0de62a921f67	InService	2
> i-0bbf7331635389170	InService	2
> i-0c22bc61f91dd04b9	InService	2

$ aws ec2 describe-instances --filters Name=instance-state-name,Values=running --query 'Reservations[].Instances[].[InstanceId,ImageId]' --output table
> --------------------------------------------------
> |                DescribeInstances               |
> +----------------------+-------------------------+
> |  i-077fa0de62a921f67 |  ami-012dfb979dc1a36ea  |
> |  i-0bbf7331635389170 |  ami-012dfb979dc1a36ea  |
> |  i-0c22bc61f91dd04b9 |  ami-012dfb979dc1a36ea  |
> +----------------------+-------------------------+

$ aws ec2 describe-instances --filters Name=instance-state-name,Values=terminated --query 'Reservations[].Instances[].[InstanceId,ImageId,State.Name]' --output text
> i-07e2b8f1c6d9a4035	ami-0a8b7c6d5e4f30291	terminated
> i-0a3f5c2e8d1b47906	ami-0a8b7c6d5e4f30291	terminated
> i-0c91d4e7a2f5b3816	ami-0a8b7c6d5e4f30291	terminated


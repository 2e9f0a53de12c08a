# --output table: awscli 2.27.34 formatter.py (TableFormatter) and table.py (MultiTable, Section), read in the CLI's
# source; every case was also checked against that CLI, run from source on the same response, colour off, 80 columns.

$ aws eks list-nodegroups --cluster-name kubelab --output table
> ------------------
> | ListNodegroups |
> +----------------+
> ||  nodegroups  ||
> |+--------------+|
> ||  ng-general  ||
> |+--------------+|

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query nodegroup.scalingConfig --output table
> ---------------------------------------
> |          DescribeNodegroup          |
> +-------------+-----------+-----------+
> | desiredSize |  maxSize  |  minSize  |
> +-------------+-----------+-----------+
> |  3          |  6        |  1        |
> +-------------+-----------+-----------+

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query 'nodegroup.[nodegroupName,status,version,releaseVersion]' --output table
> ---------------------
> | DescribeNodegroup |
> +-------------------+
> |  ng-general       |
> |  ACTIVE           |
> |  1.30             |
> |  1.30.4-20241024  |
> +-------------------+

$ aws eks describe-cluster --name kubelab --query 'cluster.{Name:name,Version:version,Status:status,Platform:platformVersion}' --output table
> ----------------------------------------------
> |               DescribeCluster              |
> +---------+------------+---------+-----------+
> |  Name   | Platform   | Status  |  Version  |
> +---------+------------+---------+-----------+
> |  kubelab|  eks.8     |  ACTIVE |  1.30     |
> +---------+------------+---------+-----------+

$ aws eks describe-cluster --name kubelab --query cluster.resourcesVpcConfig --output table
> -----------------------------------------------------
> |                  DescribeCluster                  |
> +-------------------------+-------------------------+
> |  clusterSecurityGroupId |  sg-0de34b3b37844c602   |
> |  endpointPrivateAccess  |  True                   |
> |  endpointPublicAccess   |  True                   |
> |  vpcId                  |  vpc-0a1b2c3d4e5f60718  |
> +-------------------------+-------------------------+
> ||                publicAccessCidrs                ||
> |+-------------------------------------------------+|
> ||  0.0.0.0/0                                      ||
> |+-------------------------------------------------+|
> ||                    subnetIds                    ||
> |+-------------------------------------------------+|
> ||  subnet-0b1c2d3e4f5a60718                       ||
> ||  subnet-0c2d3e4f5a6b70819                       ||
> ||  subnet-0d3e4f5a6b7c8091a                       ||
> |+-------------------------------------------------+|

$ aws ecs describe-services --cluster kubelab --services web --query 'services[].{Service:serviceName,Desired:desiredCount,Running:runningCount}' --output table
> -----------------------------------
> |        DescribeServices         |
> +---------+-----------+-----------+
> | Desired |  Running  |  Service  |
> +---------+-----------+-----------+
> |  3      |  3        |  web      |
> +---------+-----------+-----------+

$ aws eks list-fargate-profiles --cluster-name kubelab --output table
> ---------------------
> |ListFargateProfiles|
> +-------------------+

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-general --query 'nodegroup.[scalingConfig,status]' --output table
!
! string indices must be integers, not 'str'
? 255


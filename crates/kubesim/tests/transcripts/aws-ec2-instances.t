# aws ec2 describe-instances: botocore's ec2 2016-11-15 model as vendored in awscli 2.27.34 (Reservation and Instance
# member order), what EC2 reports for an EKS managed node group's instance (tags, instance profile, cluster security
# group, network interface, root volume: observed in RunInstances and DescribeInstances responses of such instances),
# EC2's filter names (DescribeInstancesRequest.Filters) and error messages (InvalidInstanceID.Malformed, .NotFound,
# InvalidParameterValue 'The filter ... is invalid'). Every aws case was checked against that CLI, run from source on
# the same response.

$ aws ec2 describe-instances --instance-ids i-0a3f5c2e8d1b47906
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
>                     "BlockDeviceMappings": [
>                         {
>                             "DeviceName": "/dev/xvda",
>                             "Ebs": {
>                                 "AttachTime": "2025-05-31T08:47:00+00:00",
>                                 "DeleteOnTermination": true,
>                                 "Status": "attached",
>                                 "VolumeId": "vol-0b9984b142544caed"
>                             }
>                         }
>                     ],
>                     "ClientToken": "fleet-03d8f15a-3d66-d4a4-2669-7bcb1967d903-0",
>                     "EbsOptimized": false,
>                     "EnaSupport": true,
>                     "Hypervisor": "xen",
>                     "IamInstanceProfile": {
>                         "Arn": "arn:aws:iam::123456789012:instance-profile/eks-0855bd87-0443-4886-b238-b35cefcf2e30",
>                         "Id": "AIPARB35NDTEKMHAVLFKF"
>                     },
>                     "NetworkInterfaces": [
>                         {
>                             "Attachment": {
>                                 "AttachTime": "2025-05-31T08:47:00+00:00",
>                                 "AttachmentId": "eni-attach-03fa9f4efb9a28369",
>                                 "DeleteOnTermination": true,
>                                 "DeviceIndex": 0,
>                                 "Status": "attached",
>                                 "NetworkCardIndex": 0
>                             },
>                             "Description": "",
>                             "Groups": [
>                                 {
>                                     "GroupId": "sg-0de34b3b37844c602",
>                                     "GroupName": "eks-cluster-sg-kubelab-1158251310"
>                                 }
>                             ],
>                             "Ipv6Addresses": [],
>                             "MacAddress": "02:9f:4f:3d:82:d7",
>                             "NetworkInterfaceId": "eni-05dcddd19af01691c",
>                             "OwnerId": "123456789012",
>                             "PrivateDnsName": "ip-10-0-1-23.us-west-2.compute.internal",
>                             "PrivateIpAddress": "10.0.1.23",
>                             "PrivateIpAddresses": [
>                                 {
>                                     "Primary": true,
>                                     "PrivateDnsName": "ip-10-0-1-23.us-west-2.compute.internal",
>                                     "PrivateIpAddress": "10.0.1.23"
>                                 }
>                             ],
>                             "SourceDestCheck": true,
>                             "Status": "in-use",
>                             "SubnetId": "subnet-0b1c2d3e4f5a60718",
>                             "VpcId": "vpc-0a1b2c3d4e5f60718",
>                             "InterfaceType": "interface",
>                             "Operator": {
>                                 "Managed": false
>                             }
>                         }
>                     ],
>                     "RootDeviceName": "/dev/xvda",
>                     "RootDeviceType": "ebs",
>                     "SecurityGroups": [
>                         {
>                             "GroupId": "sg-0de34b3b37844c602",
>                             "GroupName": "eks-cluster-sg-kubelab-1158251310"
>                         }
>                     ],
>                     "SourceDestCheck": true,
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
>                         "State": "applied",
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
>                     "PrivateDnsNameOptions": {
>                         "HostnameType": "ip-name",
>                         "EnableResourceNameDnsARecord": false,
>                         "EnableResourceNameDnsAAAARecord": false
>                     },
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
>                         "Code": 16,
>                         "Name": "running"
>                     },
>                     "PrivateDnsName": "ip-10-0-1-23.us-west-2.compute.internal",
>                     "PublicDnsName": "",
>                     "StateTransitionReason": "",
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
>                     },
>                     "SubnetId": "subnet-0b1c2d3e4f5a60718",
>                     "VpcId": "vpc-0a1b2c3d4e5f60718",
>                     "PrivateIpAddress": "10.0.1.23"
>                 }
>             ]
>         }
>     ]
> }

$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,PrivateDnsName,Placement.AvailabilityZone]' --output table
> -----------------------------------------------------------------------------------
> |                                DescribeInstances                                |
> +----------------------+--------------------------------------------+-------------+
> |  i-0a3f5c2e8d1b47906 |  ip-10-0-1-23.us-west-2.compute.internal   |  us-west-2a |
> |  i-0c91d4e7a2f5b3816 |  ip-10-0-2-141.us-west-2.compute.internal  |  us-west-2b |
> |  i-07e2b8f1c6d9a4035 |  ip-10-0-3-87.us-west-2.compute.internal   |  us-west-2c |
> +----------------------+--------------------------------------------+-------------+

$ aws ec2 describe-instances --output text
> RESERVATIONS	123456789012	940372691376	r-0ebab3d5172f65e73
> INSTANCES	0	x86_64	fleet-03d8f15a-3d66-d4a4-2669-7bcb1967d903-0	legacy-bios	False	True	xen	ami-0d5c4f6a8e21b7c93	i-0a3f5c2e8d1b47906	t3.medium	2025-05-31T08:47:00+00:00	Linux/UNIX	ip-10-0-1-23.us-west-2.compute.internal	10.0.1.23		/dev/xvda	ebs	True		subnet-0b1c2d3e4f5a60718	RunInstances	2025-05-31T08:47:00+00:00	hvm	vpc-0a1b2c3d4e5f60718
> BLOCKDEVICEMAPPINGS	/dev/xvda
> EBS	2025-05-31T08:47:00+00:00	True	attached	vol-0b9984b142544caed
> CAPACITYRESERVATIONSPECIFICATION	open
> CPUOPTIONS	1	2
> ENCLAVEOPTIONS	False
> HIBERNATIONOPTIONS	False
> IAMINSTANCEPROFILE	arn:aws:iam::123456789012:instance-profile/eks-0855bd87-0443-4886-b238-b35cefcf2e30	AIPARB35NDTEKMHAVLFKF
> MAINTENANCEOPTIONS	default
> METADATAOPTIONS	enabled	disabled	2	optional	disabled	applied
> MONITORING	disabled
> NETWORKINTERFACES		interface	02:9f:4f:3d:82:d7	eni-05dcddd19af01691c	123456789012	ip-10-0-1-23.us-west-2.compute.internal	10.0.1.23	True	in-use	subnet-0b1c2d3e4f5a60718	vpc-0a1b2c3d4e5f60718
> ATTACHMENT	2025-05-31T08:47:00+00:00	eni-attach-03fa9f4efb9a28369	True	0	0	attached
> GROUPS	sg-0de34b3b37844c602	eks-cluster-sg-kubelab-1158251310
> OPERATOR	False
> PRIVATEIPADDRESSES	True	ip-10-0-1-23.us-west-2.compute.internal	10.0.1.23
> NETWORKPERFORMANCEOPTIONS	default
> OPERATOR	False
> PLACEMENT	us-west-2a		default
> PRIVATEDNSNAMEOPTIONS	False	False	ip-name
> SECURITYGROUPS	sg-0de34b3b37844c602	eks-cluster-sg-kubelab-1158251310
> STATE	16	running
> TAGS	aws:autoscaling:groupName	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30
> TAGS	aws:ec2launchtemplate:id	lt-0ecc2991e6b8ec9de
> TAGS	aws:ec2launchtemplate:version	1
> TAGS	aws:eks:cluster-name	kubelab
> TAGS	eks:cluster-name	kubelab
> TAGS	eks:nodegroup-name	ng-general
> TAGS	k8s.io/cluster-autoscaler/enabled	true
> TAGS	k8s.io/cluster-autoscaler/kubelab	owned
> TAGS	kubernetes.io/cluster/kubelab	owned
> RESERVATIONS	123456789012	940372691376	r-0e13ed819275b1501
> INSTANCES	0	x86_64	fleet-c30b9bea-a26e-3f2a-3abd-0e77bfa17243-0	legacy-bios	False	True	xen	ami-0d5c4f6a8e21b7c93	i-0c91d4e7a2f5b3816	t3.medium	2025-05-31T08:47:04+00:00	Linux/UNIX	ip-10-0-2-141.us-west-2.compute.internal	10.0.2.141		/dev/xvda	ebs	True		subnet-0c2d3e4f5a6b70819	RunInstances	2025-05-31T08:47:04+00:00	hvm	vpc-0a1b2c3d4e5f60718
> BLOCKDEVICEMAPPINGS	/dev/xvda
> EBS	2025-05-31T08:47:04+00:00	True	attached	vol-02844ca072b0afd3e
> CAPACITYRESERVATIONSPECIFICATION	open
> CPUOPTIONS	1	2
> ENCLAVEOPTIONS	False
> HIBERNATIONOPTIONS	False
> IAMINSTANCEPROFILE	arn:aws:iam::123456789012:instance-profile/eks-0855bd87-0443-4886-b238-b35cefcf2e30	AIPARB35NDTEKMHAVLFKF
> MAINTENANCEOPTIONS	default
> METADATAOPTIONS	enabled	disabled	2	optional	disabled	applied
> MONITORING	disabled
> NETWORKINTERFACES		interface	02:e5:97:9b:ec:03	eni-080b571209a13caa3	123456789012	ip-10-0-2-141.us-west-2.compute.internal	10.0.2.141	True	in-use	subnet-0c2d3e4f5a6b70819	vpc-0a1b2c3d4e5f60718
> ATTACHMENT	2025-05-31T08:47:04+00:00	eni-attach-0d48910ac855586c6	True	0	0	attached
> GROUPS	sg-0de34b3b37844c602	eks-cluster-sg-kubelab-1158251310
> OPERATOR	False
> PRIVATEIPADDRESSES	True	ip-10-0-2-141.us-west-2.compute.internal	10.0.2.141
> NETWORKPERFORMANCEOPTIONS	default
> OPERATOR	False
> PLACEMENT	us-west-2b		default
> PRIVATEDNSNAMEOPTIONS	False	False	ip-name
> SECURITYGROUPS	sg-0de34b3b37844c602	eks-cluster-sg-kubelab-1158251310
> STATE	16	running
> TAGS	aws:autoscaling:groupName	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30
> TAGS	aws:ec2launchtemplate:id	lt-0ecc2991e6b8ec9de
> TAGS	aws:ec2launchtemplate:version	1
> TAGS	aws:eks:cluster-name	kubelab
> TAGS	eks:cluster-name	kubelab
> TAGS	eks:nodegroup-name	ng-general
> TAGS	k8s.io/cluster-autoscaler/enabled	true
> TAGS	k8s.io/cluster-autoscaler/kubelab	owned
> TAGS	kubernetes.io/cluster/kubelab	owned
> RESERVATIONS	123456789012	940372691376	r-08c049ecbe82bb216
> INSTANCES	0	x86_64	fleet-8f27db1c-5e2a-ac74-d419-814e14005bc7-0	legacy-bios	False	True	xen	ami-0d5c4f6a8e21b7c93	i-07e2b8f1c6d9a4035	t3.medium	2025-05-31T08:47:09+00:00	Linux/UNIX	ip-10-0-3-87.us-west-2.compute.internal	10.0.3.87		/dev/xvda	ebs	True		subnet-0d3e4f5a6b7c8091a	RunInstances	2025-05-31T08:47:09+00:00	hvm	vpc-0a1b2c3d4e5f60718
> BLOCKDEVICEMAPPINGS	/dev/xvda
> EBS	2025-05-31T08:47:09+00:00	True	attached	vol-08d5604356829c951
> CAPACITYRESERVATIONSPECIFICATION	open
> CPUOPTIONS	1	2
> ENCLAVEOPTIONS	False
> HIBERNATIONOPTIONS	False
> IAMINSTANCEPROFILE	arn:aws:iam::123456789012:instance-profile/eks-0855bd87-0443-4886-b238-b35cefcf2e30	AIPARB35NDTEKMHAVLFKF
> MAINTENANCEOPTIONS	default
> METADATAOPTIONS	enabled	disabled	2	optional	disabled	applied
> MONITORING	disabled
> NETWORKINTERFACES		interface	02:36:e1:79:06:1d	eni-08cacdbbbac985948	123456789012	ip-10-0-3-87.us-west-2.compute.internal	10.0.3.87	True	in-use	subnet-0d3e4f5a6b7c8091a	vpc-0a1b2c3d4e5f60718
> ATTACHMENT	2025-05-31T08:47:09+00:00	eni-attach-0451f19e664dc6646	True	0	0	attached
> GROUPS	sg-0de34b3b37844c602	eks-cluster-sg-kubelab-1158251310
> OPERATOR	False
> PRIVATEIPADDRESSES	True	ip-10-0-3-87.us-west-2.compute.internal	10.0.3.87
> NETWORKPERFORMANCEOPTIONS	default
> OPERATOR	False
> PLACEMENT	us-west-2c		default
> PRIVATEDNSNAMEOPTIONS	False	False	ip-name
> SECURITYGROUPS	sg-0de34b3b37844c602	eks-cluster-sg-kubelab-1158251310
> STATE	16	running
> TAGS	aws:autoscaling:groupName	eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30
> TAGS	aws:ec2launchtemplate:id	lt-0ecc2991e6b8ec9de
> TAGS	aws:ec2launchtemplate:version	1
> TAGS	aws:eks:cluster-name	kubelab
> TAGS	eks:cluster-name	kubelab
> TAGS	eks:nodegroup-name	ng-general
> TAGS	k8s.io/cluster-autoscaler/enabled	true
> TAGS	k8s.io/cluster-autoscaler/kubelab	owned
> TAGS	kubernetes.io/cluster/kubelab	owned

$ aws ec2 describe-instances --output table --instance-ids i-0c91d4e7a2f5b3816
> ------------------------------------------------------------------------------------------------------
> |                                          DescribeInstances                                         |
> +----------------------------------------------------------------------------------------------------+
> ||                                           Reservations                                           ||
> |+----------------------------------------+---------------------------------------------------------+|
> ||  OwnerId                               |  123456789012                                           ||
> ||  RequesterId                           |  940372691376                                           ||
> ||  ReservationId                         |  r-0e13ed819275b1501                                    ||
> |+----------------------------------------+---------------------------------------------------------+|
> |||                                            Instances                                           |||
> ||+----------------------------------+-------------------------------------------------------------+||
> |||  AmiLaunchIndex                  |  0                                                          |||
> |||  Architecture                    |  x86_64                                                     |||
> |||  ClientToken                     |  fleet-c30b9bea-a26e-3f2a-3abd-0e77bfa17243-0               |||
> |||  CurrentInstanceBootMode         |  legacy-bios                                                |||
> |||  EbsOptimized                    |  False                                                      |||
> |||  EnaSupport                      |  True                                                       |||
> |||  Hypervisor                      |  xen                                                        |||
> |||  ImageId                         |  ami-0d5c4f6a8e21b7c93                                      |||
> |||  InstanceId                      |  i-0c91d4e7a2f5b3816                                        |||
> |||  InstanceType                    |  t3.medium                                                  |||
> |||  LaunchTime                      |  2025-05-31T08:47:04+00:00                                  |||
> |||  PlatformDetails                 |  Linux/UNIX                                                 |||
> |||  PrivateDnsName                  |  ip-10-0-2-141.us-west-2.compute.internal                   |||
> |||  PrivateIpAddress                |  10.0.2.141                                                 |||
> |||  PublicDnsName                   |                                                             |||
> |||  RootDeviceName                  |  /dev/xvda                                                  |||
> |||  RootDeviceType                  |  ebs                                                        |||
> |||  SourceDestCheck                 |  True                                                       |||
> |||  StateTransitionReason           |                                                             |||
> |||  SubnetId                        |  subnet-0c2d3e4f5a6b70819                                   |||
> |||  UsageOperation                  |  RunInstances                                               |||
> |||  UsageOperationUpdateTime        |  2025-05-31T08:47:04+00:00                                  |||
> |||  VirtualizationType              |  hvm                                                        |||
> |||  VpcId                           |  vpc-0a1b2c3d4e5f60718                                      |||
> ||+----------------------------------+-------------------------------------------------------------+||
> ||||                                      BlockDeviceMappings                                     ||||
> |||+------------------------------------------------+---------------------------------------------+|||
> ||||  DeviceName                                    |  /dev/xvda                                  ||||
> |||+------------------------------------------------+---------------------------------------------+|||
> |||||                                             Ebs                                            |||||
> ||||+----------------------------------------+---------------------------------------------------+||||
> |||||  AttachTime                            |  2025-05-31T08:47:04+00:00                        |||||
> |||||  DeleteOnTermination                   |  True                                             |||||
> |||||  Status                                |  attached                                         |||||
> |||||  VolumeId                              |  vol-02844ca072b0afd3e                            |||||
> ||||+----------------------------------------+---------------------------------------------------+||||
> ||||                               CapacityReservationSpecification                               ||||
> |||+---------------------------------------------------------------------------+------------------+|||
> ||||  CapacityReservationPreference                                            |  open            ||||
> |||+---------------------------------------------------------------------------+------------------+|||
> ||||                                          CpuOptions                                          ||||
> |||+-------------------------------------------------------------------------+--------------------+|||
> ||||  CoreCount                                                              |  1                 ||||
> ||||  ThreadsPerCore                                                         |  2                 ||||
> |||+-------------------------------------------------------------------------+--------------------+|||
> ||||                                        EnclaveOptions                                        ||||
> |||+---------------------------------------------------+------------------------------------------+|||
> ||||  Enabled                                          |  False                                   ||||
> |||+---------------------------------------------------+------------------------------------------+|||
> ||||                                      HibernationOptions                                      ||||
> |||+--------------------------------------------------------+-------------------------------------+|||
> ||||  Configured                                            |  False                              ||||
> |||+--------------------------------------------------------+-------------------------------------+|||
> ||||                                      IamInstanceProfile                                      ||||
> |||+-----+----------------------------------------------------------------------------------------+|||
> ||||  Arn|  arn:aws:iam::123456789012:instance-profile/eks-0855bd87-0443-4886-b238-b35cefcf2e30   ||||
> ||||  Id |  AIPARB35NDTEKMHAVLFKF                                                                 ||||
> |||+-----+----------------------------------------------------------------------------------------+|||
> ||||                                      MaintenanceOptions                                      ||||
> |||+-------------------------------------------------------+--------------------------------------+|||
> ||||  AutoRecovery                                         |  default                             ||||
> |||+-------------------------------------------------------+--------------------------------------+|||
> ||||                                        MetadataOptions                                       ||||
> |||+----------------------------------------------------------------+-----------------------------+|||
> ||||  HttpEndpoint                                                  |  enabled                    ||||
> ||||  HttpProtocolIpv6                                              |  disabled                   ||||
> ||||  HttpPutResponseHopLimit                                       |  2                          ||||
> ||||  HttpTokens                                                    |  optional                   ||||
> ||||  InstanceMetadataTags                                          |  disabled                   ||||
> ||||  State                                                         |  applied                    ||||
> |||+----------------------------------------------------------------+-----------------------------+|||
> ||||                                          Monitoring                                          ||||
> |||+---------------------------------------+------------------------------------------------------+|||
> ||||  State                                |  disabled                                            ||||
> |||+---------------------------------------+------------------------------------------------------+|||
> ||||                                       NetworkInterfaces                                      ||||
> |||+------------------------------+---------------------------------------------------------------+|||
> ||||  Description                 |                                                               ||||
> ||||  InterfaceType               |  interface                                                    ||||
> ||||  MacAddress                  |  02:e5:97:9b:ec:03                                            ||||
> ||||  NetworkInterfaceId          |  eni-080b571209a13caa3                                        ||||
> ||||  OwnerId                     |  123456789012                                                 ||||
> ||||  PrivateDnsName              |  ip-10-0-2-141.us-west-2.compute.internal                     ||||
> ||||  PrivateIpAddress            |  10.0.2.141                                                   ||||
> ||||  SourceDestCheck             |  True                                                         ||||
> ||||  Status                      |  in-use                                                       ||||
> ||||  SubnetId                    |  subnet-0c2d3e4f5a6b70819                                     ||||
> ||||  VpcId                       |  vpc-0a1b2c3d4e5f60718                                        ||||
> |||+------------------------------+---------------------------------------------------------------+|||
> |||||                                         Attachment                                         |||||
> ||||+-------------------------------------+------------------------------------------------------+||||
> |||||  AttachTime                         |  2025-05-31T08:47:04+00:00                           |||||
> |||||  AttachmentId                       |  eni-attach-0d48910ac855586c6                        |||||
> |||||  DeleteOnTermination                |  True                                                |||||
> |||||  DeviceIndex                        |  0                                                   |||||
> |||||  NetworkCardIndex                   |  0                                                   |||||
> |||||  Status                             |  attached                                            |||||
> ||||+-------------------------------------+------------------------------------------------------+||||
> |||||                                           Groups                                           |||||
> ||||+----------------------+---------------------------------------------------------------------+||||
> |||||  GroupId             |  sg-0de34b3b37844c602                                               |||||
> |||||  GroupName           |  eks-cluster-sg-kubelab-1158251310                                  |||||
> ||||+----------------------+---------------------------------------------------------------------+||||
> |||||                                          Operator                                          |||||
> ||||+--------------------------------------------------+-----------------------------------------+||||
> |||||  Managed                                         |  False                                  |||||
> ||||+--------------------------------------------------+-----------------------------------------+||||
> |||||                                     PrivateIpAddresses                                     |||||
> ||||+---------------------------+----------------------------------------------------------------+||||
> |||||  Primary                  |  True                                                          |||||
> |||||  PrivateDnsName           |  ip-10-0-2-141.us-west-2.compute.internal                      |||||
> |||||  PrivateIpAddress         |  10.0.2.141                                                    |||||
> ||||+---------------------------+----------------------------------------------------------------+||||
> ||||                                   NetworkPerformanceOptions                                  ||||
> |||+--------------------------------------------------------------+-------------------------------+|||
> ||||  BandwidthWeighting                                          |  default                      ||||
> |||+--------------------------------------------------------------+-------------------------------+|||
> ||||                                           Operator                                           ||||
> |||+---------------------------------------------------+------------------------------------------+|||
> ||||  Managed                                          |  False                                   ||||
> |||+---------------------------------------------------+------------------------------------------+|||
> ||||                                           Placement                                          ||||
> |||+------------------------------------------------------+---------------------------------------+|||
> ||||  AvailabilityZone                                    |  us-west-2b                           ||||
> ||||  GroupName                                           |                                       ||||
> ||||  Tenancy                                             |  default                              ||||
> |||+------------------------------------------------------+---------------------------------------+|||
> ||||                                     PrivateDnsNameOptions                                    ||||
> |||+-----------------------------------------------------------------------+----------------------+|||
> ||||  EnableResourceNameDnsAAAARecord                                      |  False               ||||
> ||||  EnableResourceNameDnsARecord                                         |  False               ||||
> ||||  HostnameType                                                         |  ip-name             ||||
> |||+-----------------------------------------------------------------------+----------------------+|||
> ||||                                        SecurityGroups                                        ||||
> |||+-----------------------+----------------------------------------------------------------------+|||
> ||||  GroupId              |  sg-0de34b3b37844c602                                                ||||
> ||||  GroupName            |  eks-cluster-sg-kubelab-1158251310                                   ||||
> |||+-----------------------+----------------------------------------------------------------------+|||
> ||||                                             State                                            ||||
> |||+--------------------------------------+-------------------------------------------------------+|||
> ||||  Code                                |  16                                                   ||||
> ||||  Name                                |  running                                              ||||
> |||+--------------------------------------+-------------------------------------------------------+|||
> ||||                                             Tags                                             ||||
> |||+-------------------------------------+--------------------------------------------------------+|||
> ||||                 Key                 |                         Value                          ||||
> |||+-------------------------------------+--------------------------------------------------------+|||
> ||||  aws:autoscaling:groupName          |  eks-ng-general-0855bd87-0443-4886-b238-b35cefcf2e30   ||||
> ||||  aws:ec2launchtemplate:id           |  lt-0ecc2991e6b8ec9de                                  ||||
> ||||  aws:ec2launchtemplate:version      |  1                                                     ||||
> ||||  aws:eks:cluster-name               |  kubelab                                               ||||
> ||||  eks:cluster-name                   |  kubelab                                               ||||
> ||||  eks:nodegroup-name                 |  ng-general                                            ||||
> ||||  k8s.io/cluster-autoscaler/enabled  |  true                                                  ||||
> ||||  k8s.io/cluster-autoscaler/kubelab  |  owned                                                 ||||
> ||||  kubernetes.io/cluster/kubelab      |  owned                                                 ||||
> |||+-------------------------------------+--------------------------------------------------------+|||

$ aws ec2 describe-instances --filters Name=availability-zone,Values=us-west-2a,us-west-2b --query 'Reservations[].Instances[].InstanceId'
> [
>     "i-0a3f5c2e8d1b47906",
>     "i-0c91d4e7a2f5b3816"
> ]

$ aws ec2 describe-instances --filters Name=tag:eks:nodegroup-name,Values=ng-* Name=instance-state-name,Values=running --query 'Reservations[].Instances[].PrivateIpAddress' --output text
> 10.0.1.23	10.0.2.141	10.0.3.87

$ aws ec2 describe-instances --filters Name=tag-key,Values=kubernetes.io/cluster/kubelab Name=tag-value,Values=own* --query 'Reservations[].Instances[].InstanceId' --output text
> i-0a3f5c2e8d1b47906	i-0c91d4e7a2f5b3816	i-07e2b8f1c6d9a4035

$ aws ec2 describe-instances --filters Name=private-dns-name,Values=ip-10-0-1-23.us-west-2.compute.internal --query 'Reservations[].Instances[].InstanceId' --output text
> i-0a3f5c2e8d1b47906

$ aws ec2 describe-instances --filters Name=foo,Values=bar
!
! An error occurred (InvalidParameterValue) when calling the DescribeInstances operation: The filter 'foo' is invalid
? 254

$ aws ec2 describe-instances --filters Nam=foo
!
! Parameter validation failed:
! Unknown parameter in Filters[0]: "Nam", must be one of: Name, Values
? 252

$ aws ec2 describe-instances --filters Name=[a,b],Values=x
!
! Parameter validation failed:
! Invalid type for parameter Filters[0].Name, value: ['a', 'b'], type: <class 'list'>, valid types: <class 'str'>
? 252

$ aws ec2 describe-instances --filters Name=a,Values={b=c}
!
! Parameter validation failed:
! Invalid type for parameter Filters[0].Values[0], value: {'b': 'c'}, type: <class 'dict'>, valid types: <class 'str'>
? 252

$ aws ec2 describe-instances --filters Name=a,Values=[b,{c=d}]
!
! Parameter validation failed:
! Invalid type for parameter Filters[0].Values[1], value: {'c': 'd'}, type: <class 'dict'>, valid types: <class 'str'>
? 252

$ aws ec2 describe-instances --instance-ids i-123
!
! An error occurred (InvalidInstanceID.Malformed) when calling the DescribeInstances operation: Invalid id: "i-123"
? 254

$ aws ec2 describe-instances --instance-ids i-0123456789abcdef0
!
! An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0123456789abcdef0' does not exist
? 254

$ aws ec2 describe-instances --instance-ids i-0123456789abcdef0 i-0123456789abcdef1 i-0a3f5c2e8d1b47906
!
! An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist
? 254

$ aws ec2 describe-instances --dry-run
!
! An error occurred (DryRunOperation) when calling the DescribeInstances operation: Request would have succeeded, but DryRun flag is set.
? 254

$ aws ec2 describe-instances --region eu-west-1
> {
>     "Reservations": []
> }

$ aws ec2 describe-instances --filters Name=instance-type,Values=m5.large
> {
>     "Reservations": []
> }

$ aws ec2 describe-instances --filters Name=instance-state-code,Values=16 --query 'Reservations[].Instances[].State' --output table
> ---------------------
> | DescribeInstances |
> +-------+-----------+
> | Code  |   Name    |
> +-------+-----------+
> |  16   |  running  |
> |  16   |  running  |
> |  16   |  running  |
> +-------+-----------+

$ aws ec2 describe-instances --filters Name=launch-time,Values=2025-06-12*
! kubesim: the filter "launch-time" is not simulated yet; try "instance-state-name", "availability-zone", "private-dns-name" or "tag:KEY"
? 1

$ aws ec2 describe-instances --filters Name=instance-state-name
! kubesim: a filter without both a "Name" and "Values" is not simulated yet; try "Name=NAME,Values=VALUE"
? 1

$ aws ec2 describe-instances --filters 'Name=instance-state-name,Values=running' --instance-ids i-07e2b8f1c6d9a4035 --output text --query 'Reservations[].Instances[].[InstanceId,InstanceType,State.Name]'
> i-07e2b8f1c6d9a4035	t3.medium	running


# aws ecs on the twin: the same workload as an ECS cluster of the same name. Draining a container
# instance moves its service tasks elsewhere; the EKS nodes are left as they are (the twin is a
# picture of ECS, not a second control path into the cluster).

$ aws ecs list-clusters
> {
>     "clusterArns": [
>         "arn:aws:ecs:us-west-2:123456789012:cluster/kubelab"
>     ]
> }

$ aws ecs list-services --cluster kubelab
> {
>     "serviceArns": [
>         "arn:aws:ecs:us-west-2:123456789012:service/kubelab/web"
>     ]
> }

$ aws ecs list-container-instances --cluster kubelab
> {
>     "containerInstanceArns": [
>         "arn:aws:ecs:us-west-2:123456789012:container-instance/kubelab/b2505cbefe5dfd7342c2285047bd17fd",
>         "arn:aws:ecs:us-west-2:123456789012:container-instance/kubelab/92f5eb6dfde4d499a625c0b3de34158b",
>         "arn:aws:ecs:us-west-2:123456789012:container-instance/kubelab/990d820da2f4ba668f02a931f6c9d291"
>     ]
> }

$ aws ecs describe-container-instances --cluster kubelab --container-instances b2505cbefe5dfd7342c2285047bd17fd
> {
>     "containerInstances": [
>         {
>             "containerInstanceArn": "arn:aws:ecs:us-west-2:123456789012:container-instance/kubelab/b2505cbefe5dfd7342c2285047bd17fd",
>             "ec2InstanceId": "i-07e2b8f1c6d9a4035",
>             "capacityProviderName": "cp-ng-general",
>             "version": 3,
>             "versionInfo": {
>                 "agentVersion": "1.86.3",
>                 "agentHash": "c3e149d0",
>                 "dockerVersion": "DockerVersion: 25.0.6"
>             },
>             "remainingResources": [
>                 {
>                     "name": "CPU",
>                     "type": "INTEGER",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 1792
>                 },
>                 {
>                     "name": "MEMORY",
>                     "type": "INTEGER",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 3594
>                 },
>                 {
>                     "name": "PORTS",
>                     "type": "STRINGSET",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 0,
>                     "stringSetValue": [
>                         "22",
>                         "2376",
>                         "2375",
>                         "51678",
>                         "51679"
>                     ]
>                 },
>                 {
>                     "name": "PORTS_UDP",
>                     "type": "STRINGSET",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 0,
>                     "stringSetValue": []
>                 }
>             ],
>             "registeredResources": [
>                 {
>                     "name": "CPU",
>                     "type": "INTEGER",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 2048
>                 },
>                 {
>                     "name": "MEMORY",
>                     "type": "INTEGER",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 3850
>                 },
>                 {
>                     "name": "PORTS",
>                     "type": "STRINGSET",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 0,
>                     "stringSetValue": [
>                         "22",
>                         "2376",
>                         "2375",
>                         "51678",
>                         "51679"
>                     ]
>                 },
>                 {
>                     "name": "PORTS_UDP",
>                     "type": "STRINGSET",
>                     "doubleValue": 0.0,
>                     "longValue": 0,
>                     "integerValue": 0,
>                     "stringSetValue": []
>                 }
>             ],
>             "status": "ACTIVE",
>             "agentConnected": true,
>             "runningTasksCount": 1,
>             "pendingTasksCount": 0,
>             "attributes": [
>                 {
>                     "name": "ecs.availability-zone",
>                     "value": "us-west-2c"
>                 },
>                 {
>                     "name": "ecs.cpu-architecture",
>                     "value": "x86_64"
>                 },
>                 {
>                     "name": "ecs.os-type",
>                     "value": "linux"
>                 },
>                 {
>                     "name": "ecs.os-family",
>                     "value": "LINUX"
>                 }
>             ],
>             "registeredAt": "2025-06-12T08:50:00+00:00",
>             "attachments": [],
>             "tags": []
>         }
>     ],
>     "failures": []
> }

$ aws ecs list-tasks --cluster kubelab --container-instance b2505cbefe5dfd7342c2285047bd17fd
> {
>     "taskArns": [
>         "arn:aws:ecs:us-west-2:123456789012:task/kubelab/ce39f9c2fa35659e1af454d61c158251"
>     ]
> }

$ aws ecs update-container-instances-state --cluster kubelab --container-instances b2505cbefe5dfd7342c2285047bd17fd deadbeef --status DRAINING --query '[containerInstances[*].[status,runningTasksCount], failures]'
> [
>     [
>         [
>             "DRAINING",
>             1
>         ]
>     ],
>     [
>         {
>             "arn": "arn:aws:ecs:us-west-2:123456789012:container-instance/kubelab/deadbeef",
>             "reason": "MISSING"
>         }
>     ]
> ]

$ sleep 30s

$ aws ecs describe-container-instances --cluster kubelab --container-instances b2505cbefe5dfd7342c2285047bd17fd --query 'containerInstances[0].[status,runningTasksCount]' --output text
> DRAINING	0

$ aws ecs list-container-instances --cluster kubelab --status DRAINING
> {
>     "containerInstanceArns": [
>         "arn:aws:ecs:us-west-2:123456789012:container-instance/kubelab/b2505cbefe5dfd7342c2285047bd17fd"
>     ]
> }

$ aws ecs list-tasks --cluster kubelab --container-instance b2505cbefe5dfd7342c2285047bd17fd
> {
>     "taskArns": []
> }

$ aws ecs describe-services --cluster kubelab --services web --query 'services[0].events[*].message'
> [
>     "(service web) has reached a steady state.",
>     "(service web) has stopped 1 running tasks: (task ce39f9c2fa35659e1af454d61c158251).",
>     "(service web) has started 1 tasks: (task d57376e9bf372bc9040763b832640dac).",
>     "(service web) has reached a steady state.",
>     "(service web) (deployment ecs-svc/4588856665974929239) deployment completed.",
>     "(service web) has started 3 tasks: (task ce39f9c2fa35659e1af454d61c158251) (task a50156af1bc4a3b4adaf04525e3b04c1) (task 7771a17442bc99591d9aac7976a92e99)."
> ]

$ kubectl get nodes
> NAME                                       STATUS   ROLES    AGE   VERSION
> ip-10-0-1-23.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-2-141.us-west-2.compute.internal   Ready    <none>   12d   v1.30.4-eks-a737599
> ip-10-0-3-87.us-west-2.compute.internal    Ready    <none>   12d   v1.30.4-eks-a737599

$ aws ecs update-container-instances-state --cluster kubelab --container-instances b2505cbefe5dfd7342c2285047bd17fd --status ACTIVE --query 'containerInstances[0].status'
> "ACTIVE"

$ aws ecs update-service --cluster kubelab --service web --desired-count 5 --query 'service.[desiredCount,runningCount,pendingCount]'
> [
>     5,
>     3,
>     2
> ]

$ sleep 10s

$ aws ecs describe-services --cluster kubelab --services web nope
> {
>     "services": [
>         {
>             "serviceArn": "arn:aws:ecs:us-west-2:123456789012:service/kubelab/web",
>             "serviceName": "web",
>             "clusterArn": "arn:aws:ecs:us-west-2:123456789012:cluster/kubelab",
>             "loadBalancers": [],
>             "serviceRegistries": [],
>             "status": "ACTIVE",
>             "desiredCount": 5,
>             "runningCount": 5,
>             "pendingCount": 0,
>             "launchType": "EC2",
>             "taskDefinition": "arn:aws:ecs:us-west-2:123456789012:task-definition/web:1",
>             "deploymentConfiguration": {
>                 "deploymentCircuitBreaker": {
>                     "enable": false,
>                     "rollback": false
>                 },
>                 "maximumPercent": 200,
>                 "minimumHealthyPercent": 100
>             },
>             "deployments": [
>                 {
>                     "id": "ecs-svc/4588856665974929239",
>                     "status": "PRIMARY",
>                     "taskDefinition": "arn:aws:ecs:us-west-2:123456789012:task-definition/web:1",
>                     "desiredCount": 5,
>                     "pendingCount": 0,
>                     "runningCount": 5,
>                     "failedTasks": 0,
>                     "createdAt": "2025-06-09T09:00:00+00:00",
>                     "updatedAt": "2025-06-12T08:50:05+00:00",
>                     "launchType": "EC2",
>                     "rolloutState": "COMPLETED",
>                     "rolloutStateReason": "ECS deployment ecs-svc/4588856665974929239 completed."
>                 }
>             ],
>             "events": [
>                 {
>                     "id": "c2125d6e-77ff-4197-9635-91adb5ad7693",
>                     "createdAt": "2025-06-12T09:00:35+00:00",
>                     "message": "(service web) has reached a steady state."
>                 },
>                 {
>                     "id": "4aa52d40-5a0d-416c-f580-89da094e4d03",
>                     "createdAt": "2025-06-12T09:00:30+00:00",
>                     "message": "(service web) has started 2 tasks: (task 6f1a60ca2abf90945c0ff64aa125b6ab) (task c7bc21407c609f268075c3d61afce028)."
>                 },
>                 {
>                     "id": "60dc70c7-3c58-9ed9-e081-64eb6e3255ee",
>                     "createdAt": "2025-06-12T09:00:05+00:00",
>                     "message": "(service web) has reached a steady state."
>                 },
>                 {
>                     "id": "26f2e299-0080-d978-d812-7ccaf0248c56",
>                     "createdAt": "2025-06-12T09:00:05+00:00",
>                     "message": "(service web) has stopped 1 running tasks: (task ce39f9c2fa35659e1af454d61c158251)."
>                 },
>                 {
>                     "id": "18758229-a662-18bf-616d-37b872b268bd",
>                     "createdAt": "2025-06-12T09:00:00+00:00",
>                     "message": "(service web) has started 1 tasks: (task d57376e9bf372bc9040763b832640dac)."
>                 },
>                 {
>                     "id": "2f005a6d-19bf-6b5f-07db-5f454960e87d",
>                     "createdAt": "2025-06-12T08:50:05+00:00",
>                     "message": "(service web) has reached a steady state."
>                 },
>                 {
>                     "id": "75309554-386a-adcc-fc43-eae4ecbbb6d2",
>                     "createdAt": "2025-06-12T08:50:05+00:00",
>                     "message": "(service web) (deployment ecs-svc/4588856665974929239) deployment completed."
>                 },
>                 {
>                     "id": "8b236af2-64a9-40fe-7818-2f3d88083363",
>                     "createdAt": "2025-06-12T08:50:00+00:00",
>                     "message": "(service web) has started 3 tasks: (task ce39f9c2fa35659e1af454d61c158251) (task a50156af1bc4a3b4adaf04525e3b04c1) (task 7771a17442bc99591d9aac7976a92e99)."
>                 }
>             ],
>             "createdAt": "2025-06-09T09:00:00+00:00",
>             "placementConstraints": [],
>             "placementStrategy": [],
>             "schedulingStrategy": "REPLICA",
>             "deploymentController": {
>                 "type": "ECS"
>             },
>             "createdBy": "arn:aws:iam::123456789012:root",
>             "enableECSManagedTags": false,
>             "propagateTags": "NONE",
>             "enableExecuteCommand": false,
>             "availabilityZoneRebalancing": "DISABLED"
>         }
>     ],
>     "failures": [
>         {
>             "arn": "arn:aws:ecs:us-west-2:123456789012:service/kubelab/nope",
>             "reason": "MISSING"
>         }
>     ]
> }

$ aws ecs list-tasks --cluster kubelab --service-name web --output text
> TASKARNS	arn:aws:ecs:us-west-2:123456789012:task/kubelab/a50156af1bc4a3b4adaf04525e3b04c1
> TASKARNS	arn:aws:ecs:us-west-2:123456789012:task/kubelab/7771a17442bc99591d9aac7976a92e99
> TASKARNS	arn:aws:ecs:us-west-2:123456789012:task/kubelab/d57376e9bf372bc9040763b832640dac
> TASKARNS	arn:aws:ecs:us-west-2:123456789012:task/kubelab/6f1a60ca2abf90945c0ff64aa125b6ab
> TASKARNS	arn:aws:ecs:us-west-2:123456789012:task/kubelab/c7bc21407c609f268075c3d61afce028

$ aws ecs describe-tasks --cluster kubelab --tasks a50156af1bc4a3b4adaf04525e3b04c1 0123
> {
>     "tasks": [
>         {
>             "attachments": [],
>             "attributes": [
>                 {
>                     "name": "ecs.cpu-architecture",
>                     "value": "x86_64"
>                 }
>             ],
>             "availabilityZone": "us-west-2a",
>             "clusterArn": "arn:aws:ecs:us-west-2:123456789012:cluster/kubelab",
>             "connectivity": "CONNECTED",
>             "connectivityAt": "2025-06-12T08:50:05+00:00",
>             "containerInstanceArn": "arn:aws:ecs:us-west-2:123456789012:container-instance/kubelab/92f5eb6dfde4d499a625c0b3de34158b",
>             "containers": [
>                 {
>                     "containerArn": "arn:aws:ecs:us-west-2:123456789012:container/kubelab/a50156af1bc4a3b4adaf04525e3b04c1/28878c13-77cf-a7db-718f-78de90052f14",
>                     "taskArn": "arn:aws:ecs:us-west-2:123456789012:task/kubelab/a50156af1bc4a3b4adaf04525e3b04c1",
>                     "name": "web",
>                     "image": "public.ecr.aws/nginx/nginx:1.27",
>                     "lastStatus": "RUNNING",
>                     "healthStatus": "UNKNOWN"
>                 }
>             ],
>             "cpu": "256",
>             "createdAt": "2025-06-12T08:50:00+00:00",
>             "desiredStatus": "RUNNING",
>             "enableExecuteCommand": false,
>             "group": "service:web",
>             "healthStatus": "UNKNOWN",
>             "lastStatus": "RUNNING",
>             "launchType": "EC2",
>             "memory": "256",
>             "overrides": {
>                 "containerOverrides": [
>                     {
>                         "name": "web"
>                     }
>                 ],
>                 "inferenceAcceleratorOverrides": []
>             },
>             "pullStartedAt": "2025-06-12T08:50:03+00:00",
>             "pullStoppedAt": "2025-06-12T08:50:05+00:00",
>             "startedAt": "2025-06-12T08:50:05+00:00",
>             "startedBy": "ecs-svc/4588856665974929239",
>             "tags": [],
>             "taskArn": "arn:aws:ecs:us-west-2:123456789012:task/kubelab/a50156af1bc4a3b4adaf04525e3b04c1",
>             "taskDefinitionArn": "arn:aws:ecs:us-west-2:123456789012:task-definition/web:1",
>             "version": 2
>         }
>     ],
>     "failures": [
>         {
>             "arn": "arn:aws:ecs:us-west-2:123456789012:task/kubelab/0123",
>             "reason": "MISSING"
>         }
>     ]
> }


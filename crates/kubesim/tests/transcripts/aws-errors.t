# What goes wrong in aws, and how the CLI v2 (2.27) says so: argparse errors under the usage
# blurb and unknown options (252), parameter and shorthand errors (252), service errors (254),
# Python exceptions (255), each after an empty line on stderr. What is not modelled says so (1).

$ aws
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: the following arguments are required: command
!
? 252

$ aws eks
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: the following arguments are required: operation
!
? 252

$ aws eks describe-cluster
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: the following arguments are required: --name
!
? 252

$ aws eks describe-nodegroup --cluster-name kubelab
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: the following arguments are required: --nodegroup-name
!
? 252

$ aws eks describe-clusters
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
! associate-access-policy                  | associate-encryption-config             
! associate-identity-provider-config       | create-access-entry                     
! create-addon                             | create-cluster                          
! create-eks-anywhere-subscription         | create-fargate-profile                  
! create-nodegroup                         | create-pod-identity-association         
! delete-access-entry                      | delete-addon                            
! delete-cluster                           | delete-eks-anywhere-subscription        
! delete-fargate-profile                   | delete-nodegroup                        
! delete-pod-identity-association          | deregister-cluster                      
! describe-access-entry                    | describe-addon                          
! describe-addon-configuration             | describe-addon-versions                 
! describe-cluster                         | describe-cluster-versions               
! describe-eks-anywhere-subscription       | describe-fargate-profile                
! describe-identity-provider-config        | describe-insight                        
! describe-nodegroup                       | describe-pod-identity-association       
! describe-update                          | disassociate-access-policy              
! disassociate-identity-provider-config    | list-access-entries                     
! list-access-policies                     | list-addons                             
! list-associated-access-policies          | list-clusters                           
! list-eks-anywhere-subscriptions          | list-fargate-profiles                   
! list-identity-provider-configs           | list-insights                           
! list-nodegroups                          | list-pod-identity-associations          
! list-tags-for-resource                   | list-updates                            
! register-cluster                         | tag-resource                            
! untag-resource                           | update-access-entry                     
! update-addon                             | update-cluster-config                   
! update-cluster-version                   | update-eks-anywhere-subscription        
! update-nodegroup-config                  | update-nodegroup-version                
! update-pod-identity-association          | update-kubeconfig                       
! get-token                                | wait                                    
! help                                    
!
!
! Invalid choice: 'describe-clusters', maybe you meant:
!
!   * describe-cluster
!   * describe-cluster-versions
!
? 252

$ aws ekss list-clusters
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: argument command: Invalid choice, valid choices are:
!
! accessanalyzer                           | account                                 
! acm                                      | acm-pca                                 
! amp                                      | amplify                                 
! amplifybackend                           | amplifyuibuilder                        
! apigateway                               | apigatewaymanagementapi                 
! apigatewayv2                             | appconfig                               
! appconfigdata                            | appfabric                               
! appflow                                  | appintegrations                         
! application-autoscaling                  | application-insights                    
! application-signals                      | applicationcostprofiler                 
! appmesh                                  | apprunner                               
! appstream                                | appsync                                 
! apptest                                  | arc-zonal-shift                         
! artifact                                 | athena                                  
! auditmanager                             | autoscaling                             
! autoscaling-plans                        | b2bi                                    
! backup                                   | backup-gateway                          
! backupsearch                             | batch                                   
! bcm-data-exports                         | bcm-pricing-calculator                  
! bedrock                                  | bedrock-agent                           
! bedrock-agent-runtime                    | bedrock-data-automation                 
! bedrock-data-automation-runtime          | bedrock-runtime                         
! billing                                  | billingconductor                        
! braket                                   | budgets                                 
! ce                                       | chatbot                                 
! chime                                    | chime-sdk-identity                      
! chime-sdk-media-pipelines                | chime-sdk-meetings                      
! chime-sdk-messaging                      | chime-sdk-voice                         
! cleanrooms                               | cleanroomsml                            
! cloud9                                   | cloudcontrol                            
! clouddirectory                           | cloudformation                          
! cloudfront                               | cloudfront-keyvaluestore                
! cloudhsm                                 | cloudhsmv2                              
! cloudsearch                              | cloudsearchdomain                       
! cloudtrail                               | cloudtrail-data                         
! cloudwatch                               | codeartifact                            
! codebuild                                | codecatalyst                            
! codecommit                               | codeconnections                         
! codeguru-reviewer                        | codeguru-security                       
! codeguruprofiler                         | codepipeline                            
! codestar-connections                     | codestar-notifications                  
! cognito-identity                         | cognito-idp                             
! cognito-sync                             | comprehend                              
! comprehendmedical                        | compute-optimizer                       
! connect                                  | connect-contact-lens                    
! connectcampaigns                         | connectcampaignsv2                      
! connectcases                             | connectparticipant                      
! controlcatalog                           | controltower                            
! cost-optimization-hub                    | cur                                     
! customer-profiles                        | databrew                                
! dataexchange                             | datapipeline                            
! datasync                                 | datazone                                
! dax                                      | deadline                                
! detective                                | devicefarm                              
! devops-guru                              | directconnect                           
! discovery                                | dlm                                     
! dms                                      | docdb                                   
! docdb-elastic                            | drs                                     
! ds                                       | ds-data                                 
! dsql                                     | dynamodb                                
! dynamodbstreams                          | ebs                                     
! ec2                                      | ec2-instance-connect                    
! ecr                                      | ecr-public                              
! ecs                                      | efs                                     
! eks                                      | eks-auth                                
! elasticache                              | elasticbeanstalk                        
! elastictranscoder                        | elb                                     
! elbv2                                    | emr                                     
! emr-containers                           | emr-serverless                          
! entityresolution                         | es                                      
! events                                   | evidently                               
! evs                                      | finspace                                
! finspace-data                            | firehose                                
! fis                                      | fms                                     
! forecast                                 | forecastquery                           
! frauddetector                            | freetier                                
! fsx                                      | gamelift                                
! gameliftstreams                          | geo-maps                                
! geo-places                               | geo-routes                              
! glacier                                  | globalaccelerator                       
! glue                                     | grafana                                 
! greengrass                               | greengrassv2                            
! groundstation                            | guardduty                               
! health                                   | healthlake                              
! iam                                      | identitystore                           
! imagebuilder                             | importexport                            
! inspector                                | inspector-scan                          
! inspector2                               | internetmonitor                         
! invoicing                                | iot                                     
! iot-data                                 | iot-jobs-data                           
! iot-managed-integrations                 | iotanalytics                            
! iotdeviceadvisor                         | iotevents                               
! iotevents-data                           | iotfleethub                             
! iotfleetwise                             | iotsecuretunneling                      
! iotsitewise                              | iotthingsgraph                          
! iottwinmaker                             | iotwireless                             
! ivs                                      | ivs-realtime                            
! ivschat                                  | kafka                                   
! kafkaconnect                             | kendra                                  
! kendra-ranking                           | keyspaces                               
! kinesis                                  | kinesis-video-archived-media            
! kinesis-video-media                      | kinesis-video-signaling                 
! kinesis-video-webrtc-storage             | kinesisanalytics                        
! kinesisanalyticsv2                       | kinesisvideo                            
! kms                                      | lakeformation                           
! lambda                                   | launch-wizard                           
! lex-models                               | lex-runtime                             
! lexv2-models                             | lexv2-runtime                           
! license-manager                          | license-manager-linux-subscriptions     
! license-manager-user-subscriptions       | lightsail                               
! location                                 | logs                                    
! lookoutequipment                         | lookoutmetrics                          
! lookoutvision                            | m2                                      
! machinelearning                          | macie2                                  
! mailmanager                              | managedblockchain                       
! managedblockchain-query                  | marketplace-agreement                   
! marketplace-catalog                      | marketplace-deployment                  
! marketplace-entitlement                  | marketplace-reporting                   
! marketplacecommerceanalytics             | mediaconnect                            
! mediaconvert                             | medialive                               
! mediapackage                             | mediapackage-vod                        
! mediapackagev2                           | mediastore                              
! mediastore-data                          | mediatailor                             
! medical-imaging                          | memorydb                                
! meteringmarketplace                      | mgh                                     
! mgn                                      | migration-hub-refactor-spaces           
! migrationhub-config                      | migrationhuborchestrator                
! migrationhubstrategy                     | mq                                      
! mturk                                    | mwaa                                    
! neptune                                  | neptune-graph                           
! neptunedata                              | network-firewall                        
! networkflowmonitor                       | networkmanager                          
! networkmonitor                           | notifications                           
! notificationscontacts                    | oam                                     
! observabilityadmin                       | omics                                   
! opensearch                               | opensearchserverless                    
! opsworks                                 | opsworkscm                              
! organizations                            | osis                                    
! outposts                                 | panorama                                
! partnercentral-selling                   | payment-cryptography                    
! payment-cryptography-data                | pca-connector-ad                        
! pca-connector-scep                       | pcs                                     
! personalize                              | personalize-events                      
! personalize-runtime                      | pi                                      
! pinpoint                                 | pinpoint-email                          
! pinpoint-sms-voice                       | pinpoint-sms-voice-v2                   
! pipes                                    | polly                                   
! pricing                                  | proton                                  
! qapps                                    | qbusiness                               
! qconnect                                 | qldb                                    
! qldb-session                             | quicksight                              
! ram                                      | rbin                                    
! rds                                      | rds-data                                
! redshift                                 | redshift-data                           
! redshift-serverless                      | rekognition                             
! repostspace                              | resiliencehub                           
! resource-explorer-2                      | resource-groups                         
! resourcegroupstaggingapi                 | robomaker                               
! rolesanywhere                            | route53                                 
! route53-recovery-cluster                 | route53-recovery-control-config         
! route53-recovery-readiness               | route53domains                          
! route53profiles                          | route53resolver                         
! rum                                      | s3control                               
! s3outposts                               | s3tables                                
! sagemaker                                | sagemaker-a2i-runtime                   
! sagemaker-edge                           | sagemaker-featurestore-runtime          
! sagemaker-geospatial                     | sagemaker-metrics                       
! sagemaker-runtime                        | savingsplans                            
! scheduler                                | schemas                                 
! sdb                                      | secretsmanager                          
! security-ir                              | securityhub                             
! securitylake                             | serverlessrepo                          
! service-quotas                           | servicecatalog                          
! servicecatalog-appregistry               | servicediscovery                        
! ses                                      | sesv2                                   
! shield                                   | signer                                  
! simspaceweaver                           | sms                                     
! snow-device-management                   | snowball                                
! sns                                      | socialmessaging                         
! sqs                                      | ssm                                     
! ssm-contacts                             | ssm-guiconnect                          
! ssm-incidents                            | ssm-quicksetup                          
! ssm-sap                                  | sso                                     
! sso-admin                                | sso-oidc                                
! stepfunctions                            | storagegateway                          
! sts                                      | supplychain                             
! support                                  | support-app                             
! swf                                      | synthetics                              
! taxsettings                              | textract                                
! timestream-influxdb                      | timestream-query                        
! timestream-write                         | tnb                                     
! transcribe                               | transfer                                
! translate                                | trustedadvisor                          
! verifiedpermissions                      | voice-id                                
! vpc-lattice                              | waf                                     
! waf-regional                             | wafv2                                   
! wellarchitected                          | wisdom                                  
! workdocs                                 | workmail                                
! workmailmessageflow                      | workspaces                              
! workspaces-thin-client                   | workspaces-web                          
! xray                                     | s3api                                   
! s3                                       | ddb                                     
! configure                                | deploy                                  
! configservice                            | opsworks-cm                             
! history                                  | cli-dev                                 
! help                                    
!
!
! Invalid choice: 'ekss', maybe you meant:
!
!   * eks
!
? 252

$ aws ecs list-service
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
! create-capacity-provider                 | create-cluster                          
! create-service                           | create-task-set                         
! delete-account-setting                   | delete-attributes                       
! delete-capacity-provider                 | delete-cluster                          
! delete-service                           | delete-task-definitions                 
! delete-task-set                          | deregister-container-instance           
! deregister-task-definition               | describe-capacity-providers             
! describe-clusters                        | describe-container-instances            
! describe-service-deployments             | describe-service-revisions              
! describe-services                        | describe-task-definition                
! describe-task-sets                       | describe-tasks                          
! discover-poll-endpoint                   | execute-command                         
! get-task-protection                      | list-account-settings                   
! list-attributes                          | list-clusters                           
! list-container-instances                 | list-service-deployments                
! list-services                            | list-services-by-namespace              
! list-tags-for-resource                   | list-task-definition-families           
! list-task-definitions                    | list-tasks                              
! put-account-setting                      | put-account-setting-default             
! put-attributes                           | put-cluster-capacity-providers          
! register-container-instance              | register-task-definition                
! run-task                                 | start-task                              
! stop-service-deployment                  | stop-task                               
! submit-attachment-state-changes          | submit-container-state-change           
! submit-task-state-change                 | tag-resource                            
! untag-resource                           | update-capacity-provider                
! update-cluster                           | update-cluster-settings                 
! update-container-agent                   | update-container-instances-state        
! update-service                           | update-service-primary-task-set         
! update-task-protection                   | update-task-set                         
! deploy                                   | wait                                    
! help                                    
!
!
! Invalid choice: 'list-service', maybe you meant:
!
!   * list-services
!
? 252

$ aws eks describe-cluster --name kubelab --foo bar
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! Unknown options: --foo, bar
!
? 252

$ aws eks describe-cluster --name
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: argument --name: expected one argument
!
? 252

$ aws eks describe-cluster --cli-input kubelab
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: ambiguous option: --cli-input could match --cli-input-json, --cli-input-yaml
!
? 252

$ aws --no eks list-clusters
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: ambiguous option: --no could match --no-verify-ssl, --no-paginate, --no-sign-request, --no-cli-pager, --no-cli-auto-prompt
!
? 252

$ aws eks list-clusters --output bogus
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: argument --output: Invalid choice, valid choices are:
!
! json                                     | text                                    
! table                                    | yaml                                    
! yaml-stream                             
!
? 252

$ aws eks describe-nodegroup --cluster-name kubelab --nodegroup-name ng-nope
!
! An error occurred (ResourceNotFoundException) when calling the DescribeNodegroup operation: No node group found for name: ng-nope.
? 254

$ aws eks list-nodegroups --cluster-name prod
!
! An error occurred (ResourceNotFoundException) when calling the ListNodegroups operation: No cluster found for name: prod.
? 254

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize
!
! Error parsing parameter '--scaling-config': Expected: '=', received: 'EOF' for input:
!  desiredSize
!            ^
? 252

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desired=4,maxSize=0
!
! Parameter validation failed:
! Unknown parameter in scalingConfig: "desired", must be one of: minSize, maxSize, desiredSize
! Invalid value for parameter scalingConfig.maxSize, value: 0, valid min value: 1
? 252

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=four
!
! invalid literal for int() with base 10: 'four'
? 255

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config desiredSize=9
!
! An error occurred (InvalidParameterException) when calling the UpdateNodegroupConfig operation: desiredSize can't be greater than maxSize
? 254

$ aws eks update-nodegroup-config --cluster-name kubelab --nodegroup-name ng-general --scaling-config minSize=1,minSize=2
!
! Error parsing parameter '--scaling-config': Second instance of key "minSize" encountered for input:
! minSize=1,minSize=2
!           ^
! This is often because there is a preceding "," instead of a space.
? 252

$ aws ecs list-services
!
! An error occurred (ClusterNotFoundException) when calling the ListServices operation: Cluster not found.
? 254

$ aws ecs list-services --cluster kubelab --region us-east-1
!
! An error occurred (ClusterNotFoundException) when calling the ListServices operation: Cluster not found.
? 254

$ aws ecs describe-services --cluster kubelab
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! aws: error: the following arguments are required: --services
!
? 252

$ aws ecs update-service --cluster kubelab --service api --desired-count 2
!
! An error occurred (ServiceNotFoundException) when calling the UpdateService operation: Service not found.
? 254

$ aws ecs update-service --cluster kubelab --service web --desired-count two
!
! invalid literal for int() with base 10: 'two'
? 255

$ aws s3 ls
! kubesim: "aws s3" is not simulated yet; try "aws eks list-clusters" or "aws ecs list-services --cluster kubelab"
? 1

$ aws eks describe-cluster --name kubelab --query 'length(cluster.tags)'
! kubesim: --query "length(cluster.tags)" (functions, slices and some other JMESPath) is not simulated yet; try a path such as "cluster.status", "nodegroups[0]" or "services[*].[serviceName,runningCount]"
? 1

$ aws eks list-clusters --output yaml
! kubesim: "--output yaml" is not simulated yet; try "--output json", "--output text" or "--output table"
? 1


# aws sts get-caller-identity: botocore's sts 2011-06-15 model (GetCallerIdentityResponse: UserId, Account, Arn) as
# vendored in awscli 2.27.34; the identity is the role session kubectl auth whoami shows (sim/cluster_access.rs).
# Every aws case was checked against that CLI, run from source on the same response.

$ aws sts get-caller-identity
> {
>     "UserId": "AROAR4KXQ2ZP7VN3MJ5YT:learner",
>     "Account": "123456789012",
>     "Arn": "arn:aws:sts::123456789012:assumed-role/Admin/learner"
> }

$ aws sts get-caller-identity --output text
> 123456789012	arn:aws:sts::123456789012:assumed-role/Admin/learner	AROAR4KXQ2ZP7VN3MJ5YT:learner

$ aws sts get-caller-identity --output table
> ---------------------------------------------------------------------
> |                         GetCallerIdentity                         |
> +---------+---------------------------------------------------------+
> |  Account|  123456789012                                           |
> |  Arn    |  arn:aws:sts::123456789012:assumed-role/Admin/learner   |
> |  UserId |  AROAR4KXQ2ZP7VN3MJ5YT:learner                          |
> +---------+---------------------------------------------------------+

$ aws sts get-caller-identity --query Account --output text
> 123456789012

$ aws sts get-caller-identity --query Arn
> "arn:aws:sts::123456789012:assumed-role/Admin/learner"

$ aws sts get-caller-identity --foo
!
! usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
! To see help text, you can run:
!
!   aws help
!   aws <command> help
!   aws <command> <subcommand> help
!
! Unknown options: --foo
!
? 252

$ aws sts get-caler-identity
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
! assume-role                              | assume-role-with-saml                   
! assume-role-with-web-identity            | assume-root                             
! decode-authorization-message             | get-access-key-info                     
! get-caller-identity                      | get-federation-token                    
! get-session-token                        | help                                    
!
!
! Invalid choice: 'get-caler-identity', maybe you meant:
!
!   * get-caller-identity
!
? 252

$ aws sts
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

$ kubectl auth whoami
> ATTRIBUTE                                              VALUE
> Username                                               arn:aws:sts::123456789012:assumed-role/Admin/learner
> UID                                                    aws-iam-authenticator:123456789012:AROAR4KXQ2ZP7VN3MJ5YT
> Groups                                                 [system:authenticated]
> Extra: accessKeyId                                     [ASIAR4KXQ2ZPHW6TBL3N]
> Extra: arn                                             [arn:aws:sts::123456789012:assumed-role/Admin/learner]
> Extra: canonicalArn                                    [arn:aws:iam::123456789012:role/Admin]
> Extra: principalId                                     [AROAR4KXQ2ZP7VN3MJ5YT]
> Extra: sessionName                                     [learner]
> Extra: sigs.k8s.io/aws-iam-authenticator/principalId   [AROAR4KXQ2ZP7VN3MJ5YT]


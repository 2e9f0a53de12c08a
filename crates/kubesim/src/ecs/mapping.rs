//! What each EKS action the course models would have been in ECS: the
//! command that mirrors it, or why there is none, in English and Japanese.
//! Every match is exhaustive, so a new action cannot lack its text.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EksAction {
    Cordon,
    Uncordon,
    Drain,
    /// Deleting a pod a Deployment owns.
    DeleteDeploymentPod,
    /// Deleting a pod no controller owns.
    DeleteBarePod,
    ScaleDeployment,
    RolloutRestart,
    NodeGroupDesiredSize,
    NodeGroupVersionUpgrade,
    NodeFailure,
    FargatePod,
    PodDisruptionBudget,
    Taint,
    LabelNode,
    DaemonSet,
}

/// The ECS side of an EKS action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counterpart {
    /// The command that mirrors it; None when ECS has no such action.
    pub ecs_command: Option<&'static str>,
    pub en: &'static str,
    pub ja: &'static str,
}

impl EksAction {
    pub const ALL: [EksAction; 15] = [
        EksAction::Cordon,
        EksAction::Uncordon,
        EksAction::Drain,
        EksAction::DeleteDeploymentPod,
        EksAction::DeleteBarePod,
        EksAction::ScaleDeployment,
        EksAction::RolloutRestart,
        EksAction::NodeGroupDesiredSize,
        EksAction::NodeGroupVersionUpgrade,
        EksAction::NodeFailure,
        EksAction::FargatePod,
        EksAction::PodDisruptionBudget,
        EksAction::Taint,
        EksAction::LabelNode,
        EksAction::DaemonSet,
    ];

    /// The EKS side, as a learner would type or meet it.
    pub fn eks_command(self) -> &'static str {
        match self {
            EksAction::Cordon => "kubectl cordon NODE",
            EksAction::Uncordon => "kubectl uncordon NODE",
            EksAction::Drain => "kubectl drain NODE --ignore-daemonsets",
            EksAction::DeleteDeploymentPod => "kubectl delete pod POD",
            EksAction::DeleteBarePod => "kubectl delete pod POD",
            EksAction::ScaleDeployment => "kubectl scale deployment NAME --replicas=N",
            EksAction::RolloutRestart => "kubectl rollout restart deployment NAME",
            EksAction::NodeGroupDesiredSize => {
                "aws eks update-nodegroup-config --cluster-name CLUSTER --nodegroup-name NG --scaling-config desiredSize=N"
            }
            EksAction::NodeGroupVersionUpgrade => {
                "aws eks update-nodegroup-version --cluster-name CLUSTER --nodegroup-name NG"
            }
            EksAction::NodeFailure => "(a node goes NotReady)",
            EksAction::FargatePod => "(a pod matching a Fargate profile)",
            EksAction::PodDisruptionBudget => "kubectl create pdb NAME --selector=app=web --min-available=N",
            EksAction::Taint => "kubectl taint node NODE KEY=VALUE:NoSchedule",
            EksAction::LabelNode => "kubectl label node NODE KEY=VALUE",
            EksAction::DaemonSet => "(a DaemonSet)",
        }
    }

    pub fn counterpart(self) -> Counterpart {
        match self {
            EksAction::Cordon => Counterpart {
                ecs_command: None,
                en: "ECS has no cordon. The nearest state, DRAINING, also stops new placements, but at once \
                     starts moving service tasks off the instance: ECS has no \"keep what runs, place nothing \
                     new\" state. Placement constraints can steer new tasks away, but they are set per service \
                     or task.",
                ja: "ECS には cordon に当たる操作がありません。いちばん近い DRAINING も新しいタスクの配置を止め\
                     ますが、同時にサービスのタスクを別のインスタンスへ移し始めます。「動いているものはそのまま、\
                     新規の配置だけ止める」という状態は ECS にはありません。タスク配置制約で新しいタスクを避けさ\
                     せることはできますが、設定はサービスやタスクごとです。",
            },
            EksAction::Uncordon => Counterpart {
                ecs_command: Some("aws ecs update-container-instances-state --container-instances ID --status ACTIVE"),
                en: "Setting the instance back to ACTIVE lets the scheduler place tasks on it again and ends a \
                     drain in progress. As with uncordon, tasks that already moved away do not come back by \
                     themselves.",
                ja: "インスタンスを ACTIVE に戻すと、スケジューラーは再びそこへタスクを配置できるようになり、\
                     進行中のドレインも止まります。uncordon と同じく、すでに移ったタスクが自動で戻ってくること\
                     はありません。",
            },
            EksAction::Drain => Counterpart {
                ecs_command: Some("aws ecs update-container-instances-state --container-instances ID --status DRAINING"),
                en: "DRAINING stops new placements and replaces service tasks on other instances within each \
                     service's minimumHealthyPercent and maximumPercent. Unlike kubectl drain it is not a loop \
                     run by the client: ECS does the work and the command returns at once. Standalone tasks \
                     (RunTask) keep running, and daemon tasks stop last, once the replica tasks have gone.",
                ja: "DRAINING にすると新しい配置が止まり、サービスのタスクは各サービスの minimumHealthyPercent \
                     と maximumPercent の範囲で別のインスタンスに置き換えられます。kubectl drain のようにクライ\
                     アント側で Pod を順に退避させるのではなく ECS 側が処理するので、コマンドはすぐに戻ります。\
                     RunTask で起動したスタンドアロンタスクは止まらずに残り、デーモンタスクはレプリカタスクがい\
                     なくなってから最後に停止します。",
            },
            EksAction::DeleteDeploymentPod => Counterpart {
                ecs_command: Some("aws ecs stop-task --task ID"),
                en: "Stopping a service's task is the same move: the service scheduler sees fewer tasks than \
                     desired and starts a replacement, possibly on another instance.",
                ja: "サービスのタスクを停止するのは同じ操作です。サービススケジューラーがタスク数が desiredCount \
                     を下回ったことを検知して代わりのタスクを起動します。別のインスタンスに置かれることもあります。",
            },
            EksAction::DeleteBarePod => Counterpart {
                ecs_command: Some("aws ecs stop-task --task ID"),
                en: "A task started with RunTask has no service behind it, as a bare pod has no controller: \
                     once stopped it is gone for good, and nothing starts another.",
                ja: "RunTask で起動したタスクには、コントローラーのないベア Pod と同じく、背後にサービスがあり\
                     ません。停止すればそれきりで、代わりのタスクは起動されません。",
            },
            EksAction::ScaleDeployment => Counterpart {
                ecs_command: Some("aws ecs update-service --service NAME --desired-count N"),
                en: "desiredCount plays the part of replicas: the service scheduler starts or stops tasks to \
                     match it, spreading them over Availability Zones.",
                ja: "desiredCount が replicas に当たります。サービススケジューラーがタスクを起動・停止して数を合\
                     わせ、アベイラビリティーゾーンに分散させます。",
            },
            EksAction::RolloutRestart => Counterpart {
                ecs_command: Some("aws ecs update-service --service NAME --force-new-deployment"),
                en: "A new deployment of the same task definition replaces every task, batch by batch, within \
                     minimumHealthyPercent and maximumPercent, ECS's counterparts of maxUnavailable and maxSurge.",
                ja: "同じタスク定義で新しいデプロイが作られ、すべてのタスクが minimumHealthyPercent と \
                     maximumPercent の範囲で順に置き換えられます。この 2 つが Deployment の maxUnavailable と \
                     maxSurge に当たります。",
            },
            EksAction::NodeGroupDesiredSize => Counterpart {
                ecs_command: Some(
                    "aws autoscaling set-desired-capacity --auto-scaling-group-name ASG --desired-capacity N",
                ),
                en: "Both stand on an EC2 Auto Scaling group. In ECS you resize the group behind the capacity \
                     provider, or let managed scaling size it from the target capacity; new instances register \
                     as container instances. Before scaling in, instances should be drained, which managed \
                     instance draining and termination protection take care of.",
                ja: "どちらも EC2 Auto Scaling グループの上に成り立っています。ECS ではキャパシティープロバイダー\
                     の背後にある Auto Scaling グループの希望容量を変えます（マネージドスケーリングを有効にすれば\
                     ターゲット容量に合わせて自動で調整されます）。新しいインスタンスはコンテナインスタンスとして\
                     登録されます。スケールインの前にはインスタンスをドレインしておく必要があり、マネージドインス\
                     タンスドレイニングと終了保護がそれを引き受けます。",
            },
            EksAction::NodeGroupVersionUpgrade => Counterpart {
                ecs_command: Some("aws autoscaling start-instance-refresh --auto-scaling-group-name ASG"),
                en: "ECS has no managed node group upgrade. You point the launch template at a newer \
                     ECS-optimized AMI and replace the instances, for example with an Auto Scaling instance \
                     refresh; with managed instance draining each old instance is set to DRAINING before it is \
                     terminated, so the tasks move as they would in EKS.",
                ja: "ECS にはマネージドノードグループのアップグレードに当たる操作がありません。起動テンプレート\
                     を新しい ECS 最適化 AMI に向け、Auto Scaling のインスタンスの更新などでインスタンスを入れ替え\
                     ます。マネージドインスタンスドレイニングを有効にしておけば、古いインスタンスは終了前に \
                     DRAINING になるので、タスクは EKS と同じように移っていきます。",
            },
            EksAction::NodeFailure => Counterpart {
                ecs_command: None,
                en: "When an instance's agent disconnects, ECS keeps its tasks as last reported (RUNNING) and \
                     does not replace them; it only places nothing new there. They are stopped and replaced \
                     when the instance is terminated and deregistered, e.g. after the Auto Scaling health check \
                     replaces it. Kubernetes instead evicts the pods of a NotReady node after about five minutes.",
                ja: "インスタンスのエージェントが切断されても、ECS はそのタスクを最後に報告された状態（RUNNING）\
                     のまま扱い、置き換えません。新しいタスクをそこに配置しなくなるだけです。タスクが停止して置き\
                     換えられるのは、インスタンスが終了して登録解除されたとき（たとえば Auto Scaling のヘルスチェッ\
                     クで入れ替えられた後）です。Kubernetes では、NotReady になったノードの Pod はおよそ 5 分後\
                     に退避されます。",
            },
            EksAction::FargatePod => Counterpart {
                ecs_command: Some("aws ecs run-task --task-definition TD --launch-type FARGATE"),
                en: "In ECS you choose Fargate per task or service (launch type FARGATE or the FARGATE capacity \
                     provider), not through a profile that matches namespaces and labels. Each task gets its own \
                     ENI and private IP and goes through PROVISIONING; there is no container instance, and daemon \
                     services do not run on Fargate, as DaemonSets do not on EKS Fargate.",
                ja: "ECS では、名前空間やラベルに一致するプロファイルではなく、タスクやサービスごとに Fargate を\
                     選びます（起動タイプ FARGATE または FARGATE キャパシティープロバイダー）。各タスクは専用の \
                     ENI とプライベート IP を持ち、PROVISIONING を経て起動します。コンテナインスタンスはなく、EKS \
                     の Fargate で DaemonSet が動かないのと同じく、デーモンサービスも Fargate では動きません。",
            },
            EksAction::PodDisruptionBudget => Counterpart {
                ecs_command: None,
                en: "ECS has no PodDisruptionBudget. A service's minimumHealthyPercent does its job: while \
                     draining or deploying, the scheduler stops a task only if at least that share of the desired \
                     count stays RUNNING. It is a setting of the service, not a separate object, and it never \
                     refuses an action: with no room elsewhere, tasks just stay on the draining instance.",
                ja: "ECS に PodDisruptionBudget はありません。その役割を担うのがサービスの minimumHealthyPercent \
                     です。ドレイン中やデプロイ中、スケジューラーは desiredCount のこの割合以上が RUNNING のまま\
                     保たれる範囲でしかタスクを停止しません。別のオブジェクトではなくサービスの設定の一部で、操作\
                     をエラーで拒むこともありません。ほかに空きがなければ、タスクはドレイン中のインスタンスにその\
                     まま残ります。",
            },
            EksAction::Taint => Counterpart {
                ecs_command: None,
                en: "ECS has no taints or tolerations. Task placement constraints (memberOf expressions on \
                     attributes, distinctInstance) are set on the service or task and pick instances from the \
                     task's side; an instance cannot keep tasks away by itself.",
                ja: "ECS にテイントとトレラレーションはありません。代わりにタスク配置制約（属性に対する memberOf \
                     式や distinctInstance）をサービスやタスクに設定し、タスクの側からインスタンスを選びます。\
                     インスタンスの側からタスクを遠ざけることはできません。",
            },
            EksAction::LabelNode => Counterpart {
                ecs_command: Some("aws ecs put-attributes --attributes name=KEY,value=VALUE,targetId=ARN"),
                en: "Custom attributes on a container instance play the part of node labels, and placement \
                     constraints select on them (attribute:KEY == VALUE) as nodeSelector does on labels. ECS sets \
                     some itself, such as ecs.availability-zone and ecs.instance-type.",
                ja: "コンテナインスタンスのカスタム属性がノードラベルに当たります。nodeSelector がラベルで選ぶ\
                     ように、配置制約で属性を使って選びます（attribute:KEY == VALUE）。ecs.availability-zone や \
                     ecs.instance-type のように、ECS 自身が付ける属性もあります。",
            },
            EksAction::DaemonSet => Counterpart {
                ecs_command: Some("aws ecs create-service --service-name NAME --scheduling-strategy DAEMON"),
                en: "A daemon service runs one task on every ACTIVE container instance that has room, as a \
                     DaemonSet runs one pod per node. On a draining instance its task stops last, after the \
                     replica tasks; it never runs on Fargate.",
                ja: "デーモンサービスは、DaemonSet がノードごとに Pod を 1 つ動かすように、空きのあるすべての \
                     ACTIVE なコンテナインスタンスでタスクを 1 つずつ動かします。ドレイン中のインスタンスでは、\
                     レプリカタスクがいなくなってから最後に停止します。Fargate では動きません。",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_text_in_both_languages() {
        for action in EksAction::ALL {
            let c = action.counterpart();
            assert!(c.en.len() > 40, "{action:?}");
            assert!(
                c.ja.chars().any(|ch| ('\u{3040}'..='\u{30ff}').contains(&ch)),
                "{action:?} ja is Japanese"
            );
            let polite = ["ます。", "です。", "ません。"];
            assert!(polite.iter().any(|p| c.ja.ends_with(p)), "{action:?} ja is polite");
            assert!(!c.en.contains("  ") && !c.ja.contains("  "), "{action:?} has no doubled spaces");
            assert!(!action.eks_command().is_empty());
            if let Some(cmd) = c.ecs_command {
                assert!(cmd.starts_with("aws "), "{cmd}");
            }
        }
    }

    #[test]
    fn the_course_pairs_hold() {
        let cmd = |a: EksAction| a.counterpart().ecs_command.unwrap_or_default();
        assert!(cmd(EksAction::Drain).ends_with("--status DRAINING"));
        assert!(cmd(EksAction::ScaleDeployment).contains("--desired-count"));
        assert!(cmd(EksAction::RolloutRestart).contains("--force-new-deployment"));
        assert!(cmd(EksAction::DeleteDeploymentPod).starts_with("aws ecs stop-task"));
        for none in
            [EksAction::Cordon, EksAction::PodDisruptionBudget, EksAction::Taint, EksAction::NodeFailure]
        {
            assert_eq!(none.counterpart().ecs_command, None, "{none:?}");
        }
        assert!(EksAction::PodDisruptionBudget.counterpart().en.contains("minimumHealthyPercent"));
    }
}

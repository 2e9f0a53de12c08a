# --lang ja: help, reset and exit speak Japanese; bash's own errors stay in
# English, as on a machine with LANG=C.
#! --lang ja

$ help
> KubeLab のターミナルです。相手はシミュレーションの Amazon EKS クラスターで、
> 隣には同じワークロードを ECS で動かした「ECS の双子」がいます。kubectl と aws
> は kubectl v1.31 / AWS CLI v2 と同じ形で答えます。本物の AWS アカウントは
> 使わないので、何を試しても壊れる心配はありません。
>
> 様子を見る（kubectl）
>   kubectl get TYPE [NAME]       一覧を表示。TYPE には nodes, pods,
>                                 deployments, daemonsets, services, events,
>                                 pdb などを指定（-o wide|yaml|json、
>                                 -n NAMESPACE、-A も使えます）
>   kubectl describe TYPE NAME    1 つのオブジェクトの詳細と最近のイベント
>   kubectl top nodes|pods        CPU とメモリの使用量
>   kubectl cluster-info、kubectl version、kubectl api-resources、
>   kubectl explain TYPE
>
> 変更する（kubectl）
>   kubectl cordon NODE           ノードに新しい Pod を置かないようにする
>   kubectl uncordon NODE         また Pod を置けるように戻す
>   kubectl drain NODE --ignore-daemonsets
>                                 cordon したうえで Pod を退避させる
>   kubectl delete pod NAME       削除（管理元のある Pod は作り直されます）
>   kubectl scale deployment NAME --replicas=N
>   kubectl rollout status|restart deployment/NAME
>   kubectl label、kubectl taint  ノードのラベルや taint を変更
>   kubectl wait --for=...        条件がそろうまで待つ
>   kubectl                       kubectl の全コマンド（本物と同じ一覧）
>
> Amazon EKS・ECS・EC2（aws）
>   aws eks update-kubeconfig --name NAME      kubectl の接続先にする
>   aws eks list-clusters、aws eks describe-cluster --name NAME
>   aws eks list-nodegroups、aws eks describe-nodegroup
>   aws eks update-nodegroup-config            ノードグループの台数を変える
>   aws eks update-nodegroup-version           ノードグループを更新する
>   aws eks list-fargate-profiles
>   aws ecs list-container-instances、aws ecs describe-container-instances
>   aws ecs update-container-instances-state   --status DRAINING が ECS 流の
>                                              ドレイン
>   aws ecs describe-services、aws ecs update-service、aws ecs list-tasks
>   aws ec2 describe-instances                 ノードグループの EC2 インスタンス
>   aws autoscaling describe-auto-scaling-groups
>                                              その Auto Scaling グループ
>   aws sts get-caller-identity                AWS CLI が使う IAM ロール
>   --output json|text|table、--query          aws の出力の形を選ぶ
>
> このターミナルのコマンド
>   help [en|ja]    このヘルプ（英語または日本語で）
>   history [N]     入力した行の履歴（history -c で消去）
>   clear           画面を消去（Ctrl+L でも同じ）
>   sleep 30s       シミュレーションの時間を進める（単位は s, m, h, d）
>   reset           クラスターをシナリオの最初からやり直す
>   echo TEXT       TEXT をそのまま表示
>   # TEXT          コメント（行の残りは無視されます）
>
> ヒント
>   Tab キーでコマンド、リソースの種類、名前、フラグを補完できます。候補が
>   いくつもあるときは Tab を 2 回押すと一覧が出ます。↑ / ↓ で前に入力した
>   行を呼び出し、Ctrl+C で入力中の行を取り消せます。k というエイリアスは
>   ないので、kubectl と省略せずに入力してください。

$ help en
> KubeLab terminal: a simulated Amazon EKS cluster, with its ECS twin beside it.
> kubectl and aws answer as kubectl v1.31 and AWS CLI v2 would. No real AWS
> account is involved, so nothing you do here can break anything.
>
> Look around (kubectl)
>   kubectl get TYPE [NAME]       list objects. TYPE is nodes, pods, deployments,
>                                 daemonsets, services, events, pdb, ...
>                                 (-o wide|yaml|json, -n NAMESPACE, -A)
>   kubectl describe TYPE NAME    one object in detail, with its recent events
>   kubectl top nodes|pods        CPU and memory in use
>   kubectl cluster-info, kubectl version, kubectl api-resources,
>   kubectl explain TYPE
>
> Change things (kubectl)
>   kubectl cordon NODE           keep new pods off a node
>   kubectl uncordon NODE         let new pods land on it again
>   kubectl drain NODE --ignore-daemonsets
>                                 cordon a node, then evict its pods
>   kubectl delete pod NAME       delete (a pod with an owner gets replaced)
>   kubectl scale deployment NAME --replicas=N
>   kubectl rollout status|restart deployment/NAME
>   kubectl label, kubectl taint  change a node's labels or taints
>   kubectl wait --for=...        wait until a condition holds
>   kubectl                       every kubectl command, as kubectl lists them
>
> Amazon EKS, ECS and EC2 (aws)
>   aws eks update-kubeconfig --name NAME      point kubectl at the cluster
>   aws eks list-clusters, aws eks describe-cluster --name NAME
>   aws eks list-nodegroups, aws eks describe-nodegroup
>   aws eks update-nodegroup-config            resize a node group
>   aws eks update-nodegroup-version           upgrade a node group
>   aws eks list-fargate-profiles
>   aws ecs list-container-instances, aws ecs describe-container-instances
>   aws ecs update-container-instances-state   --status DRAINING: ECS's drain
>   aws ecs describe-services, aws ecs update-service, aws ecs list-tasks
>   aws ec2 describe-instances                 the node groups' EC2 instances
>   aws autoscaling describe-auto-scaling-groups
>                                              the Auto Scaling group of each
>   aws sts get-caller-identity                who the AWS CLI acts as
>   --output json|text|table, --query          how aws prints its answer
>
> This terminal
>   help [en|ja]    this help, in English or in Japanese
>   history [N]     the lines you typed (history -c forgets them)
>   clear           clear the screen (Ctrl+L does too)
>   sleep 30s       let simulated time pass (s, m, h or d)
>   reset           start the cluster over from its scenario
>   echo TEXT       print TEXT
>   # TEXT          a comment: the rest of the line is ignored
>
> Tips
>   Tab completes commands, resource types, names and flags; press it twice
>   to see every choice. Up and Down bring back earlier lines; Ctrl+C drops
>   the line you are typing. There is no "k" alias here: type kubectl.

$ sleep 12h

$ reset
> クラスターをシナリオの最初の状態に戻しました（時計も巻き戻しています）。

$ reset now
! reset に引数は要りません（クラスター全体を最初からやり直します）。
? 2

$ exit
> このターミナルは KubeLab の一部なので閉じられません。クラスターを最初からやり直すには reset と入力してください。

$ help nodes
! bash: help: no help topics match `nodes'.  Try `help', `help en' or `help ja'.
? 1


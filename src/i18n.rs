//! Every string the interface shows, in both languages. One exhaustive `match`
//! per language: a message without its Japanese or English text does not
//! compile.

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The BCP 47 code, as used in `?lang=`, localStorage and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// The language to open in: an explicit `?lang=` wins, then the learner's
    /// saved choice, then the browser's language. Unreadable values are
    /// skipped, never fatal.
    pub fn choose(query: Option<&str>, saved: Option<&str>, browser: Option<&str>) -> Lang {
        query.and_then(Lang::from_code).or_else(|| saved.and_then(Lang::from_code)).unwrap_or_else(|| {
            match browser {
                Some(tag) if tag.to_ascii_lowercase().starts_with("ja") => Lang::Ja,
                _ => Lang::En,
            }
        })
    }

    /// "1 node", "3 nodes"; Japanese counts machines with 台.
    pub fn node_count(self, n: usize) -> String {
        match (self, n) {
            (Lang::En, 1) => "1 node".to_owned(),
            (Lang::En, n) => format!("{n} nodes"),
            (Lang::Ja, n) => format!("{n} 台"),
        }
    }

    /// The language the terminal's own commands (`help`, `reset`) answer in.
    pub fn shell_language(self) -> kubesim::shell::Language {
        match self {
            Lang::En => kubesim::shell::Language::English,
            Lang::Ja => kubesim::shell::Language::Japanese,
        }
    }

    /// The language's own name, shown on the toggle.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }
}

/// A message of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Tagline,
    LanguageLabel,
    LessonPane,
    ClusterPane,
    EksHeading,
    EcsHeading,
    EcsIntro,
    TerminalPane,
    TerminalInput,
    TerminalWelcome,
    NodeReady,
    NodeNotReady,
    ZoneLabel,
    ControlPlane,
    NodeUnknown,
    NodeSchedulingDisabled,
    FargateNode,
    PodsOnNode,
    Unscheduled,
    LegendLabel,
    LegendRunning,
    LegendStarting,
    LegendTerminating,
    LegendNotReady,
    LegendDaemon,
    EcsCluster,
    AgentDisconnected,
    TasksOnInstance,
    NoInstances,
    FargateTasks,
    ServicesHeading,
    ServiceName,
    ServiceStrategy,
    ServiceDesired,
    ServiceRunning,
    ServicePending,
    ReferenceSummary,
    NoCounterpart,
    ClockLabel,
    ClockPause,
    ClockRealTime,
    ClockFast,
    ClockTime,
}

impl Msg {
    pub const ALL: [Msg; 43] = [
        Msg::Tagline,
        Msg::LanguageLabel,
        Msg::LessonPane,
        Msg::ClusterPane,
        Msg::EksHeading,
        Msg::EcsHeading,
        Msg::EcsIntro,
        Msg::TerminalPane,
        Msg::TerminalInput,
        Msg::TerminalWelcome,
        Msg::NodeReady,
        Msg::NodeNotReady,
        Msg::ZoneLabel,
        Msg::ControlPlane,
        Msg::NodeUnknown,
        Msg::NodeSchedulingDisabled,
        Msg::FargateNode,
        Msg::PodsOnNode,
        Msg::Unscheduled,
        Msg::LegendLabel,
        Msg::LegendRunning,
        Msg::LegendStarting,
        Msg::LegendTerminating,
        Msg::LegendNotReady,
        Msg::LegendDaemon,
        Msg::EcsCluster,
        Msg::AgentDisconnected,
        Msg::TasksOnInstance,
        Msg::NoInstances,
        Msg::FargateTasks,
        Msg::ServicesHeading,
        Msg::ServiceName,
        Msg::ServiceStrategy,
        Msg::ServiceDesired,
        Msg::ServiceRunning,
        Msg::ServicePending,
        Msg::ReferenceSummary,
        Msg::NoCounterpart,
        Msg::ClockLabel,
        Msg::ClockPause,
        Msg::ClockRealTime,
        Msg::ClockFast,
        Msg::ClockTime,
    ];

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(self) -> &'static str {
        match self {
            Msg::Tagline => "Kubernetes on Amazon EKS, for ECS admins",
            Msg::LanguageLabel => "Language",
            Msg::LessonPane => "Lesson",
            Msg::ClusterPane => "Cluster",
            Msg::EksHeading => "EKS cluster",
            Msg::EcsHeading => "ECS twin",
            Msg::EcsIntro => "The same workload on ECS, kept in step.",
            Msg::TerminalPane => "Terminal",
            Msg::TerminalInput => "Command line",
            Msg::TerminalWelcome => {
                "Type a command and press Enter. Try: kubectl get nodes (help lists the rest; Tab completes)"
            }
            Msg::NodeReady => "Ready",
            Msg::NodeNotReady => "NotReady",
            Msg::ZoneLabel => "Availability Zone",
            Msg::ControlPlane => "Control plane (managed by AWS)",
            Msg::NodeUnknown => "Unknown",
            Msg::NodeSchedulingDisabled => "SchedulingDisabled",
            Msg::FargateNode => "Fargate (one pod per node)",
            Msg::PodsOnNode => "Pods",
            Msg::Unscheduled => "Unscheduled (Pending)",
            Msg::LegendLabel => "Pod states",
            Msg::LegendRunning => "running, ready",
            Msg::LegendStarting => "starting",
            Msg::LegendTerminating => "terminating",
            Msg::LegendNotReady => "not ready",
            Msg::LegendDaemon => "DaemonSet pod",
            Msg::EcsCluster => "Container instances by Availability Zone",
            Msg::AgentDisconnected => "agent disconnected",
            Msg::TasksOnInstance => "Tasks",
            Msg::NoInstances => "No container instances",
            Msg::FargateTasks => "Fargate tasks",
            Msg::ServicesHeading => "Services",
            Msg::ServiceName => "Service",
            Msg::ServiceStrategy => "Strategy",
            Msg::ServiceDesired => "Desired",
            Msg::ServiceRunning => "Running",
            Msg::ServicePending => "Pending",
            Msg::ReferenceSummary => "EKS ⇄ ECS: each action in ECS terms",
            Msg::NoCounterpart => "no counterpart in ECS",
            Msg::ClockLabel => "Simulated clock",
            Msg::ClockPause => "Pause",
            Msg::ClockRealTime => "1× real time",
            Msg::ClockFast => "10× fast",
            Msg::ClockTime => "Simulated time, UTC",
        }
    }

    fn ja(self) -> &'static str {
        match self {
            Msg::Tagline => "ECS 管理者のための Amazon EKS 上の Kubernetes",
            Msg::LanguageLabel => "言語",
            Msg::LessonPane => "レッスン",
            Msg::ClusterPane => "クラスター",
            Msg::EksHeading => "EKS クラスター",
            Msg::EcsHeading => "ECS の双子",
            Msg::EcsIntro => "同じワークロードを ECS で動かした姿",
            Msg::TerminalPane => "ターミナル",
            Msg::TerminalInput => "コマンド入力",
            Msg::TerminalWelcome => "コマンドを入力して Enter を押してください。例: kubectl get nodes（help で使えるコマンドの一覧、Tab で補完）",
            Msg::NodeReady => "Ready",
            Msg::NodeNotReady => "NotReady",
            Msg::ZoneLabel => "アベイラビリティーゾーン",
            Msg::ControlPlane => "コントロールプレーン (AWS が管理)",
            Msg::NodeUnknown => "Unknown",
            Msg::NodeSchedulingDisabled => "SchedulingDisabled (cordon 済み)",
            Msg::FargateNode => "Fargate (1 ノードに Pod 1 つ)",
            Msg::PodsOnNode => "Pod",
            Msg::Unscheduled => "未スケジュール (Pending)",
            Msg::LegendLabel => "Pod の状態",
            Msg::LegendRunning => "Running (Ready)",
            Msg::LegendStarting => "起動中",
            Msg::LegendTerminating => "終了中",
            Msg::LegendNotReady => "Ready でない",
            Msg::LegendDaemon => "DaemonSet の Pod",
            Msg::EcsCluster => "アベイラビリティーゾーン別のコンテナインスタンス",
            Msg::AgentDisconnected => "エージェント切断",
            Msg::TasksOnInstance => "タスク",
            Msg::NoInstances => "コンテナインスタンスはありません",
            Msg::FargateTasks => "Fargate タスク",
            Msg::ServicesHeading => "サービス",
            Msg::ServiceName => "サービス",
            Msg::ServiceStrategy => "戦略",
            Msg::ServiceDesired => "必要数",
            Msg::ServiceRunning => "実行中",
            Msg::ServicePending => "保留中",
            Msg::ReferenceSummary => "EKS ⇄ ECS: 各操作を ECS で言うと",
            Msg::NoCounterpart => "ECS に対応する操作なし",
            Msg::ClockLabel => "シミュレーション時計",
            Msg::ClockPause => "一時停止",
            Msg::ClockRealTime => "1× 実時間",
            Msg::ClockFast => "10× 早送り",
            Msg::ClockTime => "シミュレーション時刻 (UTC)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_text_in_every_language() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!msg.text(lang).trim().is_empty(), "{msg:?} is blank in {lang:?}");
            }
        }
    }

    #[test]
    fn prose_is_translated_not_copied() {
        // Status words are Kubernetes' own and stay as they are; prose differs.
        for msg in [
            Msg::Tagline,
            Msg::LessonPane,
            Msg::EcsIntro,
            Msg::TerminalWelcome,
            Msg::Unscheduled,
            Msg::AgentDisconnected,
            Msg::ReferenceSummary,
            Msg::NoCounterpart,
            Msg::ClockLabel,
        ] {
            assert_ne!(msg.en(), msg.ja(), "{msg:?}");
        }
    }

    #[test]
    fn query_beats_saved_beats_browser() {
        assert_eq!(Lang::choose(Some("ja"), Some("en"), Some("en-US")), Lang::Ja);
        assert_eq!(Lang::choose(None, Some("ja"), Some("en-US")), Lang::Ja);
        assert_eq!(Lang::choose(None, None, Some("ja-JP")), Lang::Ja);
        assert_eq!(Lang::choose(None, None, Some("fr")), Lang::En);
    }

    #[test]
    fn node_counts_agree_in_number() {
        assert_eq!(Lang::En.node_count(1), "1 node");
        assert_eq!(Lang::En.node_count(3), "3 nodes");
        assert_eq!(Lang::Ja.node_count(3), "3 台");
    }

    #[test]
    fn unreadable_choices_fall_through() {
        assert_eq!(Lang::choose(Some("klingon"), Some("{broken"), Some("ja")), Lang::Ja);
        assert_eq!(Lang::choose(Some(""), None, None), Lang::En);
    }
}

//! Every string the interface shows, in both languages. One exhaustive `match`
//! per language (`en.rs`, `ja.rs`): a message without its Japanese or English
//! text does not compile.

mod en;
mod ja;

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

    /// "Step 3 of 10", above a step.
    pub fn step_of(self, n: usize, total: usize) -> String {
        match self {
            Lang::En => format!("Step {n} of {total}"),
            Lang::Ja => format!("ステップ {n} / {total}"),
        }
    }

    /// "3 of 10 steps done", under a lesson's title.
    pub fn steps_done(self, done: usize, total: usize) -> String {
        match self {
            Lang::En => format!("{done} of {total} steps done"),
            Lang::Ja => format!("全 {total} ステップ中 {done} ステップ完了"),
        }
    }

    /// What the terminal says the moment a step is done.
    pub fn step_done(self, n: usize) -> String {
        match self {
            Lang::En => format!("✓ Step {n} done"),
            Lang::Ja => format!("✓ ステップ {n} 完了"),
        }
    }

    /// "Lesson 3".
    pub fn lesson_number(self, n: usize) -> String {
        match self {
            Lang::En => format!("Lesson {n}"),
            Lang::Ja => format!("レッスン {n}"),
        }
    }

    /// The language the terminal's own commands (`help`, `reset`) answer in.
    pub fn shell_language(self) -> kubesim::shell::Language {
        match self {
            Lang::En => kubesim::shell::Language::English,
            Lang::Ja => kubesim::shell::Language::Japanese,
        }
    }

    /// The page language that speaks as the shell does in `language`.
    pub fn from_shell(language: kubesim::shell::Language) -> Lang {
        match language {
            kubesim::shell::Language::English => Lang::En,
            kubesim::shell::Language::Japanese => Lang::Ja,
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
    CourseLabel,
    SandboxOption,
    StepsHeading,
    StepDoneMark,
    StepCurrentMark,
    Hint,
    ShowSolution,
    SolutionAsk,
    SolutionYes,
    SolutionNo,
    SolutionHeading,
    StepEcs,
    PreviousStep,
    NextStep,
    ResetLesson,
    ResetAsk,
    ResetYes,
    Cancel,
    LessonComplete,
    NextLesson,
    ToSandbox,
    LeaveSandboxAsk,
    LeaveSandboxYes,
    Stay,
    SandboxScenario,
    ScenarioBasic,
    ScenarioFargate,
    ScenarioOutdated,
    SandboxRestart,
    SandboxRestartAsk,
    RunLabel,
    LessonOpened,
    LessonResumed,
    SessionRestored,
    SessionUnreadable,
    SessionDiverged,
    SessionNotSaved,
    SessionTooLong,
    StorageUnavailable,
    SandboxOpened,
}

impl Msg {
    pub const ALL: [Msg; 83] = [
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
        Msg::CourseLabel,
        Msg::SandboxOption,
        Msg::StepsHeading,
        Msg::StepDoneMark,
        Msg::StepCurrentMark,
        Msg::Hint,
        Msg::ShowSolution,
        Msg::SolutionAsk,
        Msg::SolutionYes,
        Msg::SolutionNo,
        Msg::SolutionHeading,
        Msg::StepEcs,
        Msg::PreviousStep,
        Msg::NextStep,
        Msg::ResetLesson,
        Msg::ResetAsk,
        Msg::ResetYes,
        Msg::Cancel,
        Msg::LessonComplete,
        Msg::NextLesson,
        Msg::ToSandbox,
        Msg::LeaveSandboxAsk,
        Msg::LeaveSandboxYes,
        Msg::Stay,
        Msg::SandboxScenario,
        Msg::ScenarioBasic,
        Msg::ScenarioFargate,
        Msg::ScenarioOutdated,
        Msg::SandboxRestart,
        Msg::SandboxRestartAsk,
        Msg::RunLabel,
        Msg::LessonOpened,
        Msg::LessonResumed,
        Msg::SessionRestored,
        Msg::SessionUnreadable,
        Msg::SessionDiverged,
        Msg::SessionNotSaved,
        Msg::SessionTooLong,
        Msg::StorageUnavailable,
        Msg::SandboxOpened,
    ];

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => en::text(self),
            Lang::Ja => ja::text(self),
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
            assert_ne!(en::text(msg), ja::text(msg), "{msg:?}");
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
    fn step_counts_read_naturally() {
        assert_eq!(Lang::En.step_of(3, 10), "Step 3 of 10");
        assert_eq!(Lang::Ja.steps_done(2, 9), "全 9 ステップ中 2 ステップ完了");
        assert_eq!(Lang::Ja.step_done(4), "✓ ステップ 4 完了");
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

//! The EKS ⇄ ECS reference: every action the course models beside what it
//! would have been in ECS, in the learner's language.

use kubesim::ecs::EksAction;

use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceRow {
    pub eks_command: &'static str,
    /// None when ECS has no such action.
    pub ecs_command: Option<&'static str>,
    pub explanation: &'static str,
}

pub fn rows(lang: Lang) -> Vec<ReferenceRow> {
    EksAction::ALL
        .into_iter()
        .map(|action| {
            let counterpart = action.counterpart();
            ReferenceRow {
                eks_command: action.eks_command(),
                ecs_command: counterpart.ecs_command,
                explanation: match lang {
                    Lang::En => counterpart.en,
                    Lang::Ja => counterpart.ja,
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_listed_in_each_language() {
        for lang in Lang::ALL {
            let rows = rows(lang);
            assert_eq!(rows.len(), EksAction::ALL.len());
            assert!(rows.iter().all(|r| !r.explanation.trim().is_empty()));
        }
    }

    #[test]
    fn the_explanation_follows_the_language() {
        let drain = |lang| rows(lang).into_iter().find(|r| r.eks_command.starts_with("kubectl drain"));
        let (en, ja) = (drain(Lang::En), drain(Lang::Ja));
        assert_eq!(en.as_ref().map(|r| r.ecs_command), ja.as_ref().map(|r| r.ecs_command));
        assert_ne!(en.map(|r| r.explanation), ja.map(|r| r.explanation));
    }

    #[test]
    fn cordon_has_no_counterpart() {
        let cordon = rows(Lang::En).into_iter().find(|r| r.eks_command.starts_with("kubectl cordon"));
        assert_eq!(cordon.map(|r| r.ecs_command), Some(None));
    }
}

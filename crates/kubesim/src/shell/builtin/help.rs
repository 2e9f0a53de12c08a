//! `help`: what this terminal understands, in the shell's language or the
//! one asked for (`help en`, `help ja`). Each text is written for its own
//! readers; they say the same things, not the same words.

use crate::shell::{Language, Output};

const ENGLISH: &str = include_str!("help/en.txt");
const JAPANESE: &str = include_str!("help/ja.txt");

pub fn run(language: Language, args: &[String]) -> Output {
    let language = match args {
        [] => language,
        [code] => match Language::from_code(code) {
            Some(language) => language,
            None => return no_topic(code),
        },
        _ => return no_topic(&args.join(" ")),
    };
    let mut out = Output::default();
    out.out(match language {
        Language::English => ENGLISH,
        Language::Japanese => JAPANESE,
    });
    out
}

/// bash's answer to a `help` topic it lacks, pointing at the topics there are.
fn no_topic(topic: &str) -> Output {
    Output::failure(
        1,
        format!("bash: help: no help topics match `{topic}'.  Try `help', `help en' or `help ja'.\n"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(language: Language, args: &[&str]) -> Output {
        run(language, &args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn speaks_the_shell_language_unless_told() {
        assert_eq!(help(Language::English, &[]).stdout(), ENGLISH);
        assert_eq!(help(Language::Japanese, &[]).stdout(), JAPANESE);
        assert_eq!(help(Language::English, &["ja"]).stdout(), JAPANESE);
        assert_eq!(help(Language::Japanese, &["en"]).stdout(), ENGLISH);
    }

    #[test]
    fn both_texts_name_every_command_they_teach() {
        for word in [
            "kubectl get",
            "kubectl describe",
            "kubectl drain",
            "kubectl cordon",
            "kubectl top",
            "aws eks update-nodegroup-config",
            "aws ecs update-container-instances-state",
            "history",
            "clear",
            "sleep",
            "reset",
            "echo",
            "Tab",
        ] {
            assert!(ENGLISH.contains(word), "English help lacks {word}");
            assert!(JAPANESE.contains(word), "Japanese help lacks {word}");
        }
    }

    #[test]
    fn an_unknown_topic_is_an_error() {
        let out = help(Language::English, &["kubectl"]);
        assert_eq!(out.status, 1);
        assert_eq!(
            out.stderr(),
            "bash: help: no help topics match `kubectl'.  Try `help', `help en' or `help ja'.\n"
        );
    }
}

//! `exit`: there is no login shell to leave. The terminal says so and points
//! at what a learner who wants a fresh start needs instead.

use crate::shell::{Language, Output};

pub fn run(language: Language) -> Output {
    let mut out = Output::default();
    out.out(match language {
        Language::English => "This terminal is part of KubeLab and stays open. To start the cluster over, type reset.\n",
        Language::Japanese => {
            "このターミナルは KubeLab の一部なので閉じられません。クラスターを最初からやり直すには reset と入力してください。\n"
        }
    });
    out
}

//! `reset`: starts the simulation over from the scenario it began with. The
//! history stays, as a terminal's does; the cluster and its clock go back.

use crate::shell::{Language, Output};
use crate::sim::Cluster;

pub fn run(cluster: &mut Cluster, initial: &Cluster, language: Language, args: &[String]) -> Output {
    if !args.is_empty() {
        return Output::failure(
            2,
            match language {
                Language::English => "reset takes no arguments: it starts the whole cluster over.\n",
                Language::Japanese => "reset に引数は要りません（クラスター全体を最初からやり直します）。\n",
            }
            .to_owned(),
        );
    }
    *cluster = initial.clone();
    let mut out = Output::default();
    out.out(match language {
        Language::English => "The cluster is back at the start of its scenario, clock included.\n",
        Language::Japanese => "クラスターをシナリオの最初の状態に戻しました（時計も巻き戻しています）。\n",
    });
    out
}

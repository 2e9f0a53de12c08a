//! A PodDisruptionBudget: its budget and selector, and the status the
//! disruption controller computes (how many pods may go now).

use super::deployment::int_or_percent;
use super::{match_labels, metadata, object, string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::service::{Budget, PodDisruptionBudget};
use crate::sim::Cluster;

pub(super) fn manifest(cluster: &Cluster, pdb: &PodDisruptionBudget) -> Value {
    let generation = 1;
    let meta = metadata(&pdb.meta.name, &pdb.meta.namespace, pdb.meta.uid, pdb.meta.created)
        .maybe("labels", string_map(&pdb.meta.labels))
        .maybe("annotations", string_map(&pdb.meta.annotations))
        .int("generation", generation);
    let (budget_key, budget) = match pdb.budget {
        Budget::MinAvailable(n) => ("minAvailable", n),
        Budget::MaxUnavailable(n) => ("maxUnavailable", n),
    };
    let spec =
        Value::object([(budget_key, int_or_percent(budget)), ("selector", match_labels(&pdb.selector.0))]);
    let s = cluster.pdb_status(pdb);
    let allowed = s.disruptions_allowed > 0;
    let condition = Fields::new()
        .time("lastTransitionTime", pdb.meta.created)
        .str("message", "")
        .int("observedGeneration", generation)
        .str("reason", if allowed { "SufficientPods" } else { "InsufficientPods" })
        .str("status", if allowed { "True" } else { "False" })
        .str("type", "DisruptionAllowed")
        .build();
    let status = Fields::new()
        .set("conditions", Value::Array(vec![condition]))
        .int("currentHealthy", s.current_healthy)
        .int("desiredHealthy", s.desired_healthy)
        .int("disruptionsAllowed", s.disruptions_allowed)
        .int("expectedPods", s.expected_pods)
        .int("observedGeneration", generation)
        .build();
    object("policy/v1", "PodDisruptionBudget", meta.build()).set("spec", spec).set("status", status).build()
}

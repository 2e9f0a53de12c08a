//! Taints on nodes and the tolerations on pods that let them stay or land.

use std::borrow::Cow;

use super::Timestamp;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TaintEffect {
    NoSchedule,
    PreferNoSchedule,
    NoExecute,
}

impl TaintEffect {
    pub fn as_str(self) -> &'static str {
        match self {
            TaintEffect::NoSchedule => "NoSchedule",
            TaintEffect::PreferNoSchedule => "PreferNoSchedule",
            TaintEffect::NoExecute => "NoExecute",
        }
    }

    pub fn parse(s: &str) -> Option<TaintEffect> {
        match s {
            "NoSchedule" => Some(TaintEffect::NoSchedule),
            "PreferNoSchedule" => Some(TaintEffect::PreferNoSchedule),
            "NoExecute" => Some(TaintEffect::NoExecute),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taint {
    pub key: String,
    pub value: String,
    pub effect: TaintEffect,
    /// When a NoExecute taint was added: tolerationSeconds count from here.
    pub added: Option<Timestamp>,
}

impl Taint {
    pub fn new(key: &str, value: &str, effect: TaintEffect) -> Self {
        Taint { key: key.to_owned(), value: value.to_owned(), effect, added: None }
    }
}

/// Taints the node lifecycle controller manages.
pub const NOT_READY: &str = "node.kubernetes.io/not-ready";
pub const UNREACHABLE: &str = "node.kubernetes.io/unreachable";
pub const UNSCHEDULABLE: &str = "node.kubernetes.io/unschedulable";
/// The taint every Fargate node carries, so only Fargate pods land there.
pub const FARGATE: &str = "eks.amazonaws.com/compute-type";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toleration {
    /// `None` with `Exists` tolerates every taint. Borrowed for the
    /// well-known keys every pod carries, so copying a template is cheap.
    pub key: Option<Cow<'static, str>>,
    /// `None` means the `Exists` operator; `Some` is `Equal` to that value.
    pub value: Option<String>,
    /// `None` matches every effect.
    pub effect: Option<TaintEffect>,
    /// For NoExecute: how long the pod may stay once the taint appears.
    pub seconds: Option<i64>,
}

impl Toleration {
    pub fn exists(key: &str, effect: Option<TaintEffect>, seconds: Option<i64>) -> Self {
        Toleration { key: Some(Cow::Owned(key.to_owned())), value: None, effect, seconds }
    }

    fn well_known(key: &'static str, effect: TaintEffect, seconds: Option<i64>) -> Self {
        Toleration { key: Some(Cow::Borrowed(key)), value: None, effect: Some(effect), seconds }
    }

    /// Tolerates everything, as the DaemonSets of an EKS cluster declare.
    pub fn everything() -> Self {
        Toleration { key: None, value: None, effect: None, seconds: None }
    }

    pub fn tolerates(&self, taint: &Taint) -> bool {
        if self.effect.is_some_and(|e| e != taint.effect) {
            return false;
        }
        match (&self.key, &self.value) {
            (None, _) => true,
            (Some(key), None) => **key == *taint.key,
            (Some(key), Some(value)) => **key == *taint.key && *value == taint.value,
        }
    }
}

/// The tolerations the DefaultTolerationSeconds admission plugin adds to
/// every pod that does not set its own: five minutes on a lost node.
pub fn default_tolerations() -> Vec<Toleration> {
    vec![
        Toleration::well_known(NOT_READY, TaintEffect::NoExecute, Some(300)),
        Toleration::well_known(UNREACHABLE, TaintEffect::NoExecute, Some(300)),
    ]
}

/// The tolerations the DaemonSet controller adds to its pods: they stay on
/// sick and cordoned nodes, since they belong to the node.
pub fn daemonset_tolerations() -> Vec<Toleration> {
    vec![
        Toleration::well_known(NOT_READY, TaintEffect::NoExecute, None),
        Toleration::well_known(UNREACHABLE, TaintEffect::NoExecute, None),
        Toleration::well_known("node.kubernetes.io/disk-pressure", TaintEffect::NoSchedule, None),
        Toleration::well_known("node.kubernetes.io/memory-pressure", TaintEffect::NoSchedule, None),
        Toleration::well_known("node.kubernetes.io/pid-pressure", TaintEffect::NoSchedule, None),
        Toleration::well_known(UNSCHEDULABLE, TaintEffect::NoSchedule, None),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_follows_operator_and_effect() {
        let taint = Taint::new("dedicated", "gpu", TaintEffect::NoSchedule);
        assert!(Toleration::exists("dedicated", None, None).tolerates(&taint));
        assert!(!Toleration::exists("dedicated", Some(TaintEffect::NoExecute), None).tolerates(&taint));
        let equal = Toleration {
            key: Some("dedicated".into()),
            value: Some("cpu".into()),
            effect: None,
            seconds: None,
        };
        assert!(!equal.tolerates(&taint));
        assert!(Toleration::everything().tolerates(&taint));
    }
}

//! What every object carries: name, namespace, identity, labels, age, owner.

use std::collections::BTreeMap;
use std::fmt;

use super::Timestamp;

pub type Labels = BTreeMap<String, String>;

/// An object's UID. Counted up from 1 as objects are made, so a scenario and a
/// seed always hand out the same ones; shown in the UUID layout the API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Uid(pub u64);

impl fmt::Display for Uid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Spread the counter over 128 bits so neighbouring UIDs look unrelated.
        let a = self.0.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5bd1_e995_7f4a_7c15;
        let b = a.rotate_left(29).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        write!(
            f,
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectMeta {
    pub name: String,
    /// Empty for cluster-scoped objects (nodes, namespaces).
    pub namespace: String,
    pub uid: Uid,
    pub labels: Labels,
    pub annotations: Labels,
    pub created: Timestamp,
}

/// The kinds that own pods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OwnerKind {
    ReplicaSet,
    DaemonSet,
    /// A static pod's owner (none on EKS worker nodes; kept for completeness
    /// of drain's filters).
    Node,
}

impl OwnerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OwnerKind::ReplicaSet => "ReplicaSet",
            OwnerKind::DaemonSet => "DaemonSet",
            OwnerKind::Node => "Node",
        }
    }
}

/// A controller owner reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnerRef {
    pub kind: OwnerKind,
    pub name: String,
    pub uid: Uid,
}

/// An equality-based label selector (`matchLabels`): every pair must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selector(pub Labels);

impl Selector {
    pub fn matches(&self, labels: &Labels) -> bool {
        self.0.iter().all(|(k, v)| labels.get(k) == Some(v))
    }
}

/// An integer or a percentage, as in `maxSurge: 25%` or `minAvailable: 2`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOrPercent {
    Int(u32),
    Percent(u32),
}

impl IntOrPercent {
    pub fn parse(s: &str) -> Option<IntOrPercent> {
        match s.strip_suffix('%') {
            Some(p) => p.parse().ok().map(IntOrPercent::Percent),
            None => s.parse().ok().map(IntOrPercent::Int),
        }
    }

    /// The value against `total`, rounding a percentage up or down as the
    /// caller's API field does.
    pub fn scaled(self, total: u32, round_up: bool) -> u32 {
        match self {
            IntOrPercent::Int(n) => n,
            IntOrPercent::Percent(p) => {
                let scaled = u64::from(total) * u64::from(p);
                let value = if round_up { scaled.div_ceil(100) } else { scaled / 100 };
                u32::try_from(value).unwrap_or(u32::MAX)
            }
        }
    }
}

impl fmt::Display for IntOrPercent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntOrPercent::Int(n) => write!(f, "{n}"),
            IntOrPercent::Percent(p) => write!(f, "{p}%"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_look_like_uuids_and_differ() {
        let a = Uid(1).to_string();
        let b = Uid(2).to_string();
        assert_eq!(a.len(), 36);
        assert_eq!(a.matches('-').count(), 4);
        assert_ne!(a, b);
    }

    #[test]
    fn percentages_round_as_asked() {
        let quarter = IntOrPercent::parse("25%").expect("valid percentage");
        assert_eq!(quarter.scaled(3, true), 1);
        assert_eq!(quarter.scaled(3, false), 0);
        assert_eq!(IntOrPercent::parse("2"), Some(IntOrPercent::Int(2)));
        assert_eq!(IntOrPercent::parse("x%"), None);
    }
}

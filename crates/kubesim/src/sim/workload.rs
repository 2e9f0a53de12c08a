//! The controllers' objects: Deployments, the ReplicaSets they roll through,
//! and DaemonSets.

use super::meta::{IntOrPercent, ObjectMeta, Selector};
use super::pod::PodSpec;
use super::rng::NAME_ALPHABET;
use super::Labels;

/// A pod template: the labels and spec every pod of a controller gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodTemplate {
    pub labels: Labels,
    pub annotations: Labels,
    pub spec: PodSpec,
}

impl PodTemplate {
    /// The `pod-template-hash` label the Deployment controller puts on a
    /// ReplicaSet: a 32-bit FNV-1a of the template, its decimal digits
    /// mapped through the name alphabet as `rand.SafeEncodeString` does.
    pub fn hash(&self) -> String {
        let mut h: u32 = 0x811c_9dc5;
        let mut feed = |s: &str| {
            for b in s.bytes().chain([0]) {
                h ^= u32::from(b);
                h = h.wrapping_mul(0x0100_0193);
            }
        };
        for (k, v) in self.labels.iter().chain(&self.annotations) {
            feed(k);
            feed(v);
        }
        for c in &self.spec.containers {
            feed(&c.name);
            feed(&c.image);
            feed(&c.requests.millicpu.to_string());
            feed(&c.requests.memory.to_string());
        }
        h.to_string()
            .bytes()
            .map(|d| char::from(NAME_ALPHABET[usize::from(d) % NAME_ALPHABET.len()]))
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RollingUpdate {
    pub max_surge: IntOrPercent,
    pub max_unavailable: IntOrPercent,
}

impl Default for RollingUpdate {
    /// The API defaults: 25% and 25%.
    fn default() -> Self {
        RollingUpdate { max_surge: IntOrPercent::Percent(25), max_unavailable: IntOrPercent::Percent(25) }
    }
}

impl RollingUpdate {
    /// (surge, unavailable) for `replicas`, rounded as the Deployment
    /// controller does; both zero would stall, so unavailable becomes 1.
    pub fn resolve(&self, replicas: u32) -> (u32, u32) {
        let surge = self.max_surge.scaled(replicas, true);
        let unavailable = self.max_unavailable.scaled(replicas, false);
        if surge == 0 && unavailable == 0 {
            (0, 1)
        } else {
            (surge, unavailable)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deployment {
    pub meta: ObjectMeta,
    pub replicas: u32,
    pub selector: Selector,
    pub template: PodTemplate,
    pub strategy: RollingUpdate,
    /// `deployment.kubernetes.io/revision` of the newest ReplicaSet.
    pub revision: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplicaSet {
    pub meta: ObjectMeta,
    /// The owning Deployment's name, if any.
    pub deployment: Option<String>,
    pub replicas: u32,
    pub selector: Selector,
    pub template: PodTemplate,
    pub revision: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DaemonSet {
    pub meta: ObjectMeta,
    pub selector: Selector,
    pub template: PodTemplate,
}

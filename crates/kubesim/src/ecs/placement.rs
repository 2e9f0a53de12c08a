//! Task placement: which container instance (or Fargate zone) a new task goes
//! to. Only ACTIVE instances with a connected agent and enough remaining CPU
//! and memory qualify; among them the default strategy spreads over
//! Availability Zones, then over instances, ties going to the instance
//! registered first.

use std::collections::{BTreeMap, BTreeSet};

use super::events::{PlacementFailure, Resource};
use super::EcsCluster;

/// A snapshot of the eligible instances for one round of placements of
/// same-sized tasks, updated as tasks are placed so each placement sees the
/// ones before it.
pub(super) struct Placer {
    cpu: u32,
    memory: u32,
    candidates: Vec<Candidate>,
    /// Per zone, the candidates that still fit one more task, by
    /// (tasks of the group there, registration order, index).
    fitting: Vec<BTreeSet<(u32, u64, usize)>>,
    zone_counts: Vec<u32>,
    in_capacity_provider: bool,
}

struct Candidate {
    key: u64,
    id: String,
    zone: usize,
    cpu_left: u32,
    memory_left: u32,
    /// Tasks of the group being spread already here.
    count: u32,
}

impl Placer {
    /// No instance accepts tasks.
    pub(super) fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// Picks an instance for one more task and books it; or says why none
    /// fits, naming the closest instance.
    pub(super) fn place(&mut self) -> Result<u64, PlacementFailure> {
        if self.candidates.is_empty() {
            return Err(PlacementFailure::NoInstances { in_capacity_provider: self.in_capacity_provider });
        }
        let best = (0..self.fitting.len())
            .filter_map(|z| {
                self.fitting[z].first().map(|&(count, key, i)| ((self.zone_counts[z], count, key), i))
            })
            .min();
        let Some((_, i)) = best else {
            return Err(self.closest_failure());
        };
        let c = &mut self.candidates[i];
        self.fitting[c.zone].remove(&(c.count, c.key, i));
        c.cpu_left -= self.cpu;
        c.memory_left -= self.memory;
        c.count += 1;
        self.zone_counts[c.zone] += 1;
        if c.cpu_left >= self.cpu && c.memory_left >= self.memory {
            self.fitting[c.zone].insert((c.count, c.key, i));
        }
        Ok(c.key)
    }

    /// ECS names the instance that came closest: here the one missing the
    /// fewest resources, then the one with the most CPU left.
    fn closest_failure(&self) -> PlacementFailure {
        let (cpu, memory) = (self.cpu, self.memory);
        let misses = |c: &Candidate| u8::from(c.cpu_left < cpu) + u8::from(c.memory_left < memory);
        let closest = self.candidates.iter().min_by_key(|c| (misses(c), u32::MAX - c.cpu_left, c.key));
        match closest {
            Some(c) => PlacementFailure::Insufficient {
                container_instance_id: c.id.clone(),
                resource: if c.cpu_left < cpu { Resource::Cpu } else { Resource::Memory },
            },
            None => PlacementFailure::NoInstances { in_capacity_provider: self.in_capacity_provider },
        }
    }
}

impl EcsCluster {
    /// A placer of tasks needing `cpu` units and `memory` MiB over the
    /// instances that accept tasks (in `provider`, when given), spreading the
    /// tasks in `group_keys` (tasks of the same service or family).
    pub(super) fn placer<'a>(
        &self,
        provider: Option<&str>,
        group_keys: impl Iterator<Item = &'a u64>,
        (cpu, memory): (u32, u32),
    ) -> Placer {
        let mut per_instance: BTreeMap<u64, u32> = BTreeMap::new();
        for task in group_keys.filter_map(|k| self.tasks.get(k)).filter(|t| t.is_live()) {
            if let Some(k) = task.instance {
                *per_instance.entry(k).or_default() += 1;
            }
        }
        let mut zones: Vec<&str> = Vec::new();
        let mut zone_counts: Vec<u32> = Vec::new();
        let mut fitting: Vec<BTreeSet<(u32, u64, usize)>> = Vec::new();
        let mut candidates = Vec::new();
        for ci in self.instances.values() {
            let in_provider = provider.is_none_or(|p| ci.capacity_provider_name.as_deref() == Some(p));
            if !ci.accepts_tasks() || !in_provider {
                continue;
            }
            let zone = match zones.iter().position(|z| *z == ci.availability_zone) {
                Some(z) => z,
                None => {
                    zones.push(&ci.availability_zone);
                    zone_counts.push(0);
                    fitting.push(BTreeSet::new());
                    zones.len() - 1
                }
            };
            let count = per_instance.get(&ci.key).copied().unwrap_or(0);
            zone_counts[zone] += count;
            if ci.remaining_cpu >= cpu && ci.remaining_memory >= memory {
                fitting[zone].insert((count, ci.key, candidates.len()));
            }
            candidates.push(Candidate {
                key: ci.key,
                id: ci.id.clone(),
                zone,
                cpu_left: ci.remaining_cpu,
                memory_left: ci.remaining_memory,
                count,
            });
        }
        Placer { cpu, memory, candidates, fitting, zone_counts, in_capacity_provider: provider.is_some() }
    }

    /// The zone for a new Fargate task of a group: the one with the fewest of
    /// its tasks among the cluster's zones (or the region's first three when
    /// no instance has told us any).
    pub(super) fn fargate_zone<'a>(&self, group_keys: impl Iterator<Item = &'a u64>) -> String {
        let mut counts: BTreeMap<String, u32> =
            self.instances.values().map(|ci| (ci.availability_zone.clone(), 0)).collect();
        if counts.is_empty() {
            counts = ["a", "b", "c"].iter().map(|s| (format!("{}{s}", self.region), 0)).collect();
        }
        for task in group_keys.filter_map(|k| self.tasks.get(k)).filter(|t| t.is_live()) {
            if let Some(n) = counts.get_mut(&task.availability_zone) {
                *n += 1;
            }
        }
        let mut best: Option<(&String, u32)> = None;
        for (zone, &n) in &counts {
            if best.is_none_or(|(_, b)| n < b) {
                best = Some((zone, n));
            }
        }
        best.map(|(z, _)| z.clone()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn spreads_over_zones_then_instances() {
        let mut ecs = test_cluster();
        for (ec2, zone) in [("i-1", "us-west-2a"), ("i-2", "us-west-2a"), ("i-3", "us-west-2b")] {
            ecs.register_instance(ec2, zone, "", 4096, 8192);
        }
        let mut placer = ecs.placer(None, std::iter::empty(), (1024, 1024));
        let picks: Vec<u64> = (0..4).filter_map(|_| placer.place().ok()).collect();
        let ec2 = |k: &u64| ecs.instances.get(k).map(|c| c.ec2_instance_id.clone()).unwrap_or_default();
        let names: Vec<String> = picks.iter().map(ec2).collect();
        assert_eq!(names, ["i-1", "i-3", "i-2", "i-3"]);
    }

    #[test]
    fn names_the_closest_instance_when_nothing_fits() {
        let mut ecs = test_cluster();
        assert_eq!(
            ecs.placer(None, std::iter::empty(), (1, 1)).place(),
            Err(PlacementFailure::NoInstances { in_capacity_provider: false })
        );
        ecs.register_instance("i-small", "us-west-2a", "", 1024, 8192);
        ecs.register_instance("i-big", "us-west-2a", "", 2048, 512);
        let big = ecs.container_instance_by_ec2("i-big").map(|c| c.id.clone()).unwrap_or_default();
        let small = ecs.container_instance_by_ec2("i-small").map(|c| c.id.clone()).unwrap_or_default();
        assert_eq!(
            ecs.placer(None, std::iter::empty(), (2048, 1024)).place(),
            Err(PlacementFailure::Insufficient { container_instance_id: big, resource: Resource::Memory })
        );
        assert_eq!(
            ecs.placer(None, std::iter::empty(), (4096, 1024)).place(),
            Err(PlacementFailure::Insufficient { container_instance_id: small, resource: Resource::Cpu })
        );
        assert_eq!(
            ecs.placer(Some("cp"), std::iter::empty(), (1, 1)).place(),
            Err(PlacementFailure::NoInstances { in_capacity_provider: true })
        );
    }

    #[test]
    fn fargate_zones_come_from_the_region_when_no_instance_says() {
        let ecs = test_cluster();
        assert_eq!(ecs.fargate_zone(std::iter::empty()), "us-west-2a");
    }
}

//! The EKS side: nodes by Availability Zone, each with its pods as chips, and
//! the pods no node has taken yet.

use kubesim::sim::pod::{ContainerState, PodPhase};
use kubesim::sim::{Cluster, Node, NodeCondition, Pod};

/// What a pod chip says about the pod, one of four looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PodState {
    /// Running and Ready: serving.
    Running,
    /// Pending: waiting for a node or for its containers to start.
    Starting,
    /// Deleted, waiting for its containers to stop.
    Terminating,
    /// Running but not Ready, or finished.
    NotReady,
}

impl PodState {
    /// The CSS modifier for the chip.
    pub fn class(self) -> &'static str {
        match self {
            PodState::Running => "running",
            PodState::Starting => "starting",
            PodState::Terminating => "terminating",
            PodState::NotReady => "not-ready",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodChip {
    pub namespace: String,
    pub name: String,
    /// What the chip shows: a Deployment pod's name without the template
    /// hash (`web-x2k4p`); a DaemonSet pod's DaemonSet (`kube-proxy`), as
    /// there is one per node anyway.
    pub short_name: String,
    pub state: PodState,
    /// The word `kubectl get pods` prints in STATUS, e.g. `ContainerCreating`.
    pub status: String,
    /// DaemonSet pods are drawn quieter than the workload's own pods.
    pub daemon: bool,
}

impl PodChip {
    pub fn of(pod: &Pod) -> Self {
        let short_name = match (&pod.owner, pod.meta.labels.get("pod-template-hash")) {
            (Some(owner), _) if pod.is_daemonset_pod() => owner.name.clone(),
            (_, Some(hash)) => pod.name().replacen(&format!("-{hash}-"), "-", 1),
            _ => pod.name().to_owned(),
        };
        PodChip {
            namespace: pod.namespace().to_owned(),
            name: pod.name().to_owned(),
            short_name,
            state: pod_state(pod),
            status: pod.status_text().to_owned(),
            daemon: pod.is_daemonset_pod(),
        }
    }
}

fn pod_state(pod: &Pod) -> PodState {
    if pod.is_terminating() {
        PodState::Terminating
    } else if pod.phase == PodPhase::Pending {
        PodState::Starting
    } else if pod.ready && matches!(pod.containers, ContainerState::Running { .. }) {
        PodState::Running
    } else {
        PodState::NotReady
    }
}

/// What backs a node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Ec2 { instance_type: String, nodegroup: String },
    Fargate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeCard {
    pub name: String,
    /// The host part of the name: `ip-10-0-1-23`.
    pub short_name: String,
    pub condition: NodeCondition,
    /// Cordoned: `kubectl get nodes` adds `SchedulingDisabled`.
    pub scheduling_disabled: bool,
    pub kind: NodeKind,
    /// Workload pods first, DaemonSet pods after, each by name.
    pub pods: Vec<PodChip>,
}

impl NodeCard {
    pub fn of(cluster: &Cluster, node: &Node) -> Self {
        let mut pods: Vec<PodChip> = cluster.pods().on_node(&node.name).map(PodChip::of).collect();
        pods.sort_by(|a, b| (a.daemon, &a.short_name).cmp(&(b.daemon, &b.short_name)));
        let kind = if node.is_fargate() {
            NodeKind::Fargate
        } else {
            NodeKind::Ec2 {
                instance_type: node.instance_type().unwrap_or_default().to_owned(),
                nodegroup: node.nodegroup().unwrap_or_default().to_owned(),
            }
        };
        NodeCard {
            short_name: node.name.split('.').next().unwrap_or(&node.name).to_owned(),
            name: node.name.clone(),
            condition: node.ready,
            scheduling_disabled: node.unschedulable,
            kind,
            pods,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneView {
    /// Empty for nodes without a zone label.
    pub zone: String,
    pub nodes: Vec<NodeCard>,
}

/// Every node, grouped by Availability Zone in zone order.
pub fn zones(cluster: &Cluster) -> Vec<ZoneView> {
    cluster
        .nodes_by_zone()
        .into_iter()
        .map(|(zone, nodes)| ZoneView {
            zone: zone.to_owned(),
            nodes: nodes.into_iter().map(|node| NodeCard::of(cluster, node)).collect(),
        })
        .collect()
}

/// Pods that no node has taken (Pending, unscheduled), by name.
pub fn unscheduled(cluster: &Cluster) -> Vec<PodChip> {
    let pods = cluster.pods();
    let mut chips: Vec<PodChip> = pods
        .unbound()
        .filter_map(|uid| pods.get(uid))
        .filter(|pod| !pod.is_finished())
        .map(PodChip::of)
        .collect();
    chips.sort_by(|a, b| (&a.namespace, &a.name).cmp(&(&b.namespace, &b.name)));
    chips
}

#[cfg(test)]
mod tests {
    use kubesim::sim::Duration;

    use super::super::test_support::{basic, fargate};
    use super::*;

    fn chips(zones: &[ZoneView]) -> Vec<&PodChip> {
        zones.iter().flat_map(|z| &z.nodes).flat_map(|n| &n.pods).collect()
    }

    fn count_prefix(chips: &[&PodChip], prefix: &str) -> usize {
        chips.iter().filter(|c| c.name.starts_with(prefix)).count()
    }

    #[test]
    fn basic_cluster_shows_three_zones_of_one_node_and_eleven_pods() {
        let cluster = basic();
        let zones = zones(&cluster);
        let names: Vec<&str> = zones.iter().map(|z| z.zone.as_str()).collect();
        assert_eq!(names, ["us-west-2a", "us-west-2b", "us-west-2c"]);
        assert!(zones.iter().all(|z| z.nodes.len() == 1));
        let chips = chips(&zones);
        assert_eq!(chips.len(), 11);
        assert_eq!(count_prefix(&chips, "web-"), 3);
        assert_eq!(count_prefix(&chips, "coredns-"), 2);
        assert_eq!(count_prefix(&chips, "aws-node-"), 3);
        assert_eq!(count_prefix(&chips, "kube-proxy-"), 3);
        assert!(chips.iter().all(|c| c.state == PodState::Running && c.status == "Running"));
        assert!(unscheduled(&cluster).is_empty());
    }

    #[test]
    fn daemonset_pods_come_last_and_are_marked() {
        let zones = zones(&basic());
        for node in zones.iter().flat_map(|z| &z.nodes) {
            let daemon: Vec<bool> = node.pods.iter().map(|c| c.daemon).collect();
            let mut sorted = daemon.clone();
            sorted.sort();
            assert_eq!(daemon, sorted, "{}", node.name);
            assert_eq!(daemon.iter().filter(|d| **d).count(), 2, "aws-node and kube-proxy on {}", node.name);
        }
    }

    #[test]
    fn short_names_drop_the_template_hash_or_name_the_daemonset() {
        let zones = zones(&basic());
        for chip in chips(&zones) {
            let dashes = |s: &str| s.matches('-').count();
            if chip.daemon {
                assert!(["aws-node", "kube-proxy"].contains(&chip.short_name.as_str()), "{}", chip.name);
            } else {
                assert_eq!(dashes(&chip.short_name) + 1, dashes(&chip.name), "{}", chip.name);
                assert!(chip.name.ends_with(chip.short_name.rsplit('-').next().unwrap_or_default()));
            }
        }
    }

    #[test]
    fn ec2_nodes_show_their_instance_type_and_node_group() {
        let zones = zones(&basic());
        let node = &zones[0].nodes[0];
        assert_eq!(node.short_name, "ip-10-0-1-23");
        assert_eq!(node.condition, NodeCondition::Ready);
        assert!(!node.scheduling_disabled);
        assert_eq!(
            node.kind,
            NodeKind::Ec2 { instance_type: "t3.medium".to_owned(), nodegroup: "ng-general".to_owned() }
        );
    }

    #[test]
    fn a_cordoned_node_is_scheduling_disabled() {
        let mut cluster = basic();
        let name = "ip-10-0-2-141.us-west-2.compute.internal";
        assert_eq!(cluster.set_unschedulable(name, true), Ok(true));
        let zones = zones(&cluster);
        let cordoned: Vec<&str> = zones
            .iter()
            .flat_map(|z| &z.nodes)
            .filter(|n| n.scheduling_disabled)
            .map(|n| n.name.as_str())
            .collect();
        assert_eq!(cordoned, [name]);
    }

    #[test]
    fn a_deleted_pod_terminates_and_its_replacement_starts() {
        let mut cluster = basic();
        let web = chips(&zones(&cluster)).into_iter().find(|c| c.name.starts_with("web-")).cloned();
        let Some(web) = web else { panic!("the basic scenario has web pods") };
        assert!(cluster.delete_pod("default", &web.name, None).is_ok());
        cluster.advance(Duration::from_millis(1));
        let zones = zones(&cluster);
        let chips = chips(&zones);
        let deleted = chips.iter().find(|c| c.name == web.name);
        assert_eq!(
            deleted.map(|c| (c.state, c.status.as_str())),
            Some((PodState::Terminating, "Terminating"))
        );
        let starting: Vec<_> = chips.iter().filter(|c| c.state == PodState::Starting).collect();
        let unscheduled = unscheduled(&cluster);
        assert_eq!(starting.len() + unscheduled.len(), 1, "one replacement: {starting:?} {unscheduled:?}");
    }

    #[test]
    fn a_failed_node_goes_not_ready() {
        let mut cluster = basic();
        let name = "ip-10-0-3-87.us-west-2.compute.internal";
        assert!(cluster.fail_node(name).is_ok());
        cluster.advance(Duration::from_mins(2));
        let zones = zones(&cluster);
        let node = zones.iter().flat_map(|z| &z.nodes).find(|n| n.name == name);
        assert_ne!(node.map(|n| n.condition), Some(NodeCondition::Ready));
    }

    #[test]
    fn pods_nothing_fits_wait_in_the_unscheduled_strip() {
        let mut cluster = basic();
        assert!(cluster.scale_deployment("default", "web", 40).is_ok());
        cluster.advance(Duration::from_secs(30));
        let pending = unscheduled(&cluster);
        assert!(!pending.is_empty());
        assert!(
            pending.iter().all(|c| c.state == PodState::Starting && c.status == "Pending"),
            "{pending:?}"
        );
    }

    #[test]
    fn fargate_nodes_are_fargate_and_carry_no_daemonset_pods() {
        let cluster = fargate();
        let zones = zones(&cluster);
        let fargate: Vec<&NodeCard> =
            zones.iter().flat_map(|z| &z.nodes).filter(|n| n.kind == NodeKind::Fargate).collect();
        assert!(!fargate.is_empty());
        assert!(fargate.iter().all(|n| n.pods.len() == 1 && !n.pods[0].daemon));
    }
}

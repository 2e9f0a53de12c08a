//! Turns a parsed scenario into a cluster: the control plane, the VPC, node
//! groups and their instances, namespaces and workloads.

use super::format::{Directive, ScenarioError};
use super::workloads;
use crate::sim::control_plane::ControlPlane;
use crate::sim::eks_api::{InstanceSpec, NodeGroupSpec};
use crate::sim::eks_node::NodeGroupTemplate;
use crate::sim::fargate::{FargateProfile, FargateSelector};
use crate::sim::network::{Subnet, Vpc};
use crate::sim::service::{Service, ServicePort, ServiceType};
use crate::sim::taint::{Taint, TaintEffect};
use crate::sim::{Cluster, InstanceType, Labels, Selector, Timestamp};

/// What a scenario says besides the cluster: its `scenario` line, and the
/// learner's machine it starts on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct About {
    pub name: String,
    pub description: String,
    pub kubeconfig: StartingKubeconfig,
}

/// Whether `~/.kube/config` on the learner's machine already holds the
/// cluster when the scenario starts (the `kubeconfig` directive).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StartingKubeconfig {
    /// `aws eks update-kubeconfig` has been run: kubectl reaches the cluster.
    #[default]
    Written,
    /// No kubeconfig yet: kubectl falls back to `http://localhost:8080`.
    None,
}

pub fn build(directives: &[Directive], seed: Option<u64>) -> Result<(About, Cluster), ScenarioError> {
    let mut about = About::default();
    let mut cluster: Option<Cluster> = None;
    for d in directives {
        match (d.kind.as_str(), cluster.as_mut()) {
            ("scenario", _) => {
                d.allow(&[], &[])?;
                d.max_args(2)?;
                about.name = d.arg(0, "name")?.to_owned();
                about.description = d.args.get(1).cloned().unwrap_or_default();
            }
            ("kubeconfig", _) => about.kubeconfig = kubeconfig(d)?,
            ("cluster", None) => cluster = Some(new_cluster(d, seed)?),
            ("cluster", Some(_)) => return Err(d.error("cluster: given twice")),
            (_, None) => return Err(d.error(format!("{}: the cluster line must come first", d.kind))),
            ("vpc", Some(c)) => vpc(d, c)?,
            ("subnet", Some(c)) => subnet(d, c)?,
            ("nodegroup", Some(c)) => nodegroup(d, c, directives)?,
            ("instance", Some(_)) => {}
            ("namespace", Some(c)) => {
                d.allow(&["age", "created"], &[])?;
                d.max_args(1)?;
                let created = d.created(c.now())?;
                c.create_namespace(d.arg(0, "name")?, created).map_err(|e| d.error(e.message()))?;
            }
            ("deployment", Some(c)) => workloads::deployment(d, c)?,
            ("daemonset", Some(c)) => workloads::daemonset(d, c)?,
            ("pod", Some(c)) => workloads::pod(d, c)?,
            ("service", Some(c)) => workloads::service(d, c)?,
            ("pdb", Some(c)) => workloads::pdb(d, c)?,
            ("fargate-profile", Some(c)) => fargate_profile(d, c)?,
            (other, Some(_)) => return Err(d.error(format!("unknown directive {other}"))),
        }
    }
    let cluster = cluster.ok_or(ScenarioError { line: 0, message: "no cluster line".to_owned() })?;
    Ok((about, cluster))
}

/// `kubeconfig none|written`.
fn kubeconfig(d: &Directive) -> Result<StartingKubeconfig, ScenarioError> {
    d.allow(&[], &[])?;
    d.max_args(1)?;
    match d.arg(0, "none or written")? {
        "none" => Ok(StartingKubeconfig::None),
        "written" => Ok(StartingKubeconfig::Written),
        other => Err(d.error(format!("kubeconfig {other}: not none or written"))),
    }
}

fn new_cluster(d: &Directive, seed: Option<u64>) -> Result<Cluster, ScenarioError> {
    d.allow(
        &["region", "version", "account", "now", "age", "seed", "endpoint-id", "platform", "service-cidr"],
        &["private-endpoint"],
    )?;
    d.max_args(1)?;
    let name = d.arg(0, "name")?;
    let now = crate::sim::clock::parse_timestamp(d.required("now")?)
        .ok_or_else(|| d.error("now= must be an RFC 3339 UTC time like 2025-06-12T09:00:00Z"))?;
    let server_version = d.required("version")?.to_owned();
    let minor = server_version
        .strip_prefix('v')
        .and_then(|v| v.split('.').take(2).collect::<Vec<_>>().get(..2).map(|p| p.join(".")))
        .ok_or_else(|| d.error("version= must look like v1.30.4-eks-a737599"))?;
    let region = d.string("region", "us-west-2");
    let created = now - d.duration("age")?.unwrap_or_default();
    let seed = match seed {
        Some(seed) => seed,
        None => u64::from(d.number("seed", 1)?),
    };
    let endpoint_id = d.string("endpoint-id", "B1F3C6E8A2D4957F0C3E6A9B2D5F8E1A");
    let service_cidr = d.string("service-cidr", "172.20.0.0/16");
    let control_plane = ControlPlane {
        version: minor,
        server_version,
        platform_version: d.string("platform", "eks.8"),
        endpoint: format!("https://{endpoint_id}.gr7.{region}.eks.amazonaws.com"),
        endpoint_public_access: !d.flag("private-endpoint"),
        endpoint_private_access: true,
        public_access_cidrs: vec!["0.0.0.0/0".to_owned()],
        service_ipv4_cidr: service_cidr.clone(),
        account_id: d.string("account", "123456789012"),
        created,
        eni_ips: Vec::new(),
    };
    let mut cluster = Cluster::new(name, &region, control_plane, now, seed);
    for ns in ["default", "kube-node-lease", "kube-public", "kube-system"] {
        cluster.create_namespace(ns, created).map_err(|e| d.error(e.message()))?;
    }
    let prefix = service_cidr.rsplit_once(".0.0/").map_or("172.20", |(p, _)| p).to_owned();
    let kubernetes = Service {
        meta: cluster_meta(&mut cluster, "default", "kubernetes", created),
        service_type: ServiceType::ClusterIP,
        cluster_ip: format!("{prefix}.0.1"),
        ports: vec![ServicePort {
            name: Some("https".to_owned()),
            port: 443,
            target_port: 443,
            protocol: "TCP",
            node_port: None,
        }],
        selector: None,
        load_balancer: None,
    };
    cluster.create_service(kubernetes).map_err(|e| d.error(e.message()))?;
    Ok(cluster)
}

fn cluster_meta(c: &mut Cluster, ns: &str, name: &str, created: Timestamp) -> crate::sim::meta::ObjectMeta {
    let mut labels = Labels::new();
    labels.insert("component".to_owned(), "apiserver".to_owned());
    labels.insert("provider".to_owned(), "kubernetes".to_owned());
    c.meta(ns, name, labels, created)
}

fn vpc(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    d.allow(&["id"], &[])?;
    d.max_args(1)?;
    c.vpc = Vpc {
        id: d.string("id", "vpc-0a1b2c3d4e5f60718"),
        cidr: d.arg(0, "CIDR")?.to_owned(),
        subnets: Vec::new(),
    };
    Ok(())
}

fn subnet(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    d.allow(&["id"], &[])?;
    d.max_args(2)?;
    let zone = d.arg(0, "zone")?;
    let cidr = d.arg(1, "CIDR")?;
    let id = d.attr("id").map_or_else(|| format!("subnet-0{}", c.rng.hex(16)), str::to_owned);
    let subnet = Subnet::new(&id, zone, cidr)
        .ok_or_else(|| d.error(format!("subnet: bad CIDR {cidr} (/16 to /28)")))?;
    c.vpc.subnets.push(subnet);
    // The control plane puts one ENI in each of the first two subnets.
    if c.control_plane.eni_ips.len() < 2 {
        let rng = &mut c.rng;
        if let Some(ip) = c.vpc.subnet_in(zone).and_then(|s| s.allocate(rng)) {
            c.control_plane.eni_ips.push(ip);
        }
    }
    Ok(())
}

fn taints(d: &Directive) -> Result<Vec<Taint>, ScenarioError> {
    d.list("taints")
        .iter()
        .map(|t| {
            let (kv, effect) =
                t.rsplit_once(':').ok_or_else(|| d.error(format!("taint {t}: want key=value:Effect")))?;
            let effect =
                TaintEffect::parse(effect).ok_or_else(|| d.error(format!("taint {t}: unknown effect")))?;
            let (key, value) = kv.split_once('=').unwrap_or((kv, ""));
            Ok(Taint::new(key, value, effect))
        })
        .collect()
}

fn nodegroup(d: &Directive, c: &mut Cluster, all: &[Directive]) -> Result<(), ScenarioError> {
    d.allow(
        &[
            "instance-type",
            "min",
            "max",
            "instances",
            "ami",
            "release",
            "kubelet-version",
            "capacity",
            "os",
            "kernel",
            "runtime",
            "age",
            "created",
            "zones",
            "labels",
            "taints",
            "cloud-provider-id",
        ],
        &[],
    )?;
    d.max_args(1)?;
    let name = d.arg(0, "name")?;
    let type_name = d.string("instance-type", "t3.medium");
    let instance_type = InstanceType::by_name(&type_name)
        .ok_or_else(|| d.error(format!("unknown instance type {type_name}")))?;
    let now = c.now();
    let created = d.created(now)?;
    let kubelet_version = d.string("kubelet-version", c.server_version());
    let version = kubelet_version
        .strip_prefix('v')
        .map(|v| v.split('.').take(2).collect::<Vec<_>>().join("."))
        .unwrap_or_default();
    let mut zones = d.list("zones");
    if zones.is_empty() {
        zones = c.vpc.zones().map(str::to_owned).collect();
    }
    if zones.is_empty() || zones.iter().any(|z| c.vpc.subnet_in(z).is_none()) {
        return Err(d.error("nodegroup: each zone needs a subnet line first"));
    }
    let mut instances: Vec<InstanceSpec> = Vec::new();
    for i in all.iter().filter(|i| i.kind == "instance" && i.args.first().map(String::as_str) == Some(name)) {
        i.allow(&["age", "created", "id"], &[])?;
        i.max_args(3)?;
        let zone = i.arg(1, "zone")?.to_owned();
        if !zones.contains(&zone) {
            return Err(i.error(format!("instance: {zone} is not one of {name}'s zones")));
        }
        let ip = i.args.get(2).cloned();
        if let Some(ip) = ip.as_deref().filter(|ip| crate::sim::network::parse_ip(ip).is_none()) {
            return Err(i.error(format!("instance: bad IP address {ip}")));
        }
        instances.push(InstanceSpec {
            zone,
            ip,
            id: i.attr("id").map(str::to_owned),
            launched: i.created(now)?,
        });
    }
    for n in 0..d.number("instances", 0)? as usize {
        instances.push(InstanceSpec {
            zone: zones[n % zones.len()].clone(),
            ip: None,
            id: None,
            launched: created,
        });
    }
    let template = NodeGroupTemplate {
        nodegroup: name.to_owned(),
        region: c.region.clone(),
        instance_type,
        ami_id: d.string("ami", "ami-0d5c4f6a8e21b7c93"),
        capacity_type: d.string("capacity", "ON_DEMAND"),
        kubelet_version: kubelet_version.clone(),
        os_image: d.string("os", "Amazon Linux 2"),
        kernel_version: d.string("kernel", "5.10.225-213.878.amzn2.x86_64"),
        container_runtime: d.string("runtime", "containerd://1.7.22"),
        cloud_provider_id: match d.attr("cloud-provider-id") {
            Some(id) => id.to_owned(),
            None => c.rng.hex(32),
        },
        labels: d.labels("labels")?,
        taints: taints(d)?,
    };
    let count = instances.len() as u32;
    c.add_nodegroup(NodeGroupSpec {
        template,
        min: d.number("min", count.min(1))?,
        max: d.number("max", count.max(1))?,
        zones,
        version,
        release_version: d.string("release", "1.30.4-20241024"),
        created,
        instances,
    });
    Ok(())
}

fn fargate_profile(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    d.allow(&["namespace", "labels", "zones", "role", "age", "created"], &[])?;
    d.max_args(1)?;
    let name = d.arg(0, "name")?.to_owned();
    let account = c.control_plane.account_id.clone();
    let profile = FargateProfile {
        selectors: vec![FargateSelector {
            namespace: d.required("namespace")?.to_owned(),
            labels: Selector(d.labels("labels")?),
        }],
        pod_execution_role: d.attr("role").map_or_else(
            || format!("arn:aws:iam::{account}:role/AmazonEKSFargatePodExecutionRole"),
            str::to_owned,
        ),
        zones: d.list("zones"),
        created: d.created(c.now())?,
        name,
    };
    c.add_fargate_profile(profile);
    Ok(())
}

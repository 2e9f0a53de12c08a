//! The workload directives of a scenario file: Deployments, DaemonSets,
//! bare pods, Services and PodDisruptionBudgets, and the pod template they
//! share.

use super::format::{Directive, ScenarioError};
use crate::sim::pod::{Container, PodSpec, DEFAULT_SCHEDULER};
use crate::sim::quantity::Resources;
use crate::sim::service::{Budget, PodDisruptionBudget, Service, ServicePort, ServiceType};
use crate::sim::taint::{TaintEffect, Toleration};
use crate::sim::workload::{DaemonSet, Deployment, PodTemplate, RollingUpdate};
use crate::sim::{Cluster, Labels, Selector};

/// The pod template shared by deployments, daemonsets and bare pods.
fn template(d: &Directive, default_name: &str, labels: Labels) -> Result<PodTemplate, ScenarioError> {
    let names = d.list("containers");
    let images = d.list("images");
    let names = if names.is_empty() { vec![default_name.to_owned()] } else { names };
    let images =
        if images.is_empty() { vec![d.string("image", "public.ecr.aws/nginx/nginx:1.27")] } else { images };
    if names.len() != images.len() {
        return Err(d.error("containers= and images= must list as many entries"));
    }
    let requests = Resources::new(d.cpu("cpu")?, d.memory("memory")?);
    let limits = Resources::new(d.cpu("limit-cpu")?, d.memory("limit-memory")?);
    let containers = names
        .into_iter()
        .zip(images)
        .enumerate()
        .map(|(i, (name, image))| Container {
            name,
            image,
            requests: if i == 0 { requests } else { Resources::default() },
            limits: if i == 0 { limits } else { Resources::default() },
        })
        .collect();
    let tolerations = d
        .list("tolerate")
        .iter()
        .map(|t| {
            let (key, effect) = t.split_once(':').unwrap_or((t, ""));
            let effect = if effect.is_empty() {
                None
            } else {
                Some(
                    TaintEffect::parse(effect)
                        .ok_or_else(|| d.error(format!("tolerate {t}: unknown effect")))?,
                )
            };
            Ok(if key == "*" { Toleration::everything() } else { Toleration::exists(key, effect, None) })
        })
        .collect::<Result<Vec<_>, ScenarioError>>()?;
    let priority_class = d.attr("priority-class").map(str::to_owned);
    let priority = match priority_class.as_deref() {
        Some("system-node-critical") => 2_000_001_000,
        Some("system-cluster-critical") => 2_000_000_000,
        _ => 0,
    };
    Ok(PodTemplate {
        labels,
        annotations: Labels::new(),
        spec: PodSpec {
            containers,
            node_selector: d.labels("node-selector")?,
            avoid_labels: d.labels("avoid")?,
            tolerations,
            empty_dir: d.flag("empty-dir"),
            host_network: d.flag("host-network"),
            priority,
            priority_class,
            termination_grace_secs: i64::from(d.number("grace", 30)?),
            node_name: None,
            scheduler_name: DEFAULT_SCHEDULER,
            service_account: d.string("service-account", "default"),
        },
    })
}

const TEMPLATE_ATTRS: [&str; 16] = [
    "image",
    "images",
    "containers",
    "cpu",
    "memory",
    "limit-cpu",
    "limit-memory",
    "labels",
    "node-selector",
    "avoid",
    "tolerate",
    "priority-class",
    "grace",
    "service-account",
    "age",
    "created",
];
const TEMPLATE_FLAGS: [&str; 2] = ["empty-dir", "host-network"];

fn labels_or_app(d: &Directive, name: &str) -> Result<Labels, ScenarioError> {
    let mut labels = d.labels("labels")?;
    if labels.is_empty() {
        labels.insert("app".to_owned(), name.to_owned());
    }
    Ok(labels)
}

pub fn deployment(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    let mut allowed = TEMPLATE_ATTRS.to_vec();
    allowed.extend(["replicas", "max-surge", "max-unavailable", "copies"]);
    d.allow(&allowed, &TEMPLATE_FLAGS)?;
    d.max_args(1)?;
    let (ns, base) = d.namespaced(0)?;
    let copies = d.number("copies", 1)?;
    for copy in 1..=copies {
        let name = if copies == 1 { base.clone() } else { format!("{base}-{copy:02}") };
        let labels = labels_or_app(d, &name)?;
        let template = template(d, &base, labels.clone())?;
        let defaults = RollingUpdate::default();
        let meta = c.meta(&ns, &name, labels.clone(), d.created(c.now())?);
        let deployment = Deployment {
            meta,
            replicas: d.number("replicas", 1)?,
            selector: Selector(labels),
            template,
            strategy: RollingUpdate {
                max_surge: d.int_or_percent("max-surge")?.unwrap_or(defaults.max_surge),
                max_unavailable: d.int_or_percent("max-unavailable")?.unwrap_or(defaults.max_unavailable),
            },
            revision: 0,
        };
        c.create_deployment(deployment).map_err(|e| d.error(e.message()))?;
    }
    Ok(())
}

pub fn daemonset(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    d.allow(&TEMPLATE_ATTRS, &TEMPLATE_FLAGS)?;
    d.max_args(1)?;
    let (ns, name) = d.namespaced(0)?;
    let labels = labels_or_app(d, &name)?;
    let template = template(d, &name, labels.clone())?;
    let meta = c.meta(&ns, &name, labels.clone(), d.created(c.now())?);
    c.create_daemonset(DaemonSet { meta, selector: Selector(labels), template })
        .map_err(|e| d.error(e.message()))
}

pub fn pod(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    d.allow(&TEMPLATE_ATTRS, &TEMPLATE_FLAGS)?;
    d.max_args(1)?;
    let (ns, name) = d.namespaced(0)?;
    let labels = d.labels("labels")?;
    let template = template(d, &name, labels)?;
    c.create_pod(&ns, &name, &template).map_err(|e| d.error(e.message()))?;
    let created = d.created(c.now())?;
    if let Some(uid) = c.pods.uid_of(&ns, &name) {
        if let Some(pod) = c.pods.get_mut(uid) {
            pod.meta.created = created;
        }
    }
    Ok(())
}

pub fn service(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    d.allow(&["type", "cluster-ip", "ports", "selector", "labels", "age", "created", "load-balancer"], &[])?;
    d.max_args(1)?;
    let (ns, name) = d.namespaced(0)?;
    let service_type = match d.string("type", "ClusterIP").as_str() {
        "ClusterIP" => ServiceType::ClusterIP,
        "NodePort" => ServiceType::NodePort,
        "LoadBalancer" => ServiceType::LoadBalancer,
        other => return Err(d.error(format!("service: unknown type {other}"))),
    };
    let mut ports = Vec::new();
    for spec in d.list("ports") {
        // `[name:]port[>target][/PROTO]`, e.g. `dns:53/UDP`, `http:80>8080/TCP`.
        let (name, rest) =
            spec.split_once(':').map_or((None, spec.as_str()), |(n, r)| (Some(n.to_owned()), r));
        let (numbers, protocol) = rest.split_once('/').unwrap_or((rest, "TCP"));
        let protocol = match protocol {
            "TCP" => "TCP",
            "UDP" => "UDP",
            _ => return Err(d.error(format!("service: port {spec}: protocol must be TCP or UDP"))),
        };
        let (port, target) = numbers.split_once('>').unwrap_or((numbers, numbers));
        let bad = || d.error(format!("service: bad port {spec}"));
        let port: u16 = port.parse().map_err(|_| bad())?;
        let target_port: u16 = target.parse().map_err(|_| bad())?;
        let node_port =
            (service_type != ServiceType::ClusterIP).then(|| 30_000 + (c.rng.below(2_768) as u16));
        ports.push(ServicePort { name, port, target_port, protocol, node_port });
    }
    let selector = d.labels("selector")?;
    let meta = c.meta(&ns, &name, d.labels("labels")?, d.created(c.now())?);
    let service = Service {
        meta,
        service_type,
        cluster_ip: d.required("cluster-ip")?.to_owned(),
        ports,
        selector: (!selector.is_empty()).then_some(Selector(selector)),
        load_balancer: d.attr("load-balancer").map(str::to_owned),
    };
    c.create_service(service).map_err(|e| d.error(e.message()))
}

pub fn pdb(d: &Directive, c: &mut Cluster) -> Result<(), ScenarioError> {
    d.allow(&["selector", "min-available", "max-unavailable", "age", "created"], &[])?;
    d.max_args(1)?;
    let (ns, name) = d.namespaced(0)?;
    let budget = match (d.int_or_percent("min-available")?, d.int_or_percent("max-unavailable")?) {
        (Some(n), None) => Budget::MinAvailable(n),
        (None, Some(n)) => Budget::MaxUnavailable(n),
        _ => return Err(d.error("pdb: give exactly one of min-available= and max-unavailable=")),
    };
    let meta = c.meta(&ns, &name, Labels::new(), d.created(c.now())?);
    let pdb = PodDisruptionBudget { meta, selector: Selector(d.labels("selector")?), budget };
    c.create_pdb(pdb).map_err(|e| d.error(e.message()))
}

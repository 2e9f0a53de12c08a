//! `kubectl cluster-info` (kubectl `pkg/cmd/clusterinfo`): the API server
//! URL from the kubeconfig, then every Service labelled
//! `kubernetes.io/cluster-service=true` in kube-system, as a link through
//! the API server's service proxy.

use crate::shell::Output;
use crate::sim::service::Service;
use crate::sim::Cluster;

const CLUSTER_SERVICE_LABEL: &str = "kubernetes.io/cluster-service";

pub fn run(cluster: &mut Cluster, args: &[String]) -> Output {
    if super::find_verb(args).is_some_and(|at| args[at] == "dump") {
        return super::not_simulated("\"kubectl cluster-info dump\"", "\"kubectl get events -A\"");
    }
    let parsed = match super::parse_flags("cluster-info", &[], args) {
        Ok(parsed) => parsed,
        Err(output) => return output,
    };
    // Only the flag counts here, not the context's namespace.
    let namespace = parsed.value("namespace").filter(|ns| !ns.is_empty()).unwrap_or("kube-system");
    let host = &cluster.control_plane.endpoint;
    let mut text = format!("Kubernetes control plane is running at {host}\n");
    let services = cluster
        .services()
        .filter(|s| s.meta.namespace == namespace)
        .filter(|s| s.meta.labels.get(CLUSTER_SERVICE_LABEL).is_some_and(|v| v == "true"));
    for service in services {
        let name = service.meta.labels.get("kubernetes.io/name").unwrap_or(&service.meta.name);
        text.push_str(&format!("{name} is running at {}\n", link(host, service)));
    }
    text.push_str("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    let mut out = Output::default();
    out.out(text);
    out
}

/// A load balancer's address per port, else the API server's proxy path to
/// the Service's first port (`[scheme:]name:portName`, https guessed from
/// the port).
fn link(host: &str, service: &Service) -> String {
    if let Some(ingress) = &service.load_balancer {
        return service.ports.iter().map(|p| format!("http://{ingress}:{} ", p.port)).collect();
    }
    let name = match service.ports.first() {
        Some(port) => {
            let port_name = port.name.as_deref().unwrap_or("");
            let https = port_name == "https" || port.port == 443;
            match (https, port_name) {
                (true, _) => format!("https:{}:{port_name}", service.meta.name),
                (false, "") => service.meta.name.clone(),
                (false, _) => format!("{}:{port_name}", service.meta.name),
            }
        }
        None => service.meta.name.clone(),
    };
    format!("{host}/api/v1/namespaces/{}/services/{name}/proxy", service.meta.namespace)
}

//! What the API serves about a pod beyond the fields the engine keeps: the
//! conditions and container IDs the kubelet reports, the QoS class, and the
//! volumes the pod mounts (its `emptyDir`, and the service account token
//! volume admission adds to every pod).

use super::conditions::ConditionStatus;
use super::pod::{ContainerState, PodSpec};
use super::stable_ids::fnv1a;
use super::{Pod, Rng};

/// One entry of `status.conditions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PodConditionStatus {
    pub kind: &'static str,
    pub status: ConditionStatus,
}

/// The `emptyDir` volume of a pod that has one: named and mounted as the
/// Kubernetes documentation's example does.
pub const EMPTY_DIR_VOLUME: &str = "cache-volume";
pub const EMPTY_DIR_MOUNT: &str = "/cache";

/// Where the service account token volume is mounted, read-only.
pub const TOKEN_MOUNT: &str = "/var/run/secrets/kubernetes.io/serviceaccount";

impl PodSpec {
    /// The `emptyDir` volume's name, when the pod has one.
    pub fn empty_dir_volume(&self) -> Option<&'static str> {
        self.empty_dir.then_some(EMPTY_DIR_VOLUME)
    }
}

impl Pod {
    /// The conditions in the order the kubelet lists them; a pod the
    /// scheduler could not place has only `PodScheduled=False`.
    pub fn conditions(&self) -> Vec<PodConditionStatus> {
        let condition = |kind, ok| PodConditionStatus { kind, status: ConditionStatus::of(ok) };
        if self.scheduled.is_none() {
            return match self.unschedulable {
                Some(_) => vec![condition("PodScheduled", false)],
                None => Vec::new(),
            };
        }
        let started = !matches!(self.containers, ContainerState::Waiting { .. });
        let running = self.containers_ready();
        vec![
            condition("PodReadyToStartContainers", started && !self.is_finished()),
            condition("Initialized", true),
            condition("Ready", self.ready),
            condition("ContainersReady", running),
            condition("PodScheduled", true),
        ]
    }

    /// The containers run and the kubelet counts them ready: not once it
    /// has begun stopping them.
    pub fn containers_ready(&self) -> bool {
        matches!(self.containers, ContainerState::Running { .. }) && self.is_active()
    }

    /// `status.qosClass`: Guaranteed when every container limits CPU and
    /// memory at what it requests, BestEffort when none asks for anything.
    pub fn qos_class(&self) -> &'static str {
        let containers = &self.spec.containers;
        let asks = |c: &&super::pod::Container| {
            c.requests.millicpu > 0 || c.requests.memory > 0 || c.limits.millicpu > 0 || c.limits.memory > 0
        };
        if !containers.iter().any(|c| asks(&c)) {
            return "BestEffort";
        }
        let guaranteed = containers.iter().all(|c| {
            c.limits.millicpu > 0
                && c.limits.memory > 0
                && c.requests.millicpu == c.limits.millicpu
                && c.requests.memory == c.limits.memory
        });
        if guaranteed {
            "Guaranteed"
        } else {
            "Burstable"
        }
    }

    /// `kube-api-access-xxxxx`: the projected token volume the
    /// ServiceAccount admission plugin adds, its suffix drawn per pod.
    pub fn token_volume(&self) -> String {
        let mut rng = Rng::new(fnv1a(&self.meta.uid.to_string()));
        format!("kube-api-access-{}", rng.name_suffix(5))
    }

    /// `status.containerStatuses[].containerID`, once the runtime has made
    /// the container.
    pub fn container_id(&self, container: &str) -> Option<String> {
        if matches!(self.containers, ContainerState::Waiting { .. }) {
            return None;
        }
        let mut rng = Rng::new(fnv1a(&format!("{}/{container}", self.meta.uid)));
        Some(format!("containerd://{}", rng.hex(64)))
    }

    /// Whether the kubelet reports container statuses yet: from binding on.
    pub fn has_container_statuses(&self) -> bool {
        self.scheduled.is_some()
    }
}

/// `status.containerStatuses[].image`: the image as the container runtime
/// reports it, a Docker Hub name in full (`docker.io/library/busybox:latest`).
pub fn resolved_image(image: &str) -> String {
    let (first, _) = image.split_once('/').unwrap_or(("", image));
    let has_registry = first.contains(['.', ':']) || first == "localhost";
    let full = match (has_registry, image.contains('/')) {
        (true, _) => image.to_owned(),
        (false, true) => format!("docker.io/{image}"),
        (false, false) => format!("docker.io/library/{image}"),
    };
    let last = full.rsplit('/').next().unwrap_or(&full);
    if last.contains([':', '@']) {
        full
    } else {
        format!("{full}:latest")
    }
}

/// `status.containerStatuses[].imageID`: the resolved repository with the
/// digest the image resolved to (one per image, the same on every node).
pub fn image_id(image: &str) -> String {
    let resolved = resolved_image(image);
    let last_slash = resolved.rfind('/').map_or(0, |i| i + 1);
    let repository = match resolved.rfind(':') {
        Some(colon) if colon > last_slash => resolved.get(..colon).unwrap_or(&resolved),
        _ => &resolved,
    };
    let mut rng = Rng::new(fnv1a(image));
    format!("{repository}@sha256:{}", rng.hex(64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_ids_drop_the_tag_and_keep_the_registry_port() {
        let id = image_id("public.ecr.aws/nginx/nginx:1.27");
        assert!(id.starts_with("public.ecr.aws/nginx/nginx@sha256:"), "{id}");
        assert_eq!(id.len(), "public.ecr.aws/nginx/nginx@sha256:".len() + 64);
        assert!(image_id("localhost:5000/app").starts_with("localhost:5000/app@sha256:"));
        assert_eq!(image_id("nginx:1.27"), image_id("nginx:1.27"));
        assert!(image_id("busybox").starts_with("docker.io/library/busybox@sha256:"));
    }

    #[test]
    fn images_resolve_as_the_runtime_reports_them() {
        assert_eq!(resolved_image("busybox"), "docker.io/library/busybox:latest");
        assert_eq!(resolved_image("bitnami/redis:7"), "docker.io/bitnami/redis:7");
        assert_eq!(resolved_image("public.ecr.aws/nginx/nginx:1.27"), "public.ecr.aws/nginx/nginx:1.27");
        assert_eq!(resolved_image("localhost:5000/app"), "localhost:5000/app:latest");
    }
}

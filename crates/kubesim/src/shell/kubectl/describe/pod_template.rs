//! What pods and pod templates share in describe: the Containers section
//! (`describeContainers`), the Volumes section (`describeVolumes`), and the
//! Pod Template block of the controllers (`DescribePodTemplate`).

use super::format::rfc1123z;
use super::writer::DescribeWriter;
use crate::sim::pod::{Container, ContainerState, Pod, PodSpec};
use crate::sim::pod_status::{image_id, EMPTY_DIR_MOUNT, TOKEN_MOUNT};
use crate::sim::quantity::{format_cpu, format_memory, Resources};
use crate::sim::workload::PodTemplate;

/// A volume as the pod spec lists it.
enum Volume {
    EmptyDir(&'static str),
    ServiceAccountToken(String),
}

impl Volume {
    fn name(&self) -> &str {
        match self {
            Volume::EmptyDir(name) => name,
            Volume::ServiceAccountToken(name) => name,
        }
    }
}

/// The template's volumes, and for a pod the token volume admission adds.
fn volumes(spec: &PodSpec, pod: Option<&Pod>) -> Vec<Volume> {
    let mut volumes: Vec<Volume> = spec.empty_dir_volume().map(Volume::EmptyDir).into_iter().collect();
    if let Some(pod) = pod {
        volumes.push(Volume::ServiceAccountToken(pod.token_volume()));
    }
    volumes
}

/// `describeContainers`. `pod` is the running pod (with statuses), `None`
/// for a template; `space` is the template's extra indentation.
pub fn write_containers(w: &mut DescribeWriter, spec: &PodSpec, pod: Option<&Pod>, space: &str) {
    let none = if spec.containers.is_empty() { " <none>" } else { "" };
    w.write(0, &format!("{space}Containers:{none}\n"));
    let name_indent = if space.is_empty() { "" } else { " " };
    let mounts = mounts(spec, pod);
    let statuses = pod.filter(|p| p.has_container_statuses());
    for container in &spec.containers {
        w.write(1, &format!("{name_indent}{}:\n", container.name));
        if let Some(pod) = statuses {
            w.write(
                2,
                &format!("Container ID:\t{}\n", pod.container_id(&container.name).unwrap_or_default()),
            );
        }
        w.write(2, &format!("Image:\t{}\n", container.image));
        if let Some(pod) = statuses {
            let id = if pod.container_id(&container.name).is_some() {
                image_id(&container.image)
            } else {
                String::new()
            };
            w.write(2, &format!("Image ID:\t{id}\n"));
        }
        w.write(2, "Port:\t<none>\n");
        w.write(2, "Host Port:\t<none>\n");
        if let Some(pod) = statuses {
            write_state(w, pod);
        }
        write_resources(w, container);
        w.write(2, "Environment:\t<none>\n");
        if mounts.is_empty() {
            w.write(2, "Mounts:\t<none>\n");
        } else {
            w.write(2, "Mounts:\n");
            for (path, name, mode) in &mounts {
                w.write(3, &format!("{path} from {name} ({mode})\n"));
            }
        }
    }
}

/// Every container mounts the pod's volumes, sorted by mount path.
fn mounts(spec: &PodSpec, pod: Option<&Pod>) -> Vec<(&'static str, String, &'static str)> {
    let mut mounts: Vec<(&'static str, String, &'static str)> = volumes(spec, pod)
        .into_iter()
        .map(|v| match v {
            Volume::EmptyDir(name) => (EMPTY_DIR_MOUNT, name.to_owned(), "rw"),
            Volume::ServiceAccountToken(name) => (TOKEN_MOUNT, name, "ro"),
        })
        .collect();
    mounts.sort_by_key(|m| m.0);
    mounts
}

/// `describeContainerState`: the state (all containers share the pod's
/// here), readiness and restarts.
fn write_state(w: &mut DescribeWriter, pod: &Pod) {
    match &pod.containers {
        ContainerState::Running { started } => {
            w.write(2, "State:\tRunning\n");
            w.write(3, &format!("Started:\t{}\n", rfc1123z(*started)));
        }
        ContainerState::Waiting { reason } => {
            w.write(2, "State:\tWaiting\n");
            w.write(3, &format!("Reason:\t{reason}\n"));
        }
        ContainerState::Terminated { reason, exit_code, finished } => {
            w.write(2, "State:\tTerminated\n");
            w.write(3, &format!("Reason:\t{reason}\n"));
            w.write(3, &format!("Exit Code:\t{exit_code}\n"));
            w.write(3, &format!("Started:\t{}\n", rfc1123z(pod.scheduled.unwrap_or(*finished))));
            w.write(3, &format!("Finished:\t{}\n", rfc1123z(*finished)));
        }
    }
    let ready = if pod.containers_ready() { "True" } else { "False" };
    w.write(2, &format!("Ready:\t{ready}\n"));
    w.write(2, &format!("Restart Count:\t{}\n", pod.restarts));
}

/// The resources a container sets (a zero here means unset), names sorted.
fn resource_lines(r: Resources) -> Vec<(&'static str, String)> {
    let mut lines = Vec::new();
    if r.millicpu > 0 {
        lines.push(("cpu", format_cpu(r.millicpu)));
    }
    if r.memory > 0 {
        lines.push(("memory", format_memory(r.memory)));
    }
    lines
}

/// `describeContainerResource`: Limits, then Requests.
fn write_resources(w: &mut DescribeWriter, container: &Container) {
    for (title, resources) in [("Limits", container.limits), ("Requests", container.requests)] {
        let lines = resource_lines(resources);
        if lines.is_empty() {
            continue;
        }
        w.write(2, &format!("{title}:\n"));
        for (name, value) in lines {
            w.write(3, &format!("{name}:\t{value}\n"));
        }
    }
}

/// `describeVolumes`.
pub fn write_volumes(w: &mut DescribeWriter, spec: &PodSpec, pod: Option<&Pod>, space: &str) {
    let volumes = volumes(spec, pod);
    if volumes.is_empty() {
        w.write(0, &format!("{space}Volumes:\t<none>\n"));
        return;
    }
    w.write(0, &format!("{space}Volumes:\n"));
    let name_indent = if space.is_empty() { "" } else { " " };
    for volume in &volumes {
        w.write(1, &format!("{name_indent}{}:\n", volume.name()));
        match volume {
            Volume::EmptyDir(_) => w.write(
                2,
                "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t\n    SizeLimit:\t<unset>\n",
            ),
            Volume::ServiceAccountToken(_) => {
                w.write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
                w.write(2, "TokenExpirationSeconds:\t3607\n");
                w.write(2, "ConfigMapName:\tkube-root-ca.crt\n    ConfigMapOptional:\t<nil>\n");
                w.write(2, "DownwardAPI:\ttrue\n");
            }
        }
    }
}

/// `DescribePodTemplate`.
pub fn write_pod_template(w: &mut DescribeWriter, template: &PodTemplate) {
    let spec = &template.spec;
    w.write(0, "Pod Template:\n");
    w.labels("  Labels", &template.labels);
    if !template.annotations.is_empty() {
        w.annotations("  Annotations", &template.annotations);
    }
    // Admission fills in `default` on pods; a template names an account
    // only when it was given one.
    if spec.service_account != "default" {
        w.write(1, &format!("Service Account:\t{}\n", spec.service_account));
    }
    write_containers(w, spec, None, "  ");
    write_volumes(w, spec, None, "  ");
    if let Some(class) = &spec.priority_class {
        w.write(1, &format!("Priority Class Name:\t{class}\n"));
    }
    w.labels("  Node-Selectors", &spec.node_selector);
    w.tolerations("  Tolerations", &spec.tolerations);
}

//! A pod's spec, shared by pods and the templates of their controllers,
//! with the API server's defaults. A pod also gets what admission adds to
//! it alone: its priority, service-account token volume and node.

use super::{string_map, Fields};
use crate::shell::printer::Value;
use crate::sim::meta::OwnerKind;
use crate::sim::pod::Container;
use crate::sim::pod::PodSpec;
use crate::sim::quantity::{format_cpu, format_memory, Resources};
use crate::sim::taint::Toleration;
use crate::sim::workload::PodTemplate;
use crate::sim::{Labels, Pod};

/// The `emptyDir` volume of a pod that has one (the engine knows only that
/// it has one, so it gets this name).
const EMPTY_DIR_VOLUME: &str = "scratch";

/// A controller's `spec.template`.
pub(super) fn template(template: &PodTemplate) -> Value {
    let metadata = Fields::new()
        // A template is never created, so its timestamp is null.
        .set("creationTimestamp", Value::Null)
        .maybe("labels", string_map(&template.labels))
        .maybe("annotations", string_map(&template.annotations))
        .build();
    Value::object([("metadata", metadata), ("spec", spec(&template.spec, None))])
}

/// `spec` of a template (`pod` = None) or of a pod.
pub(super) fn spec(spec: &PodSpec, pod: Option<&Pod>) -> Value {
    let token_volume = pod.map(Pod::token_volume);
    let containers =
        spec.containers.iter().map(|c| container(c, spec.empty_dir, token_volume.as_deref())).collect();
    let mut fields = Fields::new()
        .set("containers", Value::Array(containers))
        .str("dnsPolicy", "ClusterFirst")
        .str("restartPolicy", "Always")
        .str("schedulerName", spec.scheduler_name)
        .set("securityContext", Value::Object(Vec::new()))
        .int("terminationGracePeriodSeconds", spec.termination_grace_secs)
        .maybe("hostNetwork", spec.host_network.then_some(Value::Bool(true)))
        .maybe("nodeSelector", string_map(&spec.node_selector))
        .maybe("priorityClassName", spec.priority_class.as_deref().map(Value::str))
        .maybe("affinity", affinity(&spec.avoid_labels, pod.and_then(daemon_node)))
        .maybe(
            "tolerations",
            (!spec.tolerations.is_empty())
                .then(|| Value::Array(spec.tolerations.iter().map(toleration).collect())),
        );
    let service_account = Value::str(spec.service_account.as_str());
    match (pod, token_volume) {
        (Some(pod), Some(token)) => {
            let mut volumes = Vec::new();
            if spec.empty_dir {
                volumes.push(Value::object([
                    ("emptyDir", Value::Object(Vec::new())),
                    ("name", Value::str(EMPTY_DIR_VOLUME)),
                ]));
            }
            volumes.push(token_volume_source(&token));
            fields = fields
                .set("enableServiceLinks", Value::Bool(true))
                .str("preemptionPolicy", "PreemptLowerPriority")
                .int("priority", spec.priority)
                .set("serviceAccount", service_account.clone())
                .set("serviceAccountName", service_account)
                .maybe("nodeName", pod.node().map(Value::str))
                .set("volumes", Value::Array(volumes));
        }
        _ if spec.service_account != "default" => {
            fields = fields
                .set("serviceAccount", service_account.clone())
                .set("serviceAccountName", service_account);
        }
        _ => {}
    }
    fields.build()
}

/// The node a DaemonSet pod is pinned to by its node affinity.
fn daemon_node(pod: &Pod) -> Option<&str> {
    pod.owned_by(OwnerKind::DaemonSet).then_some(pod.spec.node_name.as_deref()).flatten()
}

fn container(c: &Container, empty_dir: bool, token_volume: Option<&str>) -> Value {
    let mut fields = Fields::new()
        .str("image", c.image.as_str())
        .str("imagePullPolicy", pull_policy(&c.image))
        .str("name", c.name.as_str())
        .set("resources", resources(c.requests, c.limits))
        .str("terminationMessagePath", "/dev/termination-log")
        .str("terminationMessagePolicy", "File");
    if let Some(token) = token_volume {
        let mut mounts = Vec::new();
        if empty_dir {
            mounts.push(Value::object([
                ("mountPath", Value::str(format!("/{EMPTY_DIR_VOLUME}"))),
                ("name", Value::str(EMPTY_DIR_VOLUME)),
            ]));
        }
        mounts.push(Value::object([
            ("mountPath", Value::str("/var/run/secrets/kubernetes.io/serviceaccount")),
            ("name", Value::str(token)),
            ("readOnly", Value::Bool(true)),
        ]));
        fields = fields.set("volumeMounts", Value::Array(mounts));
    }
    fields.build()
}

/// `Always` for `:latest` or no tag, else `IfNotPresent` (the API's default).
fn pull_policy(image: &str) -> &'static str {
    if image.contains('@') {
        return "IfNotPresent";
    }
    let name = image.rsplit('/').next().unwrap_or(image);
    match name.split_once(':') {
        Some((_, tag)) if tag != "latest" => "IfNotPresent",
        _ => "Always",
    }
}

/// `resources`: requests and limits, each only with what was set.
fn resources(requests: Resources, limits: Resources) -> Value {
    let quantities = |r: Resources| {
        let fields = Fields::new()
            .maybe("cpu", (r.millicpu > 0).then(|| Value::str(format_cpu(r.millicpu))))
            .maybe("memory", (r.memory > 0).then(|| Value::str(format_memory(r.memory))))
            .build();
        (fields != Value::Object(Vec::new())).then_some(fields)
    };
    Fields::new().maybe("limits", quantities(limits)).maybe("requests", quantities(requests)).build()
}

/// Required node affinity: `NotIn` for each avoided label, and a DaemonSet
/// pod's own node by name.
fn affinity(avoid: &Labels, node: Option<&str>) -> Option<Value> {
    if avoid.is_empty() && node.is_none() {
        return None;
    }
    let expressions: Vec<Value> = avoid
        .iter()
        .map(|(k, v)| {
            Value::object([
                ("key", Value::str(k.as_str())),
                ("operator", Value::str("NotIn")),
                ("values", Value::Array(vec![Value::str(v.as_str())])),
            ])
        })
        .collect();
    let fields: Option<Vec<Value>> = node.map(|n| {
        vec![Value::object([
            ("key", Value::str("metadata.name")),
            ("operator", Value::str("In")),
            ("values", Value::Array(vec![Value::str(n)])),
        ])]
    });
    let term = Fields::new()
        .maybe("matchExpressions", (!expressions.is_empty()).then_some(Value::Array(expressions)))
        .maybe("matchFields", fields.map(Value::Array))
        .build();
    let required = Value::object([("nodeSelectorTerms", Value::Array(vec![term]))]);
    Some(Value::object([(
        "nodeAffinity",
        Value::object([("requiredDuringSchedulingIgnoredDuringExecution", required)]),
    )]))
}

fn toleration(t: &Toleration) -> Value {
    Fields::new()
        .maybe("key", t.key.as_deref().map(Value::str))
        .str("operator", if t.value.is_some() { "Equal" } else { "Exists" })
        .maybe("value", t.value.as_deref().map(Value::str))
        .maybe("effect", t.effect.map(|e| Value::str(e.as_str())))
        .maybe("tolerationSeconds", t.seconds.map(Value::Int))
        .build()
}

/// The projected volume the ServiceAccount admission plugin mounts in
/// every pod: a token, the cluster CA and the namespace.
fn token_volume_source(name: &str) -> Value {
    let service_account_token =
        Value::object([("expirationSeconds", Value::Int(3_607)), ("path", Value::str("token"))]);
    let config_map = Value::object([
        (
            "items",
            Value::Array(vec![Value::object([
                ("key", Value::str("ca.crt")),
                ("path", Value::str("ca.crt")),
            ])]),
        ),
        ("name", Value::str("kube-root-ca.crt")),
    ]);
    let downward_api = Value::object([(
        "items",
        Value::Array(vec![Value::object([
            (
                "fieldRef",
                Value::object([
                    ("apiVersion", Value::str("v1")),
                    ("fieldPath", Value::str("metadata.namespace")),
                ]),
            ),
            ("path", Value::str("namespace")),
        ])]),
    )]);
    Value::object([
        ("name", Value::str(name)),
        (
            "projected",
            Value::object([
                ("defaultMode", Value::Int(420)),
                (
                    "sources",
                    Value::Array(vec![
                        Value::object([("serviceAccountToken", service_account_token)]),
                        Value::object([("configMap", config_map)]),
                        Value::object([("downwardAPI", downward_api)]),
                    ]),
                ),
            ]),
        ),
    ])
}

//! Creating objects: what `kubectl apply` or a scenario file does, with the
//! defaults the API server and its admission plugins fill in.

use std::collections::BTreeMap;

use super::cluster::{key, Key, Namespace};
use super::fargate::FargateProfile;
use super::meta::{ObjectMeta, OwnerRef};
use super::pod::{ContainerState, Pod, PodPhase, FARGATE_SCHEDULER};
use super::service::{PodDisruptionBudget, Service};
use super::taint::default_tolerations;
use super::workload::{DaemonSet, Deployment, PodTemplate};
use super::{Cluster, Labels, Timestamp};

/// Why an object could not be created, in the API server's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CreateError {
    AlreadyExists { resource: &'static str, name: String },
    NamespaceNotFound(String),
}

impl CreateError {
    pub fn message(&self) -> String {
        match self {
            CreateError::AlreadyExists { resource, name } => {
                format!("Error from server (AlreadyExists): {resource} \"{name}\" already exists")
            }
            CreateError::NamespaceNotFound(ns) => {
                format!("Error from server (NotFound): namespaces \"{ns}\" not found")
            }
        }
    }
}

impl Cluster {
    pub(crate) fn meta(
        &mut self,
        namespace: &str,
        name: &str,
        labels: Labels,
        created: Timestamp,
    ) -> ObjectMeta {
        ObjectMeta {
            name: name.to_owned(),
            namespace: namespace.to_owned(),
            uid: self.new_uid(),
            labels,
            annotations: Labels::new(),
            created,
        }
    }

    pub fn create_namespace(&mut self, name: &str, created: Timestamp) -> Result<(), CreateError> {
        if self.namespaces.contains_key(name) {
            return Err(CreateError::AlreadyExists { resource: "namespaces", name: name.to_owned() });
        }
        let uid = self.new_uid();
        let labels = Labels::from([("kubernetes.io/metadata.name".to_owned(), name.to_owned())]);
        self.namespaces.insert(name.to_owned(), Namespace { name: name.to_owned(), uid, labels, created });
        Ok(())
    }

    fn check_namespace(&self, namespace: &str) -> Result<(), CreateError> {
        if self.namespaces.contains_key(namespace) {
            Ok(())
        } else {
            Err(CreateError::NamespaceNotFound(namespace.to_owned()))
        }
    }

    /// Admits a namespaced object: its namespace must exist and its name be
    /// free in `store`; it gets a fresh UID.
    fn admit<T>(
        &mut self,
        resource: &'static str,
        object: T,
        meta: impl Fn(&mut T) -> &mut ObjectMeta,
        store: impl Fn(&mut Cluster) -> &mut BTreeMap<Key, T>,
    ) -> Result<(), CreateError> {
        let mut object = object;
        let m = meta(&mut object);
        let k = key(&m.namespace, &m.name);
        self.check_namespace(&k.0)?;
        if store(self).contains_key(&k) {
            return Err(CreateError::AlreadyExists { resource, name: k.1 });
        }
        meta(&mut object).uid = self.new_uid();
        store(self).insert(k, object);
        self.touch();
        Ok(())
    }

    /// A Deployment; its controller makes the ReplicaSet and pods on the next
    /// reconcile.
    pub fn create_deployment(&mut self, deployment: Deployment) -> Result<(), CreateError> {
        self.admit("deployments.apps", deployment, |d| &mut d.meta, |c| &mut c.deployments)
    }

    pub fn create_daemonset(&mut self, daemonset: DaemonSet) -> Result<(), CreateError> {
        self.admit("daemonsets.apps", daemonset, |d| &mut d.meta, |c| &mut c.daemonsets)
    }

    pub fn create_service(&mut self, service: Service) -> Result<(), CreateError> {
        self.admit("services", service, |s| &mut s.meta, |c| &mut c.services)
    }

    pub fn create_pdb(&mut self, pdb: PodDisruptionBudget) -> Result<(), CreateError> {
        self.admit("poddisruptionbudgets.policy", pdb, |p| &mut p.meta, |c| &mut c.pdbs)
    }

    pub fn add_fargate_profile(&mut self, profile: FargateProfile) {
        self.fargate_profiles.insert(profile.name.clone(), profile);
    }

    /// A pod as the API server admits it: default tolerations added, and the
    /// Fargate scheduler assigned when a Fargate profile selects it.
    pub(crate) fn new_pod(
        &mut self,
        namespace: &str,
        name: &str,
        template: &PodTemplate,
        owner: Option<OwnerRef>,
    ) -> Pod {
        let mut spec = template.spec.clone();
        for toleration in default_tolerations() {
            if !spec.tolerations.iter().any(|t| t.key == toleration.key && t.effect == toleration.effect) {
                spec.tolerations.push(toleration);
            }
        }
        let mut meta = self.meta(namespace, name, template.labels.clone(), self.now);
        meta.annotations = template.annotations.clone();
        let profile = self
            .fargate_profiles
            .values()
            .find(|p| p.selects(namespace, &template.labels))
            .map(|p| p.name.clone());
        if let Some(profile) = profile.filter(|_| spec.node_name.is_none()) {
            spec.scheduler_name = FARGATE_SCHEDULER;
            meta.labels.insert("eks.amazonaws.com/fargate-profile".to_owned(), profile);
        }
        Pod {
            meta,
            owner,
            spec,
            phase: PodPhase::Pending,
            containers: ContainerState::Waiting { reason: "ContainerCreating" },
            ready: false,
            ip: None,
            restarts: 0,
            scheduled: None,
            unschedulable: None,
            deletion: None,
            reason: None,
        }
    }

    /// A bare pod (no controller): `kubectl run`.
    pub fn create_pod(
        &mut self,
        namespace: &str,
        name: &str,
        template: &PodTemplate,
    ) -> Result<(), CreateError> {
        self.check_namespace(namespace)?;
        if self.pods.contains_name(namespace, name) {
            return Err(CreateError::AlreadyExists { resource: "pods", name: name.to_owned() });
        }
        let pod = self.new_pod(namespace, name, template, None);
        self.pods.insert(pod);
        self.touch();
        Ok(())
    }
}

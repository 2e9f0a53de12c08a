//! Setting a ReplicaSet's size directly (`kubectl scale replicaset`). A
//! Deployment that owns it sets it back on its next pass, as the real one
//! does.

use super::cluster::key;
use super::operations::NotFound;
use super::Cluster;

impl Cluster {
    pub fn set_replicaset_size(
        &mut self,
        namespace: &str,
        name: &str,
        replicas: u32,
    ) -> Result<(), NotFound> {
        let rs = self
            .replicasets
            .get_mut(&key(namespace, name))
            .ok_or_else(|| NotFound { resource: "replicasets.apps", name: name.to_owned() })?;
        rs.replicas = replicas;
        let uid = rs.meta.uid;
        self.rescaled.insert(uid);
        self.touch();
        Ok(())
    }
}

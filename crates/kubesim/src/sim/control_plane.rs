//! The EKS control plane: run by AWS outside the cluster's VPC, so none of
//! its components show up as pods (`kubectl get pods -A` lists no
//! kube-apiserver on EKS).

use super::Timestamp;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlPlane {
    /// `1.30`.
    pub version: String,
    /// The API server's full version, e.g. `v1.30.4-eks-a737599`.
    pub server_version: String,
    /// `eks.8`.
    pub platform_version: String,
    /// `https://<32 hex>.gr7.<region>.eks.amazonaws.com`.
    pub endpoint: String,
    pub endpoint_public_access: bool,
    pub endpoint_private_access: bool,
    pub public_access_cidrs: Vec<String>,
    pub service_ipv4_cidr: String,
    pub account_id: String,
    pub created: Timestamp,
    /// The control plane's ENIs in the cluster's subnets: the Endpoints of
    /// `default/kubernetes`.
    pub eni_ips: Vec<String>,
}

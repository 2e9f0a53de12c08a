//! What a client needs to reach the cluster and who it is once there: the
//! cluster's ARN, the certificate authority its endpoint presents, and the
//! IAM identity the learner's AWS CLI signs requests with.

use super::{stable_ids, Cluster};

/// The IAM role session the learner works as. EKS made an access entry for it
/// with `AmazonEKSClusterAdminPolicy` when it created the cluster (the
/// cluster creator's default since access entries exist).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallerIdentity {
    pub account: String,
    pub role_name: &'static str,
    pub session_name: &'static str,
    /// The role's unique ID (`AROA…`), what STS calls the principal ID.
    pub role_id: &'static str,
    /// The temporary access key of the session (`ASIA…`).
    pub access_key_id: &'static str,
}

impl CallerIdentity {
    /// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
    pub fn arn(&self) -> String {
        format!("arn:aws:sts::{}:assumed-role/{}/{}", self.account, self.role_name, self.session_name)
    }

    /// `arn:aws:iam::ACCOUNT:role/ROLE`.
    pub fn role_arn(&self) -> String {
        format!("arn:aws:iam::{}:role/{}", self.account, self.role_name)
    }

    /// STS's `UserId`: `ROLEID:SESSION`.
    pub fn user_id(&self) -> String {
        format!("{}:{}", self.role_id, self.session_name)
    }
}

impl Cluster {
    /// `arn:aws:eks:REGION:ACCOUNT:cluster/NAME`.
    pub fn arn(&self) -> String {
        self.eks_arn(&format!("cluster/{}", self.name))
    }

    /// `arn:aws:eks:REGION:ACCOUNT:RESOURCE`: the ARN of the cluster or of
    /// something in it (`nodegroup/CLUSTER/NAME/ID`).
    pub fn eks_arn(&self, resource: &str) -> String {
        format!("arn:aws:eks:{}:{}:{resource}", self.region, self.control_plane.account_id)
    }

    pub fn caller_identity(&self) -> CallerIdentity {
        CallerIdentity {
            account: self.control_plane.account_id.clone(),
            role_name: "Admin",
            session_name: "learner",
            role_id: "AROAR4KXQ2ZP7VN3MJ5YT",
            access_key_id: "ASIAR4KXQ2ZPHW6TBL3N",
        }
    }

    /// The 32 hex digits that name the API endpoint, which EKS also uses as
    /// the OIDC issuer's ID.
    pub fn endpoint_id(&self) -> &str {
        let endpoint = &self.control_plane.endpoint;
        let host = endpoint.strip_prefix("https://").unwrap_or(endpoint);
        host.split('.').next().unwrap_or(host)
    }

    /// `certificateAuthority.data` of the cluster: the base64 of its CA
    /// certificate in PEM form, as `describe-cluster` returns it and
    /// `update-kubeconfig` copies it. The certificate is made up: the ASN.1
    /// header EKS CAs start with, then bytes of a real one's length derived
    /// from the endpoint, stable for a scenario.
    pub fn certificate_authority_data(&self) -> String {
        const HEADER: [u8; 13] =
            [0x30, 0x82, 0x03, 0x05, 0x30, 0x82, 0x01, 0xed, 0xa0, 0x03, 0x02, 0x01, 0x02];
        let body = stable_ids::hex(self.endpoint_id(), 2 * 760);
        let mut der = HEADER.to_vec();
        der.extend(
            (0..body.len() / 2)
                .filter_map(|i| body.get(2 * i..2 * i + 2).and_then(|h| u8::from_str_radix(h, 16).ok())),
        );
        let encoded = stable_ids::base64(&der);
        let mut pem = String::from("-----BEGIN CERTIFICATE-----\n");
        let mut rest = encoded.as_str();
        while !rest.is_empty() {
            let (line, tail) = rest.split_at(rest.len().min(64));
            pem.push_str(line);
            pem.push('\n');
            rest = tail;
        }
        pem.push_str("-----END CERTIFICATE-----\n");
        stable_ids::base64(pem.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_authority_data_is_a_pem_certificate_in_base64() {
        let Some(Ok((_, cluster))) = crate::scenario::builtin("basic", None) else { panic!("basic builds") };
        // base64 of "-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBA", as
        // every EKS cluster's `certificateAuthority.data` begins.
        assert!(cluster
            .certificate_authority_data()
            .starts_with("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJB"));
        assert_eq!(cluster.endpoint_id().len(), 32);
        assert_eq!(cluster.arn(), "arn:aws:eks:us-west-2:123456789012:cluster/kubelab");
    }
}

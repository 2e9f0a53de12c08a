//! What a client needs to reach the cluster and who it is once there: the
//! cluster's ARN, the certificate authority its endpoint presents, and the
//! IAM identity the learner's AWS CLI signs requests with.

use super::Cluster;

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
        format!("arn:aws:eks:{}:{}:cluster/{}", self.region, self.control_plane.account_id, self.name)
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

    /// `certificateAuthority.data` of the cluster: the base64 of its CA
    /// certificate in PEM form, as `describe-cluster` returns it and
    /// `update-kubeconfig` copies it. The certificate is made up (an RSA-2048
    /// sized body derived from the endpoint), stable for a scenario.
    pub fn certificate_authority_data(&self) -> String {
        let der = certificate_body(&self.control_plane.endpoint);
        let body = base64(&der);
        let mut pem = String::from("-----BEGIN CERTIFICATE-----\n");
        let mut rest = body.as_str();
        while !rest.is_empty() {
            let (line, tail) = rest.split_at(rest.len().min(64));
            pem.push_str(line);
            pem.push('\n');
            rest = tail;
        }
        pem.push_str("-----END CERTIFICATE-----\n");
        base64(pem.as_bytes())
    }
}

/// A DER-looking certificate: the header every EKS cluster CA starts with
/// (`MIIDBTCCAe2gAwIBAgII…`), then bytes drawn from the endpoint.
fn certificate_body(endpoint: &str) -> Vec<u8> {
    const HEADER: [u8; 15] =
        [0x30, 0x82, 0x03, 0x05, 0x30, 0x82, 0x01, 0xed, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x08];
    const LENGTH: usize = 0x0305 + 4;
    let mut state = endpoint
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let mut der = HEADER.to_vec();
    while der.len() < LENGTH {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        der.extend((z ^ (z >> 31)).to_le_bytes());
    }
    der.truncate(LENGTH);
    der
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        // `chunks` never yields an empty slice, so `chunk[0]` exists.
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_as_the_standard_encoding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"-----BEGIN"), "LS0tLS1CRUdJTg==");
    }

    #[test]
    fn the_authority_data_is_a_pem_certificate_in_base64() {
        let Some(Ok((_, cluster))) = crate::scenario::builtin("basic", None) else { panic!("basic builds") };
        // base64 of "-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgII", as
        // every EKS cluster's `certificateAuthority.data` begins.
        assert!(cluster
            .certificate_authority_data()
            .starts_with("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBZ0lJ"));
        assert_eq!(cluster.arn(), "arn:aws:eks:us-west-2:123456789012:cluster/kubelab");
    }

    #[test]
    fn the_certificate_looks_like_an_eks_ca() {
        let der = certificate_body("https://x.gr7.us-west-2.eks.amazonaws.com");
        assert!(base64(&der).starts_with("MIIDBTCCAe2gAwIBAgII"));
        assert_eq!(der.len(), 777);
    }
}

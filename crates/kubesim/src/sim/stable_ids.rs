//! Stable hashes, and identifiers derived from them for things the engine
//! does not model (security groups, the cluster's CA certificate, a Fargate
//! profile's UUID, container and machine IDs): the same on every run, and
//! drawing nothing from the engine's random source.

const FNV_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a of `text`.
pub fn fnv1a(text: &str) -> u64 {
    fnv1a_from(FNV_OFFSET_BASIS, text)
}

fn fnv1a_from(basis: u64, text: &str) -> u64 {
    text.bytes().fold(basis, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// FNV-1a from a salted basis, then a final mix so neighbouring inputs
/// look unrelated.
fn hash(seed: &str, salt: u64) -> u64 {
    let mut h = fnv1a_from(FNV_OFFSET_BASIS ^ salt, seed);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// `n` lower-case hex digits from `seed`.
pub fn hex(seed: &str, n: usize) -> String {
    let mut out = String::new();
    let mut salt = 0;
    while out.len() < n {
        out.push_str(&format!("{:016x}", hash(seed, salt)));
        salt += 1;
    }
    out.truncate(n);
    out
}

/// A UUID-shaped identifier from `seed`.
pub fn uuid(seed: &str) -> String {
    uuid_layout(&hex(seed, 32))
}

/// 32 hex digits in the 8-4-4-4-12 layout of a UUID.
pub fn uuid_layout(hex: &str) -> String {
    let mut out = String::with_capacity(36);
    for (i, c) in hex.chars().take(32).enumerate() {
        if matches!(i, 8 | 12 | 16 | 20) {
            out.push('-');
        }
        out.push(c);
    }
    out
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let byte = |k: usize| u32::from(chunk.get(k).copied().unwrap_or(0));
        let n = byte(0) << 16 | byte(1) << 8 | byte(2);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(BASE64[(n >> (18 - 6 * i) & 63) as usize]));
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
    fn base64_pads_as_rfc_4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"-----BEGIN"), "LS0tLS1CRUdJTg==");
    }

    #[test]
    fn ids_are_stable_and_shaped() {
        assert_eq!(hex("a", 17), hex("a", 17));
        assert_ne!(hex("a", 16), hex("b", 16));
        let u = uuid("x");
        assert_eq!(u.split('-').map(str::len).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert_eq!(uuid_layout("ec2f7360c2f7b4c41b8304f57e0dee91"), "ec2f7360-c2f7-b4c4-1b83-04f57e0dee91");
    }
}

//! The engine's only source of chance: a seeded SplitMix64. Names, addresses
//! and scheduler tie-breaks draw from it, so a scenario and a seed replay the
//! same world every run.

#[derive(Clone, Debug)]
pub struct Rng(u64);

/// The alphabet of Kubernetes' generated name suffixes
/// (`k8s.io/apimachinery/pkg/util/rand`): no vowels, no look-alikes.
pub(crate) const NAME_ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A value in `0..bound` (0 when `bound` is 0).
    pub fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 {
            return 0;
        }
        // Multiply-shift keeps the draw unbiased enough for names and ties.
        ((u128::from(self.next_u64()) * u128::from(bound)) >> 64) as u64
    }

    /// `n` characters of the Kubernetes name-suffix alphabet, e.g. `7x2kp`.
    pub fn name_suffix(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(NAME_ALPHABET[self.below(NAME_ALPHABET.len() as u64) as usize])).collect()
    }

    /// `n` lowercase hexadecimal digits, e.g. for EC2 instance IDs and ARNs.
    pub fn hex(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b"0123456789abcdef"[self.below(16) as usize])).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_draws() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        assert_eq!(a.name_suffix(5), b.name_suffix(5));
        assert_eq!(a.hex(17), b.hex(17));
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
    }

    #[test]
    fn suffixes_use_the_kubernetes_alphabet() {
        let mut rng = Rng::new(42);
        let s = rng.name_suffix(200);
        assert!(s.bytes().all(|c| NAME_ALPHABET.contains(&c)), "{s}");
        assert!(rng.below(5) < 5);
        assert_eq!(rng.below(0), 0);
    }
}

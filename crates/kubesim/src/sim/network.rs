//! The VPC the cluster lives in: one subnet per availability zone, from which
//! nodes and (through the VPC CNI) pods take their private IPs.

use std::collections::BTreeSet;

use super::Rng;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subnet {
    pub id: String,
    pub zone: String,
    base: u32,
    prefix: u8,
    used: BTreeSet<u32>,
}

impl Subnet {
    /// `cidr` like `10.0.1.0/24`.
    pub fn new(id: &str, zone: &str, cidr: &str) -> Option<Subnet> {
        let (addr, prefix) = cidr.split_once('/')?;
        let prefix: u8 = prefix.parse().ok().filter(|p| (16..=28).contains(p))?;
        let base = parse_ip(addr)?;
        let mask = u32::MAX << (32 - prefix);
        Some(Subnet {
            id: id.to_owned(),
            zone: zone.to_owned(),
            base: base & mask,
            prefix,
            used: BTreeSet::new(),
        })
    }

    pub fn cidr(&self) -> String {
        format!("{}/{}", format_ip(self.base), self.prefix)
    }

    fn size(&self) -> u32 {
        1 << (32 - self.prefix)
    }

    pub fn contains(&self, ip: u32) -> bool {
        ip >= self.base && ip - self.base < self.size()
    }

    /// Takes a free address at random, skipping the four AWS reserves at the
    /// start of the subnet and the broadcast address at its end.
    pub fn allocate(&mut self, rng: &mut Rng) -> Option<String> {
        let usable = self.size() - 5;
        if self.used.len() as u32 >= usable {
            return None;
        }
        let start = rng.below(u64::from(usable)) as u32;
        let offset =
            (0..usable).map(|i| 4 + (start + i) % usable).find(|o| !self.used.contains(&(self.base + o)))?;
        self.used.insert(self.base + offset);
        Some(format_ip(self.base + offset))
    }

    /// Marks an address taken (a scenario's fixed node IPs).
    pub fn reserve(&mut self, ip: &str) -> bool {
        parse_ip(ip).is_some_and(|ip| self.contains(ip) && self.used.insert(ip))
    }

    pub fn release(&mut self, ip: &str) {
        if let Some(ip) = parse_ip(ip) {
            self.used.remove(&ip);
        }
    }
}

pub fn parse_ip(s: &str) -> Option<u32> {
    let mut parts = s.split('.');
    let mut ip = 0u32;
    for _ in 0..4 {
        ip = ip << 8 | u32::from(parts.next()?.parse::<u8>().ok()?);
    }
    parts.next().is_none().then_some(ip)
}

pub fn format_ip(ip: u32) -> String {
    let [a, b, c, d] = ip.to_be_bytes();
    format!("{a}.{b}.{c}.{d}")
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vpc {
    pub id: String,
    pub cidr: String,
    pub subnets: Vec<Subnet>,
}

impl Vpc {
    pub fn subnet_in(&mut self, zone: &str) -> Option<&mut Subnet> {
        self.subnets.iter_mut().find(|s| s.zone == zone)
    }

    pub fn zones(&self) -> impl Iterator<Item = &str> {
        self.subnets.iter().map(|s| s.zone.as_str())
    }

    pub fn reserve(&mut self, ip: &str) -> bool {
        let parsed = parse_ip(ip);
        self.subnets.iter_mut().find(|s| parsed.is_some_and(|p| s.contains(p))).is_some_and(|s| s.reserve(ip))
    }

    pub fn release(&mut self, ip: &str) {
        let parsed = parse_ip(ip);
        if let Some(s) = self.subnets.iter_mut().find(|s| parsed.is_some_and(|p| s.contains(p))) {
            s.release(ip);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_stays_inside_and_never_repeats() {
        let mut subnet = Subnet::new("subnet-1", "us-west-2a", "10.0.1.0/28").expect("valid cidr");
        let mut rng = Rng::new(3);
        let ips: BTreeSet<String> = (0..11).filter_map(|_| subnet.allocate(&mut rng)).collect();
        assert_eq!(ips.len(), 11);
        assert!(ips.iter().all(|ip| ip.starts_with("10.0.1.")));
        assert!(!ips.contains("10.0.1.0") && !ips.contains("10.0.1.15"));
        assert_eq!(subnet.allocate(&mut rng), None);
    }

    #[test]
    fn cidrs_parse_and_print() {
        let subnet = Subnet::new("s", "z", "10.0.1.77/24").expect("valid cidr");
        assert_eq!(subnet.cidr(), "10.0.1.0/24");
        assert!(Subnet::new("s", "z", "10.0.1.0/33").is_none());
        assert_eq!(parse_ip("1.2.3"), None);
    }
}

//! Resource quantities as Kubernetes writes them: CPU in cores or millicores
//! (`250m`, `1`, `0.5`), memory in bytes with binary or decimal suffixes
//! (`256Mi`, `1Gi`, `500M`).

/// What a pod requests or a node offers. CPU in millicores, memory in bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Resources {
    pub millicpu: u64,
    pub memory: u64,
}

impl Resources {
    pub const fn new(millicpu: u64, memory: u64) -> Self {
        Resources { millicpu, memory }
    }

    pub fn saturating_sub(self, other: Resources) -> Resources {
        Resources {
            millicpu: self.millicpu.saturating_sub(other.millicpu),
            memory: self.memory.saturating_sub(other.memory),
        }
    }
}

impl std::ops::Add for Resources {
    type Output = Resources;
    fn add(self, o: Resources) -> Resources {
        Resources { millicpu: self.millicpu + o.millicpu, memory: self.memory + o.memory }
    }
}

impl std::ops::AddAssign for Resources {
    fn add_assign(&mut self, o: Resources) {
        *self = *self + o;
    }
}

pub const KIB: u64 = 1 << 10;
pub const MIB: u64 = 1 << 20;
pub const GIB: u64 = 1 << 30;

/// Parses a CPU quantity into millicores: `250m`, `2`, `0.5`.
pub fn parse_cpu(s: &str) -> Option<u64> {
    if let Some(milli) = s.strip_suffix('m') {
        return milli.parse().ok();
    }
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.len() > 3 || (whole.is_empty() && frac.is_empty()) {
        return None;
    }
    let whole: u64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let frac_milli: u64 = if frac.is_empty() { 0 } else { format!("{frac:0<3}").parse().ok()? };
    whole.checked_mul(1_000)?.checked_add(frac_milli)
}

/// Parses a memory quantity into bytes: `128Mi`, `1Gi`, `500M`, `1048576`.
pub fn parse_memory(s: &str) -> Option<u64> {
    const SUFFIXES: [(&str, u64); 8] = [
        ("Ki", KIB),
        ("Mi", MIB),
        ("Gi", GIB),
        ("Ti", GIB * KIB),
        ("k", 1_000),
        ("M", 1_000_000),
        ("G", 1_000_000_000),
        ("T", 1_000_000_000_000),
    ];
    let (digits, unit) = SUFFIXES
        .iter()
        .find_map(|(suffix, unit)| s.strip_suffix(suffix).map(|d| (d, *unit)))
        .unwrap_or((s, 1));
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u64>().ok()?.checked_mul(unit)
}

/// CPU as Kubernetes prints a quantity: whole cores when exact, else `250m`.
pub fn format_cpu(millicpu: u64) -> String {
    if millicpu % 1_000 == 0 {
        (millicpu / 1_000).to_string()
    } else {
        format!("{millicpu}m")
    }
}

/// Memory as Kubernetes prints a quantity: the largest binary suffix that
/// divides it exactly.
pub fn format_memory(bytes: u64) -> String {
    for (suffix, unit) in [("Gi", GIB), ("Mi", MIB), ("Ki", KIB)] {
        if bytes != 0 && bytes % unit == 0 {
            return format!("{}{suffix}", bytes / unit);
        }
    }
    bytes.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_quantities() {
        assert_eq!(parse_cpu("250m"), Some(250));
        assert_eq!(parse_cpu("2"), Some(2_000));
        assert_eq!(parse_cpu("0.5"), Some(500));
        assert_eq!(parse_cpu(".25"), Some(250));
        assert_eq!(parse_cpu("1.2345"), None);
        assert_eq!(parse_cpu("abc"), None);
        assert_eq!(format_cpu(1_930), "1930m");
        assert_eq!(format_cpu(2_000), "2");
    }

    #[test]
    fn memory_quantities() {
        assert_eq!(parse_memory("256Mi"), Some(256 * MIB));
        assert_eq!(parse_memory("1Gi"), Some(GIB));
        assert_eq!(parse_memory("500M"), Some(500_000_000));
        assert_eq!(parse_memory("42"), Some(42));
        assert_eq!(parse_memory("Mi"), None);
        assert_eq!(parse_memory("-1Mi"), None);
        assert_eq!(format_memory(3_388_364 * KIB), "3388364Ki");
        assert_eq!(format_memory(512 * MIB), "512Mi");
    }
}

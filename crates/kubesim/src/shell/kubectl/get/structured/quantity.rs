//! A resource quantity as apimachinery's `ParseQuantity` reads one (`250m`,
//! `1.5Gi`, `2e3`, even a bare `m`, which is zero), kept exact so that
//! `--sort-by` compares two of them by value.

use std::cmp::Ordering;

/// `±digits × 10^exponent`, digits without leading or trailing zeros
/// (none at all for zero).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Quantity {
    negative: bool,
    digits: Vec<u8>,
    exponent: i64,
}

impl Quantity {
    pub(super) fn parse(s: &str) -> Option<Quantity> {
        let bytes = s.as_bytes();
        if bytes.is_empty() {
            return None;
        }
        let mut pos = 0;
        let negative = match bytes.first() {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        while bytes.get(pos) == Some(&b'0') {
            pos += 1;
        }
        if pos == bytes.len() {
            return Some(Quantity::zero());
        }
        let digits_from = |at: usize| {
            bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let whole_len = digits_from(pos);
        let whole = bytes.get(pos..pos + whole_len).unwrap_or_default();
        pos += whole_len;
        let mut fraction: &[u8] = &[];
        if bytes.get(pos) == Some(&b'.') {
            pos += 1;
            let len = digits_from(pos);
            fraction = bytes.get(pos..pos + len).unwrap_or_default();
            pos += len;
        }
        let suffix = s.get(pos..)?;
        if !is_suffix_shaped(suffix) {
            return None;
        }
        let (base, power) = interpret(suffix)?;
        let mut digits: Vec<u8> = whole.iter().chain(fraction).map(|b| b - b'0').collect();
        let mut exponent = -(fraction.len() as i64);
        match base {
            Base::Decimal => exponent += power,
            Base::Binary => {
                for _ in 0..power {
                    double(&mut digits);
                }
            }
        }
        let mut q = Quantity { negative, digits, exponent }.normalized();
        q.round_up_to_nano();
        if base == Base::Binary {
            q.cap_at_int64_max();
        }
        Some(q)
    }

    fn zero() -> Quantity {
        Quantity { negative: false, digits: Vec::new(), exponent: 0 }
    }

    fn normalized(mut self) -> Quantity {
        let leading = self.digits.iter().take_while(|&&d| d == 0).count();
        self.digits.drain(..leading);
        while self.digits.last() == Some(&0) {
            self.digits.pop();
            self.exponent += 1;
        }
        if self.digits.is_empty() {
            return Quantity::zero();
        }
        self
    }

    /// Nonzero amounts below a nano round up (away from zero) to the next.
    fn round_up_to_nano(&mut self) {
        const NANO: i64 = -9;
        if self.digits.is_empty() || self.exponent >= NANO {
            return;
        }
        let drop = usize::try_from(NANO - self.exponent).unwrap_or(usize::MAX);
        let keep = self.digits.len().saturating_sub(drop);
        self.digits.truncate(keep);
        // Something nonzero was dropped: the digits were normalized.
        increment(&mut self.digits);
        self.exponent = NANO;
        *self = std::mem::replace(self, Quantity::zero()).normalized();
    }

    /// Binary quantities stop at the largest int64.
    fn cap_at_int64_max(&mut self) {
        let max = Quantity {
            negative: false,
            digits: i64::MAX.to_string().bytes().map(|b| b - b'0').collect(),
            exponent: 0,
        };
        if compare_magnitude(self, &max) == Ordering::Greater {
            *self = Quantity { negative: self.negative, ..max };
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Base {
    Decimal,
    Binary,
}

/// The suffix grammar: letters from `eEinumkKMGTP`, then an optional sign
/// and digits.
fn is_suffix_shaped(suffix: &str) -> bool {
    let rest = suffix.trim_start_matches(|c: char| "eEinumkKMGTP".contains(c));
    let rest = rest.strip_prefix(['-', '+']).unwrap_or(rest);
    rest.bytes().all(|b| b.is_ascii_digit())
}

/// The suffix's base and power: SI (`m`, `k`, `G`…), binary (`Ki`, `Gi`…)
/// or a decimal exponent (`e3`, `E-2`).
fn interpret(suffix: &str) -> Option<(Base, i64)> {
    let decimal = match suffix {
        "n" => Some(-9),
        "u" => Some(-6),
        "m" => Some(-3),
        "" => Some(0),
        "k" => Some(3),
        "M" => Some(6),
        "G" => Some(9),
        "T" => Some(12),
        "P" => Some(15),
        "E" => Some(18),
        _ => None,
    };
    if let Some(power) = decimal {
        return Some((Base::Decimal, power));
    }
    let binary = match suffix {
        "Ki" => Some(10),
        "Mi" => Some(20),
        "Gi" => Some(30),
        "Ti" => Some(40),
        "Pi" => Some(50),
        "Ei" => Some(60),
        _ => None,
    };
    if let Some(power) = binary {
        return Some((Base::Binary, power));
    }
    let exponent = suffix.strip_prefix(['e', 'E']).filter(|e| !e.is_empty())?;
    // Go keeps the exponent as an int32.
    let parsed: i64 = exponent.parse().ok()?;
    Some((Base::Decimal, i64::from(parsed as i32)))
}

fn double(digits: &mut Vec<u8>) {
    let mut carry = 0;
    for d in digits.iter_mut().rev() {
        let v = *d * 2 + carry;
        *d = v % 10;
        carry = v / 10;
    }
    if carry > 0 {
        digits.insert(0, carry);
    }
}

fn increment(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d < 9 {
            *d += 1;
            return;
        }
        *d = 0;
    }
    digits.insert(0, 1);
}

fn compare_magnitude(a: &Quantity, b: &Quantity) -> Ordering {
    match (a.digits.is_empty(), b.digits.is_empty()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Less,
        (false, true) => return Ordering::Greater,
        (false, false) => {}
    }
    // The power of ten just above each number.
    let magnitude = |q: &Quantity| q.digits.len() as i64 + q.exponent;
    magnitude(a).cmp(&magnitude(b)).then_with(|| {
        let width = a.digits.len().max(b.digits.len());
        let padded_a = a.digits.iter().copied().chain(std::iter::repeat(0)).take(width);
        let padded_b = b.digits.iter().copied().chain(std::iter::repeat(0)).take(width);
        padded_a.cmp(padded_b)
    })
}

impl Ord for Quantity {
    fn cmp(&self, other: &Self) -> Ordering {
        let sign = |q: &Quantity| {
            if q.digits.is_empty() {
                0
            } else if q.negative {
                -1
            } else {
                1
            }
        };
        sign(self).cmp(&sign(other)).then_with(|| {
            let by_magnitude = compare_magnitude(self, other);
            if self.negative {
                by_magnitude.reverse()
            } else {
                by_magnitude
            }
        })
    }
}

impl PartialOrd for Quantity {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Quantity {
        Quantity::parse(s).unwrap_or_else(|| panic!("{s} is a quantity"))
    }

    #[test]
    fn what_parses() {
        for s in ["250m", "1.5Gi", "2e3", "m", "-", "0", "1930m", "3388364Ki", "17", "1.", "+5k"] {
            assert!(Quantity::parse(s).is_some(), "{s}");
        }
        for s in ["", "Running", "10.0.1.23", "ip-10-0-1-23", "1x", "e", "2025-06-12T09:00:00Z", "1Kib"] {
            assert!(Quantity::parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn compares_by_value() {
        assert!(q("500Mi") < q("1Gi"));
        assert_eq!(q("1Ki").cmp(&q("1024")), Ordering::Equal);
        assert!(q("250m") < q("1"));
        assert!(q("-2") < q("-1"));
        assert!(q("2e3") > q("1999"));
        assert_eq!(q("m"), q("0"));
        assert_eq!(q("0.1n").cmp(&q("1n")), Ordering::Equal);
        assert_eq!(q("16Ei").cmp(&q("9223372036854775807")), Ordering::Equal);
    }
}

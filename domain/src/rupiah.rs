//! Rupiah amounts: whole numbers, never floats.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of money in whole rupiah.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Rupiah(pub i64);

impl Rupiah {
    /// The amount as a plain integer (what the database stores).
    pub fn amount(self) -> i64 {
        self.0
    }
}

/// Formats as the official Indonesian spelling guide writes money: `Rp40.000`, thousands
/// separated by `.`, no decimals (rupiah have no minor unit in practice).
impl fmt::Display for Rupiah {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let digits = self.0.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push('.');
            }
            grouped.push(ch);
        }
        write!(f, "{sign}Rp{grouped}")
    }
}

#[cfg(test)]
mod tests {
    use super::Rupiah;

    #[test]
    fn formats_with_dot_thousands_and_no_decimals() {
        assert_eq!(Rupiah(0).to_string(), "Rp0");
        assert_eq!(Rupiah(5).to_string(), "Rp5");
        assert_eq!(Rupiah(999).to_string(), "Rp999");
        assert_eq!(Rupiah(1_000).to_string(), "Rp1.000");
        assert_eq!(Rupiah(40_000).to_string(), "Rp40.000");
        assert_eq!(Rupiah(500_000).to_string(), "Rp500.000");
        assert_eq!(Rupiah(1_234_567).to_string(), "Rp1.234.567");
    }

    #[test]
    fn formats_extremes_exactly() {
        assert_eq!(Rupiah(-25_000).to_string(), "-Rp25.000");
        assert_eq!(Rupiah(i64::MAX).to_string(), "Rp9.223.372.036.854.775.807");
        assert_eq!(Rupiah(i64::MIN).to_string(), "-Rp9.223.372.036.854.775.808");
    }
}

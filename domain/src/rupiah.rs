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

/// Writes a whole number with its thousands grouped: `group_digits(40000, '.')` is `40.000`.
pub fn group_digits(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(ch);
    }
    grouped
}

/// Formats as the official Indonesian spelling guide writes money: `Rp40.000`, thousands
/// separated by `.`, no decimals (rupiah have no minor unit in practice).
impl fmt::Display for Rupiah {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}Rp{}", group_digits(self.0.unsigned_abs(), '.'))
    }
}

#[cfg(test)]
mod tests {
    use super::{Rupiah, group_digits};

    #[test]
    fn groups_digits_with_any_separator() {
        assert_eq!(group_digits(0, '.'), "0");
        assert_eq!(group_digits(999, '.'), "999");
        assert_eq!(group_digits(1_000, '.'), "1.000");
        assert_eq!(group_digits(100_000, ','), "100,000");
    }

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

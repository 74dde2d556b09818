//! Rupiah amounts: whole numbers, never floats.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of money in whole rupiah.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Rupiah(pub i64);

/// Why a typed price was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RupiahError {
    /// Nothing was typed.
    Empty,
    /// Not a whole number of rupiah as people write them.
    Malformed,
    /// Below zero.
    Negative,
    /// Larger than any price on the site could be.
    TooLarge,
}

impl Rupiah {
    /// The largest price the site accepts: Rp1.000.000.000.000.
    pub const MAX: Rupiah = Rupiah(1_000_000_000_000);

    /// The amount as a plain integer (what the database stores).
    pub fn amount(self) -> i64 {
        self.0
    }

    /// Parses a price as people type it: `25000`, `25.000`, `Rp 25.000`, `Rp25.000,00`,
    /// `rp. 25.000,-`. Thousands must be grouped by three when `.` is used; decimals other
    /// than `,00` / `,-` are refused (rupiah are whole).
    pub fn parse(input: &str) -> Result<Rupiah, RupiahError> {
        let mut text = input.trim();
        if text.is_empty() {
            return Err(RupiahError::Empty);
        }
        let negative = text.starts_with('-');
        if negative {
            text = text[1..].trim_start();
        }
        if text.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("rp")) {
            text = text[2..].trim_start_matches('.').trim_start();
        }
        if negative || text.starts_with('-') {
            return Err(RupiahError::Negative);
        }
        let text = text
            .strip_suffix(",00")
            .or_else(|| text.strip_suffix(",-"))
            .or_else(|| text.strip_suffix(",0"))
            .unwrap_or(text);
        if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(RupiahError::Malformed);
        }
        let groups: Vec<&str> = text.split('.').collect();
        let grouped_right = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        if !grouped_right {
            return Err(RupiahError::Malformed);
        }
        let digits: String = groups.concat();
        if digits.len() > 13 {
            return Err(RupiahError::TooLarge);
        }
        let amount: i64 = digits.parse().map_err(|_| RupiahError::Malformed)?;
        if amount > Rupiah::MAX.0 {
            return Err(RupiahError::TooLarge);
        }
        Ok(Rupiah(amount))
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
    fn parses_prices_as_people_type_them() {
        for (typed, amount) in [
            ("25000", 25_000),
            ("25.000", 25_000),
            ("Rp 25.000", 25_000),
            ("Rp25.000", 25_000),
            ("rp. 25.000,-", 25_000),
            ("Rp 25.000,00", 25_000),
            ("  1.250.000 ", 1_250_000),
            ("0", 0),
            ("500", 500),
        ] {
            assert_eq!(Rupiah::parse(typed), Ok(Rupiah(amount)), "{typed:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_whole_rupiah_amount() {
        use super::RupiahError::*;
        for (typed, error) in [
            ("", Empty),
            ("   ", Empty),
            ("-5000", Negative),
            ("Rp -5.000", Negative),
            ("25,5", Malformed),
            ("25.00", Malformed),
            ("2.5000", Malformed),
            (".500", Malformed),
            ("1e5", Malformed),
            ("Rp", Malformed),
            ("<script>", Malformed),
            ("€100", Malformed),
            ("漢字", Malformed),
            ("25 000", Malformed),
            ("99999999999999999999", TooLarge),
            ("1.000.000.000.001", TooLarge),
        ] {
            assert_eq!(Rupiah::parse(typed), Err(error), "{typed:?}");
        }
    }

    #[test]
    fn formatting_and_parsing_round_trip() {
        for amount in [0, 7, 1_000, 40_000, 123_456_789] {
            assert_eq!(
                Rupiah::parse(&Rupiah(amount).to_string()),
                Ok(Rupiah(amount))
            );
        }
    }

    #[test]
    fn formats_extremes_exactly() {
        assert_eq!(Rupiah(-25_000).to_string(), "-Rp25.000");
        assert_eq!(Rupiah(i64::MAX).to_string(), "Rp9.223.372.036.854.775.807");
        assert_eq!(Rupiah(i64::MIN).to_string(), "-Rp9.223.372.036.854.775.808");
    }
}

//! The three pillars of the OPOP programme.

use serde::{Deserialize, Serialize};

/// Who sells: santri, the pesantren's cooperative, or alumni and the community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Pillar {
    /// Santri (students) under their pesantren's supervision.
    Santripreneur,
    /// The pesantren's cooperative (Kopontren).
    Pesantrenpreneur,
    /// Alumni and the surrounding community.
    Sosiopreneur,
}

impl Pillar {
    /// Every pillar, in the programme's order.
    pub const ALL: [Pillar; 3] = [
        Pillar::Santripreneur,
        Pillar::Pesantrenpreneur,
        Pillar::Sosiopreneur,
    ];

    /// The stable code stored in the database and used in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Pillar::Santripreneur => "santripreneur",
            Pillar::Pesantrenpreneur => "pesantrenpreneur",
            Pillar::Sosiopreneur => "sosiopreneur",
        }
    }

    /// Parses a stored code; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Pillar> {
        Pillar::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The programme's own name for the pillar (the same in both languages).
    pub fn name(self) -> &'static str {
        match self {
            Pillar::Santripreneur => "Santripreneur",
            Pillar::Pesantrenpreneur => "Pesantrenpreneur",
            Pillar::Sosiopreneur => "Sosiopreneur",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Pillar;

    #[test]
    fn codes_round_trip_and_unknown_is_refused() {
        for p in Pillar::ALL {
            assert_eq!(Pillar::from_code(p.code()), Some(p));
        }
        assert_eq!(Pillar::from_code("Santripreneur"), None);
        assert_eq!(Pillar::from_code(""), None);
    }
}

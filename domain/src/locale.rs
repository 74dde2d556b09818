//! The languages of the user interface.

use serde::{Deserialize, Serialize};

/// A UI language. Bahasa Indonesia is the default; English is the second language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Locale {
    /// The BCP 47 tag, as used in `<html lang>`, the `lang` URL parameter and the cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Id => "id",
            Locale::En => "en",
        }
    }

    /// Parses a tag such as `id`, `en`, `en-GB` or `ID`; `None` for other languages.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("id") || primary.eq_ignore_ascii_case("in") {
            Some(Locale::Id)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else {
            None
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Locale {
        match self {
            Locale::Id => Locale::En,
            Locale::En => Locale::Id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    #[test]
    fn parses_tags_leniently_and_refuses_others() {
        assert_eq!(Locale::from_tag("id"), Some(Locale::Id));
        assert_eq!(Locale::from_tag("ID"), Some(Locale::Id));
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag(" en "), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert_eq!(Locale::default(), Locale::Id);
        assert_eq!(Locale::Id.other(), Locale::En);
    }
}

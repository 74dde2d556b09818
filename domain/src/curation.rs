//! The programme's checks: verifying pesantren (only a verified pesantren's listings go live)
//! and curating products (curation level, flagship flag), with every change logged.

use crate::coded::coded_enum;
use crate::{CurationLevel, Rupiah};
use serde::{Deserialize, Serialize};

coded_enum!(
    /// Where a pesantren stands with the programme.
    Verification {
        /// Joined; not yet checked.
        Pending => "pending",
        /// Checked by the programme: its listings may be published.
        Verified => "verified",
        /// Refused, with a note its admin reads; it may be verified later.
        Rejected => "rejected",
    }
);

coded_enum!(
    /// What a curation change changed.
    CurationField {
        /// The curation level.
        Level => "curation_level",
        /// The flagship flag.
        Flagship => "flagship",
    }
);

/// Longest refusal note.
pub const NOTE_MAX_CHARS: usize = 500;

/// A pesantren waiting for (or refused) verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerificationItem {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Profile slug.
    pub slug: String,
    /// Region as cards write it.
    pub region_name: String,
    /// NSP (Kemenag statistic number), if given.
    pub nsp: Option<String>,
    /// Address.
    pub address: String,
    /// Its state.
    pub state: Verification,
    /// The refusal note, if refused.
    pub note: Option<String>,
    /// Joined, `YYYY-MM-DD HH:MM` WIB.
    pub joined_at: String,
}

/// One logged change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurationChange {
    /// The product's name.
    pub product_name: String,
    /// Its page slug.
    pub product_slug: String,
    /// Who changed it.
    pub by: String,
    /// What.
    pub field: CurationField,
    /// Before (a curation level code, or `true`/`false`).
    pub from: String,
    /// After.
    pub to: String,
    /// When, `YYYY-MM-DD HH:MM` WIB.
    pub at: String,
}

/// A product in the curation list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurationItem {
    /// Id.
    pub id: i32,
    /// Page slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Pesantren name.
    pub pesantren_name: String,
    /// Region as cards write it.
    pub region_name: String,
    /// Price.
    pub price: Rupiah,
    /// Curation level.
    pub level: CurationLevel,
    /// Flagship.
    pub flagship: bool,
}

/// The curation page: a filtered page of published products and the latest changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurationPage {
    /// Text filter as typed.
    pub q: String,
    /// Region filter (code).
    pub region: Option<String>,
    /// Level filter.
    pub level: Option<CurationLevel>,
    /// Only flagship products.
    pub flagship_only: bool,
    /// Page, from 1.
    pub page: u64,
    /// Products matching, over all pages.
    pub total: u64,
    /// This page's products.
    pub items: Vec<CurationItem>,
    /// The latest changes, newest first.
    pub changes: Vec<CurationChange>,
    /// Regions for the filter: code and name.
    pub regions: Vec<(String, String)>,
}

/// Products per curation page.
pub const CURATION_PAGE_SIZE: u64 = 25;

/// A refusal note as typed: required, at most [`NOTE_MAX_CHARS`].
pub fn parse_note(text: &str) -> Option<String> {
    crate::text::bounded(text, NOTE_MAX_CHARS, true)
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_needs_a_note_of_bounded_length() {
        assert_eq!(
            parse_note("  NSP tidak ditemukan "),
            Some("NSP tidak ditemukan".into())
        );
        assert_eq!(parse_note("   "), None);
        assert_eq!(parse_note(&"x".repeat(NOTE_MAX_CHARS + 1)), None);
    }

    #[test]
    fn codes_round_trip() {
        for &v in Verification::ALL {
            assert_eq!(Verification::from_code(v.code()), Some(v));
        }
        for &f in CurationField::ALL {
            assert_eq!(CurationField::from_code(f.code()), Some(f));
        }
    }
}

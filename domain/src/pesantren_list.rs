//! The programme's list of every pesantren (any verification state), filterable by text,
//! kabupaten/kota and state, with their sellers and published products.

use crate::curation::Verification;
use serde::{Deserialize, Serialize};

/// Pesantren per page.
pub const PESANTREN_LIST_PAGE_SIZE: u64 = 25;

/// The list's filters, from its URL: `q` (part of the name, at most 100 characters),
/// `wilayah` (a region code, checked against the regions by the caller), `status` (a
/// verification code). Unknown values are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PesantrenListFilter {
    /// Text as typed.
    pub text: String,
    /// Region code.
    pub region: Option<String>,
    /// Verification state.
    pub state: Option<Verification>,
}

impl PesantrenListFilter {
    /// Reads the URL values; `region_exists` says whether a region code is one of the 38.
    pub fn parse(
        q: &str,
        wilayah: &str,
        status: &str,
        region_exists: impl Fn(&str) -> bool,
    ) -> PesantrenListFilter {
        PesantrenListFilter {
            text: q
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(100)
                .collect(),
            region: region_exists(wilayah).then(|| wilayah.to_owned()),
            state: Verification::from_code(status),
        }
    }

    /// The filters as a URL query string (without `?` and page).
    pub fn to_query_string(&self) -> String {
        let mut parts = form_urlencoded::Serializer::new(String::new());
        if !self.text.is_empty() {
            parts.append_pair("q", &self.text);
        }
        if let Some(r) = &self.region {
            parts.append_pair("wilayah", r);
        }
        if let Some(s) = self.state {
            parts.append_pair("status", s.code());
        }
        parts.finish()
    }
}

/// A pesantren in the programme's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PesantrenListItem {
    /// Id.
    pub id: i32,
    /// Profile slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Region code.
    pub region_code: String,
    /// Region as cards write it.
    pub region_name: String,
    /// Verification state.
    pub state: Verification,
    /// Sellers.
    pub sellers: u64,
    /// Published products.
    pub published: u64,
    /// Joined (WIB), `YYYY-MM-DD`.
    pub joined_on: String,
}

/// A page of the programme's pesantren list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PesantrenListPage {
    /// The filters in effect.
    pub filter: PesantrenListFilter,
    /// This page, from 1.
    pub page: u64,
    /// Matching pesantren over all pages.
    pub total: u64,
    /// This page's pesantren, by name.
    pub items: Vec<PesantrenListItem>,
    /// Regions to filter by: (code, display name).
    pub regions: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_read_and_write_back() {
        let f = PesantrenListFilter::parse("  darul   ulum ", "3517", "verified", |c| c == "3517");
        assert_eq!(f.text, "darul ulum");
        assert_eq!(f.region.as_deref(), Some("3517"));
        assert_eq!(f.state, Some(Verification::Verified));
        assert_eq!(
            f.to_query_string(),
            "q=darul+ulum&wilayah=3517&status=verified"
        );
        let bad = PesantrenListFilter::parse("", "9999", "<x>", |c| c == "3517");
        assert_eq!(bad, PesantrenListFilter::default());
        assert_eq!(bad.to_query_string(), "");
    }
}

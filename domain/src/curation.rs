//! The programme's checks: verifying pesantren (only a verified pesantren's listings go live)
//! and curating products (curation level, flagship flag), with every change logged.

use crate::coded::coded_enum;
use crate::{CurationLevel, ListingState, Pillar, Rupiah};
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
    /// Listing state (only published products can be curated).
    pub state: ListingState,
}

/// The filters of the programme's product list: the catalogue's filters plus the listing state
/// and the curation ones. From the URL: `q`, `wilayah`, `kategori`, `pilar`, `min`, `maks`,
/// `halal=1`, `stok=1`, `status` (listing state; published when absent), `tingkat`,
/// `unggulan=1`. Unknown values are ignored; prices the wrong way round are swapped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurationFilter {
    /// Text (at most 100 characters), whitespace collapsed.
    pub text: String,
    /// Region code.
    pub region: Option<String>,
    /// Category slug.
    pub category: Option<String>,
    /// Pillar.
    pub pillar: Option<Pillar>,
    /// Lowest price in Rupiah.
    pub min_price: Option<i64>,
    /// Highest price in Rupiah.
    pub max_price: Option<i64>,
    /// Only halal-certified products.
    pub halal_only: bool,
    /// Only products in stock.
    pub in_stock_only: bool,
    /// Listing state.
    pub state: ListingState,
    /// Curation level.
    pub level: Option<CurationLevel>,
    /// Only flagship products.
    pub flagship_only: bool,
}

impl Default for CurationFilter {
    fn default() -> CurationFilter {
        CurationFilter {
            text: String::new(),
            region: None,
            category: None,
            pillar: None,
            min_price: None,
            max_price: None,
            halal_only: false,
            in_stock_only: false,
            state: ListingState::Published,
            level: None,
            flagship_only: false,
        }
    }
}

impl CurationFilter {
    /// Reads the URL values (`value(key)`, empty when absent); `region_exists` and
    /// `category_exists` check codes and slugs against the reference data.
    pub fn parse(
        value: impl Fn(&str) -> String,
        region_exists: impl Fn(&str) -> bool,
        category_exists: impl Fn(&str) -> bool,
    ) -> CurationFilter {
        let price = |key: &str| {
            Rupiah::parse(&value(key))
                .ok()
                .map(|r| r.amount())
                .filter(|a| *a >= 0)
        };
        let (mut min_price, mut max_price) = (price("min"), price("maks"));
        if let (Some(a), Some(b)) = (min_price, max_price)
            && a > b
        {
            std::mem::swap(&mut min_price, &mut max_price);
        }
        let on = |key: &str| matches!(value(key).as_str(), "1" | "on" | "true" | "ya");
        let region = value("wilayah");
        let category = value("kategori");
        CurationFilter {
            text: value("q")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(100)
                .collect(),
            region: region_exists(&region).then_some(region),
            category: category_exists(&category).then_some(category),
            pillar: Pillar::from_code(&value("pilar")),
            min_price,
            max_price,
            halal_only: on("halal"),
            in_stock_only: on("stok"),
            state: ListingState::from_code(&value("status")).unwrap_or(ListingState::Published),
            level: CurationLevel::from_code(&value("tingkat")),
            flagship_only: on("unggulan"),
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
        if let Some(c) = &self.category {
            parts.append_pair("kategori", c);
        }
        if let Some(p) = self.pillar {
            parts.append_pair("pilar", p.code());
        }
        if let Some(m) = self.min_price {
            parts.append_pair("min", &m.to_string());
        }
        if let Some(m) = self.max_price {
            parts.append_pair("maks", &m.to_string());
        }
        if self.halal_only {
            parts.append_pair("halal", "1");
        }
        if self.in_stock_only {
            parts.append_pair("stok", "1");
        }
        if self.state != ListingState::Published {
            parts.append_pair("status", self.state.code());
        }
        if let Some(l) = self.level {
            parts.append_pair("tingkat", l.code());
        }
        if self.flagship_only {
            parts.append_pair("unggulan", "1");
        }
        parts.finish()
    }
}

/// The curation page: a filtered page of published products and the latest changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurationPage {
    /// The filters in effect.
    pub filter: CurationFilter,
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
    /// Categories for the filter: slug, Indonesian and English name.
    pub categories: Vec<(String, String, String)>,
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

#[cfg(test)]
mod filter_tests {
    use super::*;

    #[test]
    fn the_product_list_reads_the_catalogue_filters_plus_state() {
        let url = "q=kopi++rempah&wilayah=3517&kategori=minuman&pilar=santripreneur&min=Rp+50.000\
                   &maks=10000&halal=1&stok=on&status=submitted&tingkat=curated&unggulan=1";
        let pairs: Vec<(String, String)> = form_urlencoded::parse(url.as_bytes())
            .into_owned()
            .collect();
        let value = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let f = CurationFilter::parse(value, |r| r == "3517", |c| c == "minuman");
        assert_eq!(f.text, "kopi rempah");
        assert_eq!(
            (f.min_price, f.max_price),
            (Some(10_000), Some(50_000)),
            "swapped"
        );
        assert_eq!(f.state, ListingState::Submitted);
        assert_eq!(f.pillar, Some(Pillar::Santripreneur));
        assert!(f.halal_only && f.in_stock_only && f.flagship_only);
        assert_eq!(
            f.to_query_string(),
            "q=kopi+rempah&wilayah=3517&kategori=minuman&pilar=santripreneur&min=10000&maks=50000\
             &halal=1&stok=1&status=submitted&tingkat=curated&unggulan=1"
        );
        let bad = CurationFilter::parse(
            |k| match k {
                "wilayah" => "99".into(),
                "kategori" => "<b>".into(),
                "min" => "-5".into(),
                "status" => "hapus".into(),
                _ => String::new(),
            },
            |r| r == "3517",
            |c| c == "minuman",
        );
        assert_eq!(bad, CurationFilter::default());
        assert_eq!(bad.to_query_string(), "");
    }
}

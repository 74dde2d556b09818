//! The catalogue's filter set: parsed from the URL (forgivingly, with a notice for each
//! correction), written back to a canonical URL, and what a results page carries.

use crate::{Pillar, ProductCard, Rupiah, RupiahError};
use serde::{Deserialize, Serialize};

/// Products per catalogue page.
pub const PAGE_SIZE: u32 = 24;
/// The longest search text kept; longer text is cut.
pub const MAX_TEXT_CHARS: usize = 100;
/// The longest query string read; the rest is ignored.
pub const MAX_QUERY_BYTES: usize = 2_048;

/// The first [`MAX_QUERY_BYTES`] of a query string, cut at a character boundary.
pub fn cut_query(raw: &str) -> &str {
    let mut end = raw.len().min(MAX_QUERY_BYTES);
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    &raw[..end]
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum CatalogueSort {
    /// Best text match first (the default when there is text).
    Relevance,
    /// Newest first (the default without text).
    #[default]
    Newest,
    /// Cheapest first.
    PriceLow,
    /// Most expensive first.
    PriceHigh,
    /// By name, A to Z.
    Name,
}

impl CatalogueSort {
    /// Every order, as offered to users.
    pub const ALL: [CatalogueSort; 5] = [
        CatalogueSort::Relevance,
        CatalogueSort::Newest,
        CatalogueSort::PriceLow,
        CatalogueSort::PriceHigh,
        CatalogueSort::Name,
    ];

    /// The code used in the URL.
    pub fn code(self) -> &'static str {
        match self {
            CatalogueSort::Relevance => "relevan",
            CatalogueSort::Newest => "terbaru",
            CatalogueSort::PriceLow => "termurah",
            CatalogueSort::PriceHigh => "termahal",
            CatalogueSort::Name => "nama",
        }
    }

    /// Parses a URL code.
    pub fn from_code(code: &str) -> Option<CatalogueSort> {
        CatalogueSort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A correction made while reading the URL; the page says each in one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Notice {
    /// The search text was cut to [`MAX_TEXT_CHARS`].
    TextShortened,
    /// The category does not exist and was ignored.
    UnknownCategory,
    /// The region does not exist and was ignored.
    UnknownRegion,
    /// The pesantren does not exist and was ignored.
    UnknownPesantren,
    /// The pillar does not exist and was ignored.
    UnknownPillar,
    /// A price could not be read and was ignored.
    UnreadablePrice,
    /// A negative price was ignored.
    NegativePrice,
    /// Minimum and maximum price were the wrong way round and were swapped.
    PricesSwapped,
    /// The sort order does not exist; the default is used.
    UnknownSort,
    /// The page number was not a page; the first page is shown.
    BadPage,
    /// The page number was past the last page; the last page is shown.
    PageTooHigh,
    /// Relevance needs search text; newest first is used.
    RelevanceWithoutText,
    /// The address was too long; its end was ignored.
    QueryTooLong,
}

/// A filter set, as the URL gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct CatalogueQuery {
    /// Free text, trimmed, whitespace collapsed.
    pub text: Option<String>,
    /// Category slug.
    pub category: Option<String>,
    /// Region code, e.g. `3517`.
    pub region: Option<String>,
    /// Pesantren slug.
    pub pesantren: Option<String>,
    /// Pillar.
    pub pillar: Option<Pillar>,
    /// Lowest price.
    pub min_price: Option<Rupiah>,
    /// Highest price.
    pub max_price: Option<Rupiah>,
    /// Only halal-certified products.
    pub halal_only: bool,
    /// Only products in stock.
    pub in_stock_only: bool,
    /// Order; `None` means the default for the text.
    pub sort: Option<CatalogueSort>,
    /// Page number, from 1.
    pub page: u32,
}

fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 200
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn on(value: &str) -> bool {
    matches!(value, "1" | "on" | "true" | "ya")
}

impl CatalogueQuery {
    /// Reads a URL query string. Unknown or malformed values are dropped or corrected, each
    /// with a [`Notice`]; nothing here fails. Whether category, region and pesantren exist is
    /// checked later against the database.
    pub fn parse(raw: &str) -> (CatalogueQuery, Vec<Notice>) {
        let mut notices = Vec::new();
        let raw = if raw.len() > MAX_QUERY_BYTES {
            notices.push(Notice::QueryTooLong);
            cut_query(raw)
        } else {
            raw
        };
        let mut q = CatalogueQuery {
            page: 1,
            ..Default::default()
        };
        let mut bad_price = false;
        let mut negative_price = false;
        let mut price = |value: &str, slot: &mut Option<Rupiah>| match Rupiah::parse(value) {
            Ok(p) => *slot = Some(p),
            Err(RupiahError::Empty) => {}
            Err(RupiahError::Negative) => negative_price = true,
            Err(_) => bad_price = true,
        };
        for (key, value) in form_urlencoded::parse(raw.trim_start_matches('?').as_bytes()) {
            let value = value.trim();
            match key.as_ref() {
                "q" => {
                    let text: String = value.split_whitespace().collect::<Vec<_>>().join(" ");
                    if text.chars().count() > MAX_TEXT_CHARS {
                        notices.push(Notice::TextShortened);
                        q.text = Some(
                            text.chars()
                                .take(MAX_TEXT_CHARS)
                                .collect::<String>()
                                .trim_end()
                                .to_owned(),
                        );
                    } else if !text.is_empty() {
                        q.text = Some(text);
                    }
                }
                "kategori" if !value.is_empty() => {
                    if is_slug(value) {
                        q.category = Some(value.to_owned());
                    } else {
                        notices.push(Notice::UnknownCategory);
                    }
                }
                "wilayah" if !value.is_empty() => {
                    if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
                        q.region = Some(value.to_owned());
                    } else {
                        notices.push(Notice::UnknownRegion);
                    }
                }
                "pesantren" if !value.is_empty() => {
                    if is_slug(value) {
                        q.pesantren = Some(value.to_owned());
                    } else {
                        notices.push(Notice::UnknownPesantren);
                    }
                }
                "pilar" if !value.is_empty() => match Pillar::from_code(value) {
                    Some(p) => q.pillar = Some(p),
                    None => notices.push(Notice::UnknownPillar),
                },
                "min" => price(value, &mut q.min_price),
                "maks" => price(value, &mut q.max_price),
                "halal" => q.halal_only = on(value),
                "stok" => q.in_stock_only = on(value),
                "urut" if !value.is_empty() => match CatalogueSort::from_code(value) {
                    Some(s) => q.sort = Some(s),
                    None => notices.push(Notice::UnknownSort),
                },
                "hal" if !value.is_empty() => match value.parse::<u32>() {
                    Ok(n) if n >= 1 => q.page = n,
                    _ => notices.push(Notice::BadPage),
                },
                // Other parameters (the language, tracking tags, ...) are not filters.
                _ => {}
            }
        }
        if bad_price {
            notices.push(Notice::UnreadablePrice);
        }
        if negative_price {
            notices.push(Notice::NegativePrice);
        }
        if let (Some(min), Some(max)) = (q.min_price, q.max_price)
            && min > max
        {
            q.min_price = Some(max);
            q.max_price = Some(min);
            notices.push(Notice::PricesSwapped);
        }
        if q.sort == Some(CatalogueSort::Relevance) && q.text.is_none() {
            q.sort = None;
            notices.push(Notice::RelevanceWithoutText);
        }
        (q, notices)
    }

    /// The order actually used: relevance with text, newest without, unless chosen.
    pub fn effective_sort(&self) -> CatalogueSort {
        self.sort.unwrap_or(if self.text.is_some() {
            CatalogueSort::Relevance
        } else {
            CatalogueSort::Newest
        })
    }

    /// The canonical query string (fixed order, defaults left out): the same filter set always
    /// gives the same string, so it serves as URL and as cache key.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let Some(t) = &self.text {
            out.append_pair("q", t);
        }
        if let Some(c) = &self.category {
            out.append_pair("kategori", c);
        }
        if let Some(r) = &self.region {
            out.append_pair("wilayah", r);
        }
        if let Some(p) = &self.pesantren {
            out.append_pair("pesantren", p);
        }
        if let Some(p) = self.pillar {
            out.append_pair("pilar", p.code());
        }
        if let Some(p) = self.min_price {
            out.append_pair("min", &p.0.to_string());
        }
        if let Some(p) = self.max_price {
            out.append_pair("maks", &p.0.to_string());
        }
        if self.halal_only {
            out.append_pair("halal", "1");
        }
        if self.in_stock_only {
            out.append_pair("stok", "1");
        }
        if let Some(s) = self.sort {
            out.append_pair("urut", s.code());
        }
        if self.page > 1 {
            out.append_pair("hal", &self.page.to_string());
        }
        out.finish()
    }

    /// The catalogue URL of this filter set.
    pub fn url(&self) -> String {
        let query = self.to_query_string();
        if query.is_empty() {
            "/produk".to_owned()
        } else {
            format!("/produk?{query}")
        }
    }

    /// The same filters on another page.
    pub fn with_page(&self, page: u32) -> CatalogueQuery {
        CatalogueQuery {
            page,
            ..self.clone()
        }
    }
}

/// One option of a facet, with how many results picking it would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetOption {
    /// The value as it goes into the URL (slug, code).
    pub value: String,
    /// Indonesian label.
    pub label_id: String,
    /// English label.
    pub label_en: String,
    /// Results with this option and every other current filter.
    pub count: u64,
}

/// The facets of a results page.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Facets {
    /// Categories.
    pub categories: Vec<FacetOption>,
    /// Regions (kabupaten/kota).
    pub regions: Vec<FacetOption>,
    /// Pillars.
    pub pillars: Vec<FacetOption>,
}

/// A page of catalogue results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CataloguePage {
    /// The filter set after corrections.
    pub query: CatalogueQuery,
    /// What was corrected.
    pub notices: Vec<Notice>,
    /// Results over all pages.
    pub total: u64,
    /// Number of pages (at least 1).
    pub pages: u32,
    /// The products of this page.
    pub products: Vec<ProductCard>,
    /// Facet counts for the current filter set.
    pub facets: Facets,
    /// Name of the filtered pesantren, when one is picked.
    pub pesantren_name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_filter_and_writes_it_back_canonically() {
        let (q, notices) = CatalogueQuery::parse(
            "urut=termurah&q=kopi++rempah&kategori=makanan-minuman&wilayah=3517&pilar=santripreneur\
             &min=Rp+10.000&maks=50000&halal=1&stok=on&hal=2&lang=en",
        );
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(q.text.as_deref(), Some("kopi rempah"));
        assert_eq!(q.min_price, Some(Rupiah(10_000)));
        assert_eq!(q.max_price, Some(Rupiah(50_000)));
        assert_eq!(q.page, 2);
        assert_eq!(
            q.to_query_string(),
            "q=kopi+rempah&kategori=makanan-minuman&wilayah=3517&pilar=santripreneur&min=10000&maks=50000&halal=1&stok=1&urut=termurah&hal=2"
        );
        let (again, _) = CatalogueQuery::parse(&q.to_query_string());
        assert_eq!(
            again, q,
            "the canonical string reads back to the same filters"
        );
    }

    #[test]
    fn corrects_bad_input_with_one_notice_each() {
        let (q, notices) = CatalogueQuery::parse(
            "min=-5&maks=abc&kategori=<script>&wilayah=35&pilar=x&urut=acak&hal=0",
        );
        assert_eq!(
            q,
            CatalogueQuery {
                page: 1,
                ..Default::default()
            }
        );
        for n in [
            Notice::NegativePrice,
            Notice::UnreadablePrice,
            Notice::UnknownCategory,
            Notice::UnknownRegion,
            Notice::UnknownPillar,
            Notice::UnknownSort,
            Notice::BadPage,
        ] {
            assert!(notices.contains(&n), "{n:?} in {notices:?}");
        }
        let (q, notices) = CatalogueQuery::parse("min=90000&maks=10.000");
        assert_eq!(
            (q.min_price, q.max_price),
            (Some(Rupiah(10_000)), Some(Rupiah(90_000)))
        );
        assert_eq!(notices, vec![Notice::PricesSwapped]);
        let (q, notices) = CatalogueQuery::parse("urut=relevan");
        assert_eq!(
            (q.sort, notices),
            (None, vec![Notice::RelevanceWithoutText])
        );
    }

    #[test]
    fn long_and_hostile_input_is_cut_not_refused() {
        let (q, notices) = CatalogueQuery::parse(&format!("q={}", "a".repeat(10_000)));
        assert_eq!(q.text.map(|t| t.len()), Some(MAX_TEXT_CHARS));
        assert!(notices.contains(&Notice::QueryTooLong));
        let (q, _) = CatalogueQuery::parse("q=%27%3B+DROP+TABLE+products%3B--&hal=99999999999");
        assert_eq!(q.text.as_deref(), Some("'; DROP TABLE products;--"));
        assert_eq!(q.page, 1);
        let (q, _) = CatalogueQuery::parse("q=%ff%fe&hal=%E2%82%AC");
        assert_eq!(q.page, 1);
        assert!(q.text.is_some());
    }

    #[test]
    fn long_multibyte_queries_are_cut_between_characters() {
        // "q=x" puts byte 2,048 in the middle of an "é".
        let raw = format!("q=x{}", "é".repeat(MAX_QUERY_BYTES));
        assert!(!raw.is_char_boundary(MAX_QUERY_BYTES));
        assert!(cut_query(&raw).len() <= MAX_QUERY_BYTES);
        let (_, notices) = CatalogueQuery::parse(&raw);
        assert!(notices.contains(&Notice::QueryTooLong));
        let (_, _) = crate::DirectoryQuery::parse(&raw);
    }

    #[test]
    fn default_sort_follows_the_text() {
        let (q, _) = CatalogueQuery::parse("q=kopi");
        assert_eq!(q.effective_sort(), CatalogueSort::Relevance);
        let (q, _) = CatalogueQuery::parse("");
        assert_eq!(q.effective_sort(), CatalogueSort::Newest);
        assert_eq!(q.url(), "/produk");
    }
}

//! The pesantren directory and profile as the pages show them.

use crate::catalogue::{MAX_TEXT_CHARS, Notice};
use crate::{CataloguePage, Pillar};
use serde::{Deserialize, Serialize};

/// Pesantren per directory page.
pub const DIRECTORY_PAGE_SIZE: u32 = 24;

/// The directory's filters, from the URL (`?q=&wilayah=&hal=`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DirectoryQuery {
    /// Part of the name.
    pub text: Option<String>,
    /// Region code.
    pub region: Option<String>,
    /// Page, from 1.
    pub page: u32,
}

impl DirectoryQuery {
    /// Reads the URL query; bad values are dropped with a notice.
    pub fn parse(raw: &str) -> (DirectoryQuery, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut q = DirectoryQuery {
            page: 1,
            ..Default::default()
        };
        let raw = crate::catalogue::cut_query(raw);
        for (key, value) in form_urlencoded::parse(raw.trim_start_matches('?').as_bytes()) {
            let value = value.trim();
            match key.as_ref() {
                "q" => {
                    let text: String = value.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !text.is_empty() {
                        q.text = Some(text.chars().take(MAX_TEXT_CHARS).collect());
                    }
                }
                "wilayah" if !value.is_empty() => {
                    if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
                        q.region = Some(value.to_owned());
                    } else {
                        notices.push(Notice::UnknownRegion);
                    }
                }
                "hal" if !value.is_empty() => match value.parse::<u32>() {
                    Ok(n) if n >= 1 => q.page = n,
                    _ => notices.push(Notice::BadPage),
                },
                _ => {}
            }
        }
        (q, notices)
    }

    /// The directory URL of these filters on another page.
    pub fn url_for_page(&self, page: u32) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let Some(t) = &self.text {
            out.append_pair("q", t);
        }
        if let Some(r) = &self.region {
            out.append_pair("wilayah", r);
        }
        if page > 1 {
            out.append_pair("hal", &page.to_string());
        }
        let query = out.finish();
        if query.is_empty() {
            "/pesantren".to_owned()
        } else {
            format!("/pesantren?{query}")
        }
    }
}

/// A pesantren in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PesantrenSummary {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Region code, e.g. `3517`.
    pub region_code: String,
    /// Region as cards write it.
    pub region_name: String,
    /// Cooperative (Kopontren), if any.
    pub cooperative_name: Option<String>,
    /// Published products.
    pub product_count: u64,
}

/// A page of the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PesantrenDirectory {
    /// Filters after corrections.
    pub query: DirectoryQuery,
    /// What was corrected.
    pub notices: Vec<Notice>,
    /// Matching pesantren over all pages.
    pub total: u64,
    /// Number of pages (at least 1).
    pub pages: u32,
    /// This page's pesantren.
    pub items: Vec<PesantrenSummary>,
    /// Regions to filter by: (code, display name).
    pub regions: Vec<(String, String)>,
}

/// A pesantren's profile page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PesantrenProfile {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Kemenag statistic number.
    pub nsp: Option<String>,
    /// Region as cards write it.
    pub region_name: String,
    /// Region code.
    pub region_code: String,
    /// Street address.
    pub address: String,
    /// Profile text.
    pub description: String,
    /// Cooperative (Kopontren).
    pub cooperative_name: Option<String>,
    /// WhatsApp number, international form.
    pub whatsapp: String,
    /// Its photo (large size URL), if it has one.
    pub photo_url: Option<String>,
    /// Pillars of its published products.
    pub pillars: Vec<Pillar>,
    /// Its published products, one page of them.
    pub products: CataloguePage,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_query_reads_and_writes_back() {
        let (q, notices) = DirectoryQuery::parse("q=Darul++Ulum&wilayah=3517&hal=2&x=1");
        assert!(notices.is_empty());
        assert_eq!(
            q.url_for_page(3),
            "/pesantren?q=Darul+Ulum&wilayah=3517&hal=3"
        );
        let (q, notices) = DirectoryQuery::parse("wilayah=jombang&hal=-1");
        assert_eq!(
            q,
            DirectoryQuery {
                page: 1,
                ..Default::default()
            }
        );
        assert_eq!(notices, vec![Notice::UnknownRegion, Notice::BadPage]);
    }
}

//! News posts (Berita): what a programme admin types into the editor and the rule that checks
//! it, and what the news pages show. The Markdown body is rendered and sanitised on the server.

use crate::coded::coded_enum;
use crate::home::{NewsSummary, ProductCard};
use crate::text::{TextProblem, bounded};
use serde::{Deserialize, Serialize};

/// Longest title, in characters.
pub const MAX_TITLE: usize = 150;
/// Longest body, in characters.
pub const MAX_BODY: usize = 50_000;
/// Most featured products under a post.
pub const MAX_FEATURED: usize = 12;
/// Posts per page of the news list.
pub const NEWS_PAGE_SIZE: u64 = 10;

coded_enum!(
    /// Whether the public sees a post.
    NewsState {
        /// Only programme staff see it.
        Draft => "draft",
        /// On the news list, the home page and its own page.
        Published => "published",
    }
);

/// A field of the news editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NewsField {
    /// Title.
    Title,
    /// Markdown body.
    Body,
    /// Featured products.
    Products,
}

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NewsProblem {
    /// Must be filled in.
    Required,
    /// Longer than allowed (the limit in characters).
    TooLong(usize),
    /// More than [`MAX_FEATURED`] products.
    TooManyProducts,
    /// These entries are not published products.
    UnknownProducts(Vec<String>),
}

/// What the editor sends: the featured products as product addresses or slugs, one per line
/// (commas and spaces also separate them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsInput {
    /// Title.
    pub title: String,
    /// Markdown body.
    pub body: String,
    /// Featured products.
    pub products: String,
    /// Publish (or keep published) rather than keep as a draft.
    pub publish: bool,
}

/// A checked post: the products still have to be found among the published ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidNews {
    /// Title.
    pub title: String,
    /// Markdown body.
    pub body: String,
    /// Featured product slugs, in order, without repeats.
    pub product_slugs: Vec<String>,
    /// Draft or published.
    pub state: NewsState,
}

/// A slug from a product address (`https://…/produk/kopi-rempah-12?x`) or a bare slug.
fn product_slug(entry: &str) -> String {
    let path = entry.split(['?', '#']).next().unwrap_or_default();
    let path = path.trim_end_matches('/');
    let slug = path.rsplit('/').next().unwrap_or(path);
    slug.to_lowercase()
}

impl NewsInput {
    /// Checks every field; all problems at once.
    pub fn check(&self) -> Result<ValidNews, Vec<(NewsField, NewsProblem)>> {
        let mut problems = Vec::new();
        let mut text = |field, value: &str, max| match bounded(value, max, true) {
            Ok(v) => v.unwrap_or_default(),
            Err(TextProblem::Required) => {
                problems.push((field, NewsProblem::Required));
                String::new()
            }
            Err(TextProblem::TooLong) => {
                problems.push((field, NewsProblem::TooLong(max)));
                String::new()
            }
        };
        let title = text(NewsField::Title, &self.title, MAX_TITLE);
        let body = text(NewsField::Body, &self.body, MAX_BODY);
        let mut product_slugs: Vec<String> = Vec::new();
        for entry in self
            .products
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|e| !e.is_empty())
        {
            let slug = product_slug(entry);
            if !slug.is_empty() && !product_slugs.contains(&slug) {
                product_slugs.push(slug);
            }
        }
        if product_slugs.len() > MAX_FEATURED {
            problems.push((NewsField::Products, NewsProblem::TooManyProducts));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(ValidNews {
            title,
            body,
            product_slugs,
            state: if self.publish {
                NewsState::Published
            } else {
                NewsState::Draft
            },
        })
    }
}

/// A post's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsPost {
    /// URL slug.
    pub slug: String,
    /// The page's absolute address (for sharing).
    pub url: String,
    /// Title.
    pub title: String,
    /// The body as sanitised HTML.
    pub body_html: String,
    /// First paragraph as plain text (meta description).
    pub excerpt: String,
    /// Publication date (WIB), `YYYY-MM-DD`; `None` for a draft.
    pub published_on: Option<String>,
    /// Cover photo (large size), if any.
    pub cover_url: Option<String>,
    /// Draft or published (a draft is shown to programme staff only).
    pub state: NewsState,
    /// Featured products that are still published, in the editor's order.
    pub featured: Vec<ProductCard>,
}

/// A page of the news list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsListPage {
    /// This page's posts, newest first.
    pub posts: Vec<NewsSummary>,
    /// This page, from 1.
    pub page: u64,
    /// Number of pages (at least 1).
    pub pages: u64,
}

/// A post in the programme's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsAdminItem {
    /// Id (the editor's address).
    pub id: i32,
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Draft or published.
    pub state: NewsState,
    /// Publication date, or creation date of a draft (WIB), `YYYY-MM-DD`.
    pub date: String,
}

/// The editor's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsEditor {
    /// Id.
    pub id: i32,
    /// URL slug.
    pub slug: String,
    /// What the form shows.
    pub input: NewsInput,
    /// Draft or published.
    pub state: NewsState,
    /// Cover photo (small size), if any.
    pub cover_url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(title: &str, body: &str, products: &str) -> NewsInput {
        NewsInput {
            title: title.into(),
            body: body.into(),
            products: products.into(),
            publish: true,
        }
    }

    #[test]
    fn a_post_needs_a_title_and_a_body_within_limits() {
        let problems = input(" ", "", "").check().expect_err("refused");
        assert_eq!(
            problems,
            [
                (NewsField::Title, NewsProblem::Required),
                (NewsField::Body, NewsProblem::Required)
            ]
        );
        let long = "a".repeat(MAX_TITLE + 1);
        let problems = input(&long, "isi", "").check().expect_err("refused");
        assert_eq!(
            problems,
            [(NewsField::Title, NewsProblem::TooLong(MAX_TITLE))]
        );
        let ok = input("  Judul  ", "Isi\r\nberita", "")
            .check()
            .expect("valid");
        assert_eq!(
            (ok.title.as_str(), ok.body.as_str()),
            ("Judul", "Isi\nberita")
        );
        assert_eq!(ok.state, NewsState::Published);
    }

    #[test]
    fn featured_products_are_read_from_addresses_or_slugs() {
        let ok = input(
            "Judul",
            "Isi",
            "https://opop.example/produk/kopi-rempah-12?lang=en\nkeripik-tempe-3, KOPI-REMPAH-12\n\n/produk/batik-7/",
        )
        .check()
        .expect("valid");
        assert_eq!(
            ok.product_slugs,
            ["kopi-rempah-12", "keripik-tempe-3", "batik-7"]
        );
        let many = (0..=MAX_FEATURED)
            .map(|i| format!("p-{i}"))
            .collect::<Vec<_>>()
            .join("\n");
        let problems = input("Judul", "Isi", &many).check().expect_err("refused");
        assert_eq!(
            problems,
            [(NewsField::Products, NewsProblem::TooManyProducts)]
        );
    }
}

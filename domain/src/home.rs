//! What the home page shows, as it travels from the server to the browser.

use crate::{Pillar, Rupiah};
use serde::{Deserialize, Serialize};

/// Everything on the home page, loaded in one round trip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HomeData {
    /// Progress figures of the programme.
    pub progress: ProgrammeProgress,
    /// The "Produk Unggulan" shelf.
    pub flagship: Vec<ProductCard>,
    /// The latest published news posts.
    pub news: Vec<NewsSummary>,
}

/// The programme's progress, computed from live data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeProgress {
    /// Published flagship products.
    pub flagship_products: u64,
    /// The target for flagship products.
    pub flagship_target: u32,
    /// Pesantren that have joined (verified).
    pub pesantren: u64,
    /// Published products of every kind.
    pub products: u64,
    /// Sellers per pillar, in [`Pillar::ALL`] order.
    pub sellers_per_pillar: Vec<(Pillar, u64)>,
}

impl ProgrammeProgress {
    /// Flagship progress in whole percent, capped at 100 for the progress bar.
    pub fn flagship_percent(&self) -> u32 {
        if self.flagship_target == 0 {
            return 100;
        }
        let pct = self.flagship_products.saturating_mul(100) / u64::from(self.flagship_target);
        u32::try_from(pct.min(100)).unwrap_or(100)
    }
}

/// A product as a catalogue card shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductCard {
    /// Product id (for the add-to-cart button).
    pub id: i32,
    /// URL slug of the product.
    pub slug: String,
    /// Product name.
    pub name: String,
    /// Price.
    pub price: Rupiah,
    /// Name of the pesantren that sells it.
    pub pesantren_name: String,
    /// Region (kabupaten/kota) name of the pesantren.
    pub region_name: String,
    /// Public URL path of the cover photo (small size), if any.
    pub photo_url: Option<String>,
    /// Whether the product carries a halal certificate.
    pub halal_certified: bool,
    /// Whether any are left.
    pub in_stock: bool,
}

/// A news post in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsSummary {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// First paragraph, as plain text.
    pub excerpt: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published_on: String,
    /// Public URL path of the cover photo, if any.
    pub cover_url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flagship_percent_rounds_down_and_caps() {
        let mut p = ProgrammeProgress {
            flagship_products: 59,
            flagship_target: 1_000,
            pesantren: 0,
            products: 0,
            sellers_per_pillar: vec![],
        };
        assert_eq!(p.flagship_percent(), 5);
        p.flagship_products = 1_500;
        assert_eq!(p.flagship_percent(), 100);
        p.flagship_target = 0;
        assert_eq!(p.flagship_percent(), 100);
    }
}

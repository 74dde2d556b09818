//! A product as its own page shows it.

use crate::{HalalStatus, Pillar, ProductCard, Rupiah};
use serde::{Deserialize, Serialize};

/// A stored photo in the sizes the page offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    /// URL of the small size (320 px wide).
    pub small: String,
    /// URL of the large size (640 px wide).
    pub large: String,
    /// Width of the large size.
    pub width: u32,
    /// Height of the large size.
    pub height: u32,
}

/// Everything the product page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductDetail {
    /// Id (for the add-to-cart form).
    pub id: i32,
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Plain-text description (line breaks kept).
    pub description: String,
    /// Price.
    pub price: Rupiah,
    /// Units in stock.
    pub stock: i32,
    /// Selling unit.
    pub unit: String,
    /// Shipping weight in grams (0 for services).
    pub weight_grams: i32,
    /// Category slug.
    pub category_slug: String,
    /// Category name in Indonesian.
    pub category_id: String,
    /// Category name in English.
    pub category_en: String,
    /// Pillar.
    pub pillar: Pillar,
    /// Halal status.
    pub halal: HalalStatus,
    /// Halal certificate number.
    pub halal_certificate_no: Option<String>,
    /// PIRT number.
    pub pirt_no: Option<String>,
    /// BPOM number.
    pub bpom_no: Option<String>,
    /// A flagship product.
    pub is_flagship: bool,
    /// Pesantren name.
    pub pesantren_name: String,
    /// Pesantren slug.
    pub pesantren_slug: String,
    /// Region as cards write it (`Kab. Jombang`).
    pub region_name: String,
    /// Region code.
    pub region_code: String,
    /// WhatsApp number of the pesantren, international form without `+`.
    pub whatsapp: String,
    /// Photos, cover first.
    pub photos: Vec<Photo>,
    /// Other published products of the same pesantren.
    pub related: Vec<ProductCard>,
    /// The page's absolute URL (for sharing and Open Graph).
    pub url: String,
}

/// A `wa.me` link that opens a chat with a prefilled message.
pub fn whatsapp_link(number: &str, message: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let text: String = form_urlencoded::byte_serialize(message.as_bytes()).collect();
    format!("https://wa.me/{digits}?text={}", text.replace('+', "%20"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn whatsapp_links_carry_the_message_encoded() {
        assert_eq!(
            super::whatsapp_link("+62 812-3456", "Halo, saya mau Kopi & Teh?"),
            "https://wa.me/628123456?text=Halo%2C%20saya%20mau%20Kopi%20%26%20Teh%3F"
        );
    }
}

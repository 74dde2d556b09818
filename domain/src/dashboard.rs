//! What the sellers' and pesantren admins' pages show: their listings, the listing editor, the
//! review queue and the sellers of a pesantren.

use crate::{ListingErrors, ListingInput, ListingState, Pillar, Rupiah};
use serde::{Deserialize, Serialize};

/// One listing in a seller's "Produk saya".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingSummary {
    /// Product id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// URL slug (the public page exists only while published).
    pub slug: String,
    /// Listing state.
    pub state: ListingState,
    /// Why the pesantren refused it.
    pub rejection_reason: Option<String>,
    /// Price.
    pub price: Rupiah,
    /// Stock.
    pub stock: i32,
    /// Last change, `YYYY-MM-DD`.
    pub updated: String,
}

/// A seller's listings, with how many there are in each state.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MyListings {
    /// Listings, most recently changed first.
    pub items: Vec<ListingSummary>,
}

impl MyListings {
    /// How many listings are in `state`.
    pub fn count(&self, state: ListingState) -> usize {
        self.items.iter().filter(|l| l.state == state).count()
    }
}

/// A category as the listing form offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryOption {
    /// Id (the form value).
    pub id: i32,
    /// Indonesian name.
    pub name_id: String,
    /// English name.
    pub name_en: String,
}

/// The listing editor: the form as stored or as last typed, and any refused fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingEditor {
    /// The product, when editing an existing one.
    pub id: Option<i32>,
    /// Its current state, when editing.
    pub state: Option<ListingState>,
    /// Why the pesantren refused it, when it was.
    pub rejection_reason: Option<String>,
    /// The pillar the listing carries (fixed by the seller's role).
    pub pillar: Pillar,
    /// The form's values.
    pub input: ListingInput,
    /// Fields the server refused on the last submit (JavaScript off).
    pub errors: ListingErrors,
    /// Categories to choose from.
    pub categories: Vec<CategoryOption>,
    /// The listing's photos, cover first.
    pub photos: Vec<crate::media::EditorPhoto>,
}

/// A submitted listing waiting for the pesantren's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    /// Product id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Who listed it.
    pub seller_name: String,
    /// Pillar.
    pub pillar: Pillar,
    /// Price.
    pub price: Rupiah,
    /// Stock.
    pub stock: i32,
    /// Unit.
    pub unit: String,
    /// Description.
    pub description: String,
    /// Halal certificate number, when certified.
    pub halal_certificate: Option<String>,
    /// Last change, `YYYY-MM-DD`.
    pub updated: String,
}

/// A seller of a pesantren, with their listing counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerSummary {
    /// User id.
    pub id: i32,
    /// Name.
    pub display_name: String,
    /// Email.
    pub email: String,
    /// Pillar.
    pub pillar: Option<Pillar>,
    /// Published listings.
    pub published: u32,
    /// Listings waiting for review.
    pub submitted: u32,
    /// All listings that are not archived.
    pub active: u32,
}

/// The pesantren admin's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PesantrenAdminPage {
    /// The pesantren's name.
    pub pesantren_name: String,
    /// Its public profile slug.
    pub pesantren_slug: String,
    /// Listings waiting for a decision, oldest first.
    pub queue: Vec<ReviewItem>,
    /// Its sellers.
    pub sellers: Vec<SellerSummary>,
    /// Where it stands with the programme (only a verified pesantren's listings go live).
    pub verification: crate::curation::Verification,
    /// Why the programme refused it, if it did.
    pub verification_note: Option<String>,
}

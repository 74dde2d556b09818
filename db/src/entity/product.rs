//! A product listed by a seller of a pesantren.

use sea_orm::entity::prelude::*;

/// A product row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "products")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The pesantren that sells it.
    pub pesantren_id: i32,
    /// The pesantren's region code (copied for fast filters).
    pub region_code: String,
    /// The seller who listed it.
    pub seller_id: i32,
    /// Category.
    pub category_id: i32,
    /// Pillar code (see `domain::Pillar`).
    pub pillar: String,
    /// Name.
    pub name: String,
    /// URL slug, unique.
    pub slug: String,
    /// Plain-text description.
    pub description: String,
    /// Folded text the search index is built from (see `domain::search`).
    pub search_text: String,
    /// Price in whole rupiah.
    pub price: i64,
    /// Units in stock; never below zero.
    pub stock: i32,
    /// Selling unit, e.g. `pak`, `botol`, `kg`.
    pub unit: String,
    /// Shipping weight in grams.
    pub weight_grams: i32,
    /// Halal status code (see `domain::HalalStatus`).
    pub halal_status: String,
    /// Halal certificate number, starting with `ID`.
    pub halal_certificate_no: Option<String>,
    /// PIRT (home-industry food permit) number.
    pub pirt_no: Option<String>,
    /// BPOM registration number.
    pub bpom_no: Option<String>,
    /// Listing state code (see `domain::ListingState`).
    pub listing_state: String,
    /// Why the pesantren rejected it.
    pub rejection_reason: Option<String>,
    /// Curation level code (see `domain::CurationLevel`).
    pub curation_level: String,
    /// A flagship product ("produk unggulan").
    pub is_flagship: bool,
    /// When it was published.
    pub published_at: Option<TimeDateTimeWithTimeZone>,
    /// When it was created.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When it was last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations of a product.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

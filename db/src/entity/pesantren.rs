//! A pesantren (Islamic boarding school).

use sea_orm::entity::prelude::*;

/// A pesantren row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pesantren")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// URL slug.
    pub slug: String,
    /// Name, e.g. `Pondok Pesantren Darul Ulum`.
    pub name: String,
    /// Kemenag statistic number (NSP), when known.
    pub nsp: Option<String>,
    /// Region code.
    pub region_code: String,
    /// Street address.
    pub address: String,
    /// Profile text.
    pub description: String,
    /// Name of the cooperative (Kopontren), if any.
    pub cooperative_name: Option<String>,
    /// WhatsApp number in international form, e.g. `6281234567890`.
    pub whatsapp: String,
    /// `pending`, `verified` or `rejected`.
    pub verification: String,
    /// When the programme verified it.
    pub verified_at: Option<TimeDateTimeWithTimeZone>,
    /// When it joined.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Storage key of its photo, if it has one.
    pub photo_key: Option<String>,
    /// Why the programme refused to verify it.
    pub verification_note: Option<String>,
}

/// Relations of a pesantren.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! A kabupaten/kota of East Java.

use sea_orm::entity::prelude::*;

/// A region row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "regions")]
pub struct Model {
    /// Kemendagri code, e.g. `3517` for Kabupaten Jombang.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    /// `kabupaten` or `kota`.
    pub kind: String,
    /// Name without the kind, e.g. `Jombang`.
    pub name: String,
    /// URL slug, e.g. `kabupaten-jombang`.
    pub slug: String,
}

/// Relations of a region.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

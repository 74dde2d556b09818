//! One change to a product's curation level or flagship flag.

use sea_orm::entity::prelude::*;

/// A curation log row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "curation_log")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The product.
    pub product_id: i32,
    /// The programme admin who changed it.
    pub changed_by: i32,
    /// `curation_level` or `flagship` (see `domain::curation::CurationField`).
    pub field: String,
    /// The value before.
    pub old_value: String,
    /// The value after.
    pub new_value: String,
    /// When.
    pub changed_at: TimeDateTimeWithTimeZone,
}

/// Relations of a curation log row.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! A target for a year, province-wide (no region) or for one region.

use sea_orm::entity::prelude::*;

/// A target row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "targets")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Year.
    pub year: i32,
    /// `flagship_products`, `pesantren` or `santri_sellers`.
    pub metric: String,
    /// Region code; `None` for the whole province.
    pub region_code: Option<String>,
    /// The number to reach.
    pub value: i32,
    /// When it was set.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations of a target.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

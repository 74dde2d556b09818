//! A photo of a product; the image files live in the media store under its storage key.

use sea_orm::entity::prelude::*;

/// A product photo row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "product_photos")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The product.
    pub product_id: i32,
    /// Key in the media store, without size suffix (see `domain::media`).
    pub storage_key: String,
    /// Width of the largest stored size, in pixels.
    pub width: i32,
    /// Height of the largest stored size, in pixels.
    pub height: i32,
    /// Order; 0 is the cover.
    pub position: i32,
}

/// Relations of a product photo.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! A product featured under a news post.

use sea_orm::entity::prelude::*;

/// A featured product row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "news_products")]
pub struct Model {
    /// The post.
    #[sea_orm(primary_key, auto_increment = false)]
    pub news_id: i32,
    /// The product.
    #[sea_orm(primary_key, auto_increment = false)]
    pub product_id: i32,
    /// Order under the post, from 0.
    pub position: i32,
}

/// Relations of a featured product.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! One product in a signed-in buyer's cart.

use sea_orm::entity::prelude::*;

/// A cart line row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cart_lines")]
pub struct Model {
    /// The buyer.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
    /// The product.
    #[sea_orm(primary_key, auto_increment = false)]
    pub product_id: i32,
    /// Units.
    pub quantity: i32,
    /// When first added (keeps the cart's order).
    pub added_at: TimeDateTimeWithTimeZone,
}

/// Relations of a cart line.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! One line of an order, as it was when ordered.

use sea_orm::entity::prelude::*;

/// An order line row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "order_items")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The order.
    pub order_id: i32,
    /// The product, while it exists.
    pub product_id: Option<i32>,
    /// Its seller.
    pub seller_id: i32,
    /// Its pillar code.
    pub pillar: String,
    /// Name when ordered.
    pub name: String,
    /// Unit when ordered.
    pub unit: String,
    /// Price per unit when ordered, whole rupiah.
    pub price: i64,
    /// Units.
    pub quantity: i32,
}

/// Relations of an order line.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

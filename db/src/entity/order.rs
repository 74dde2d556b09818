//! An order: one buyer's request to one pesantren.

use sea_orm::entity::prelude::*;

/// An order row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "orders")]
pub struct Model {
    /// Id (quoted as `OPOP-000123`, see `domain::order::order_number`).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Who ordered.
    pub buyer_id: i32,
    /// From which pesantren.
    pub pesantren_id: i32,
    /// Status code (see `domain::OrderStatus`).
    pub status: String,
    /// The checkout form's idempotency key.
    pub checkout_key: String,
    /// Recipient name.
    pub buyer_name: String,
    /// Recipient mobile number, international digits.
    pub phone: String,
    /// Shipping region code; `None` outside East Java.
    pub region_code: Option<String>,
    /// Shipping address.
    pub address: String,
    /// Buyer's note.
    pub note: Option<String>,
    /// Sum of the lines, whole rupiah.
    pub total: i64,
    /// Courier, once shipped.
    pub courier: Option<String>,
    /// Tracking number, once shipped.
    pub tracking_no: Option<String>,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// When placed.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations of an order.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! A single-use invitation for a new seller of a pesantren.

use sea_orm::entity::prelude::*;

/// An invite row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "seller_invites")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// SHA-256 of the token in the link, hex.
    pub token_hash: String,
    /// The pesantren the seller joins.
    pub pesantren_id: i32,
    /// The pillar the seller will sell under.
    pub pillar: String,
    /// The admin who made it.
    pub created_by: i32,
    /// When it was made.
    pub created_at: TimeDateTimeWithTimeZone,
    /// After this it no longer works.
    pub expires_at: TimeDateTimeWithTimeZone,
    /// Who used it.
    pub used_by: Option<i32>,
    /// When it was used; set once.
    pub used_at: Option<TimeDateTimeWithTimeZone>,
}

/// Relations of an invite.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! A user: buyer, seller, pesantren admin or programme admin.

use sea_orm::entity::prelude::*;

/// A user row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Normalised email address.
    pub email: String,
    /// Argon2 hash; `None` until the account has a password.
    pub password_hash: Option<String>,
    /// Name shown to others.
    pub display_name: String,
    /// `buyer`, `seller`, `pesantren_admin` or `programme_admin`.
    pub role: String,
    /// For sellers: the pillar they sell under.
    pub pillar: Option<String>,
    /// For sellers and pesantren admins: their pesantren.
    pub pesantren_id: Option<i32>,
    /// When the account was created.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations of a user.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

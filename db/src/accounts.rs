//! Users and seller invites: reading and creating accounts, changing passwords, inviting and
//! removing the sellers of a pesantren.

use crate::entity::{pesantren, product, seller_invite, user};
use domain::{Email, ListingState, Pillar, Role, SellerSummary};
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};
use time::OffsetDateTime;

/// A new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Normalised email.
    pub email: Email,
    /// Argon2 hash of the password.
    pub password_hash: String,
    /// Name shown to others.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// Pillar, for sellers.
    pub pillar: Option<Pillar>,
    /// Pesantren, for sellers and pesantren admins.
    pub pesantren_id: Option<i32>,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    /// An account with this email exists.
    #[error("the email address is taken")]
    EmailTaken,
    /// The invite is unknown, used or expired.
    #[error("the invite is no longer valid")]
    InviteInvalid,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The user with this email.
pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await
}

/// The user with this id.
pub async fn find_by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find_by_id(id).one(db).await
}

/// Creates an account.
pub async fn create_user(
    db: &impl ConnectionTrait,
    new: NewUser,
) -> Result<user::Model, CreateUserError> {
    if find_by_email(db, &new.email).await?.is_some() {
        return Err(CreateUserError::EmailTaken);
    }
    let row = user::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        password_hash: Set(Some(new.password_hash)),
        display_name: Set(new.display_name),
        role: Set(new.role.code().to_owned()),
        pillar: Set(new.pillar.map(|p| p.code().to_owned())),
        pesantren_id: Set(new.pesantren_id),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    };
    // Two registrations racing for one address: the unique index decides.
    row.insert(db).await.map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => CreateUserError::EmailTaken,
        _ => CreateUserError::Db(e),
    })
}

/// Replaces a user's password hash.
pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    user_id: i32,
    hash: String,
) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Stores an invite whose link carries the token hashed to `token_hash`.
pub async fn create_invite(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
    pillar: Pillar,
    created_by: i32,
    token_hash: String,
    expires_at: OffsetDateTime,
) -> Result<(), DbErr> {
    seller_invite::ActiveModel {
        token_hash: Set(token_hash),
        pesantren_id: Set(pesantren_id),
        pillar: Set(pillar.code().to_owned()),
        created_by: Set(created_by),
        created_at: Set(OffsetDateTime::now_utc()),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// An unused, unexpired invite with its pesantren's name.
pub async fn open_invite(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<(seller_invite::Model, String)>, DbErr> {
    let Some(invite) = seller_invite::Entity::find()
        .filter(seller_invite::Column::TokenHash.eq(token_hash))
        .filter(seller_invite::Column::UsedAt.is_null())
        .filter(seller_invite::Column::ExpiresAt.gt(now))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let name = pesantren::Entity::find_by_id(invite.pesantren_id)
        .one(db)
        .await?
        .map(|p| p.name);
    Ok(name.map(|n| (invite, n)))
}

/// Creates a seller through an invite, in one transaction: the invite is taken by exactly one
/// registration (a conditional update), or the account is not created.
pub async fn register_with_invite(
    db: &sea_orm::DatabaseConnection,
    token_hash: &str,
    mut new: NewUser,
) -> Result<user::Model, CreateUserError> {
    let txn = crate::connect::begin_write(db).await?;
    let now = OffsetDateTime::now_utc();
    let Some((invite, _)) = open_invite(&txn, token_hash, now).await? else {
        return Err(CreateUserError::InviteInvalid);
    };
    new.role = Role::Seller;
    new.pillar = Pillar::from_code(&invite.pillar);
    new.pesantren_id = Some(invite.pesantren_id);
    let user = create_user(&txn, new).await?;
    let taken = seller_invite::Entity::update_many()
        .col_expr(seller_invite::Column::UsedAt, Expr::value(now))
        .col_expr(seller_invite::Column::UsedBy, Expr::value(user.id))
        .filter(seller_invite::Column::Id.eq(invite.id))
        .filter(seller_invite::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if taken.rows_affected != 1 {
        txn.rollback().await?;
        return Err(CreateUserError::InviteInvalid);
    }
    txn.commit().await?;
    Ok(user)
}

/// The sellers of a pesantren with their listing counts, by name.
pub async fn pesantren_sellers(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
) -> Result<Vec<SellerSummary>, DbErr> {
    let sellers = user::Entity::find()
        .filter(user::Column::PesantrenId.eq(pesantren_id))
        .filter(user::Column::Role.eq(Role::Seller.code()))
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await?;
    let listings: Vec<(i32, String)> = product::Entity::find()
        .select_only()
        .column(product::Column::SellerId)
        .column(product::Column::ListingState)
        .filter(product::Column::PesantrenId.eq(pesantren_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(sellers
        .into_iter()
        .map(|s| {
            let states = || {
                listings
                    .iter()
                    .filter(move |(seller, _)| *seller == s.id)
                    .map(|(_, state)| ListingState::from_code(state))
            };
            let count = |want: ListingState| {
                u32::try_from(states().filter(|st| *st == Some(want)).count()).unwrap_or(u32::MAX)
            };
            SellerSummary {
                id: s.id,
                published: count(ListingState::Published),
                submitted: count(ListingState::Submitted),
                active: u32::try_from(
                    states()
                        .filter(|st| *st != Some(ListingState::Archived))
                        .count(),
                )
                .unwrap_or(u32::MAX),
                display_name: s.display_name,
                email: s.email,
                pillar: s.pillar.as_deref().and_then(Pillar::from_code),
            }
        })
        .collect())
}

/// Removes a seller from their pesantren: the account stays (as a buyer), every listing is
/// archived, none is deleted. `false` when the user is not a seller of this pesantren.
pub async fn remove_seller(
    db: &sea_orm::DatabaseConnection,
    pesantren_id: i32,
    seller_id: i32,
) -> Result<bool, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let removed = user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(Role::Buyer.code()))
        .col_expr(user::Column::PesantrenId, Expr::value(Option::<i32>::None))
        .col_expr(user::Column::Pillar, Expr::value(Option::<String>::None))
        .filter(user::Column::Id.eq(seller_id))
        .filter(user::Column::PesantrenId.eq(pesantren_id))
        .filter(user::Column::Role.eq(Role::Seller.code()))
        .exec(&txn)
        .await?;
    if removed.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(false);
    }
    crate::listings::archiving()
        .filter(product::Column::SellerId.eq(seller_id))
        .filter(product::Column::PesantrenId.eq(pesantren_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(true)
}

/// A pesantren's name and slug.
pub async fn pesantren_name(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
) -> Result<Option<(String, String)>, DbErr> {
    Ok(pesantren::Entity::find_by_id(pesantren_id)
        .one(db)
        .await?
        .map(|p| (p.name, p.slug)))
}

/// A pesantren's editable profile, its name, slug and photo key.
pub async fn pesantren_profile(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
) -> Result<
    Option<(
        domain::pesantren_form::ValidProfile,
        String,
        String,
        Option<String>,
    )>,
    DbErr,
> {
    Ok(pesantren::Entity::find_by_id(pesantren_id)
        .one(db)
        .await?
        .map(|p| {
            (
                domain::pesantren_form::ValidProfile {
                    description: p.description,
                    address: p.address,
                    cooperative: p.cooperative_name,
                    whatsapp: p.whatsapp,
                },
                p.name,
                p.slug,
                p.photo_key,
            )
        }))
}

/// Stores a pesantren's edited profile. Its products' search text does not change (it holds
/// the pesantren's name, which the admin cannot edit).
pub async fn update_pesantren_profile(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
    profile: &domain::pesantren_form::ValidProfile,
) -> Result<(), DbErr> {
    pesantren::Entity::update_many()
        .col_expr(
            pesantren::Column::Description,
            Expr::value(profile.description.clone()),
        )
        .col_expr(
            pesantren::Column::Address,
            Expr::value(profile.address.clone()),
        )
        .col_expr(
            pesantren::Column::CooperativeName,
            Expr::value(profile.cooperative.clone()),
        )
        .col_expr(
            pesantren::Column::Whatsapp,
            Expr::value(profile.whatsapp.clone()),
        )
        .filter(pesantren::Column::Id.eq(pesantren_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Sets a pesantren's photo; returns the key of the photo it replaces.
pub async fn set_pesantren_photo(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
    key: &str,
) -> Result<Option<String>, DbErr> {
    let old = pesantren::Entity::find_by_id(pesantren_id)
        .one(db)
        .await?
        .and_then(|p| p.photo_key);
    pesantren::Entity::update_many()
        .col_expr(pesantren::Column::PhotoKey, Expr::value(key.to_owned()))
        .filter(pesantren::Column::Id.eq(pesantren_id))
        .exec(db)
        .await?;
    Ok(old)
}

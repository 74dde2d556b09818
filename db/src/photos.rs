//! A listing's photos: at most [`MAX_PHOTOS`], in order; position 0 is the cover the catalogue
//! shows. A change to the photos of a published listing sends it back to review, like any
//! change other than price and stock.

use crate::entity::{product, product_photo};
use domain::ListingState;
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, sea_query::Expr,
};

/// Most photos a listing may have.
pub const MAX_PHOTOS: usize = 6;

/// What can be done to one photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoAction {
    /// Make it the cover (first).
    Cover,
    /// Move it one place earlier.
    Earlier,
    /// Move it one place later.
    Later,
    /// Delete it.
    Delete,
}

/// A listing's photos, in order.
pub async fn for_product(
    db: &impl ConnectionTrait,
    product_id: i32,
) -> Result<Vec<product_photo::Model>, DbErr> {
    product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.eq(product_id))
        .order_by_asc(product_photo::Column::Position)
        .order_by_asc(product_photo::Column::Id)
        .all(db)
        .await
}

async fn back_to_review(db: &impl ConnectionTrait, product_id: i32) -> Result<(), DbErr> {
    product::Entity::update_many()
        .col_expr(
            product::Column::ListingState,
            Expr::value(ListingState::Submitted.code()),
        )
        .col_expr(
            product::Column::UpdatedAt,
            Expr::value(time::OffsetDateTime::now_utc()),
        )
        .filter(product::Column::Id.eq(product_id))
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .exec(db)
        .await?;
    Ok(())
}

/// Adds a photo at the end. `false` when the listing has [`MAX_PHOTOS`] already.
pub async fn add(
    db: &DatabaseConnection,
    product_id: i32,
    storage_key: &str,
    width: u32,
    height: u32,
) -> Result<bool, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    // A no-op write on the product row: concurrent uploads to one listing take turns here
    // (PostgreSQL's row lock; SQLite's write lock is already held), so six stays six.
    product::Entity::update_many()
        .col_expr(
            product::Column::UpdatedAt,
            Expr::col(product::Column::UpdatedAt),
        )
        .filter(product::Column::Id.eq(product_id))
        .exec(&txn)
        .await?;
    let existing = for_product(&txn, product_id).await?;
    if existing.len() >= MAX_PHOTOS {
        return Ok(false);
    }
    product_photo::ActiveModel {
        product_id: Set(product_id),
        storage_key: Set(storage_key.to_owned()),
        width: Set(i32::try_from(width).unwrap_or(i32::MAX)),
        height: Set(i32::try_from(height).unwrap_or(i32::MAX)),
        position: Set(i32::try_from(existing.len()).unwrap_or(i32::MAX)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    back_to_review(&txn, product_id).await?;
    txn.commit().await?;
    Ok(true)
}

/// Applies an action to a photo of this listing. Returns the deleted photo's storage key for
/// [`PhotoAction::Delete`] (its files are removed by the caller), `Ok(None)` otherwise;
/// `Err`-free `None` also when the photo is not this listing's (nothing changes).
pub async fn apply(
    db: &DatabaseConnection,
    product_id: i32,
    photo_id: i32,
    action: PhotoAction,
) -> Result<Option<Option<String>>, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let mut photos = for_product(&txn, product_id).await?;
    let Some(index) = photos.iter().position(|p| p.id == photo_id) else {
        return Ok(None);
    };
    let mut deleted = None;
    match action {
        PhotoAction::Cover => {
            let p = photos.remove(index);
            photos.insert(0, p);
        }
        PhotoAction::Earlier if index > 0 => photos.swap(index, index - 1),
        PhotoAction::Later if index + 1 < photos.len() => photos.swap(index, index + 1),
        PhotoAction::Earlier | PhotoAction::Later => {}
        PhotoAction::Delete => {
            let p = photos.remove(index);
            product_photo::Entity::delete_by_id(p.id).exec(&txn).await?;
            deleted = Some(p.storage_key);
        }
    }
    for (position, p) in photos.iter().enumerate() {
        let position = i32::try_from(position).unwrap_or(i32::MAX);
        if p.position != position {
            product_photo::Entity::update_many()
                .col_expr(product_photo::Column::Position, Expr::value(position))
                .filter(product_photo::Column::Id.eq(p.id))
                .exec(&txn)
                .await?;
        }
    }
    back_to_review(&txn, product_id).await?;
    txn.commit().await?;
    Ok(Some(deleted))
}

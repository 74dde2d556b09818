//! A seller's listings and the pesantren's review of them. Every change here is a conditional
//! update on the owner (seller or pesantren) and the expected state, so a guessed id or a stale
//! form changes nothing. Writes fill `search_text` and `region_code`; the catalogue's triggers
//! bump its version, so no cached result outlives a change.

use crate::entity::{pesantren, product, user};
use domain::{
    CategoryOption, HalalStatus, ListingState, ListingSummary, Pillar, ReviewItem, Rupiah,
    ValidListing,
    listing::{SaveIntent, state_after_save},
    search::product_search_text,
    search::slugify,
};
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::Expr,
};
use time::OffsetDateTime;

/// Outcome of saving a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Stored; the listing is now in this state.
    Saved(i32, ListingState),
    /// No such listing of this seller, or it cannot be edited (archived).
    NotFound,
    /// The category does not exist.
    UnknownCategory,
}

/// The stored listing as the form's checked values.
pub fn to_valid(p: &product::Model) -> ValidListing {
    ValidListing {
        name: p.name.clone(),
        category_id: p.category_id,
        description: p.description.clone(),
        price: Rupiah(p.price),
        stock: p.stock,
        unit: p.unit.clone(),
        weight_grams: p.weight_grams,
        halal_status: HalalStatus::from_code(&p.halal_status).unwrap_or(HalalStatus::None),
        halal_certificate: p.halal_certificate_no.clone(),
        pirt: p.pirt_no.clone(),
        bpom: p.bpom_no.clone(),
    }
}

fn day(t: OffsetDateTime) -> String {
    t.date().to_string()
}

/// Every category, in display order, for the form.
pub async fn categories(db: &impl ConnectionTrait) -> Result<Vec<CategoryOption>, DbErr> {
    use crate::entity::category;
    Ok(category::Entity::find()
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|c| CategoryOption {
            id: c.id,
            name_id: c.name_id,
            name_en: c.name_en,
        })
        .collect())
}

/// A seller's listings, most recently changed first.
pub async fn for_seller(
    db: &impl ConnectionTrait,
    seller_id: i32,
) -> Result<Vec<ListingSummary>, DbErr> {
    Ok(product::Entity::find()
        .filter(product::Column::SellerId.eq(seller_id))
        .order_by_desc(product::Column::UpdatedAt)
        .order_by_desc(product::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ListingSummary {
            id: p.id,
            state: ListingState::from_code(&p.listing_state).unwrap_or(ListingState::Draft),
            rejection_reason: p.rejection_reason,
            price: Rupiah(p.price),
            stock: p.stock,
            updated: day(p.updated_at),
            name: p.name,
            slug: p.slug,
        })
        .collect())
}

/// One listing of this seller; `None` for anyone else's (or no such listing).
pub async fn owned(
    db: &impl ConnectionTrait,
    seller_id: i32,
    product_id: i32,
) -> Result<Option<product::Model>, DbErr> {
    product::Entity::find_by_id(product_id)
        .filter(product::Column::SellerId.eq(seller_id))
        .one(db)
        .await
}

async fn category_exists(db: &impl ConnectionTrait, id: i32) -> Result<bool, DbErr> {
    Ok(crate::entity::category::Entity::find_by_id(id)
        .one(db)
        .await?
        .is_some())
}

/// Creates a listing for a seller of `pesantren_id` under `pillar`.
pub async fn create(
    db: &sea_orm::DatabaseConnection,
    seller_id: i32,
    pesantren_id: i32,
    pillar: Pillar,
    listing: &ValidListing,
    intent: SaveIntent,
) -> Result<SaveOutcome, DbErr> {
    if !category_exists(db, listing.category_id).await? {
        return Ok(SaveOutcome::UnknownCategory);
    }
    let Some(owner) = pesantren::Entity::find_by_id(pesantren_id).one(db).await? else {
        return Ok(SaveOutcome::NotFound);
    };
    let state = match intent {
        SaveIntent::Draft => ListingState::Draft,
        SaveIntent::Submit => ListingState::Submitted,
    };
    let now = OffsetDateTime::now_utc();
    let txn = crate::connect::begin_write(db).await?;
    let id = insert(&txn, &owner, seller_id, pillar, listing, state, now).await?;
    txn.commit().await?;
    Ok(SaveOutcome::Saved(id, state))
}

/// Inserts a listing of `owner` in `state` (published ones get their publication time) and
/// gives it its address, `name-id`. Returns its id.
pub(crate) async fn insert(
    db: &impl ConnectionTrait,
    owner: &pesantren::Model,
    seller_id: i32,
    pillar: Pillar,
    listing: &ValidListing,
    state: ListingState,
    now: OffsetDateTime,
) -> Result<i32, DbErr> {
    let mut row = product::ActiveModel {
        pesantren_id: Set(owner.id),
        region_code: Set(owner.region_code.clone()),
        seller_id: Set(seller_id),
        pillar: Set(pillar.code().to_owned()),
        // Replaced below by `name-id` once the id is known.
        slug: Set(format!("new-{seller_id}-{}", now.unix_timestamp_nanos())),
        listing_state: Set(state.code().to_owned()),
        rejection_reason: Set(None),
        curation_level: Set(domain::CurationLevel::Registered.code().to_owned()),
        is_flagship: Set(false),
        published_at: Set((state == ListingState::Published).then_some(now)),
        created_at: Set(now),
        ..Default::default()
    };
    fill(&mut row, listing, &owner.name, now);
    let inserted = row.insert(db).await?;
    let base = slugify(&listing.name);
    let slug = if base.is_empty() {
        format!("produk-{}", inserted.id)
    } else {
        format!("{base}-{}", inserted.id)
    };
    product::Entity::update_many()
        .col_expr(product::Column::Slug, Expr::value(slug))
        .filter(product::Column::Id.eq(inserted.id))
        .exec(db)
        .await?;
    Ok(inserted.id)
}

fn fill(
    row: &mut product::ActiveModel,
    l: &ValidListing,
    pesantren_name: &str,
    now: OffsetDateTime,
) {
    row.category_id = Set(l.category_id);
    row.name = Set(l.name.clone());
    row.description = Set(l.description.clone());
    row.search_text = Set(product_search_text(&l.name, &l.description, pesantren_name));
    row.price = Set(l.price.amount());
    row.stock = Set(l.stock);
    row.unit = Set(l.unit.clone());
    row.weight_grams = Set(l.weight_grams);
    row.halal_status = Set(l.halal_status.code().to_owned());
    row.halal_certificate_no = Set(l.halal_certificate.clone());
    row.pirt_no = Set(l.pirt.clone());
    row.bpom_no = Set(l.bpom.clone());
    row.updated_at = Set(now);
}

/// Saves a seller's changes to their own listing.
pub async fn update(
    db: &sea_orm::DatabaseConnection,
    seller_id: i32,
    product_id: i32,
    listing: &ValidListing,
    intent: SaveIntent,
) -> Result<SaveOutcome, DbErr> {
    let Some(current) = owned(db, seller_id, product_id).await? else {
        return Ok(SaveOutcome::NotFound);
    };
    if !category_exists(db, listing.category_id).await? {
        return Ok(SaveOutcome::UnknownCategory);
    }
    let current_state =
        ListingState::from_code(&current.listing_state).unwrap_or(ListingState::Draft);
    let needs_review = to_valid(&current).needs_review_after(listing);
    let Some(next) = state_after_save(current_state, needs_review, intent) else {
        return Ok(SaveOutcome::NotFound);
    };
    let pesantren_name = pesantren::Entity::find_by_id(current.pesantren_id)
        .one(db)
        .await?
        .map(|p| p.name)
        .unwrap_or_default();
    let now = OffsetDateTime::now_utc();
    let expected_state = current.listing_state.clone();
    let mut row: product::ActiveModel = current.into();
    fill(&mut row, listing, &pesantren_name, now);
    row.listing_state = Set(next.code().to_owned());
    if next != ListingState::Rejected {
        row.rejection_reason = Set(None);
    }
    // Only if nobody changed its state meanwhile (e.g. the pesantren approved it).
    let result = product::Entity::update_many()
        .set(row)
        .filter(product::Column::Id.eq(product_id))
        .filter(product::Column::SellerId.eq(seller_id))
        .filter(product::Column::ListingState.eq(expected_state))
        .exec(db)
        .await?;
    if result.rows_affected == 1 {
        Ok(SaveOutcome::Saved(product_id, next))
    } else {
        Ok(SaveOutcome::NotFound)
    }
}

/// An update that archives (keeps, out of the catalogue) the listings it is then filtered to,
/// among those not archived yet.
pub(crate) fn archiving() -> sea_orm::UpdateMany<product::Entity> {
    product::Entity::update_many()
        .col_expr(
            product::Column::ListingState,
            Expr::value(ListingState::Archived.code()),
        )
        .col_expr(
            product::Column::UpdatedAt,
            Expr::value(OffsetDateTime::now_utc()),
        )
        .filter(product::Column::ListingState.ne(ListingState::Archived.code()))
}

/// The seller withdraws their listing (kept, archived). `false` when it is not theirs.
pub async fn archive(
    db: &impl ConnectionTrait,
    seller_id: i32,
    product_id: i32,
) -> Result<bool, DbErr> {
    let result = archiving()
        .filter(product::Column::Id.eq(product_id))
        .filter(product::Column::SellerId.eq(seller_id))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Listings of a pesantren waiting for its decision, oldest first.
pub async fn review_queue(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
) -> Result<Vec<ReviewItem>, DbErr> {
    let rows = product::Entity::find()
        .filter(product::Column::PesantrenId.eq(pesantren_id))
        .filter(product::Column::ListingState.eq(ListingState::Submitted.code()))
        .order_by_asc(product::Column::UpdatedAt)
        .all(db)
        .await?;
    let sellers = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|p| p.seller_id).collect::<Vec<_>>()))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|p| ReviewItem {
            id: p.id,
            seller_name: sellers
                .iter()
                .find(|s| s.id == p.seller_id)
                .map(|s| s.display_name.clone())
                .unwrap_or_default(),
            pillar: Pillar::from_code(&p.pillar).unwrap_or(Pillar::Santripreneur),
            price: Rupiah(p.price),
            stock: p.stock,
            updated: day(p.updated_at),
            name: p.name,
            unit: p.unit,
            description: p.description,
            halal_certificate: p.halal_certificate_no,
        })
        .collect())
}

/// The pesantren's decision on a submitted listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Publish it.
    Approve,
    /// Send it back with a reason the seller sees.
    Reject(String),
}

/// Applies a decision to a submitted listing of this pesantren. `false` when there is no such
/// submitted listing (another pesantren's, already decided, or withdrawn).
pub async fn decide(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
    product_id: i32,
    decision: &Decision,
) -> Result<bool, DbErr> {
    let now = OffsetDateTime::now_utc();
    let mut update = product::Entity::update_many()
        .col_expr(product::Column::UpdatedAt, Expr::value(now))
        .filter(product::Column::Id.eq(product_id))
        .filter(product::Column::PesantrenId.eq(pesantren_id))
        .filter(product::Column::ListingState.eq(ListingState::Submitted.code()));
    update = match decision {
        Decision::Approve => update
            .col_expr(
                product::Column::ListingState,
                Expr::value(ListingState::Published.code()),
            )
            .col_expr(
                product::Column::RejectionReason,
                Expr::value(Option::<String>::None),
            )
            .col_expr(
                product::Column::PublishedAt,
                Expr::cust_with_values("COALESCE(\"published_at\", $1)", [now]),
            ),
        Decision::Reject(reason) => update
            .col_expr(
                product::Column::ListingState,
                Expr::value(ListingState::Rejected.code()),
            )
            .col_expr(
                product::Column::RejectionReason,
                Expr::value(reason.clone()),
            ),
    };
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// The pesantren a listing belongs to, whatever its state.
pub async fn pesantren_of(
    db: &impl ConnectionTrait,
    product_id: i32,
) -> Result<Option<i32>, DbErr> {
    Ok(product::Entity::find_by_id(product_id)
        .one(db)
        .await?
        .map(|p| p.pesantren_id))
}

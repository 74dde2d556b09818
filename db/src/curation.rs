//! The programme's checks: verifying pesantren and curating products, every curation change
//! written to `curation_log` in the same transaction as the change.

use crate::entity::{curation_log, pesantren, product, user};
use crate::queries::cards::region_display_name;
use crate::queries::catalogue::ReferenceData;
use crate::wib::minutes as wib;
use domain::curation::{
    CURATION_PAGE_SIZE, CurationChange, CurationField, CurationFilter, CurationItem, CurationPage,
    Verification, VerificationItem,
};
use domain::{CurationLevel, ListingState, Rupiah};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use std::collections::HashMap;

/// Whether a pesantren is verified (its listings may be published).
pub async fn is_verified(db: &impl ConnectionTrait, pesantren_id: i32) -> Result<bool, DbErr> {
    Ok(pesantren::Entity::find_by_id(pesantren_id)
        .one(db)
        .await?
        .is_some_and(|p| p.verification == Verification::Verified.code()))
}

/// A pesantren's verification state and refusal note.
pub async fn verification_of(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
) -> Result<(Verification, Option<String>), DbErr> {
    Ok(pesantren::Entity::find_by_id(pesantren_id)
        .one(db)
        .await?
        .map_or((Verification::Pending, None), |p| {
            (
                Verification::from_code(&p.verification).unwrap_or(Verification::Pending),
                p.verification_note,
            )
        }))
}

/// Pesantren not (yet) verified: pending first, then refused; oldest first.
pub async fn verification_queue(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
) -> Result<Vec<VerificationItem>, DbErr> {
    let rows = pesantren::Entity::find()
        .filter(pesantren::Column::Verification.ne(Verification::Verified.code()))
        .order_by_asc(pesantren::Column::CreatedAt)
        .order_by_asc(pesantren::Column::Id)
        .all(db)
        .await?;
    let mut items: Vec<VerificationItem> = rows
        .into_iter()
        .map(|p| VerificationItem {
            region_name: refs
                .region(&p.region_code)
                .map(|r| region_display_name(&r.kind, &r.name))
                .unwrap_or_default(),
            state: Verification::from_code(&p.verification).unwrap_or(Verification::Pending),
            id: p.id,
            name: p.name,
            slug: p.slug,
            nsp: p.nsp,
            address: p.address,
            note: p.verification_note,
            joined_at: wib(p.created_at),
        })
        .collect();
    items.sort_by_key(|i| i.state != Verification::Pending);
    Ok(items)
}

/// Verifies a pesantren (`note` = `None`) or refuses it with a note. `false` when there is no
/// such pesantren or it is already in that state.
pub async fn decide_verification(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
    note: Option<&str>,
) -> Result<bool, DbErr> {
    let (state, verified_at) = match note {
        None => (
            Verification::Verified,
            Some(time::OffsetDateTime::now_utc()),
        ),
        Some(_) => (Verification::Rejected, None),
    };
    let moved = pesantren::Entity::update_many()
        .col_expr(pesantren::Column::Verification, Expr::value(state.code()))
        .col_expr(pesantren::Column::VerifiedAt, Expr::value(verified_at))
        .col_expr(
            pesantren::Column::VerificationNote,
            Expr::value(note.map(str::to_owned)),
        )
        .filter(pesantren::Column::Id.eq(pesantren_id))
        .filter(pesantren::Column::Verification.ne(state.code()))
        .exec(db)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// Products matching `filter`, unordered.
fn curation_select(refs: &ReferenceData, filter: &CurationFilter) -> Select<product::Entity> {
    let mut q =
        product::Entity::find().filter(product::Column::ListingState.eq(filter.state.code()));
    for word in domain::search::query_words(&filter.text) {
        q = q.filter(product::Column::SearchText.contains(word));
    }
    if let Some(c) = filter
        .category
        .as_deref()
        .and_then(|s| refs.category_by_slug(s))
    {
        q = q.filter(product::Column::CategoryId.eq(c.id));
    }
    if let Some(p) = filter.pillar {
        q = q.filter(product::Column::Pillar.eq(p.code()));
    }
    if let Some(m) = filter.min_price {
        q = q.filter(product::Column::Price.gte(m));
    }
    if let Some(m) = filter.max_price {
        q = q.filter(product::Column::Price.lte(m));
    }
    if filter.halal_only {
        q = q.filter(product::Column::HalalStatus.eq(domain::HalalStatus::Certified.code()));
    }
    if filter.in_stock_only {
        q = q.filter(product::Column::Stock.gt(0));
    }
    if let Some(region) = &filter.region {
        q = q.filter(product::Column::RegionCode.eq(region.clone()));
    }
    if let Some(level) = filter.level {
        q = q.filter(product::Column::CurationLevel.eq(level.code()));
    }
    if filter.flagship_only {
        q = q.filter(product::Column::IsFlagship.eq(true));
    }
    q
}

/// The list's order: by name, then id.
fn in_list_order(q: Select<product::Entity>) -> Select<product::Entity> {
    q.order_by_asc(product::Column::Name)
        .order_by_asc(product::Column::Id)
}

async fn curation_items(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    rows: Vec<product::Model>,
) -> Result<Vec<CurationItem>, DbErr> {
    let names = pesantren_names(db, rows.iter().map(|p| p.pesantren_id)).await?;
    Ok(rows
        .into_iter()
        .map(|p| CurationItem {
            pesantren_name: names.get(&p.pesantren_id).cloned().unwrap_or_default(),
            region_name: refs
                .region(&p.region_code)
                .map(|r| region_display_name(&r.kind, &r.name))
                .unwrap_or_default(),
            level: CurationLevel::from_code(&p.curation_level).unwrap_or(CurationLevel::Registered),
            flagship: p.is_flagship,
            state: ListingState::from_code(&p.listing_state).unwrap_or(ListingState::Draft),
            price: Rupiah(p.price),
            id: p.id,
            slug: p.slug,
            name: p.name,
        })
        .collect())
}

/// A page of products matching `filter`, and the latest curation changes.
pub async fn curation_page(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    filter: CurationFilter,
    page: u64,
) -> Result<CurationPage, DbErr> {
    let q = curation_select(refs, &filter);
    let total = q.clone().count(db).await?;
    let page = page.clamp(1, total.div_ceil(CURATION_PAGE_SIZE).max(1));
    let rows = in_list_order(q)
        .offset((page - 1) * CURATION_PAGE_SIZE)
        .limit(CURATION_PAGE_SIZE)
        .all(db)
        .await?;
    Ok(CurationPage {
        filter,
        page,
        total,
        items: curation_items(db, refs, rows).await?,
        changes: latest_changes(db, 20).await?,
        regions: refs
            .regions()
            .iter()
            .map(|r| (r.code.clone(), region_display_name(&r.kind, &r.name)))
            .collect(),
        categories: refs
            .categories()
            .iter()
            .map(|c| (c.slug.clone(), c.name_id.clone(), c.name_en.clone()))
            .collect(),
    })
}

/// Up to `limit` products of the curation list after `after` (the name and id of the last
/// row of the previous batch), in the list's order: every page of the list, batch by batch,
/// for an export.
pub async fn curation_rows(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    filter: &CurationFilter,
    after: Option<(String, i32)>,
    limit: u64,
) -> Result<Vec<CurationItem>, DbErr> {
    let mut q = curation_select(refs, filter);
    if let Some((name, id)) = after {
        q = q.filter(
            Condition::any()
                .add(product::Column::Name.gt(name.clone()))
                .add(
                    Condition::all()
                        .add(product::Column::Name.eq(name))
                        .add(product::Column::Id.gt(id)),
                ),
        );
    }
    let rows = in_list_order(q).limit(limit).all(db).await?;
    curation_items(db, refs, rows).await
}

async fn pesantren_names(
    db: &impl ConnectionTrait,
    ids: impl Iterator<Item = i32>,
) -> Result<HashMap<i32, String>, DbErr> {
    Ok(pesantren::Entity::find()
        .filter(pesantren::Column::Id.is_in(ids.collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect())
}

/// The latest curation changes, newest first.
pub async fn latest_changes(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<CurationChange>, DbErr> {
    let rows = curation_log::Entity::find()
        .order_by_desc(curation_log::Column::ChangedAt)
        .order_by_desc(curation_log::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let products: HashMap<i32, (String, String)> = product::Entity::find()
        .filter(product::Column::Id.is_in(rows.iter().map(|r| r.product_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, (p.name, p.slug)))
        .collect();
    let people: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.changed_by).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let (product_name, product_slug) = products.get(&r.product_id).cloned()?;
            Some(CurationChange {
                product_name,
                product_slug,
                by: people.get(&r.changed_by).cloned().unwrap_or_default(),
                field: CurationField::from_code(&r.field)?,
                from: r.old_value,
                to: r.new_value,
                at: wib(r.changed_at),
            })
        })
        .collect())
}

/// Sets a published product's curation level and flagship flag, logging each field that
/// changed as done by `by`. `None` when there is no such published product; otherwise how
/// many fields changed.
pub async fn curate(
    db: &DatabaseConnection,
    product_id: i32,
    by: i32,
    level: CurationLevel,
    flagship: bool,
) -> Result<Option<usize>, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let Some(p) = product::Entity::find_by_id(product_id)
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .lock_exclusive()
        .one(&txn)
        .await?
    else {
        return Ok(None);
    };
    let mut changes = Vec::new();
    if p.curation_level != level.code() {
        changes.push((
            CurationField::Level,
            p.curation_level.clone(),
            level.code().to_owned(),
        ));
    }
    if p.is_flagship != flagship {
        changes.push((
            CurationField::Flagship,
            p.is_flagship.to_string(),
            flagship.to_string(),
        ));
    }
    if changes.is_empty() {
        return Ok(Some(0));
    }
    let now = time::OffsetDateTime::now_utc();
    product::Entity::update_many()
        .col_expr(product::Column::CurationLevel, Expr::value(level.code()))
        .col_expr(product::Column::IsFlagship, Expr::value(flagship))
        .filter(product::Column::Id.eq(product_id))
        .exec(&txn)
        .await?;
    let count = changes.len();
    curation_log::Entity::insert_many(changes.into_iter().map(|(field, old, new)| {
        curation_log::ActiveModel {
            product_id: Set(product_id),
            changed_by: Set(by),
            field: Set(field.code().to_owned()),
            old_value: Set(old),
            new_value: Set(new),
            changed_at: Set(now),
            ..Default::default()
        }
    }))
    .exec(&txn)
    .await?;
    txn.commit().await?;
    Ok(Some(count))
}

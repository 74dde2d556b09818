//! The programme's list of every pesantren: filters, pages, and batches for its download.

use super::cards::region_display_name;
use super::catalogue::ReferenceData;
use crate::entity::{pesantren, product, user};
use domain::curation::Verification;
use domain::pesantren_list::{
    PESANTREN_LIST_PAGE_SIZE, PesantrenListFilter, PesantrenListItem, PesantrenListPage,
};
use domain::{ListingState, Role};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select,
};
use std::collections::HashMap;

fn filtered(filter: &PesantrenListFilter) -> Select<pesantren::Entity> {
    let mut q =
        pesantren::Entity::find().filter(super::pesantren_pages::name_has_words(&filter.text));
    if let Some(region) = &filter.region {
        q = q.filter(pesantren::Column::RegionCode.eq(region.clone()));
    }
    if let Some(state) = filter.state {
        q = q.filter(pesantren::Column::Verification.eq(state.code()));
    }
    q.order_by_asc(pesantren::Column::Name)
        .order_by_asc(pesantren::Column::Id)
}

async fn counts_by_pesantren(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<(HashMap<i32, i64>, HashMap<i32, i64>), DbErr> {
    let sellers: Vec<(Option<i32>, i64)> = user::Entity::find()
        .select_only()
        .column(user::Column::PesantrenId)
        .column_as(Expr::col(user::Column::Id).count(), "n")
        .filter(user::Column::PesantrenId.is_in(ids.iter().copied()))
        .filter(user::Column::Role.eq(Role::Seller.code()))
        .group_by(user::Column::PesantrenId)
        .into_tuple()
        .all(db)
        .await?;
    let published: Vec<(i32, i64)> = product::Entity::find()
        .select_only()
        .column(product::Column::PesantrenId)
        .column_as(Expr::col(product::Column::Id).count(), "n")
        .filter(product::Column::PesantrenId.is_in(ids.iter().copied()))
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .group_by(product::Column::PesantrenId)
        .into_tuple()
        .all(db)
        .await?;
    Ok((
        sellers
            .into_iter()
            .filter_map(|(id, n)| id.map(|id| (id, n)))
            .collect(),
        published.into_iter().collect(),
    ))
}

async fn items(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    rows: Vec<pesantren::Model>,
) -> Result<Vec<PesantrenListItem>, DbErr> {
    let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
    let (sellers, published) = counts_by_pesantren(db, &ids).await?;
    let count = |map: &HashMap<i32, i64>, id| {
        u64::try_from(map.get(&id).copied().unwrap_or(0)).unwrap_or(0)
    };
    Ok(rows
        .into_iter()
        .map(|p| PesantrenListItem {
            region_name: refs
                .region(&p.region_code)
                .map(|r| region_display_name(&r.kind, &r.name))
                .unwrap_or_default(),
            state: Verification::from_code(&p.verification).unwrap_or(Verification::Pending),
            sellers: count(&sellers, p.id),
            published: count(&published, p.id),
            joined_on: crate::wib::date(p.created_at),
            id: p.id,
            slug: p.slug,
            name: p.name,
            region_code: p.region_code,
        })
        .collect())
}

/// A page of the list (an out-of-range page gives the last).
pub async fn page(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    filter: PesantrenListFilter,
    page: u64,
) -> Result<PesantrenListPage, DbErr> {
    let q = filtered(&filter);
    let total = q.clone().count(db).await?;
    let page = page.clamp(1, Ord::max(total.div_ceil(PESANTREN_LIST_PAGE_SIZE), 1));
    let rows = q
        .offset((page - 1) * PESANTREN_LIST_PAGE_SIZE)
        .limit(PESANTREN_LIST_PAGE_SIZE)
        .all(db)
        .await?;
    Ok(PesantrenListPage {
        filter,
        page,
        total,
        items: items(db, refs, rows).await?,
        regions: refs
            .regions()
            .iter()
            .map(|r| (r.code.clone(), region_display_name(&r.kind, &r.name)))
            .collect(),
    })
}

/// Up to `limit` pesantren of the list after `after` (name and id of the last one of the
/// previous batch), in the list's order: every page, batch by batch, for the download.
pub async fn rows(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    filter: &PesantrenListFilter,
    after: Option<(String, i32)>,
    limit: u64,
) -> Result<Vec<PesantrenListItem>, DbErr> {
    let mut q = filtered(filter);
    if let Some((name, id)) = after {
        q = q.filter(
            Condition::any()
                .add(pesantren::Column::Name.gt(name.clone()))
                .add(
                    Condition::all()
                        .add(pesantren::Column::Name.eq(name))
                        .add(pesantren::Column::Id.gt(id)),
                ),
        );
    }
    let rows = q.limit(limit).all(db).await?;
    items(db, refs, rows).await
}

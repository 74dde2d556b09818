//! The pesantren directory and a pesantren's profile (only verified pesantren are public).

use super::{
    cards,
    catalogue::{Catalogue, ReferenceData},
};
use crate::entity::{pesantren, product, region};
use domain::{
    DirectoryQuery, ListingState, Notice, PesantrenDirectory, PesantrenProfile, PesantrenSummary,
    Pillar, pesantren::DIRECTORY_PAGE_SIZE, search::fold,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
    sea_query::{Alias, Condition, Expr, ExprTrait, Func, Order, Query, QueryStatementBuilder},
};

const VERIFIED: &str = "verified";

#[derive(FromQueryResult)]
struct SummaryRow {
    slug: String,
    name: String,
    region_code: String,
    region_kind: String,
    region_name: String,
    cooperative_name: Option<String>,
    product_count: i64,
}

fn directory_filter(query: &DirectoryQuery) -> Condition {
    let mut cond = Condition::all()
        .add(Expr::col((pesantren::Entity, pesantren::Column::Verification)).eq(VERIFIED));
    if let Some(code) = &query.region {
        cond = cond
            .add(Expr::col((pesantren::Entity, pesantren::Column::RegionCode)).eq(code.as_str()));
    }
    cond.add(name_has_words(query.text.as_deref().unwrap_or_default()))
}

/// The pesantren's name contains every word of `text` (folded: case and accents do not matter).
pub(crate) fn name_has_words(text: &str) -> Condition {
    let mut cond = Condition::all();
    for word in fold(text).split(' ').filter(|w| !w.is_empty()) {
        let pattern = format!("%{}%", word.replace(['%', '_'], ""));
        cond = cond.add(
            Expr::expr(Func::lower(Expr::col((
                pesantren::Entity,
                pesantren::Column::Name,
            ))))
            .like(pattern),
        );
    }
    cond
}

/// One page of the directory.
pub async fn directory(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    raw_query: &str,
) -> Result<PesantrenDirectory, DbErr> {
    let (mut query, mut notices) = DirectoryQuery::parse(raw_query);
    if let Some(code) = &query.region
        && refs.region(code).is_none()
    {
        query.region = None;
        notices.push(Notice::UnknownRegion);
    }
    let cond = directory_filter(&query);
    let total_stmt = Query::select()
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from(pesantren::Entity)
        .cond_where(cond.clone())
        .to_owned();
    let total = db
        .query_one(&total_stmt)
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    let total = u64::try_from(total).unwrap_or(0);
    let pages = Ord::max(
        u32::try_from(total.div_ceil(u64::from(DIRECTORY_PAGE_SIZE))).unwrap_or(u32::MAX),
        1,
    );
    if query.page > pages {
        query.page = pages;
        notices.push(Notice::PageTooHigh);
    }
    let count = Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from(product::Entity)
        .and_where(
            Expr::col((product::Entity, product::Column::PesantrenId))
                .equals((pesantren::Entity, pesantren::Column::Id)),
        )
        .and_where(
            Expr::col((product::Entity, product::Column::ListingState))
                .eq(ListingState::Published.code()),
        )
        .to_owned();
    let stmt = Query::select()
        .column((pesantren::Entity, pesantren::Column::Slug))
        .column((pesantren::Entity, pesantren::Column::Name))
        .column((pesantren::Entity, pesantren::Column::CooperativeName))
        .column((pesantren::Entity, pesantren::Column::RegionCode))
        .expr_as(
            Expr::col((region::Entity, region::Column::Kind)),
            Alias::new("region_kind"),
        )
        .expr_as(
            Expr::col((region::Entity, region::Column::Name)),
            Alias::new("region_name"),
        )
        .expr_as(
            Expr::SubQuery(None, Box::new(count.into_sub_query_statement())),
            Alias::new("product_count"),
        )
        .from(pesantren::Entity)
        .inner_join(
            region::Entity,
            Expr::col((region::Entity, region::Column::Code))
                .equals((pesantren::Entity, pesantren::Column::RegionCode)),
        )
        .cond_where(cond)
        .order_by((pesantren::Entity, pesantren::Column::Name), Order::Asc)
        .order_by((pesantren::Entity, pesantren::Column::Id), Order::Asc)
        .limit(u64::from(DIRECTORY_PAGE_SIZE))
        .offset(u64::from(query.page - 1) * u64::from(DIRECTORY_PAGE_SIZE))
        .to_owned();
    let items = SummaryRow::find_by_statement(db.get_database_backend().build(&stmt))
        .all(db)
        .await?
        .into_iter()
        .map(|r| PesantrenSummary {
            region_name: cards::region_display_name(&r.region_kind, &r.region_name),
            slug: r.slug,
            name: r.name,
            region_code: r.region_code,
            cooperative_name: r.cooperative_name,
            product_count: u64::try_from(r.product_count).unwrap_or(0),
        })
        .collect();
    Ok(PesantrenDirectory {
        query,
        notices,
        total,
        pages,
        items,
        regions: refs
            .regions()
            .iter()
            .map(|r| (r.code.clone(), cards::region_display_name(&r.kind, &r.name)))
            .collect(),
    })
}

/// A verified pesantren's profile with one page of its products; `None` if there is none.
pub async fn profile(
    db: &impl ConnectionTrait,
    catalogue: &Catalogue,
    slug: &str,
    page: u32,
) -> Result<Option<PesantrenProfile>, DbErr> {
    let Some(p) = pesantren::Entity::find()
        .filter(pesantren::Column::Slug.eq(slug))
        .filter(pesantren::Column::Verification.eq(VERIFIED))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(reg) = catalogue.refs().region(&p.region_code) else {
        return Ok(None);
    };
    let pillar_codes: Vec<String> = product::Entity::find()
        .select_only()
        .column(product::Column::Pillar)
        .distinct()
        .filter(product::Column::PesantrenId.eq(p.id))
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .into_tuple()
        .all(db)
        .await?;
    let pillars = Pillar::ALL
        .into_iter()
        .filter(|x| pillar_codes.iter().any(|c| c == x.code()))
        .collect();
    let products = catalogue
        .search(db, &format!("pesantren={}&hal={page}", p.slug))
        .await?;
    Ok(Some(PesantrenProfile {
        region_name: cards::region_display_name(&reg.kind, &reg.name),
        region_code: reg.code.clone(),
        slug: p.slug,
        name: p.name,
        nsp: p.nsp,
        address: p.address,
        description: p.description,
        cooperative_name: p.cooperative_name,
        whatsapp: p.whatsapp,
        photo_url: p
            .photo_key
            .as_deref()
            .map(|k| domain::media::photo_url(k, domain::media::PHOTO_WIDTHS[1])),
        pillars,
        products: (*products).clone(),
    }))
}

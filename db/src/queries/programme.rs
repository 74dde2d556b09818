//! The programme dashboard: each metric counted live per region, beside the year's targets;
//! and setting a target.

use crate::entity::{category, pesantren, product, target, user};
use crate::queries::cards::region_display_name;
use crate::queries::catalogue::ReferenceData;
use domain::stats::last_months;
use domain::targets::{Breakdown, BreakdownRow, Metric, MonthCount, ProgressRow};
use domain::{ListingState, Pillar};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, ExprTrait, JoinType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;

/// Counts per region code.
type PerRegion = HashMap<String, u64>;

fn to_map(rows: Vec<(String, i64)>) -> PerRegion {
    rows.into_iter()
        .map(|(code, n)| (code, u64::try_from(n).unwrap_or(0)))
        .collect()
}

/// How many of `metric` each region has now.
pub async fn counts(db: &impl ConnectionTrait, metric: Metric) -> Result<PerRegion, DbErr> {
    let rows: Vec<(String, i64)> = match metric {
        Metric::FlagshipProducts => {
            product::Entity::find()
                .select_only()
                .column(product::Column::RegionCode)
                .column_as(Expr::col(product::Column::Id).count(), "n")
                .filter(product::Column::ListingState.eq(ListingState::Published.code()))
                .filter(product::Column::IsFlagship.eq(true))
                .group_by(product::Column::RegionCode)
                .into_tuple()
                .all(db)
                .await?
        }
        Metric::Pesantren => {
            pesantren::Entity::find()
                .select_only()
                .column(pesantren::Column::RegionCode)
                .column_as(Expr::col(pesantren::Column::Id).count(), "n")
                .filter(pesantren::Column::Verification.eq("verified"))
                .group_by(pesantren::Column::RegionCode)
                .into_tuple()
                .all(db)
                .await?
        }
        Metric::SantriSellers => {
            user::Entity::find()
                .select_only()
                .column_as(
                    Expr::col((pesantren::Entity, pesantren::Column::RegionCode)),
                    "region_code",
                )
                .column_as(Expr::col((user::Entity, user::Column::Id)).count(), "n")
                .join(
                    JoinType::InnerJoin,
                    user::Entity::belongs_to(pesantren::Entity)
                        .from(user::Column::PesantrenId)
                        .to(pesantren::Column::Id)
                        .into(),
                )
                .filter(user::Column::Role.eq("seller"))
                .filter(user::Column::Pillar.eq(Pillar::Santripreneur.code()))
                .group_by(Expr::col((
                    pesantren::Entity,
                    pesantren::Column::RegionCode,
                )))
                .into_tuple()
                .all(db)
                .await?
        }
    };
    Ok(to_map(rows))
}

/// Published products per region.
pub async fn published_counts(db: &impl ConnectionTrait) -> Result<PerRegion, DbErr> {
    let rows: Vec<(String, i64)> = product::Entity::find()
        .select_only()
        .column(product::Column::RegionCode)
        .column_as(Expr::col(product::Column::Id).count(), "n")
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .group_by(product::Column::RegionCode)
        .into_tuple()
        .all(db)
        .await?;
    Ok(to_map(rows))
}

/// Published products per pillar and per category (with their flagship products), and how
/// many of today's published products were first published in each of the twelve months
/// ending with `now`'s (WIB).
pub async fn breakdown(
    db: &impl ConnectionTrait,
    now: time::OffsetDateTime,
) -> Result<Breakdown, DbErr> {
    let published = || {
        product::Entity::find()
            .filter(product::Column::ListingState.eq(ListingState::Published.code()))
    };
    let grouped = |column: product::Column| {
        published()
            .select_only()
            .column(column)
            .column_as(Expr::col(product::Column::Id).count(), "n")
            .column_as(
                Expr::cust("SUM(CASE WHEN is_flagship THEN 1 ELSE 0 END)"),
                "f",
            )
            .group_by(column)
    };
    let by_pillar: HashMap<String, (i64, i64)> = grouped(product::Column::Pillar)
        .into_tuple::<(String, i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(k, n, f)| (k, (n, f)))
        .collect();
    let by_category: HashMap<i32, (i64, i64)> = grouped(product::Column::CategoryId)
        .into_tuple::<(i32, i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(k, n, f)| (k, (n, f)))
        .collect();
    let row = |name_id: &str, name_en: &str, counts: Option<&(i64, i64)>| {
        let (n, f) = counts.copied().unwrap_or_default();
        BreakdownRow {
            name_id: name_id.to_owned(),
            name_en: name_en.to_owned(),
            published: u64::try_from(n).unwrap_or(0),
            flagship: u64::try_from(f).unwrap_or(0),
        }
    };
    let pillars = Pillar::ALL
        .iter()
        .map(|p| row(p.name(), p.name(), by_pillar.get(p.code())))
        .collect();
    let categories = category::Entity::find()
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?
        .iter()
        .map(|c| row(&c.name_id, &c.name_en, by_category.get(&c.id)))
        .collect();
    let today = now.to_offset(crate::wib::WIB);
    let months = last_months(today.year(), u8::from(today.month()));
    // Twelve months back from the first day of this month, a day early for the offset.
    let since = now - time::Duration::days(31 * 12 + 1);
    let times: Vec<Option<time::OffsetDateTime>> = published()
        .select_only()
        .column(product::Column::PublishedAt)
        .filter(product::Column::PublishedAt.gte(since))
        .into_tuple()
        .all(db)
        .await?;
    let mut per_month: HashMap<String, u64> = HashMap::new();
    for t in times.into_iter().flatten() {
        *per_month.entry(crate::wib::month(t)).or_default() += 1;
    }
    let growth = months
        .into_iter()
        .map(|month| MonthCount {
            published: per_month.get(&month).copied().unwrap_or(0),
            month,
        })
        .collect();
    Ok(Breakdown {
        pillars,
        categories,
        growth,
    })
}

/// The province first, then every region by name: each metric's live count and `year`'s
/// target.
pub async fn progress(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    year: i32,
    province_name: &str,
) -> Result<Vec<ProgressRow>, DbErr> {
    let mut per_metric = Vec::new();
    for &metric in Metric::ALL {
        per_metric.push(counts(db, metric).await?);
    }
    let targets: HashMap<(String, Option<String>), i32> = target::Entity::find()
        .filter(target::Column::Year.eq(year))
        .all(db)
        .await?
        .into_iter()
        .map(|t| ((t.metric, t.region_code), t.value))
        .collect();
    let target_of = |metric: Metric, region: Option<&str>| {
        targets
            .get(&(metric.code().to_owned(), region.map(str::to_owned)))
            .copied()
    };
    let province = ProgressRow {
        region_code: None,
        name: province_name.to_owned(),
        figures: Metric::ALL
            .iter()
            .zip(&per_metric)
            .map(|(&m, counts)| (counts.values().sum(), target_of(m, None)))
            .collect(),
    };
    let mut rows = vec![province];
    rows.extend(refs.regions().iter().map(|r| {
        ProgressRow {
            region_code: Some(r.code.clone()),
            name: region_display_name(&r.kind, &r.name),
            figures: Metric::ALL
                .iter()
                .zip(&per_metric)
                .map(|(&m, counts)| {
                    (
                        counts.get(&r.code).copied().unwrap_or(0),
                        target_of(m, Some(&r.code)),
                    )
                })
                .collect(),
        }
    }));
    Ok(rows)
}

/// Sets (or replaces) `year`'s target of `metric` for a region, or the province (`None`).
pub async fn set_target(
    db: &DatabaseConnection,
    year: i32,
    metric: Metric,
    region_code: Option<&str>,
    value: i32,
) -> Result<(), DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let mut existing = target::Entity::delete_many()
        .filter(target::Column::Year.eq(year))
        .filter(target::Column::Metric.eq(metric.code()));
    existing = match region_code {
        Some(code) => existing.filter(target::Column::RegionCode.eq(code)),
        None => existing.filter(target::Column::RegionCode.is_null()),
    };
    existing.exec(&txn).await?;
    target::Entity::insert(target::ActiveModel {
        year: Set(year),
        metric: Set(metric.code().to_owned()),
        region_code: Set(region_code.map(str::to_owned)),
        value: Set(value),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    txn.commit().await
}

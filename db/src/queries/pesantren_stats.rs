//! A pesantren's statistics page: sales from its completed orders, its orders, listings and
//! sellers.

use crate::entity::{order, order_item, product, user};
use domain::stats::{MonthSales, PesantrenStats, TOP_PRODUCTS, TopProduct, last_months};
use domain::{ListingState, OrderStatus, Pillar, Role, Rupiah};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// Counts per code, in the order of `all`.
fn per_code<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    rows: &[(String, i64)],
) -> Vec<(T, u64)> {
    all.iter()
        .map(|&v| {
            let n = rows
                .iter()
                .find(|(c, _)| c == code(v))
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
            (v, n)
        })
        .collect()
}

/// The statistics of a pesantren as of `now`.
pub async fn load(
    db: &impl ConnectionTrait,
    pesantren_id: i32,
    pesantren_name: String,
    now: time::OffsetDateTime,
) -> Result<PesantrenStats, DbErr> {
    let today = now.to_offset(crate::wib::WIB);
    let months = last_months(today.year(), u8::from(today.month()));
    // Completed orders count in the month they were completed (their last change).
    let completed = order::Entity::find()
        .filter(order::Column::PesantrenId.eq(pesantren_id))
        .filter(order::Column::Status.eq(OrderStatus::Completed.code()))
        .all(db)
        .await?;
    let mut by_month: HashMap<String, (u64, i64)> = HashMap::new();
    for o in &completed {
        let entry = by_month.entry(crate::wib::month(o.updated_at)).or_default();
        entry.0 += 1;
        entry.1 += o.total;
    }
    let months = months
        .into_iter()
        .map(|month| {
            let (orders, revenue) = by_month.get(&month).copied().unwrap_or_default();
            MonthSales {
                month,
                orders,
                revenue: Rupiah(revenue),
            }
        })
        .collect();
    let statuses: Vec<(String, i64)> = order::Entity::find()
        .select_only()
        .column(order::Column::Status)
        .column_as(Expr::col(order::Column::Id).count(), "n")
        .filter(order::Column::PesantrenId.eq(pesantren_id))
        .group_by(order::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let completed_ids: Vec<i32> = completed.iter().map(|o| o.id).collect();
    let mut top: HashMap<String, (i64, i64)> = HashMap::new();
    for item in order_item::Entity::find()
        .filter(order_item::Column::OrderId.is_in(completed_ids))
        .all(db)
        .await?
    {
        let entry = top.entry(item.name).or_default();
        entry.0 += i64::from(item.quantity);
        entry.1 += item.price * i64::from(item.quantity);
    }
    let mut top_products: Vec<TopProduct> = top
        .into_iter()
        .map(|(name, (units, revenue))| TopProduct {
            name,
            units,
            revenue: Rupiah(revenue),
        })
        .collect();
    top_products.sort_by(|a, b| b.units.cmp(&a.units).then_with(|| a.name.cmp(&b.name)));
    top_products.truncate(TOP_PRODUCTS);
    let listings: Vec<(String, i64)> = product::Entity::find()
        .select_only()
        .column(product::Column::ListingState)
        .column_as(Expr::col(product::Column::Id).count(), "n")
        .filter(product::Column::PesantrenId.eq(pesantren_id))
        .group_by(product::Column::ListingState)
        .into_tuple()
        .all(db)
        .await?;
    let pillars: Vec<(Option<String>, i64)> = user::Entity::find()
        .select_only()
        .column(user::Column::Pillar)
        .column_as(Expr::col(user::Column::Id).count(), "n")
        .filter(user::Column::PesantrenId.eq(pesantren_id))
        .filter(user::Column::Role.eq(Role::Seller.code()))
        .group_by(user::Column::Pillar)
        .into_tuple()
        .all(db)
        .await?;
    let pillars: Vec<(String, i64)> = pillars
        .into_iter()
        .filter_map(|(p, n)| p.map(|p| (p, n)))
        .collect();
    Ok(PesantrenStats {
        pesantren_name,
        months,
        orders_by_status: per_code(OrderStatus::ALL, OrderStatus::code, &statuses),
        top_products,
        listings_by_state: per_code(ListingState::ALL, ListingState::code, &listings),
        sellers_by_pillar: per_code(&Pillar::ALL, Pillar::code, &pillars),
    })
}

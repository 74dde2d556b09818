//! Reading orders: who may see one and as what, the order page, a buyer's history, and the
//! orders a pesantren (or one of its sellers) receives.

use crate::entity::{order, order_item, pesantren, product, region, user};
use crate::queries::cards::region_display_name;
use domain::order::{IncomingOrders, OrderLine, actions_for};
use domain::{OrderDetail, OrderRole, OrderStatus, OrderSummary, Pillar, Role, Rupiah, Viewer};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;

use crate::wib::minutes as wib;
use domain::order::LIST_LIMIT;

/// Whose incoming orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every order of a pesantren (its admin).
    Pesantren(i32),
    /// Orders holding at least one product of a seller.
    Seller(i32),
}

impl Scope {
    /// The scope of a signed-in seller or pesantren admin; `None` for anyone else.
    pub fn of(viewer: &Viewer) -> Option<Scope> {
        match (viewer.role, viewer.pesantren_id) {
            (Role::PesantrenAdmin, Some(p)) => Some(Scope::Pesantren(p)),
            (Role::Seller, Some(_)) => Some(Scope::Seller(viewer.id)),
            _ => None,
        }
    }

    fn filter<Q: QueryFilter>(self, q: Q) -> Q {
        match self {
            Scope::Pesantren(id) => q.filter(order::Column::PesantrenId.eq(id)),
            Scope::Seller(id) => q.filter(
                order::Column::Id.in_subquery(
                    Query::select()
                        .column(order_item::Column::OrderId)
                        .from(order_item::Entity)
                        .and_where(Expr::col(order_item::Column::SellerId).eq(id))
                        .to_owned(),
                ),
            ),
        }
    }
}

/// An order and how `viewer` stands to it; `None` when they may not see it.
pub async fn access(
    db: &impl ConnectionTrait,
    order_id: i32,
    viewer: &Viewer,
) -> Result<Option<(order::Model, OrderRole)>, DbErr> {
    let Some(order) = order::Entity::find_by_id(order_id).one(db).await? else {
        return Ok(None);
    };
    if viewer.role == Role::PesantrenAdmin && viewer.pesantren_id == Some(order.pesantren_id) {
        return Ok(Some((order, OrderRole::PesantrenAdmin)));
    }
    if viewer.role == Role::Seller && viewer.pesantren_id == Some(order.pesantren_id) {
        let sellers: Vec<i32> = order_item::Entity::find()
            .filter(order_item::Column::OrderId.eq(order_id))
            .all(db)
            .await?
            .into_iter()
            .map(|i| i.seller_id)
            .collect();
        if sellers.iter().all(|&s| s == viewer.id) {
            return Ok(Some((order, OrderRole::Seller)));
        }
        if sellers.contains(&viewer.id) {
            return Ok(Some((order, OrderRole::PartSeller)));
        }
    }
    if order.buyer_id == viewer.id {
        return Ok(Some((order, OrderRole::Buyer)));
    }
    Ok(None)
}

/// The order page of an order `role` may see.
pub async fn detail(
    db: &impl ConnectionTrait,
    order: order::Model,
    role: OrderRole,
) -> Result<OrderDetail, DbErr> {
    let items = order_item::Entity::find()
        .filter(order_item::Column::OrderId.eq(order.id))
        .order_by_asc(order_item::Column::Id)
        .all(db)
        .await?;
    let product_ids: Vec<i32> = items.iter().filter_map(|i| i.product_id).collect();
    let slugs: HashMap<i32, String> = product::Entity::find()
        .filter(product::Column::Id.is_in(product_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.slug))
        .collect();
    let seller_ids: Vec<i32> = items.iter().map(|i| i.seller_id).collect();
    let sellers: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(seller_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let owner = pesantren::Entity::find_by_id(order.pesantren_id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("pesantren {}", order.pesantren_id)))?;
    let region_name = match &order.region_code {
        Some(code) => region::Entity::find_by_id(code.clone())
            .one(db)
            .await?
            .map(|r| region_display_name(&r.kind, &r.name)),
        None => None,
    };
    let status = OrderStatus::from_code(&order.status).unwrap_or(OrderStatus::Pending);
    Ok(OrderDetail {
        id: order.id,
        status,
        role,
        actions: actions_for(role, status),
        pesantren_name: owner.name,
        pesantren_slug: owner.slug,
        pesantren_whatsapp: owner.whatsapp,
        buyer_name: order.buyer_name,
        phone: order.phone,
        region_name,
        address: order.address,
        note: order.note,
        lines: items
            .into_iter()
            .map(|i| OrderLine {
                product_slug: i.product_id.and_then(|id| slugs.get(&id).cloned()),
                seller_name: sellers.get(&i.seller_id).cloned().unwrap_or_default(),
                pillar: Pillar::from_code(&i.pillar).unwrap_or(Pillar::Santripreneur),
                name: i.name,
                unit: i.unit,
                price: Rupiah(i.price),
                quantity: i.quantity,
            })
            .collect(),
        total: Rupiah(order.total),
        courier: order.courier,
        tracking: order.tracking_no,
        cancel_reason: order.cancel_reason,
        placed_at: wib(order.created_at),
        updated_at: wib(order.updated_at),
    })
}

async fn summaries(
    db: &impl ConnectionTrait,
    orders: Vec<order::Model>,
) -> Result<Vec<OrderSummary>, DbErr> {
    let ids: Vec<i32> = orders.iter().map(|o| o.id).collect();
    let mut units: HashMap<i32, i64> = HashMap::new();
    for item in order_item::Entity::find()
        .filter(order_item::Column::OrderId.is_in(ids))
        .all(db)
        .await?
    {
        *units.entry(item.order_id).or_default() += i64::from(item.quantity);
    }
    let pesantren_ids: Vec<i32> = orders.iter().map(|o| o.pesantren_id).collect();
    let names: HashMap<i32, String> = pesantren::Entity::find()
        .filter(pesantren::Column::Id.is_in(pesantren_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    Ok(orders
        .into_iter()
        .map(|o| OrderSummary {
            id: o.id,
            status: OrderStatus::from_code(&o.status).unwrap_or(OrderStatus::Pending),
            pesantren_name: names.get(&o.pesantren_id).cloned().unwrap_or_default(),
            buyer_name: o.buyer_name,
            items: units.get(&o.id).copied().unwrap_or_default(),
            total: Rupiah(o.total),
            placed_at: wib(o.created_at),
        })
        .collect())
}

/// A buyer's orders, newest first.
pub async fn for_buyer(
    db: &impl ConnectionTrait,
    buyer_id: i32,
) -> Result<Vec<OrderSummary>, DbErr> {
    let orders = order::Entity::find()
        .filter(order::Column::BuyerId.eq(buyer_id))
        .order_by_desc(order::Column::CreatedAt)
        .order_by_desc(order::Column::Id)
        .limit(LIST_LIMIT)
        .all(db)
        .await?;
    summaries(db, orders).await
}

/// The orders a scope receives: counts per status and the newest of `status` (or of all).
pub async fn incoming(
    db: &impl ConnectionTrait,
    scope: Scope,
    pesantren_name: String,
    status: Option<OrderStatus>,
) -> Result<IncomingOrders, DbErr> {
    let counted: Vec<(String, i64)> = scope
        .filter(order::Entity::find())
        .select_only()
        .column(order::Column::Status)
        .column_as(Expr::col(order::Column::Id).count(), "n")
        .group_by(order::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let counts = OrderStatus::ALL
        .iter()
        .map(|&s| {
            let n = counted
                .iter()
                .find(|(code, _)| code == s.code())
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
            (s, n)
        })
        .collect();
    let mut q = scope.filter(order::Entity::find());
    if let Some(s) = status {
        q = q.filter(order::Column::Status.eq(s.code()));
    }
    let orders = q
        .order_by_desc(order::Column::CreatedAt)
        .order_by_desc(order::Column::Id)
        .limit(LIST_LIMIT)
        .all(db)
        .await?;
    Ok(IncomingOrders {
        pesantren_name,
        whole_pesantren: matches!(scope, Scope::Pesantren(_)),
        status,
        counts,
        orders: summaries(db, orders).await?,
    })
}

/// A buyer's latest order, whose recipient and address the next checkout starts from.
pub async fn latest_of_buyer(
    db: &impl ConnectionTrait,
    buyer_id: i32,
) -> Result<Option<order::Model>, DbErr> {
    order::Entity::find()
        .filter(order::Column::BuyerId.eq(buyer_id))
        .order_by_desc(order::Column::Id)
        .one(db)
        .await
}

/// How many orders of a scope wait for an answer (the badge in the navigation).
pub async fn pending_count(db: &impl ConnectionTrait, scope: Scope) -> Result<u64, DbErr> {
    scope
        .filter(order::Entity::find())
        .filter(order::Column::Status.eq(OrderStatus::Pending.code()))
        .count(db)
        .await
}

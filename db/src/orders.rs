//! Placing orders and moving them along. Stock is taken when an order is placed, by a
//! conditional update (`stock = stock - n WHERE stock >= n`) inside one write transaction, so
//! it can never go below zero and an order takes all of its lines or none; a cancellation
//! gives it back exactly once, because only the one update that moves the status may do so.

use crate::entity::{cart_line, order, order_item, product};
use domain::cart::{Cart, CartLine};
use domain::checkout::{ShippingRegion, ValidCheckout};
use domain::order::ActionDetails;
use domain::{ListingState, OrderStatus};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{CaseStatement, Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, SqlErr,
};
use std::collections::BTreeMap;

/// What a checkout came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceOutcome {
    /// The orders made (one per pesantren), or found when this form was sent before.
    Placed(Vec<i32>),
    /// Not enough stock for these products (names); nothing was ordered.
    OutOfStock(Vec<String>),
    /// These products (names) are no longer in the catalogue; nothing was ordered.
    Unavailable(Vec<String>),
    /// A price changed since the buyer saw the total; nothing was ordered.
    PriceChanged,
    /// The cart is empty.
    Empty,
}

async fn orders_of_checkout(
    db: &impl ConnectionTrait,
    buyer_id: i32,
    key: &str,
) -> Result<Vec<i32>, DbErr> {
    Ok(order::Entity::find()
        .filter(order::Column::BuyerId.eq(buyer_id))
        .filter(order::Column::CheckoutKey.eq(key))
        .order_by_asc(order::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect())
}

/// `CASE id WHEN … THEN quantity … END`: each line's quantity, for one statement over all lines.
fn per_line(lines: &[CartLine]) -> Expr {
    let mut case = CaseStatement::new();
    for l in lines {
        case = case.case(
            Expr::col(product::Column::Id).eq(l.product_id),
            Expr::val(l.quantity),
        );
    }
    case.finally(Expr::val(0)).into()
}

fn has_duplicates(lines: &[CartLine]) -> bool {
    let mut ids: Vec<i32> = lines.iter().map(|l| l.product_id).collect();
    ids.sort_unstable();
    ids.windows(2).any(|w| w[0] == w[1])
}

/// Places the orders of a checkout: one per pesantren of the cart's lines, with today's names
/// and prices copied in. `key` is the checkout form's idempotency key: the same key again
/// answers the orders it made. `expected_total` is the total the buyer was shown.
pub async fn place(
    db: &DatabaseConnection,
    buyer_id: i32,
    key: &str,
    checkout: &ValidCheckout,
    cart: &Cart,
    expected_total: Option<i64>,
) -> Result<PlaceOutcome, DbErr> {
    match place_once(db, buyer_id, key, checkout, cart, expected_total).await {
        // The same form sent twice at once: the second waited for the first's unique key.
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(
            PlaceOutcome::Placed(orders_of_checkout(db, buyer_id, key).await?),
        ),
        other => other,
    }
}

async fn place_once(
    db: &DatabaseConnection,
    buyer_id: i32,
    key: &str,
    checkout: &ValidCheckout,
    cart: &Cart,
    expected_total: Option<i64>,
) -> Result<PlaceOutcome, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let earlier = orders_of_checkout(&txn, buyer_id, key).await?;
    if !earlier.is_empty() {
        return Ok(PlaceOutcome::Placed(earlier));
    }
    if cart.lines.is_empty() {
        return Ok(PlaceOutcome::Empty);
    }
    if has_duplicates(&cart.lines) {
        return Err(DbErr::Custom("a cart line appears twice".into()));
    }
    let ids: Vec<i32> = cart.lines.iter().map(|l| l.product_id).collect();
    let products: BTreeMap<i32, product::Model> = product::Entity::find()
        .filter(product::Column::Id.is_in(ids))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let unavailable: Vec<String> = cart
        .lines
        .iter()
        .filter_map(|l| match products.get(&l.product_id) {
            Some(p) if p.listing_state == ListingState::Published.code() => None,
            Some(p) => Some(p.name.clone()),
            None => Some(format!("#{}", l.product_id)),
        })
        .collect();
    if !unavailable.is_empty() {
        return Ok(PlaceOutcome::Unavailable(unavailable));
    }
    let total: i64 = cart
        .lines
        .iter()
        .filter_map(|l| {
            products
                .get(&l.product_id)
                .map(|p| p.price * i64::from(l.quantity))
        })
        .sum();
    if expected_total.is_some_and(|t| t != total) {
        return Ok(PlaceOutcome::PriceChanged);
    }
    // Take the stock of every line in one statement: on PostgreSQL its row locks come in
    // index order and the catalogue-version trigger runs once after them, so two checkouts
    // (or a checkout and a cancellation) never wait for each other in a circle.
    let taken = product::Entity::update_many()
        .col_expr(
            product::Column::Stock,
            Expr::col(product::Column::Stock).sub(per_line(&cart.lines)),
        )
        .filter(product::Column::Id.is_in(cart.lines.iter().map(|l| l.product_id)))
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .filter(Expr::col(product::Column::Stock).gte(per_line(&cart.lines)))
        .exec(&txn)
        .await?
        .rows_affected;
    if taken != cart.lines.len() as u64 {
        // Which were short, as the database has them now; dropping the transaction rolls
        // back the stock already taken.
        let now: BTreeMap<i32, i32> = product::Entity::find()
            .filter(product::Column::Id.is_in(cart.lines.iter().map(|l| l.product_id)))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| (p.id, p.stock))
            .collect();
        let short = cart
            .lines
            .iter()
            .filter(|l| {
                now.get(&l.product_id)
                    .is_none_or(|&stock| stock < l.quantity)
            })
            .filter_map(|l| products.get(&l.product_id).map(|p| p.name.clone()))
            .collect();
        return Ok(PlaceOutcome::OutOfStock(short));
    }
    let mut by_pesantren: BTreeMap<i32, Vec<(&product::Model, i32)>> = BTreeMap::new();
    for line in &cart.lines {
        if let Some(p) = products.get(&line.product_id) {
            by_pesantren
                .entry(p.pesantren_id)
                .or_default()
                .push((p, line.quantity));
        }
    }
    let now = time::OffsetDateTime::now_utc();
    let mut placed = Vec::new();
    for (pesantren_id, items) in by_pesantren {
        let order = order::ActiveModel {
            buyer_id: Set(buyer_id),
            pesantren_id: Set(pesantren_id),
            status: Set(OrderStatus::Pending.code().to_owned()),
            checkout_key: Set(key.to_owned()),
            buyer_name: Set(checkout.name.clone()),
            phone: Set(checkout.phone.clone()),
            region_code: Set(match &checkout.region {
                ShippingRegion::EastJava(code) => Some(code.clone()),
                ShippingRegion::Outside => None,
            }),
            address: Set(checkout.address.clone()),
            note: Set(checkout.note.clone()),
            total: Set(items.iter().map(|(p, q)| p.price * i64::from(*q)).sum()),
            courier: Set(None),
            tracking_no: Set(None),
            cancel_reason: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        order_item::Entity::insert_many(items.iter().map(|(p, q)| order_item::ActiveModel {
            order_id: Set(order.id),
            product_id: Set(Some(p.id)),
            seller_id: Set(p.seller_id),
            pillar: Set(p.pillar.clone()),
            name: Set(p.name.clone()),
            unit: Set(p.unit.clone()),
            price: Set(p.price),
            quantity: Set(*q),
            ..Default::default()
        }))
        .exec(&txn)
        .await?;
        placed.push(order.id);
    }
    cart_line::Entity::delete_many()
        .filter(cart_line::Column::UserId.eq(buyer_id))
        .filter(cart_line::Column::ProductId.is_in(products.keys().copied()))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(PlaceOutcome::Placed(placed))
}

/// Moves an order from `from` to `to` with the action's details; a move to cancelled gives
/// its stock back. `false` (and nothing changed) when the order is no longer in `from`.
pub async fn apply(
    db: &DatabaseConnection,
    order_id: i32,
    from: OrderStatus,
    to: OrderStatus,
    details: &ActionDetails,
) -> Result<bool, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let mut update = order::Entity::update_many()
        .col_expr(order::Column::Status, Expr::value(to.code()))
        .col_expr(
            order::Column::UpdatedAt,
            Expr::value(time::OffsetDateTime::now_utc()),
        );
    if to == OrderStatus::Shipped {
        update = update
            .col_expr(order::Column::Courier, Expr::value(details.courier.clone()))
            .col_expr(
                order::Column::TrackingNo,
                Expr::value(details.tracking.clone()),
            );
    }
    if to == OrderStatus::Cancelled {
        update = update.col_expr(
            order::Column::CancelReason,
            Expr::value(details.reason.clone()),
        );
    }
    let moved = update
        .filter(order::Column::Id.eq(order_id))
        .filter(order::Column::Status.eq(from.code()))
        .exec(&txn)
        .await?
        .rows_affected;
    if moved == 0 {
        return Ok(false);
    }
    if to == OrderStatus::Cancelled {
        let lines: Vec<CartLine> = order_item::Entity::find()
            .filter(order_item::Column::OrderId.eq(order_id))
            .all(&txn)
            .await?
            .into_iter()
            .filter_map(|i| {
                i.product_id.map(|product_id| CartLine {
                    product_id,
                    quantity: i.quantity,
                })
            })
            .collect();
        if !lines.is_empty() {
            // One statement, like taking it (see `place`).
            product::Entity::update_many()
                .col_expr(
                    product::Column::Stock,
                    Expr::col(product::Column::Stock).add(per_line(&lines)),
                )
                .filter(product::Column::Id.is_in(lines.iter().map(|l| l.product_id)))
                .exec(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(true)
}

//! Carts: a signed-in buyer's lines (`cart_lines`), and the cart page built from any cart's
//! lines with the products as they are now.

use crate::entity::{cart_line, pesantren, product, product_photo};
use crate::queries::cards::region_display_name;
use crate::queries::catalogue::ReferenceData;
use domain::cart::{Cart, CartGroup, CartItem, CartLine, CartView, line_problem};
use domain::media::{PHOTO_WIDTHS, photo_url};
use domain::{ListingState, Rupiah};
use sea_orm::ActiveValue::Set;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use std::collections::HashMap;

/// A product as the cart needs it to take it: in the catalogue, and how many are left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Orderable {
    /// Published.
    pub published: bool,
    /// Units in stock.
    pub stock: i32,
}

/// Whether a product can go into a cart, and how many are left; `None` when unknown.
pub async fn orderable(
    db: &impl ConnectionTrait,
    product_id: i32,
) -> Result<Option<Orderable>, DbErr> {
    Ok(product::Entity::find_by_id(product_id)
        .one(db)
        .await?
        .map(|p| Orderable {
            published: p.listing_state == ListingState::Published.code(),
            stock: p.stock,
        }))
}

/// A signed-in buyer's cart, oldest line first.
pub async fn load(db: &impl ConnectionTrait, user_id: i32) -> Result<Cart, DbErr> {
    let lines = cart_line::Entity::find()
        .filter(cart_line::Column::UserId.eq(user_id))
        .order_by_asc(cart_line::Column::AddedAt)
        .order_by_asc(cart_line::Column::ProductId)
        .all(db)
        .await?;
    Ok(Cart {
        lines: lines
            .into_iter()
            .map(|l| CartLine {
                product_id: l.product_id,
                quantity: l.quantity,
            })
            .collect(),
    })
}

/// Replaces a signed-in buyer's cart (lines keep their order).
pub async fn save(db: &DatabaseConnection, user_id: i32, cart: &Cart) -> Result<(), DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    cart_line::Entity::delete_many()
        .filter(cart_line::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    if !cart.lines.is_empty() {
        let now = time::OffsetDateTime::now_utc();
        // Microseconds apart, so the oldest-first order survives the round trip.
        let rows = cart
            .lines
            .iter()
            .zip(0i64..)
            .map(|(l, i)| cart_line::ActiveModel {
                user_id: Set(user_id),
                product_id: Set(l.product_id),
                quantity: Set(l.quantity),
                added_at: Set(now + time::Duration::microseconds(i)),
            });
        cart_line::Entity::insert_many(rows).exec(&txn).await?;
    }
    txn.commit().await
}

/// The cart page for `cart`: its lines grouped by pesantren (in the order first added), with
/// today's prices, stock and what stops a line being ordered. Unknown products are dropped.
pub async fn view(
    db: &impl ConnectionTrait,
    refs: &ReferenceData,
    cart: &Cart,
) -> Result<CartView, DbErr> {
    if cart.lines.is_empty() {
        return Ok(CartView::default());
    }
    let ids: Vec<i32> = cart.lines.iter().map(|l| l.product_id).collect();
    let products: HashMap<i32, product::Model> = product::Entity::find()
        .filter(product::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let pesantren_ids: Vec<i32> = products.values().map(|p| p.pesantren_id).collect();
    let pesantren: HashMap<i32, pesantren::Model> = pesantren::Entity::find()
        .filter(pesantren::Column::Id.is_in(pesantren_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let covers: HashMap<i32, String> = product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.is_in(ids))
        .filter(product_photo::Column::Position.eq(0))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.product_id, p.storage_key))
        .collect();
    let mut view = CartView::default();
    let mut group_of: HashMap<i32, usize> = HashMap::new();
    for line in &cart.lines {
        let Some(p) = products.get(&line.product_id) else {
            continue;
        };
        let Some(owner) = pesantren.get(&p.pesantren_id) else {
            continue;
        };
        let index = *group_of.entry(owner.id).or_insert_with(|| {
            view.groups.push(CartGroup {
                pesantren_name: owner.name.clone(),
                pesantren_slug: owner.slug.clone(),
                region_name: refs
                    .region(&owner.region_code)
                    .map(|r| region_display_name(&r.kind, &r.name))
                    .unwrap_or_default(),
                items: Vec::new(),
            });
            view.groups.len() - 1
        });
        let published = p.listing_state == ListingState::Published.code();
        view.groups[index].items.push(CartItem {
            product_id: p.id,
            slug: p.slug.clone(),
            name: p.name.clone(),
            unit: p.unit.clone(),
            price: Rupiah(p.price),
            quantity: line.quantity,
            stock: p.stock,
            photo: covers.get(&p.id).map(|k| photo_url(k, PHOTO_WIDTHS[0])),
            problem: line_problem(published, p.stock, line.quantity),
        });
    }
    Ok(view)
}

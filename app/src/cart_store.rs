//! Where a cart is kept: a visitor's in their session, a signed-in buyer's in the database
//! (so it is there on every device). At login the visitor's cart joins the buyer's.

use crate::error::AppError;
use domain::cart::Cart;

const CART_KEY: &str = "cart";

/// The request's cart and the signed-in user it belongs to, if any.
pub async fn load() -> Result<(Cart, Option<i32>), AppError> {
    let auth = crate::auth::server::session().await?;
    match &auth.user {
        Some(user) => {
            let db = crate::context::database()?;
            let cart = db::cart::load(&db, user.row.id)
                .await
                .map_err(|e| AppError::internal("loading a cart", e))?;
            Ok((cart, Some(user.row.id)))
        }
        None => {
            let cart = match auth.session.get::<Cart>(CART_KEY).await {
                Ok(cart) => cart.unwrap_or_default(),
                Err(e) => {
                    tracing::warn!(error = %e, "unreadable session cart dropped");
                    Cart::default()
                }
            };
            Ok((cart, None))
        }
    }
}

/// Stores the cart where [`load`] found it.
pub async fn store(cart: &Cart, user: Option<i32>) -> Result<(), AppError> {
    match user {
        Some(user_id) => {
            let db = crate::context::database()?;
            db::cart::save(&db, user_id, cart)
                .await
                .map_err(|e| AppError::internal("saving a cart", e))
        }
        None => crate::auth::server::session()
            .await?
            .session
            .insert(CART_KEY, cart)
            .await
            .map_err(|e| AppError::internal("saving a session cart", e)),
    }
}

/// Moves a visitor's session cart into the account of `user_id`, who just logged in;
/// `true` when there was one.
pub async fn join_at_login(user_id: i32) -> Result<bool, AppError> {
    let auth = crate::auth::server::session().await?;
    let visitor = auth
        .session
        .remove::<Cart>(CART_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    if visitor.lines.is_empty() {
        return Ok(false);
    }
    let db = crate::context::database()?;
    let mut cart = db::cart::load(&db, user_id)
        .await
        .map_err(|e| AppError::internal("loading a cart", e))?;
    cart.merge(&visitor);
    store(&cart, Some(user_id)).await?;
    Ok(true)
}

const NOTICE_KEY: &str = "cart_notice";

/// Leaves a notice about the cart for the header of the next page (adding happens from any
/// product page or card, so the header, not the page, shows it).
pub async fn set_notice(notice: crate::auth::FlashNotice) -> Result<(), AppError> {
    crate::auth::server::session()
        .await?
        .session
        .insert(NOTICE_KEY, notice)
        .await
        .map_err(|e| AppError::internal("storing a cart notice", e))
}

/// Takes the cart notice left for this page, if any.
pub async fn take_notice() -> Option<crate::auth::FlashNotice> {
    let auth = crate::auth::server::session().await.ok()?;
    auth.session
        .remove::<crate::auth::FlashNotice>(NOTICE_KEY)
        .await
        .ok()
        .flatten()
}

//! `/keranjang`: the cart, grouped by pesantren (each group becomes one order);
//! `POST /api/add_to_cart` from product pages and cards, `POST /api/update_cart` from here.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::{LoadFailed, Loading};
use crate::error::AppError;
use crate::i18n::{line_problem, use_i18n};
use domain::cart::{CartGroup, CartItem, CartView};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// The cart page's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartPage {
    /// The cart as it stands.
    pub view: CartView,
    /// Signed in (may go on to checkout).
    pub signed_in: bool,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// The request's cart.
#[server(endpoint = "cart")]
pub async fn get_cart() -> Result<CartPage, AppError> {
    let (cart, user) = crate::cart_store::load().await?;
    let db = crate::context::database()?;
    let view = db::cart::view(&db, crate::context::catalogue()?.refs(), &cart)
        .await
        .map_err(|e| AppError::internal("showing a cart", e))?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(CartPage {
        view,
        signed_in: user.is_some(),
        notice,
    })
}

/// Adds `quantity` (default 1) of a product, never more than its stock, and goes back to
/// `back` (a local path) with a notice in the header. Returns the quantity now in the cart.
#[server(endpoint = "add_to_cart")]
pub async fn add_to_cart(
    product: i32,
    #[server(default)] quantity: String,
    #[server(default)] back: String,
) -> Result<i32, AppError> {
    use domain::cart::{CartProblem, parse_quantity};
    let back = if back.is_empty() {
        "/keranjang".to_owned()
    } else {
        crate::auth::server::safe_next(&back)
    };
    let refuse = |problem: CartProblem| {
        let back = back.clone();
        async move {
            crate::cart_store::set_notice(FlashNotice::CartRefused(problem)).await?;
            crate::auth::server::go(&back);
            Ok(0)
        }
    };
    let quantity = if quantity.trim().is_empty() {
        1
    } else {
        match parse_quantity(&quantity) {
            Ok(q) => q,
            Err(p) => return refuse(p).await,
        }
    };
    let db = crate::context::database()?;
    let stock = match db::cart::orderable(&db, product)
        .await
        .map_err(|e| AppError::internal("reading a product for the cart", e))?
    {
        Some(o) if o.published => o.stock,
        _ => return refuse(CartProblem::Unavailable).await,
    };
    let (mut cart, user) = crate::cart_store::load().await?;
    let now = match cart.add(product, quantity, stock) {
        Ok(q) => q,
        Err(p) => return refuse(p).await,
    };
    crate::cart_store::store(&cart, user).await?;
    crate::cart_store::set_notice(FlashNotice::AddedToCart).await?;
    crate::auth::server::go(&back);
    Ok(now)
}

/// Changes the quantity of a line (`op` = `update`) or takes it out (`remove`).
#[server(endpoint = "update_cart")]
pub async fn update_cart(
    product: i32,
    #[server(default)] quantity: String,
    #[server(default)] op: String,
) -> Result<(), AppError> {
    use domain::cart::{CartProblem, parse_quantity};
    let (mut cart, user) = crate::cart_store::load().await?;
    let notice = if op == "remove" {
        cart.remove(product);
        FlashNotice::CartUpdated
    } else {
        let db = crate::context::database()?;
        let orderable = db::cart::orderable(&db, product)
            .await
            .map_err(|e| AppError::internal("reading a product for the cart", e))?;
        let set = match (parse_quantity(&quantity), orderable) {
            (Err(p), _) => Err(p),
            (Ok(q), Some(o)) if o.published && cart.quantity_of(product) > 0 => {
                cart.set(product, q, o.stock)
            }
            _ => Err(CartProblem::Unavailable),
        };
        match set {
            Ok(_) => FlashNotice::CartUpdated,
            Err(p) => FlashNotice::CartRefused(p),
        }
    };
    if notice == FlashNotice::CartUpdated {
        crate::cart_store::store(&cart, user).await?;
    }
    crate::auth::server::set_flash(&Flash::Notice(notice)).await?;
    crate::auth::server::go("/keranjang");
    Ok(())
}

/// The cart page.
#[component]
pub fn CartPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_cart());
    view! {
        <Title text=move || i18n.shop().cart_title />
        <section class="dashboard cart-page">
            <h1>{move || i18n.shop().cart_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => cart_view(page).into_any(),
                        Err(_) => view! { <LoadFailed /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn cart_view(page: CartPage) -> impl IntoView {
    let i18n = use_i18n();
    let CartPage {
        view: cart,
        signed_in,
        notice,
    } = page;
    if cart.is_empty() {
        return view! {
            <FlashNoticeLine notice=notice />
            <p class="empty">{move || i18n.shop().cart_empty}</p>
            <p><a class="button-primary" href="/produk">{move || i18n.shop().browse_catalogue}</a></p>
        }
        .into_any();
    }
    let total = cart.total().to_string();
    let next = if cart.has_problems() {
        view! { <p class="flash flash-error" role="status">{move || i18n.shop().fix_cart_first}</p> }
            .into_any()
    } else if signed_in {
        view! {
            <a class="button-primary" href="/keranjang/pesan">{move || i18n.shop().to_checkout}</a>
        }
        .into_any()
    } else {
        view! {
            <a class="button-primary" href="/masuk?next=%2Fkeranjang%2Fpesan">
                {move || i18n.shop().login_to_order}
            </a>
            " "
            <a href="/daftar">{move || i18n.t().nav_register}</a>
        }
        .into_any()
    };
    view! {
        <FlashNoticeLine notice=notice />
        {cart.groups.into_iter().map(group_view).collect_view()}
        <div class="cart-total">
            <p><span>{move || i18n.shop().total}</span> " " <strong>{total}</strong></p>
            <p class="muted">{move || i18n.shop().how_ordering_works}</p>
            {next}
        </div>
    }
    .into_any()
}

fn group_view(group: CartGroup) -> impl IntoView {
    let i18n = use_i18n();
    let subtotal = group.subtotal().to_string();
    view! {
        <section class="cart-group">
            <h2>
                <a href=format!("/pesantren/{}", group.pesantren_slug)>{group.pesantren_name}</a>
                " " <span class="muted">{group.region_name}</span>
            </h2>
            <ul class="cart-lines">{group.items.into_iter().map(line_view).collect_view()}</ul>
            <p class="cart-subtotal">
                <span class="muted">{move || i18n.shop().one_order_per_pesantren}</span>
                <span>{move || i18n.shop().subtotal} " " <strong>{subtotal}</strong></span>
            </p>
        </section>
    }
}

fn line_view(item: CartItem) -> impl IntoView {
    let i18n = use_i18n();
    let field = format!("qty-{}", item.product_id);
    let photo = item.photo.map(|src| {
        view! { <img src=src width="64" height="64" loading="lazy" decoding="async" alt="" /> }
    });
    let amount = domain::Rupiah(item.price.0 * i64::from(item.quantity)).to_string();
    let problem = item.problem.map(|p| {
        view! { <p class="field-message" role="status">{move || line_problem(i18n.locale(), p)}</p> }
    });
    view! {
        <li class="cart-line">
            <div class="cart-photo">{photo}</div>
            <div class="cart-line-body">
                <a href=format!("/produk/{}", item.slug)>{item.name}</a>
                <p class="muted">{item.price.to_string()} " / " {item.unit}</p>
                {problem}
                <form method="post" action="/api/update_cart" class="inline-form">
                    <input type="hidden" name="product" value=item.product_id />
                    <label for=field.clone()>{move || i18n.shop().quantity_label}</label>
                    <input id=field type="number" name="quantity" min="1" max=item.stock.max(1)
                        value=item.quantity inputmode="numeric" class="quantity" />
                    <button type="submit" name="op" value="update" class="button-secondary">
                        {move || i18n.shop().update}
                    </button>
                    <button type="submit" name="op" value="remove" class="button-link" formnovalidate>
                        {move || i18n.shop().remove}
                    </button>
                </form>
            </div>
            <strong class="cart-amount">{amount}</strong>
        </li>
    }
}

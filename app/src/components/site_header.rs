//! The header on every page: the site's name, the language switch, the main navigation and the
//! account links (log in, or the signed-in user's pages and log out).

use crate::auth::{FlashNotice, use_viewer};
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::language_switch::LanguageSwitch;
use crate::error::AppError;
use crate::i18n::use_i18n;
use domain::Role;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the header counts, and a notice about the cart.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Badges {
    /// Units in the cart.
    pub cart_units: i64,
    /// Orders waiting for a seller's or pesantren admin's answer.
    pub pending_orders: Option<u64>,
    /// What happened to the cart on the last post (added, refused).
    pub notice: Option<FlashNotice>,
}

/// The header's counts for this visitor.
#[server(endpoint = "badges")]
pub async fn get_badges() -> Result<Badges, AppError> {
    let (cart, user) = crate::cart_store::load().await?;
    let mut pending_orders = None;
    if user.is_some()
        && let Some(user) = crate::auth::server::session().await?.user
        && let Some(scope) = db::queries::orders::Scope::of(&user.viewer())
    {
        let db = crate::context::database()?;
        let n = db::queries::orders::pending_count(&db, scope)
            .await
            .map_err(|e| AppError::internal("counting pending orders", e))?;
        pending_orders = Some(n);
    }
    Ok(Badges {
        cart_units: cart.units(),
        pending_orders,
        notice: crate::cart_store::take_notice().await,
    })
}

/// The site header.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">"OPOP"</span>
                <span class="brand-text">
                    <span class="brand-name">{move || i18n.t().site_name}</span>
                    <span class="brand-tagline">{move || i18n.t().tagline}</span>
                </span>
            </a>
            <LanguageSwitch />
            <nav class="main-nav" aria-label=move || i18n.t().nav_label>
                <a href="/">{move || i18n.t().nav_home}</a>
                <a href="/produk">{move || i18n.t().nav_catalogue}</a>
                <a href="/pesantren">{move || i18n.t().nav_pesantren}</a>
                <ShopLinks />
                <AccountLinks />
            </nav>
        </header>
    }
}

/// "Masuk / Daftar", or the signed-in user's pages and "Keluar".
#[component]
fn AccountLinks() -> impl IntoView {
    let i18n = use_i18n();
    let viewer = use_viewer();
    let location = leptos_router::hooks::use_location();
    // After logging in, back to the page the visitor was on.
    let login = move || {
        let here = location.pathname.get();
        if here == "/" || here.starts_with("/masuk") || here.starts_with("/daftar") {
            "/masuk".to_owned()
        } else {
            format!(
                "/masuk?next={}",
                form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>()
            )
        }
    };
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match viewer.await.ok().flatten() {
                    None => view! {
                        <a href=login>{move || i18n.t().nav_login}</a>
                        <a href="/daftar">{move || i18n.t().nav_register}</a>
                    }
                    .into_any(),
                    Some(v) => {
                        let lists = matches!(v.role, Role::Seller | Role::PesantrenAdmin);
                        let manages = v.role == Role::PesantrenAdmin;
                        let runs_programme = v.role == Role::ProgrammeAdmin;
                        view! {
                            {lists.then(|| view! { <a href="/saya/produk">{move || i18n.t().nav_my_products}</a> })}
                            {manages.then(|| view! { <a href="/kelola">{move || i18n.t().nav_manage}</a> })}
                            {runs_programme.then(|| view! { <a href="/program">{move || i18n.programme().title}</a> })}
                            <a href="/akun" class="account-link">{move || i18n.t().nav_account}</a>
                            <form method="post" action="/api/logout" class="logout-form">
                                <button type="submit" class="button-link">{move || i18n.t().nav_logout}</button>
                            </form>
                        }
                        .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The cart with its count, the buyer's orders, and for sellers and admins the incoming
/// orders with the number waiting; then the notice of the last add to cart.
#[component]
fn ShopLinks() -> impl IntoView {
    let i18n = use_i18n();
    let viewer = use_viewer();
    let badges = Resource::new(|| (), |_| get_badges());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let b = badges.await.unwrap_or_default();
                let v = viewer.await.ok().flatten();
                let units = b.cart_units;
                let count = (units > 0).then(|| view! {
                    <span class="badge" aria-label=move || (i18n.shop().cart_count_label)(units)>{units}</span>
                });
                let incoming = match (v.as_ref().map(|v| v.role), b.pending_orders) {
                    (Some(Role::PesantrenAdmin), Some(n)) => Some(("/kelola/pesanan", n)),
                    (Some(Role::Seller), Some(n)) => Some(("/saya/pesanan", n)),
                    _ => None,
                };
                let incoming = incoming.map(|(href, n)| view! {
                    <a href=href>
                        {move || i18n.shop().nav_incoming}
                        {(n > 0).then(|| view! {
                            <span class="badge" aria-label=move || (i18n.shop().pending_label)(n)>{n}</span>
                        })}
                    </a>
                });
                let notice = b.notice.map(|n| view! {
                    <div class="cart-notice">
                        <FlashNoticeLine notice=Some(n) />
                        <a href="/keranjang">{move || i18n.shop().view_cart}</a>
                    </div>
                });
                view! {
                    <a href="/keranjang" class="cart-link">{move || i18n.shop().nav_cart} {count}</a>
                    {v.is_some().then(|| view! { <a href="/pesanan">{move || i18n.shop().nav_orders}</a> })}
                    {incoming}
                    {notice}
                }
            })}
        </Suspense>
    }
}

//! `/kelola/pesanan` (pesantren admin: every order of the pesantren) and `/saya/pesanan`
//! (seller: orders holding their products), filterable by `?status=`.

use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{order_status, use_i18n};
use crate::pages::account::AccessDenied;
use crate::pages::orders::OrderList;

use domain::order::{IncomingOrders, LIST_LIMIT};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

/// The orders the signed-in seller or pesantren admin receives, of `status` (empty: all;
/// an unknown status shows all).
#[server(endpoint = "incoming_orders")]
pub async fn get_incoming_orders(status: String) -> Result<IncomingOrders, AppError> {
    use domain::Role;
    let viewer = crate::auth::server::with_role(&[Role::Seller, Role::PesantrenAdmin]).await?;
    let scope =
        db::queries::orders::Scope::of(&viewer).ok_or_else(|| AppError::Forbidden.answer())?;
    let pesantren_id = viewer
        .pesantren_id
        .ok_or_else(|| AppError::Forbidden.answer())?;
    let db = crate::context::database()?;
    let fail = |e| AppError::internal("loading incoming orders", e);
    let (name, _) = db::accounts::pesantren_name(&db, pesantren_id)
        .await
        .map_err(fail)?
        .ok_or(AppError::NotFound)?;
    db::queries::orders::incoming(&db, scope, name, domain::OrderStatus::from_code(&status))
        .await
        .map_err(fail)
}

/// The incoming orders page.
#[component]
pub fn IncomingOrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let status = move || query.read().get("status").unwrap_or_default();
    let data = Resource::new(status, get_incoming_orders);
    view! {
        <Title text=move || i18n.shop().incoming_title />
        <section class="dashboard">
            <h1>{move || i18n.shop().incoming_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => incoming_view(page).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn incoming_view(page: IncomingOrders) -> impl IntoView {
    let i18n = use_i18n();
    let path = use_location().pathname.get_untracked();
    let all: u64 = page.counts.iter().map(|(_, n)| n).sum();
    let limited = u64::try_from(page.orders.len()).unwrap_or(0) >= LIST_LIMIT;
    let tab = |href: String, label: Box<dyn Fn() -> String + Send + Sync>, current: bool| {
        view! {
            <a href=href aria-current=current.then_some("page") class:current=current>{label}</a>
        }
    };
    let mut tabs = vec![tab(
        path.clone(),
        Box::new(move || format!("{} ({all})", i18n.shop().status_all)),
        page.status.is_none(),
    )];
    for (s, n) in page.counts.iter().copied() {
        tabs.push(tab(
            format!("{path}?status={}", s.code()),
            Box::new(move || format!("{} ({n})", order_status(i18n.locale(), s))),
            page.status == Some(s),
        ));
    }
    let scope = move || {
        if page.whole_pesantren {
            i18n.shop().incoming_whole
        } else {
            i18n.shop().incoming_own
        }
    };
    view! {
        <p class="muted">{page.pesantren_name} " · " {scope}</p>
        <nav class="state-tabs">{tabs}</nav>
        {limited.then(|| view! { <p class="muted">{move || (i18n.shop().list_limited)(LIST_LIMIT)}</p> })}
        <OrderList orders=page.orders show_buyer=true />
    }
}

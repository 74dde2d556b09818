//! `/pesanan`: a buyer's orders ("Pesanan saya"); `/pesanan/{id}`: one order, for its buyer,
//! its sellers and its pesantren's admin, with the actions [`domain::order::next_status`]
//! allows them; `POST /api/order_action`.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{order_action, order_status, use_i18n};
use crate::pages::account::AccessDenied;
use domain::order::order_number;
use domain::product::whatsapp_link;
use domain::{OrderAction, OrderDetail, OrderRefusal, OrderRole, OrderStatus, OrderSummary};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

/// The buyer's order list and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyOrdersPage {
    /// Newest first.
    pub orders: Vec<OrderSummary>,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// The signed-in buyer's orders.
#[server(endpoint = "my_orders")]
pub async fn get_my_orders() -> Result<MyOrdersPage, AppError> {
    let viewer = crate::auth::server::signed_in().await?;
    let db = crate::context::database()?;
    let orders = db::queries::orders::for_buyer(&db, viewer.id)
        .await
        .map_err(|e| AppError::internal("loading a buyer's orders", e))?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(MyOrdersPage { orders, notice })
}

/// One order and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderPage {
    /// The order.
    pub order: OrderDetail,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// An order the signed-in user may see; anyone else's answers 404.
#[server(endpoint = "order")]
pub async fn get_order(id: i32) -> Result<OrderPage, AppError> {
    let viewer = crate::auth::server::signed_in().await?;
    let db = crate::context::database()?;
    let fail = |e| AppError::internal("loading an order", e);
    let (order, role) = db::queries::orders::access(&db, id, &viewer)
        .await
        .map_err(fail)?
        .ok_or_else(|| AppError::NotFound.answer())?;
    let order = db::queries::orders::detail(&db, order, role)
        .await
        .map_err(fail)?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(OrderPage { order, notice })
}

/// Confirms, ships, completes or cancels (`action`) an order, if the signed-in user's role
/// allows it from the order's status. Answers `None` when done, or why it was refused; an
/// order they may not see answers 404.
#[server(endpoint = "order_action")]
pub async fn order_action_post(
    id: i32,
    action: String,
    #[server(default)] reason: String,
    #[server(default)] courier: String,
    #[server(default)] tracking: String,
) -> Result<Option<OrderRefusal>, AppError> {
    use crate::auth::server::{go, set_flash};
    use domain::order::{ActionDetails, next_status};
    let viewer = crate::auth::server::signed_in().await?;
    let db = crate::context::database()?;
    let (order, role) = db::queries::orders::access(&db, id, &viewer)
        .await
        .map_err(|e| AppError::internal("loading an order", e))?
        .ok_or_else(|| AppError::NotFound.answer())?;
    let Some(action) = OrderAction::from_code(&action) else {
        return Err(AppError::BadRequest.answer());
    };
    let back = format!("/pesanan/{id}");
    let status = OrderStatus::from_code(&order.status).unwrap_or(OrderStatus::Pending);
    let checked = next_status(role, status, action).and_then(|to| {
        ActionDetails::parse(role, action, &reason, &courier, &tracking).map(|d| (to, d))
    });
    let (to, details) = match checked {
        Ok(ok) => ok,
        Err(refusal) => {
            set_flash(&Flash::Notice(FlashNotice::OrderRefused(refusal))).await?;
            go(&back);
            return Ok(Some(refusal));
        }
    };
    let moved = db::orders::apply(&db, id, status, to, &details)
        .await
        .map_err(|e| AppError::internal("moving an order", e))?;
    let (notice, answer) = if moved {
        (FlashNotice::OrderNow(to), None)
    } else {
        let stale = OrderRefusal::Stale;
        (FlashNotice::OrderRefused(stale), Some(stale))
    };
    set_flash(&Flash::Notice(notice)).await?;
    go(&back);
    Ok(answer)
}

/// "Pesanan saya".
#[component]
pub fn MyOrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_my_orders());
    view! {
        <Title text=move || i18n.shop().orders_title />
        <section class="dashboard">
            <h1>{move || i18n.shop().orders_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => view! {
                            <FlashNoticeLine notice=page.notice />
                            <OrderList orders=page.orders show_buyer=false />
                        }.into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// A list of orders, each linking to its page.
#[component]
pub fn OrderList(orders: Vec<OrderSummary>, show_buyer: bool) -> impl IntoView {
    let i18n = use_i18n();
    if orders.is_empty() {
        return view! { <p class="empty">{move || i18n.shop().orders_empty}</p> }.into_any();
    }
    view! {
        <ul class="order-rows">
            {orders.into_iter().map(|o| {
                let who = if show_buyer { o.buyer_name.clone() } else { o.pesantren_name.clone() };
                view! {
                    <li>
                        <a href=format!("/pesanan/{}", o.id)><strong>{order_number(o.id)}</strong></a>
                        <span class=format!("state-badge order-{}", o.status.code())>
                            {move || order_status(i18n.locale(), o.status)}
                        </span>
                        <span>{who}</span>
                        <span class="muted">{o.placed_at}</span>
                        <span>{move || (i18n.shop().units)(o.items)} " · " <strong>{o.total.to_string()}</strong></span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// One order's page.
#[component]
pub fn OrderPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let data = Resource::new(id, get_order);
    view! {
        <section class="dashboard order-page">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => order_view(page).into_any(),
                        Err(e) => view! {
                            <Title text=move || i18n.shop().orders_title />
                            <h1>{move || i18n.shop().orders_title}</h1>
                            <AccessDenied error=e />
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn whatsapp_message(locale: domain::Locale, o: &OrderDetail) -> String {
    let lines = o
        .lines
        .iter()
        .map(|l| format!("- {} × {} ({})", l.quantity, l.name, l.amount()))
        .collect::<Vec<_>>()
        .join("\n");
    (crate::i18n::shop_strings(locale).whatsapp_order)(
        &order_number(o.id),
        &lines,
        &o.total.to_string(),
        &o.buyer_name,
    )
}

fn order_view(page: OrderPage) -> impl IntoView {
    let i18n = use_i18n();
    let OrderPage { order: o, notice } = page;
    let number = order_number(o.id);
    let title = number.clone();
    let status = o.status;
    let wa = {
        let o = o.clone();
        move || whatsapp_link(&o.pesantren_whatsapp, &whatsapp_message(i18n.locale(), &o))
    };
    let contact = (o.role == OrderRole::Buyer && status != OrderStatus::Cancelled).then(|| {
        view! {
            <a class="whatsapp" href=wa target="_blank" rel="noopener noreferrer">
                {move || i18n.shop().send_whatsapp}
            </a>
        }
    });
    let part_note = (o.role == OrderRole::PartSeller)
        .then(|| view! { <p class="muted">{move || i18n.shop().part_seller_note}</p> });
    let row = |label: fn(&'static crate::i18n::ShopStrings) -> &'static str,
               value: Option<String>| {
        value.map(|v| view! { <dt>{move || label(i18n.shop())}</dt><dd>{v}</dd> })
    };
    let back = if o.role == OrderRole::Buyer {
        "/pesanan"
    } else if o.role == OrderRole::PesantrenAdmin {
        "/kelola/pesanan"
    } else {
        "/saya/pesanan"
    };
    let region_line = o.region_name.clone().unwrap_or_else(String::new);
    let address = if region_line.is_empty() {
        o.address.clone()
    } else {
        format!("{}\n{region_line}", o.address)
    };
    let lines = o
        .lines
        .iter()
        .map(|l| {
            let name = match &l.product_slug {
                Some(slug) => {
                    view! { <a href=format!("/produk/{slug}")>{l.name.clone()}</a> }.into_any()
                }
                None => view! { <span>{l.name.clone()}</span> }.into_any(),
            };
            view! {
                <li class="cart-line">
                    <div class="cart-line-body">
                        {name}
                        <p class="muted">
                            {l.quantity} " × " {l.price.to_string()} " / " {l.unit.clone()}
                            " · " {l.seller_name.clone()} " (" {l.pillar.name()} ")"
                        </p>
                    </div>
                    <strong class="cart-amount">{l.amount().to_string()}</strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=move || (i18n.shop().order_title)(&title) />
        <div class="dashboard-head">
            <h1>{move || (i18n.shop().order_title)(&number)}</h1>
            <span class=format!("state-badge order-{}", status.code())>
                {move || order_status(i18n.locale(), status)}
            </span>
        </div>
        <FlashNoticeLine notice=notice />
        {contact}
        {part_note}
        <dl class="product-facts">
            <dt>{move || i18n.t().sold_by}</dt>
            <dd><a href=format!("/pesantren/{}", o.pesantren_slug)>{o.pesantren_name.clone()}</a></dd>
            {row(|s| s.placed_at, Some(o.placed_at.clone()))}
            {row(|s| s.updated_at, Some(o.updated_at.clone()))}
            {row(|s| s.recipient, Some(o.buyer_name.clone()))}
            {row(|s| s.phone, Some(format!("+{}", o.phone)))}
            {row(|s| s.address, Some(address))}
            {row(|s| s.note, o.note.clone())}
            {row(|s| s.courier, o.courier.clone())}
            {row(|s| s.tracking, o.tracking.clone())}
            {row(|s| s.cancel_reason, o.cancel_reason.clone())}
        </dl>
        <h2>{move || i18n.shop().items_heading}</h2>
        <ul class="cart-lines">{lines}</ul>
        <p class="cart-total">{move || i18n.shop().total} " " <strong>{o.total.to_string()}</strong></p>
        <div class="order-actions">
            {o.actions.iter().map(|&a| action_form(o.id, o.role, a)).collect_view()}
        </div>
        <p><a href=back>{move || i18n.shop().back_to_orders}</a></p>
    }
}

fn action_form(id: i32, role: OrderRole, action: OrderAction) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || order_action(i18n.locale(), action);
    let field = |name: &'static str,
                 label: fn(&'static crate::i18n::ShopStrings) -> &'static str,
                 required: bool| {
        let field_id = format!("{name}-{id}");
        view! {
            <label for=field_id.clone()>{move || label(i18n.shop())}</label>
            <input id=field_id name=name maxlength="60" required=required />
        }
    };
    match action {
        OrderAction::Ship => view! {
            <form method="post" action="/api/order_action" class="stacked-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="action" value=action.code() />
                {field("courier", |s| s.courier_optional, false)}
                {field("tracking", |s| s.tracking_optional, false)}
                <button type="submit" class="button-primary">{label}</button>
            </form>
        }
        .into_any(),
        OrderAction::Cancel => {
            let required = role.handles();
            let reason_label = move || {
                if required {
                    i18n.shop().reason_required_label
                } else {
                    i18n.shop().reason_optional_label
                }
            };
            // A second step before cancelling; works without JavaScript.
            view! {
                <details class="confirm">
                    <summary>{label}</summary>
                    <form method="post" action="/api/order_action" class="stacked-form">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="action" value=action.code() />
                        <label for=format!("reason-{id}")>{reason_label}</label>
                        <textarea id=format!("reason-{id}") name="reason" maxlength="500" rows="3" required=required></textarea>
                        <button type="submit" class="button-secondary">{label}</button>
                    </form>
                </details>
            }
            .into_any()
        }
        OrderAction::Confirm | OrderAction::Complete => view! {
            <form method="post" action="/api/order_action">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="action" value=action.code() />
                <button type="submit" class="button-primary">{label}</button>
            </form>
        }
        .into_any(),
    }
}

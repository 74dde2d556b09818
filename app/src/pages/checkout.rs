//! `/keranjang/pesan`: checkout. The signed-in buyer gives recipient, phone and address once;
//! `POST /api/place_order` makes one order per pesantren of the cart. The form carries an
//! idempotency key, so a double click or a resent form makes no second order.

#[cfg(feature = "ssr")]
use crate::auth::{Flash, FlashNotice};
use crate::components::form_field::FormField;
use crate::components::live_form::LiveForm;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{checkout_problem, use_i18n};
use crate::pages::account::AccessDenied;
use domain::cart::CartView;
use domain::checkout::{
    CheckoutField, CheckoutInput, CheckoutProblem, CheckoutRefusal, OUTSIDE_EAST_JAVA,
};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// The checkout page's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckoutPage {
    /// The cart being ordered.
    pub cart: CartView,
    /// The 38 regions: code and name.
    pub regions: Vec<(String, String)>,
    /// The form: as typed last time, or from the buyer's last order.
    pub input: CheckoutInput,
    /// Refused fields of the last post.
    pub errors: Vec<(CheckoutField, CheckoutProblem)>,
    /// Why the last post placed no order.
    pub refusal: Option<CheckoutRefusal>,
    /// This form's idempotency key.
    pub key: String,
}

/// What a checkout post came to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckoutReply {
    /// The orders placed (or found, for a resent form).
    pub placed: Vec<i32>,
    /// Refused fields.
    pub errors: Vec<(CheckoutField, CheckoutProblem)>,
    /// Why no order was placed.
    pub refusal: Option<CheckoutRefusal>,
}

/// The checkout page of the signed-in buyer.
#[server(endpoint = "checkout")]
pub async fn get_checkout() -> Result<CheckoutPage, AppError> {
    let viewer = crate::auth::server::signed_in().await?;
    let db = crate::context::database()?;
    let (cart, _) = crate::cart_store::load().await?;
    let cart = db::cart::view(&db, crate::context::catalogue()?.refs(), &cart)
        .await
        .map_err(|e| AppError::internal("showing a cart", e))?;
    let regions = crate::context::catalogue()?
        .refs()
        .regions()
        .iter()
        .map(|r| {
            let name = db::queries::cards::region_display_name(&r.kind, &r.name);
            (r.code.clone(), name)
        })
        .collect();
    let latest = db::queries::orders::latest_of_buyer(&db, viewer.id)
        .await
        .map_err(|e| AppError::internal("reading the last order", e))?;
    let mut page = CheckoutPage {
        cart,
        regions,
        input: match latest {
            Some(o) => CheckoutInput {
                name: o.buyer_name,
                phone: format!("+{}", o.phone),
                region: o
                    .region_code
                    .unwrap_or_else(|| OUTSIDE_EAST_JAVA.to_owned()),
                address: o.address,
                note: String::new(),
            },
            None => CheckoutInput {
                name: viewer.display_name,
                ..CheckoutInput::default()
            },
        },
        errors: Vec::new(),
        refusal: None,
        key: auth::random_token(),
    };
    if let Some(Flash::Checkout {
        input,
        errors,
        refusal,
    }) = crate::auth::server::take_flash().await
    {
        page.input = *input;
        page.errors = errors;
        page.refusal = refusal;
    }
    Ok(page)
}

/// Places the cart's orders. `key` is the form's idempotency key; `total` the total the buyer
/// was shown (a changed price refuses). Goes to the order (one) or the order list (several).
#[server(endpoint = "place_order")]
pub async fn place_order(
    key: String,
    #[server(default)] total: String,
    input: CheckoutInput,
) -> Result<CheckoutReply, AppError> {
    use crate::auth::server::{go, set_flash};
    use db::orders::PlaceOutcome;
    let viewer = crate::auth::server::signed_in().await?;
    if key.is_empty()
        || key.len() > 64
        || !key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(AppError::BadRequest.answer());
    }
    let refuse = |reply: CheckoutReply, input: CheckoutInput| async move {
        set_flash(&Flash::Checkout {
            input: Box::new(input),
            errors: reply.errors.clone(),
            refusal: reply.refusal.clone(),
        })
        .await?;
        go("/keranjang/pesan");
        Ok(reply)
    };
    let catalogue = crate::context::catalogue()?;
    let valid = match input.validate(|code| catalogue.refs().region(code).is_some()) {
        Ok(v) => v,
        Err(errors) => {
            let reply = CheckoutReply {
                errors,
                ..CheckoutReply::default()
            };
            return refuse(reply, input).await;
        }
    };
    let (cart, _) = crate::cart_store::load().await?;
    let db = crate::context::database()?;
    let expected = total.trim().parse::<i64>().ok();
    let outcome = db::orders::place(&db, viewer.id, &key, &valid, &cart, expected)
        .await
        .map_err(|e| AppError::internal("placing orders", e))?;
    let refusal = match outcome {
        PlaceOutcome::Placed(placed) => {
            set_flash(&Flash::Notice(FlashNotice::OrdersPlaced(placed.len()))).await?;
            match placed.as_slice() {
                [one] => go(&format!("/pesanan/{one}")),
                _ => go("/pesanan"),
            }
            return Ok(CheckoutReply {
                placed,
                ..CheckoutReply::default()
            });
        }
        PlaceOutcome::Empty => {
            go("/keranjang");
            return Ok(CheckoutReply::default());
        }
        PlaceOutcome::OutOfStock(names) => CheckoutRefusal::OutOfStock(names),
        PlaceOutcome::Unavailable(names) => CheckoutRefusal::Unavailable(names),
        PlaceOutcome::PriceChanged => CheckoutRefusal::PriceChanged,
    };
    let reply = CheckoutReply {
        refusal: Some(refusal),
        ..CheckoutReply::default()
    };
    refuse(reply, input).await
}

/// The checkout page.
#[component]
pub fn CheckoutPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_checkout());
    view! {
        <Title text=move || i18n.shop().checkout_title />
        <section class="dashboard checkout-page">
            <h1>{move || i18n.shop().checkout_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => checkout_view(page).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn refusal_text(locale: domain::Locale, refusal: &CheckoutRefusal) -> String {
    let s = crate::i18n::shop_strings(locale);
    match refusal {
        CheckoutRefusal::OutOfStock(names) => (s.out_of_stock)(&names.join(", ")),
        CheckoutRefusal::Unavailable(names) => (s.unavailable)(&names.join(", ")),
        CheckoutRefusal::PriceChanged => s.price_changed.to_owned(),
    }
}

fn checkout_view(page: CheckoutPage) -> impl IntoView {
    let i18n = use_i18n();
    let refusal = page.refusal.clone().map(|r| {
        view! { <p class="flash flash-error" role="alert">{move || refusal_text(i18n.locale(), &r)}</p> }
    });
    if page.cart.is_empty() || page.cart.has_problems() {
        let text = move || {
            if page.cart.is_empty() {
                i18n.shop().cart_empty
            } else {
                i18n.shop().fix_cart_first
            }
        };
        return view! {
            {refusal}
            <p class="flash" role="status">{text}</p>
            <p><a class="button-primary" href="/keranjang">{move || i18n.shop().view_cart}</a></p>
        }
        .into_any();
    }
    let orders = page.cart.groups.len();
    let total = page.cart.total();
    let summary = page
        .cart
        .groups
        .iter()
        .map(|g| {
            let lines = g
                .items
                .iter()
                .map(|i| view! { <li>{i.quantity} " × " {i.name.clone()}</li> })
                .collect_view();
            let subtotal = g.subtotal().to_string();
            view! {
                <li>
                    <strong>{g.pesantren_name.clone()}</strong> " · " {subtotal}
                    <ul>{lines}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        {refusal}
        <ul class="checkout-summary">{summary}</ul>
        <p class="cart-total">{move || i18n.shop().total} " " <strong>{total.to_string()}</strong></p>
        <CheckoutForm key=page.key total orders regions=page.regions input=page.input errors=page.errors />
    }
    .into_any()
}

/// The checkout form, checked as it is typed (an island: the rule runs in the browser).
#[cfg_attr(feature = "hydrate", island(lazy))]
#[cfg_attr(not(feature = "hydrate"), island)]
pub fn CheckoutForm(
    key: String,
    total: domain::Rupiah,
    orders: usize,
    regions: Vec<(String, String)>,
    input: CheckoutInput,
    errors: Vec<(CheckoutField, CheckoutProblem)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = LiveForm::new(input.clone());
    let message = move |field: CheckoutField| {
        let server = errors.iter().find(|(f, _)| *f == field).map(|(_, p)| *p);
        form.message(field, server, move |p| {
            checkout_problem(i18n.locale(), p).to_owned()
        })
    };
    let set = move |field: CheckoutField, apply: fn(&mut CheckoutInput, String)| {
        form.setter(field, apply)
    };
    let on_submit = form.on_submit();
    let region_message = message(CheckoutField::Region);
    let region_changed = set(CheckoutField::Region, |i, v| i.region = v);
    crate::islands::mark_live();
    let CheckoutInput {
        name,
        phone,
        region,
        address,
        note,
    } = input;
    let options = regions
        .into_iter()
        .map(|(code, label)| {
            let selected = code == region;
            view! { <option value=code selected=selected>{label}</option> }
        })
        .collect_view();
    let outside = region == OUTSIDE_EAST_JAVA;
    view! {
        <form method="post" action="/api/place_order" class="stacked-form" on:submit=on_submit novalidate>
            <input type="hidden" name="key" value=key />
            <input type="hidden" name="total" value=total.0 />
            <FormField label=|t| t.field_recipient name="input[name]" value=name autocomplete="name"
                message=message(CheckoutField::Name) on_input=set(CheckoutField::Name, |i, v| i.name = v) />
            <FormField label=|t| t.field_phone name="input[phone]" value=phone kind="tel" inputmode="tel"
                autocomplete="tel" hint=|t| t.phone_hint
                message=message(CheckoutField::Phone) on_input=set(CheckoutField::Phone, |i, v| i.phone = v) />
            <div class="field">
                <label for="field-input-region-">{move || i18n.shop().field_region}</label>
                <select id="field-input-region-" name="input[region]" aria-describedby="field-input-region--message"
                    on:change=move |ev| region_changed.run(event_target_value(&ev))>
                    <option value="">{move || i18n.shop().choose_region}</option>
                    {options}
                    <option value=OUTSIDE_EAST_JAVA selected=outside>{move || i18n.shop().outside_east_java}</option>
                </select>
                <p class="field-message" id="field-input-region--message">{move || region_message.get()}</p>
            </div>
            <FormField label=|t| t.field_shipping_address name="input[address]" value=address multiline=true
                message=message(CheckoutField::Address) on_input=set(CheckoutField::Address, |i, v| i.address = v) />
            <FormField label=|t| t.field_note name="input[note]" value=note multiline=true
                message=message(CheckoutField::Note) on_input=set(CheckoutField::Note, |i, v| i.note = v) />
            <p class="muted">{move || i18n.shop().how_ordering_works}</p>
            <button type="submit" class="button-primary">{move || (i18n.shop().place_orders)(orders)}</button>
        </form>
    }
}

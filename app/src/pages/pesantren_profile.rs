//! A pesantren's profile `/pesantren/{slug}`: who they are, where, their cooperative, the
//! pillars they sell under, and their published products (paginated).

use crate::components::page_state::{LoadFailed, Loading};
use crate::components::{pagination::Pagination, product_card::ProductCard};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::pages::not_found::NotFound;
use domain::{PesantrenProfile, product::whatsapp_link};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// Loads a verified pesantren's profile and one page of its products.
#[server(endpoint = "pesantren_profile")]
pub async fn get_profile(slug: String, page: u32) -> Result<Option<PesantrenProfile>, AppError> {
    let db = crate::context::database()?;
    let catalogue = crate::context::catalogue()?;
    db::queries::pesantren_pages::profile(&db, &catalogue, &slug, page.max(1))
        .await
        .map_err(|e| AppError::internal("loading a pesantren profile", e))
}

/// The profile page.
#[component]
pub fn PesantrenProfilePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let profile = Resource::new(
        move || {
            let slug = params.with(|p| p.get("slug").unwrap_or_default());
            let page = query.with(|q| {
                q.get("hal")
                    .and_then(|h| h.parse::<u32>().ok())
                    .unwrap_or(1)
            });
            (slug, page)
        },
        |(slug, page)| get_profile(slug, page),
    );
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(Some(p)) => profile_view(p).into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn profile_view(p: PesantrenProfile) -> impl IntoView {
    let i18n = use_i18n();
    let name = p.name.clone();
    let whatsapp = p.whatsapp.clone();
    let wa_href = move || whatsapp_link(&whatsapp, &(i18n.t().whatsapp_pesantren_message)(&name));
    let products = p.products;
    let total = products.total;
    let slug = p.slug.clone();
    let cards = products.products;
    let query = products.query;
    let pages = products.pages;
    let optional = |label: fn(&crate::i18n::Strings) -> &'static str, value: Option<String>| {
        value.map(|v| view! { <dt>{move || label(i18n.t())}</dt><dd>{v}</dd> }.into_any())
    };
    let meta_description: String = p.description.chars().take(160).collect();
    let photo = p.photo_url.clone().map(|url| {
        let name = p.name.clone();
        view! {
            <img class="pesantren-photo" src=url width="640" alt=move || (i18n.t().pesantren_photo_alt)(&name) />
        }
    });
    let about = view! {
        <Title text=p.name.clone() />
        <Meta name="description" content=meta_description />
        <section class="pesantren-profile">
            <h1>{p.name.clone()}</h1>
            {photo}
            <p class="sold-by"><a href=format!("/pesantren?wilayah={}", p.region_code)>{p.region_name.clone()}</a></p>
            <p class="profile-text">{p.description.clone()}</p>
            <dl class="product-facts">
                {optional(|t| t.nsp_label, p.nsp.clone())}
                {optional(|t| t.address_label, Some(p.address.clone()))}
                {optional(|t| t.cooperative_label, p.cooperative_name.clone())}
                {optional(|t| t.pillars_label, Some(p.pillars.iter().map(|x| x.name()).collect::<Vec<_>>().join(", ")))}
            </dl>
            <a class="whatsapp" href=wa_href target="_blank" rel="noopener noreferrer">
                {move || i18n.t().contact_pesantren}
            </a>
        </section>
    }
    .into_any();
    view! {
        {about}
        <section class="related" aria-labelledby="profile-products">
            <h2 id="profile-products">{move || i18n.t().profile_products_heading}</h2>
            <p class="results-count">{move || (i18n.t().product_count)(total)}</p>
            <div class="shelf">
                {cards.into_iter().map(|card| view! { <ProductCard card /> }).collect_view()}
            </div>
            <Pagination query pages base=format!("/pesantren/{slug}") />
        </section>
    }
}

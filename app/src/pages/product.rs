//! The product page `/produk/{slug}`: photos, price, stock, halal data, the pesantren, a
//! WhatsApp link with a prefilled message, related products; a real 404 for unknown slugs.

use crate::components::page_state::{LoadFailed, Loading};
use crate::components::product_card::ProductCard;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::pages::not_found::NotFound;
use domain::{HalalStatus, Locale, ProductDetail, product::whatsapp_link};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

/// Loads a published product; `None` when the slug names none.
#[server(endpoint = "product")]
pub async fn get_product(slug: String) -> Result<Option<ProductDetail>, AppError> {
    let db = crate::context::database()?;
    let origin = crate::context::public_origin();
    let catalogue = crate::context::catalogue()?;
    db::queries::product_page::load(&db, catalogue.refs(), &slug, &origin)
        .await
        .map_err(|e| AppError::internal("loading a product", e))
}

/// The product page.
#[component]
pub fn ProductPage() -> impl IntoView {
    let params = use_params_map();
    let product = Resource::new(
        move || params.with(|p| p.get("slug").unwrap_or_default()),
        get_product,
    );
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(Some(p)) => product_view(p).into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn summary(description: &str) -> String {
    let flat: String = description.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= 160 {
        return flat;
    }
    format!("{}…", flat.chars().take(157).collect::<String>())
}

fn product_view(p: ProductDetail) -> impl IntoView {
    let i18n = use_i18n();
    let en = move || i18n.locale() == Locale::En;
    let image = p.photos.first().map(|ph| {
        format!(
            "{}{}",
            p.url.split("/produk/").next().unwrap_or_default(),
            ph.large
        )
    });
    let description_meta = summary(&p.description);
    let name = p.name.clone();
    let url = p.url.clone();
    let whatsapp = p.whatsapp.clone();
    let wa_href = move || whatsapp_link(&whatsapp, &(i18n.t().whatsapp_message)(&name, &url));
    let unit = p.unit.clone();
    let unit_for_price = p.unit.clone();
    let stock = p.stock;
    let stock_class = if stock > 0 { "stock" } else { "stock out" };
    let add_form = (stock > 0).then(|| {
        view! {
            <form method="post" action="/api/add_to_cart" class="add-to-cart">
                <input type="hidden" name="product" value=p.id />
                <input type="hidden" name="back" value=format!("/produk/{}", p.slug) />
                <label for="add-quantity">{move || i18n.shop().quantity_label}</label>
                <input id="add-quantity" type="number" name="quantity" value="1" min="1"
                    max=stock inputmode="numeric" class="quantity" />
                <button type="submit" class="button-primary">{move || i18n.shop().add_to_cart}</button>
            </form>
        }
    });
    let halal_index = match p.halal {
        HalalStatus::None => 0,
        HalalStatus::InProcess => 1,
        HalalStatus::Certified => 2,
    };
    let (category_id, category_en) = (p.category_id.clone(), p.category_en.clone());
    let paragraphs: Vec<String> = p
        .description
        .split("\n\n")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let photos = p.photos.clone();
    let name_for_alt = p.name.clone();
    let related = p.related.clone();
    let weight = p.weight_grams;
    let meta = view! {
        <Title text=p.name.clone() />
        <Meta name="description" content=description_meta.clone() />
        <Link rel="canonical" href=p.url.clone() />
        <Meta property="og:type" content="product" />
        <Meta property="og:title" content=p.name.clone() />
        <Meta property="og:description" content=description_meta />
        <Meta property="og:url" content=p.url.clone() />
        {image.map(|src| view! { <Meta property="og:image" content=src /> })}
    }
    .into_any();
    let gallery = view! {
            <div class="product-gallery">
                {photos
                    .into_iter()
                    .enumerate()
                    .map(|(i, ph)| {
                        let alt = (i18n.t().product_photo_alt)(&name_for_alt);
                        view! {
                            <img
                                src=ph.large.clone()
                                srcset=format!("{} 320w, {} 640w", ph.small, ph.large)
                                sizes="(min-width: 960px) 480px, 100vw"
                                width=ph.width
                                height=ph.height
                                loading=if i == 0 { "eager" } else { "lazy" }
                                decoding="async"
                                alt=alt
                            />
                        }
                    })
                    .collect_view()}
            </div>
    }
    .into_any();
    let summary = view! {
        {p.is_flagship.then(|| view! { <span class="flagship-badge">{move || i18n.t().flagship_badge}</span> })}
        <h1>{p.name.clone()}</h1>
        <p class="product-page-price">
            {p.price.to_string()} " "
            <span class="per-unit">{move || (i18n.t().price_per_unit)(&unit_for_price)}</span>
        </p>
        <p class=stock_class>{move || (i18n.t().product_stock)(stock, &unit)}</p>
        <p class="sold-by">
            {move || i18n.t().sold_by} " "
            <a href=format!("/pesantren/{}", p.pesantren_slug)>{p.pesantren_name.clone()}</a>
            ", "
            <a href=format!("/produk?wilayah={}", p.region_code)>{p.region_name.clone()}</a>
        </p>
        {add_form}
        <a class="whatsapp" href=wa_href target="_blank" rel="noopener noreferrer">
            {move || i18n.t().contact_whatsapp}
        </a>
    }
    .into_any();
    let optional = |label: fn(&crate::i18n::Strings) -> &'static str, value: Option<String>| {
        value.map(|v| view! { <dt>{move || label(i18n.t())}</dt><dd>{v}</dd> }.into_any())
    };
    let facts = view! {
        <h2>{move || i18n.t().details_heading}</h2>
        <dl class="product-facts">
            <dt>{move || i18n.t().category_label}</dt>
            <dd>
                <a href=format!("/produk?kategori={}", p.category_slug)>
                    {move || if en() { category_en.clone() } else { category_id.clone() }}
                </a>
            </dd>
            <dt>{move || i18n.t().pillar_label}</dt>
            <dd>{p.pillar.name()}</dd>
            <dt>{move || i18n.t().halal_label}</dt>
            <dd class=format!("halal-{}", p.halal.code())>{move || i18n.t().halal_names[halal_index]}</dd>
            {optional(|t| t.certificate_label, p.halal_certificate_no.clone())}
            {optional(|t| t.pirt_label, p.pirt_no.clone())}
            {optional(|t| t.bpom_label, p.bpom_no.clone())}
            {(weight > 0).then(|| view! {
                <dt>{move || i18n.t().weight_label}</dt>
                <dd>{move || (i18n.t().grams)(weight)}</dd>
            }.into_any())}
        </dl>
        <h2>{move || i18n.t().description_heading}</h2>
        <div class="product-description">
            {paragraphs.into_iter().map(|para| view! { <p>{para}</p> }).collect_view()}
        </div>
    }
    .into_any();
    let related = (!related.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading">{move || i18n.t().related_heading}</h2>
                <div class="shelf">
                    {related.into_iter().map(|card| view! { <ProductCard card /> }).collect_view()}
                </div>
            </section>
        }
        .into_any()
    });
    view! {
        {meta}
        <article class="product-page">
            {gallery}
            <div class="product-info">{summary} {facts}</div>
        </article>
        {related}
    }
}

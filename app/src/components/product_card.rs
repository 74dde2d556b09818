//! A product as a card on shelves and in the catalogue.

use crate::i18n::use_i18n;
use domain::ProductCard as Card;
use leptos::prelude::*;

/// One product card: photo, name, pesantren, region, price.
#[component]
pub fn ProductCard(card: Card) -> impl IntoView {
    let i18n = use_i18n();
    let Card {
        id,
        in_stock,
        slug,
        name,
        price,
        pesantren_name,
        region_name,
        photo_url,
        halal_certified,
    } = card;
    let alt_name = name.clone();
    let add_name = name.clone();
    let photo = match photo_url {
        Some(src) => view! {
            <img
                src=src
                width="320"
                height="320"
                loading="lazy"
                decoding="async"
                alt=move || (i18n.t().product_photo_alt)(&alt_name)
            />
        }
        .into_any(),
        None => view! { <div class="no-photo">{move || i18n.t().no_photo}</div> }.into_any(),
    };
    view! {
        <article class="product-card">
            <a class="product-link" href=format!("/produk/{slug}")>
            <div class="product-photo">
                {photo}
                {halal_certified
                    .then(|| view! { <span class="halal-badge">{move || i18n.t().halal_badge}</span> })}
            </div>
            <div class="product-body">
                <h3 class="product-name">{name}</h3>
                <p class="product-seller">{pesantren_name}</p>
                <p class="product-region">{region_name}</p>
                <p class="product-price">{price.to_string()}</p>
            </div>
            </a>
            {in_stock.then(|| view! {
                <form method="post" action="/api/add_to_cart" class="card-add">
                    <input type="hidden" name="product" value=id />
                    <input type="hidden" name="back" value=here() />
                    <button type="submit" class="button-secondary"
                        aria-label=move || (i18n.shop().add_named)(&add_name)>
                        {move || i18n.shop().add_short}
                    </button>
                </form>
            })}
        </article>
    }
    // A card appears in many lists; a type-erased view keeps those lists' types (and the
    // client's compile) small.
    .into_any()
}

/// The current page's path and query: where adding to the cart returns to.
pub fn here() -> String {
    let location = leptos_router::hooks::use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    match search.trim_start_matches('?') {
        "" => path,
        query => format!("{path}?{query}"),
    }
}

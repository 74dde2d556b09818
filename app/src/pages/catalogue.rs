//! The catalogue `/produk`: filters, facet counts, sort and pages, all in the URL. Without
//! JavaScript the filters are a plain GET form; after hydration the same form updates the
//! results in place and keeps the URL in step.

use crate::components::page_state::{LoadFailed, Loading};
use crate::components::{
    catalogue_filters::CatalogueFilters, notices::Notices, pagination::Pagination,
    product_card::ProductCard,
};
use crate::error::AppError;
use crate::i18n::use_i18n;
use domain::CataloguePage;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

/// One page of results for a URL query string (the server parses and corrects it).
#[server(endpoint = "catalogue")]
pub async fn get_catalogue(query: String) -> Result<CataloguePage, AppError> {
    let db = crate::context::database()?;
    let catalogue = crate::context::catalogue()?;
    let page = catalogue
        .search(&db, &query)
        .await
        .map_err(|e| AppError::internal("searching the catalogue", e))?;
    Ok(CataloguePage::clone(&page))
}

/// The catalogue page.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let results = Resource::new(
        move || location.search.get(),
        |search| get_catalogue(search.trim_start_matches('?').to_owned()),
    );
    view! {
        <Title text=move || i18n.t().catalogue_title />
        <Meta name="description" content=move || i18n.t().catalogue_description />
        <h1>{move || i18n.t().catalogue_title}</h1>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(page) => results_view(page).into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn results_view(page: CataloguePage) -> impl IntoView {
    let i18n = use_i18n();
    let CataloguePage {
        query,
        notices,
        total,
        pages,
        products,
        facets,
        pesantren_name,
    } = page;
    let list = if products.is_empty() {
        view! { <p class="empty">{move || i18n.t().no_results}</p> }.into_any()
    } else {
        view! {
            <div class="shelf results">
                {products.into_iter().map(|card| view! { <ProductCard card /> }).collect_view()}
            </div>
        }
        .into_any()
    };
    view! {
        <div class="catalogue">
            <CatalogueFilters query=query.clone() facets pesantren_name />
            <section class="catalogue-results" aria-live="polite">
                <Notices notices />
                <p class="results-count" data-testid="results-count">
                    {move || (i18n.t().results_count)(total)}
                </p>
                {list}
                <Pagination query pages />
            </section>
        </div>
    }
}

//! The pesantren directory `/pesantren`: verified pesantren by region and name, with their
//! product counts; a GET form that works without JavaScript.

use crate::components::notices::Notices;
use crate::components::page_state::{LoadFailed, Loading};
use crate::error::AppError;
use crate::i18n::use_i18n;
use domain::PesantrenDirectory;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

/// One page of the directory for a URL query string.
#[server(endpoint = "pesantren_directory")]
pub async fn get_directory(query: String) -> Result<PesantrenDirectory, AppError> {
    let db = crate::context::database()?;
    let catalogue = crate::context::catalogue()?;
    db::queries::pesantren_pages::directory(&db, catalogue.refs(), &query)
        .await
        .map_err(|e| AppError::internal("loading the pesantren directory", e))
}

/// The directory page.
#[component]
pub fn PesantrenDirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let directory = Resource::new(
        move || location.search.get(),
        |search| get_directory(search.trim_start_matches('?').to_owned()),
    );
    view! {
        <Title text=move || i18n.t().directory_title />
        <Meta name="description" content=move || i18n.t().directory_description />
        <h1>{move || i18n.t().directory_title}</h1>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match directory.await {
                    Ok(d) => directory_view(d).into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn directory_view(d: PesantrenDirectory) -> impl IntoView {
    let i18n = use_i18n();
    let PesantrenDirectory {
        query,
        notices,
        total,
        pages,
        items,
        regions,
    } = d;
    let page = query.page;
    let previous = (page > 1).then(|| query.url_for_page(page - 1));
    let next = (page < pages).then(|| query.url_for_page(page + 1));
    let selected_region = query.region.clone();
    let list = if items.is_empty() {
        view! { <p class="empty">{move || i18n.t().no_pesantren}</p> }.into_any()
    } else {
        view! {
            <ul class="pesantren-list">
                {items
                    .into_iter()
                    .map(|p| view! {
                        <li>
                            <a href=format!("/pesantren/{}", p.slug)>
                                <strong>{p.name}</strong>
                                <span>{p.region_name}</span>
                                <span class="count">{move || (i18n.t().product_count)(p.product_count)}</span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="filters">
            <form method="GET" action="/pesantren">
                <label class="field field-wide">
                    <span>{move || i18n.t().search_label}</span>
                    <input type="search" name="q" maxlength="100" value=query.text.clone().unwrap_or_default()
                        placeholder=move || i18n.t().name_search_placeholder />
                </label>
                <label class="field field-wide">
                    <span>{move || i18n.t().region_label}</span>
                    <select name="wilayah">
                        <option value="">{move || i18n.t().any_option}</option>
                        {regions
                            .into_iter()
                            .map(|(code, name)| {
                                let selected = selected_region.as_deref() == Some(code.as_str());
                                view! { <option value=code selected=selected>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                <div class="filter-actions">
                    <button type="submit">{move || i18n.t().apply_filters}</button>
                    <a href="/pesantren">{move || i18n.t().reset_filters}</a>
                </div>
            </form>
        </section>
        <Notices notices />
        <p class="results-count">{move || (i18n.t().pesantren_count)(total)}</p>
        {list}
        <nav class="pagination" aria-label=move || i18n.t().pagination_label>
            {previous.map(|href| view! { <a rel="prev" href=href>{move || i18n.t().previous_page}</a> })}
            {next.map(|href| view! { <a rel="next" href=href>{move || i18n.t().next_page}</a> })}
            <span class="page-of">{move || (i18n.t().page_of)(page, pages)}</span>
        </nav>
    }
}

//! `/program/daftar-pesantren?q=&wilayah=&status=&hal=`: every pesantren (any verification
//! state) for programme staff, filterable by name, kabupaten/kota and state, with sellers and
//! published products; downloads as CSV or Excel with the same filters.

use crate::components::download_links::DownloadLinks;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{use_i18n, verification_name};
use crate::pages::account::AccessDenied;
use crate::pages::programme::ProgrammeNav;
use domain::curation::Verification;
use domain::pesantren_list::{PESANTREN_LIST_PAGE_SIZE, PesantrenListPage};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// A page of the list, for programme staff.
#[server(endpoint = "pesantren_list")]
pub async fn get_pesantren_list(
    #[server(default)] q: String,
    #[server(default)] wilayah: String,
    #[server(default)] status: String,
    #[server(default)] hal: String,
) -> Result<PesantrenListPage, AppError> {
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let catalogue = crate::context::catalogue()?;
    let filter = domain::pesantren_list::PesantrenListFilter::parse(&q, &wilayah, &status, |c| {
        catalogue.refs().region(c).is_some()
    });
    let db = crate::context::database()?;
    db::queries::pesantren_list::page(&db, catalogue.refs(), filter, hal.parse().unwrap_or(1))
        .await
        .map_err(|e| AppError::internal("loading the pesantren list", e))
}

/// The list page.
#[component]
pub fn PesantrenListPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).unwrap_or_default();
        (get("q"), get("wilayah"), get("status"), get("hal"))
    };
    let data = Resource::new(args, |(q, wilayah, status, hal)| {
        get_pesantren_list(q, wilayah, status, hal)
    });
    view! {
        <Title text=move || i18n.programme().nav_pesantren_list />
        <section class="dashboard programme-pesantren">
            <h1>{move || i18n.programme().nav_pesantren_list}</h1>
            <ProgrammeNav />
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => list_view(page).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn list_view(p: PesantrenListPage) -> impl IntoView {
    let i18n = use_i18n();
    let query = p.filter.to_query_string();
    let pages = p.total.div_ceil(PESANTREN_LIST_PAGE_SIZE).max(1);
    let page_link = {
        let query = query.clone();
        move |n: u64| format!("/program/daftar-pesantren?{query}&hal={n}")
    };
    let region = p.filter.region.clone().unwrap_or_default();
    let state = p.filter.state;
    let filters = view! {
        <form method="get" action="/program/daftar-pesantren" class="inline-form curation-filters">
            <label for="pl-q" class="visually-hidden">{move || i18n.t().search_label}</label>
            <input id="pl-q" name="q" value=p.filter.text.clone() placeholder=move || i18n.t().search_label />
            <label for="pl-region" class="visually-hidden">{move || i18n.programme().field_region}</label>
            <select id="pl-region" name="wilayah">
                <option value="">{move || i18n.programme().any}</option>
                {p.regions.iter().map(|(code, name)| view! {
                    <option value=code.clone() selected=*code == region>{name.clone()}</option>
                }).collect_view()}
            </select>
            <label for="pl-state" class="visually-hidden">{move || i18n.programme().state_label}</label>
            <select id="pl-state" name="status">
                <option value="">{move || i18n.programme().any}</option>
                {Verification::ALL.iter().map(|&v| view! {
                    <option value=v.code() selected=state == Some(v)>{move || verification_name(i18n.locale(), v)}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="button-secondary">{move || i18n.programme().filter}</button>
        </form>
    };
    let rows = p
        .items
        .into_iter()
        .map(|item| {
            let v = item.state;
            view! {
                <tr data-pesantren=item.id>
                    <th scope="row"><a href=format!("/pesantren/{}", item.slug)>{item.name}</a></th>
                    <td>{item.region_name}</td>
                    <td><span class=format!("state-badge state-{}", v.code())>{move || verification_name(i18n.locale(), v)}</span></td>
                    <td class="number">{item.sellers}</td>
                    <td class="number">{item.published}</td>
                    <td>{item.joined_on}</td>
                </tr>
            }
        })
        .collect_view();
    let page = p.page;
    view! {
        {filters}
        <p class="results-count">{move || (i18n.programme().pesantren_count)(p.total)}</p>
        <DownloadLinks base="/program/daftar-pesantren/unduh" query=query />
        <div class="table-scroll">
            <table class="progress-table">
                <thead><tr>
                    <th scope="col">{move || i18n.programme().column_pesantren}</th>
                    <th scope="col">{move || i18n.programme().region}</th>
                    <th scope="col">{move || i18n.programme().state_label}</th>
                    <th scope="col">{move || i18n.programme().column_sellers}</th>
                    <th scope="col">{move || i18n.programme().published}</th>
                    <th scope="col">{move || i18n.programme().column_joined}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(pages > 1).then(|| view! {
            <nav class="pagination">
                {(page > 1).then(|| view! { <a href=page_link(page - 1)>"‹"</a> })}
                <span>{format!("{page} / {pages}")}</span>
                {(page < pages).then(|| view! { <a href=page_link(page + 1)>"›"</a> })}
            </nav>
        })}
    }
}

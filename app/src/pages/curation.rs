//! `/program/produk?q=&wilayah=&tingkat=&unggulan=1&hal=`: the programme curates published
//! products: curation level and the flagship ("unggulan") flag, each change logged with who
//! and when (`POST /api/curate_product`).

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::download_links::DownloadLinks;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{curation_level_name, use_i18n};
use crate::pages::account::AccessDenied;
use crate::pages::programme::ProgrammeNav;
use domain::CurationLevel;
use domain::curation::{CURATION_PAGE_SIZE, CurationField, CurationPage};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The curation list and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurationView {
    /// The list.
    pub page: CurationPage,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// A page of published products for curation: `q` (text), `wilayah` (region code),
/// `tingkat` (curation level), `unggulan` (`1`: flagship only), `hal` (page). Unknown values
/// are ignored.
#[server(endpoint = "curation")]
pub async fn get_curation(
    #[server(default)] q: String,
    #[server(default)] wilayah: String,
    #[server(default)] tingkat: String,
    #[server(default)] unggulan: String,
    #[server(default)] hal: String,
) -> Result<CurationView, AppError> {
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let catalogue = crate::context::catalogue()?;
    let filter =
        db::curation::CurationFilter::parse(catalogue.refs(), &q, &wilayah, &tingkat, &unggulan);
    let page = hal.parse::<u64>().unwrap_or(1);
    let db = crate::context::database()?;
    let page = db::curation::curation_page(&db, catalogue.refs(), &filter, page)
        .await
        .map_err(|e| AppError::internal("loading the curation list", e))?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(CurationView { page, notice })
}

/// Sets a published product's curation level and flagship flag (`flagship` = `1` when the box
/// is ticked), then goes back to `back` (a local path).
#[server(endpoint = "curate_product")]
pub async fn curate_product(
    id: i32,
    level: String,
    #[server(default)] flagship: String,
    #[server(default)] back: String,
) -> Result<usize, AppError> {
    use crate::auth::server::{go, safe_next, set_flash};
    let viewer = crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let level = CurationLevel::from_code(&level).ok_or_else(|| AppError::BadRequest.answer())?;
    let db = crate::context::database()?;
    let changed = db::curation::curate(&db, id, viewer.id, level, flagship == "1")
        .await
        .map_err(|e| AppError::internal("curating a product", e))?
        .ok_or_else(|| AppError::NotFound.answer())?;
    set_flash(&Flash::Notice(FlashNotice::Curated(changed))).await?;
    go(&if back.is_empty() {
        "/program/produk".to_owned()
    } else {
        safe_next(&back)
    });
    Ok(changed)
}

/// The curation page.
#[component]
pub fn CurationPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).unwrap_or_default();
        (
            get("q"),
            get("wilayah"),
            get("tingkat"),
            get("unggulan"),
            get("hal"),
        )
    };
    let data = Resource::new(args, |(q, wilayah, tingkat, unggulan, hal)| {
        get_curation(q, wilayah, tingkat, unggulan, hal)
    });
    view! {
        <Title text=move || i18n.programme().curation_title />
        <section class="dashboard curation">
            <h1>{move || i18n.programme().curation_title}</h1>
            <ProgrammeNav />
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(view) => curation_view(view).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn curation_view(v: CurationView) -> impl IntoView {
    let i18n = use_i18n();
    let CurationView { page: p, notice } = v;
    let here = crate::components::product_card::here();
    let query_without_page = {
        let mut parts = form_urlencoded::Serializer::new(String::new());
        if !p.q.is_empty() {
            parts.append_pair("q", &p.q);
        }
        if let Some(r) = &p.region {
            parts.append_pair("wilayah", r);
        }
        if let Some(l) = p.level {
            parts.append_pair("tingkat", l.code());
        }
        if p.flagship_only {
            parts.append_pair("unggulan", "1");
        }
        parts.finish()
    };
    let pages = p.total.div_ceil(CURATION_PAGE_SIZE).max(1);
    let downloads =
        view! { <DownloadLinks base="/program/produk/unduh" query=query_without_page.clone() /> };
    let page_link = move |n: u64| format!("/program/produk?{query_without_page}&hal={n}");
    let region = p.region.clone().unwrap_or_default();
    let filters = view! {
        <form method="get" action="/program/produk" class="inline-form curation-filters">
            <label for="cur-q" class="visually-hidden">{move || i18n.t().search_label}</label>
            <input id="cur-q" name="q" value=p.q.clone() placeholder=move || i18n.t().search_label />
            <label for="cur-region" class="visually-hidden">{move || i18n.programme().field_region}</label>
            <select id="cur-region" name="wilayah">
                <option value="">{move || i18n.programme().any}</option>
                {p.regions.iter().map(|(code, name)| view! {
                    <option value=code.clone() selected=*code == region>{name.clone()}</option>
                }).collect_view()}
            </select>
            <label for="cur-level" class="visually-hidden">{move || i18n.programme().level}</label>
            <select id="cur-level" name="tingkat">
                <option value="">{move || i18n.programme().any}</option>
                {CurationLevel::ALL.iter().map(|&l| view! {
                    <option value=l.code() selected=p.level == Some(l)>{move || curation_level_name(i18n.locale(), l)}</option>
                }).collect_view()}
            </select>
            <label class="check">
                <input type="checkbox" name="unggulan" value="1" checked=p.flagship_only />
                {move || i18n.programme().flagship_only}
            </label>
            <button type="submit" class="button-secondary">{move || i18n.programme().filter}</button>
        </form>
    };
    let rows = p
        .items
        .into_iter()
        .map(|item| {
            let here = here.clone();
            let level_id = format!("level-{}", item.id);
            view! {
                <li class="listing-row">
                    <div>
                        <a href=format!("/produk/{}", item.slug)><strong>{item.name}</strong></a>
                        {item.flagship.then(|| view! { <span class="flagship-badge">{move || i18n.t().flagship_badge}</span> })}
                        <p class="listing-meta">
                            <span>{item.pesantren_name}</span>
                            <span>{item.region_name}</span>
                            <span>{item.price.to_string()}</span>
                        </p>
                    </div>
                    <form method="post" action="/api/curate_product" class="inline-form">
                        <input type="hidden" name="id" value=item.id />
                        <input type="hidden" name="back" value=here />
                        <label for=level_id.clone()>{move || i18n.programme().level}</label>
                        <select id=level_id name="level">
                            {CurationLevel::ALL.iter().map(|&l| view! {
                                <option value=l.code() selected=item.level == l>{move || curation_level_name(i18n.locale(), l)}</option>
                            }).collect_view()}
                        </select>
                        <label class="check">
                            <input type="checkbox" name="flagship" value="1" checked=item.flagship />
                            {move || i18n.programme().flagship}
                        </label>
                        <button type="submit" class="button-primary">{move || i18n.programme().save}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let changes = if p.changes.is_empty() {
        view! { <p class="empty">{move || i18n.programme().no_changes}</p> }.into_any()
    } else {
        view! {
            <ul class="change-log">
                {p.changes.into_iter().map(|c| {
                    let value = move |v: &str| match c.field {
                        CurationField::Level => CurationLevel::from_code(v)
                            .map(|l| curation_level_name(i18n.locale(), l).to_owned())
                            .unwrap_or_else(|| v.to_owned()),
                        CurationField::Flagship => if v == "true" { "✓".to_owned() } else { "✗".to_owned() },
                    };
                    let field = move || match c.field {
                        CurationField::Level => i18n.programme().level,
                        CurationField::Flagship => i18n.programme().flagship,
                    };
                    let (from, to) = (c.from.clone(), c.to.clone());
                    view! {
                        <li>
                            <span class="muted">{c.at}</span> " "
                            <strong>{c.by}</strong> " · "
                            <a href=format!("/produk/{}", c.product_slug)>{c.product_name}</a> " · "
                            {field} ": " {move || value(&from)} " → " {move || value(&to)}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <FlashNoticeLine notice=notice />
        {filters}
        <p class="results-count">{move || (i18n.programme().products_count)(p.total)}</p>
        {downloads}
        <ul class="listing-rows">{rows}</ul>
        {(pages > 1).then(|| view! {
            <nav class="pagination">
                {(p.page > 1).then(|| view! { <a href=page_link(p.page - 1)>"‹"</a> })}
                <span class="current">{p.page}</span>
                {(p.page < pages).then(|| view! { <a href=page_link(p.page + 1)>"›"</a> })}
                <span class="page-of">{format!("{} / {pages}", p.page)}</span>
            </nav>
        })}
        <h2>{move || i18n.programme().changes_heading}</h2>
        {changes}
    }
}

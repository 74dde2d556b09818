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
use crate::i18n::{curation_level_name, listing_state, use_i18n};
use crate::pages::account::AccessDenied;
use crate::pages::programme::ProgrammeNav;
use domain::curation::{CURATION_PAGE_SIZE, CurationField, CurationPage};
use domain::{CurationLevel, ListingState};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};

/// The curation list and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurationView {
    /// The list.
    pub page: CurationPage,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// A page of the programme's product list for `query`, the page's URL query string (filters
/// as [`domain::curation::CurationFilter`] reads them, and `hal`). Unknown values are ignored.
#[server(endpoint = "curation")]
pub async fn get_curation(#[server(default)] query: String) -> Result<CurationView, AppError> {
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let catalogue = crate::context::catalogue()?;
    let refs = catalogue.refs();
    let raw = domain::catalogue::cut_query(&query);
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(raw.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let filter = domain::curation::CurationFilter::parse(
        value,
        |r| refs.region(r).is_some(),
        |c| refs.category_by_slug(c).is_some(),
    );
    let page = value("hal").parse::<u64>().unwrap_or(1);
    let db = crate::context::database()?;
    let page = db::curation::curation_page(&db, catalogue.refs(), filter, page)
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
    let location = use_location();
    let data = Resource::new(move || location.search.get(), get_curation);
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
    let query_without_page = p.filter.to_query_string();
    let f = p.filter.clone();
    let category = f.category.clone().unwrap_or_default();
    let pages = p.total.div_ceil(CURATION_PAGE_SIZE).max(1);
    let downloads =
        view! { <DownloadLinks base="/program/produk/unduh" query=query_without_page.clone() /> };
    let page_link = move |n: u64| format!("/program/produk?{query_without_page}&hal={n}");
    let region = f.region.clone().unwrap_or_default();
    let filters = view! {
        <form method="get" action="/program/produk" class="inline-form curation-filters">
            <label for="cur-q" class="visually-hidden">{move || i18n.t().search_label}</label>
            <input id="cur-q" name="q" value=f.text.clone() placeholder=move || i18n.t().search_label />
            <label for="cur-state" class="visually-hidden">{move || i18n.programme().state_label}</label>
            <select id="cur-state" name="status">
                {ListingState::ALL.iter().map(|&s| view! {
                    <option value=s.code() selected=f.state == s>{move || listing_state(i18n.locale(), s)}</option>
                }).collect_view()}
            </select>
            <label for="cur-category" class="visually-hidden">{move || i18n.t().category_label}</label>
            <select id="cur-category" name="kategori">
                <option value="">{move || i18n.t().category_label}</option>
                {p.categories.iter().map(|(slug, name_id, name_en)| {
                    let (name_id, name_en) = (name_id.clone(), name_en.clone());
                    view! {
                        <option value=slug.clone() selected=*slug == category>
                            {move || if i18n.locale() == domain::Locale::En { name_en.clone() } else { name_id.clone() }}
                        </option>
                    }
                }).collect_view()}
            </select>
            <label for="cur-pillar" class="visually-hidden">{move || i18n.t().pillar_label}</label>
            <select id="cur-pillar" name="pilar">
                <option value="">{move || i18n.t().pillar_label}</option>
                {domain::Pillar::ALL.iter().map(|&pl| view! {
                    <option value=pl.code() selected=f.pillar == Some(pl)>{pl.name()}</option>
                }).collect_view()}
            </select>
            <label for="cur-min" class="visually-hidden">{move || i18n.t().min_price_label}</label>
            <input id="cur-min" name="min" inputmode="numeric" class="quantity"
                value=f.min_price.map(|m| m.to_string()).unwrap_or_default() placeholder=move || i18n.t().min_price_label />
            <label for="cur-max" class="visually-hidden">{move || i18n.t().max_price_label}</label>
            <input id="cur-max" name="maks" inputmode="numeric" class="quantity"
                value=f.max_price.map(|m| m.to_string()).unwrap_or_default() placeholder=move || i18n.t().max_price_label />
            <label class="check">
                <input type="checkbox" name="halal" value="1" checked=f.halal_only />
                {move || i18n.t().halal_only_label}
            </label>
            <label class="check">
                <input type="checkbox" name="stok" value="1" checked=f.in_stock_only />
                {move || i18n.t().in_stock_label}
            </label>
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
                    <option value=l.code() selected=f.level == Some(l)>{move || curation_level_name(i18n.locale(), l)}</option>
                }).collect_view()}
            </select>
            <label class="check">
                <input type="checkbox" name="unggulan" value="1" checked=f.flagship_only />
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
                    {(item.state != ListingState::Published).then(|| {
                        let s = item.state;
                        view! { <span class="state-badge">{move || listing_state(i18n.locale(), s)}</span> }
                    })}
                    {(item.state == ListingState::Published).then(|| view! {
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
                    })}
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

//! `/program`: the programme dashboard (programme admins). Live progress towards the year's
//! targets, per kabupaten/kota and for the province, as a sortable table and a bar chart, and
//! the form that sets a target (`POST /api/set_target`).

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::download_links::DownloadLinks;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{band_name, metric_name, use_i18n};
use crate::pages::account::AccessDenied;
use domain::targets::{
    Breakdown, BreakdownRow, FIRST_YEAR, Metric, ProgressRow, ProgressSort, band,
};
#[cfg(feature = "ssr")]
use domain::targets::{ProgressQuery, sort_rows};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The dashboard's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgrammePage {
    /// The year shown.
    pub year: i32,
    /// The latest year that may be chosen (next year).
    pub last_year: i32,
    /// The metric of the table and chart.
    pub metric: Metric,
    /// The order of the regions.
    pub sort: ProgressSort,
    /// The province.
    pub province: ProgressRow,
    /// The 38 regions, in `sort` order.
    pub regions: Vec<ProgressRow>,
    /// The catalogue by pillar and category, and its growth.
    pub breakdown: Breakdown,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// The dashboard for `tahun` (default this year), `ukuran` (a metric code) and `urut`.
#[server(endpoint = "programme")]
pub async fn get_programme(
    #[server(default)] tahun: String,
    #[server(default)] ukuran: String,
    #[server(default)] urut: String,
) -> Result<ProgrammePage, AppError> {
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let this_year = db::wib::this_year();
    let ProgressQuery { year, metric, sort } =
        ProgressQuery::parse(&tahun, &ukuran, &urut, this_year);
    let db = crate::context::database()?;
    let catalogue = crate::context::catalogue()?;
    let locale = crate::root::request_locale().0;
    let mut rows = db::queries::programme::progress(
        &db,
        catalogue.refs(),
        year,
        crate::i18n::programme_strings(locale).province,
    )
    .await
    .map_err(|e| AppError::internal("loading programme progress", e))?;
    let breakdown = db::queries::programme::breakdown(&db, time::OffsetDateTime::now_utc())
        .await
        .map_err(|e| AppError::internal("loading the catalogue breakdown", e))?;
    let province = rows.remove(0);
    sort_rows(&mut rows, metric, sort);
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(ProgrammePage {
        year,
        last_year: this_year + 1,
        metric,
        sort,
        province,
        regions: rows,
        breakdown,
        notice,
    })
}

/// Sets `year`'s target of `metric` for `region` (a region code, or `prov` for the province).
#[server(endpoint = "set_target")]
pub async fn set_target(
    year: i32,
    metric: String,
    region: String,
    value: String,
) -> Result<bool, AppError> {
    use crate::auth::server::{go, set_flash};
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let catalogue = crate::context::catalogue()?;
    let region_code = match region.as_str() {
        "prov" => Some(None),
        code => catalogue.refs().region(code).map(|r| Some(r.code.clone())),
    };
    let back = format!("/program?tahun={year}&ukuran={metric}");
    let checked = (
        Metric::from_code(&metric),
        region_code,
        domain::targets::parse_target(&value),
        (FIRST_YEAR..=db::wib::this_year() + 1).contains(&year),
    );
    let (Some(metric), Some(region_code), Some(value), true) = checked else {
        set_flash(&Flash::Notice(FlashNotice::TargetInvalid)).await?;
        go(&back);
        return Ok(false);
    };
    let db = crate::context::database()?;
    db::queries::programme::set_target(&db, year, metric, region_code.as_deref(), value)
        .await
        .map_err(|e| AppError::internal("setting a target", e))?;
    set_flash(&Flash::Notice(FlashNotice::TargetSaved)).await?;
    go(&back);
    Ok(true)
}

/// Links between the programme's pages.
#[component]
pub fn ProgrammeNav() -> impl IntoView {
    let i18n = use_i18n();
    let here = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let link =
        move |href: &'static str,
              label: fn(&'static crate::i18n::ProgrammeStrings) -> &'static str| {
            let current = here == href;
            view! { <a href=href aria-current=current.then_some("page") class:current=current>{move || label(i18n.programme())}</a> }
        };
    view! {
        <nav class="state-tabs programme-nav">
            {link("/program", |s| s.nav_progress)}
            {link("/program/pesantren", |s| s.verification_title)}
            {link("/program/daftar-pesantren", |s| s.nav_pesantren_list)}
            {link("/program/produk", |s| s.curation_title)}
            {link("/program/berita", |s| s.nav_news)}
        </nav>
    }
}

/// The programme dashboard.
#[component]
pub fn ProgrammePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        (
            q.get("tahun").unwrap_or_default(),
            q.get("ukuran").unwrap_or_default(),
            q.get("urut").unwrap_or_default(),
        )
    };
    let data = Resource::new(args, |(tahun, ukuran, urut)| {
        get_programme(tahun, ukuran, urut)
    });
    view! {
        <Title text=move || i18n.programme().title />
        <section class="dashboard programme">
            <h1>{move || i18n.programme().title}</h1>
            <ProgrammeNav />
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => programme_view(page).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn link(year: i32, metric: Metric, sort: ProgressSort) -> String {
    format!(
        "/program?tahun={year}&ukuran={}&urut={}",
        metric.code(),
        sort.code()
    )
}

/// "75 %" and its band, or "—".
fn percent_cells(row: &ProgressRow, metric: Metric) -> impl IntoView + use<> {
    let i18n = use_i18n();
    match row.percent(metric) {
        Some(p) => {
            let b = band(p);
            view! {
                <td class="number">{format!("{p} %")}</td>
                <td><span class=format!("band band-{}", b.code())>{move || band_name(i18n.locale(), b)}</span></td>
            }
            .into_any()
        }
        None => view! {
            <td class="number">"—"</td>
            <td class="muted">{move || i18n.programme().no_target}</td>
        }
        .into_any(),
    }
}

fn programme_view(page: ProgrammePage) -> impl IntoView {
    let i18n = use_i18n();
    let ProgrammePage {
        year,
        last_year,
        metric,
        sort,
        province,
        regions,
        breakdown,
        notice,
    } = page;
    let locale = i18n.locale();
    let t = crate::i18n::programme_strings(locale);
    let years = view! {
        <p class="year-nav">
            {(year > FIRST_YEAR).then(|| view! { <a href=link(year - 1, metric, sort)>{move || i18n.programme().previous_year}</a> })}
            <strong>{move || (i18n.programme().year)(year)}</strong>
            {(year < last_year).then(|| view! { <a href=link(year + 1, metric, sort)>{move || i18n.programme().next_year}</a> })}
        </p>
    };
    let tabs = Metric::ALL
        .iter()
        .map(|&m| {
            let current = m == metric;
            view! {
                <a href=link(year, m, sort) aria-current=current.then_some("page") class:current=current>
                    {move || metric_name(i18n.locale(), m)}
                </a>
            }
        })
        .collect_view();
    let summary = Metric::ALL
        .iter()
        .map(|&m| {
            let (achieved, target) = province.figure(m);
            let percent = province.percent(m);
            view! {
                <div>
                    <dt>{move || metric_name(i18n.locale(), m)}</dt>
                    <dd>
                        {achieved}
                        {target.map(|t| format!(" / {t}"))}
                        {percent.map(|p| {
                            let b = band(p);
                            view! { " " <span class=format!("band band-{}", b.code())>{format!("{p} %")}</span> }
                        })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    let bars: Vec<Bar> = regions
        .iter()
        .map(|r| {
            let (achieved, target) = r.figure(metric);
            match (target, r.percent(metric)) {
                (Some(target), Some(p)) => {
                    let b = band(p);
                    Bar {
                        label: r.name.clone(),
                        percent: p,
                        value: format!("{p} %"),
                        class: format!("band-{}", b.code()),
                        title: (t.bar_title)(&r.name, achieved, target, p, band_name(locale, b)),
                    }
                }
                _ => Bar {
                    label: r.name.clone(),
                    percent: 0,
                    value: "—".into(),
                    class: "band-none".into(),
                    title: (t.bar_no_target)(&r.name, achieved),
                },
            }
        })
        .collect();
    let chart_title = (t.chart_title)(metric_name(locale, metric), year);
    let sorts = ProgressSort::ALL
        .into_iter()
        .map(|s| {
            let current = s == sort;
            let label = move || match s {
                ProgressSort::Percent => i18n.programme().percent,
                ProgressSort::Achieved => i18n.programme().achieved,
                ProgressSort::Name => i18n.programme().region,
            };
            view! { <a href=link(year, metric, s) aria-current=current.then_some("page") class:current=current>{label}</a> }
        })
        .collect_view();
    let rows = regions
        .iter()
        .map(|r| {
            let (achieved, target) = r.figure(metric);
            view! {
                <tr data-region=r.region_code.clone().unwrap_or_default()>
                    <th scope="row">{r.name.clone()}</th>
                    <td class="number">{achieved}</td>
                    <td class="number">{target.map_or_else(|| "—".to_owned(), |t| t.to_string())}</td>
                    {percent_cells(r, metric)}
                </tr>
            }
        })
        .collect_view();
    let region_options = regions
        .iter()
        .filter_map(|r| r.region_code.clone().map(|c| (c, r.name.clone())))
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .map(|(code, name)| view! { <option value=code>{name}</option> })
        .collect_view();
    view! {
        <FlashNoticeLine notice=notice />
        {years}
        <dl class="figures">{summary}</dl>
        <nav class="state-tabs" aria-label=move || i18n.programme().field_metric>{tabs}</nav>
        <BarChart bars=bars title=chart_title id="progress-chart" />
        <p class="muted">{move || i18n.programme().bands_explained}</p>
        <nav class="state-tabs sort-links">
            <span>{move || i18n.programme().sort_label}</span>
            {sorts}
        </nav>
        <div class="table-scroll">
            <table class="progress-table">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.programme().region}</th>
                        <th scope="col">{move || i18n.programme().achieved}</th>
                        <th scope="col">{move || i18n.programme().target}</th>
                        <th scope="col">{move || i18n.programme().percent}</th>
                        <th scope="col">{move || i18n.programme().band}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <DownloadLinks
            base="/program/unduh"
            query=format!("tahun={year}&ukuran={}&urut={}", metric.code(), sort.code())
        />
        <h2>{move || i18n.programme().set_target}</h2>
        <form method="post" action="/api/set_target" class="inline-form target-form">
            <input type="hidden" name="year" value=year />
            <label for="target-metric">{move || i18n.programme().field_metric}</label>
            <select id="target-metric" name="metric">
                {Metric::ALL.iter().map(|&m| view! {
                    <option value=m.code() selected=m == metric>{move || metric_name(i18n.locale(), m)}</option>
                }).collect_view()}
            </select>
            <label for="target-region">{move || i18n.programme().field_region}</label>
            <select id="target-region" name="region">
                <option value="prov">{move || i18n.programme().province}</option>
                {region_options}
            </select>
            <label for="target-value">{move || i18n.programme().field_value}</label>
            <input id="target-value" name="value" inputmode="numeric" required class="quantity" />
            <button type="submit" class="button-primary">{move || i18n.programme().save_target}</button>
        </form>
        {breakdown_view(breakdown)}
    }
}

/// Bar lengths in percent of the largest value.
fn share(value: u64, max: u64) -> u32 {
    u32::try_from(value.saturating_mul(100) / max.max(1)).unwrap_or(100)
}

/// Growth month by month, and the catalogue per pillar and per category.
fn breakdown_view(b: Breakdown) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let t = crate::i18n::programme_strings(locale);
    let most = b.growth.iter().map(|m| m.published).max().unwrap_or(0);
    let growth_bars: Vec<Bar> = b
        .growth
        .iter()
        .map(|m| {
            let label = crate::i18n::month_label(locale, &m.month);
            Bar {
                title: (t.growth_bar)(&label, m.published),
                percent: share(m.published, most),
                value: m.published.to_string(),
                class: "band-sangat_baik".into(),
                label,
            }
        })
        .collect();
    let growth_rows = b
        .growth
        .iter()
        .rev()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{crate::i18n::month_label(locale, &m.month)}</th>
                    <td class="number">{m.published}</td>
                </tr>
            }
        })
        .collect_view();
    let name = move |r: &BreakdownRow| match locale {
        domain::Locale::Id => r.name_id.clone(),
        domain::Locale::En => r.name_en.clone(),
    };
    let most = b.categories.iter().map(|c| c.published).max().unwrap_or(0);
    let category_bars: Vec<Bar> = b
        .categories
        .iter()
        .map(|c| Bar {
            label: name(c),
            percent: share(c.published, most),
            value: c.published.to_string(),
            class: "band-baik".into(),
            title: (t.category_bar)(&name(c), c.published, c.flagship),
        })
        .collect();
    let table = move |rows: Vec<BreakdownRow>, first: &'static str| {
        view! {
            <div class="table-scroll">
                <table class="progress-table">
                    <thead><tr>
                        <th scope="col">{first}</th>
                        <th scope="col">{t.published}</th>
                        <th scope="col">{t.flagship_count}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr>
                                <th scope="row">{name(&r)}</th>
                                <td class="number">{r.published}</td>
                                <td class="number">{r.flagship}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    };
    view! {
        <h2>{t.growth}</h2>
        <BarChart bars=growth_bars title=t.growth.to_owned() id="growth-chart" />
        <div class="table-scroll">
            <table class="progress-table">
                <thead><tr>
                    <th scope="col">{t.month}</th>
                    <th scope="col">{t.published}</th>
                </tr></thead>
                <tbody>{growth_rows}</tbody>
            </table>
        </div>
        <div class="stats-columns">
            <section>
                <h2>{t.by_pillar}</h2>
                {table(b.pillars, t.pillar)}
            </section>
            <section>
                <h2>{t.by_category}</h2>
                <BarChart bars=category_bars title=t.by_category.to_owned() id="category-chart" />
                {table(b.categories, t.category)}
            </section>
        </div>
    }
}

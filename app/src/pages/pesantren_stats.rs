//! `/kelola/statistik`: the pesantren admin's figures. Sales from completed orders this month
//! and over twelve months (an SVG bar chart with the same figures as a table), orders by
//! status, best sellers, listings by state and sellers by pillar.

use crate::components::bar_chart::{Bar, BarChart};
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{listing_state, month_label, order_status, use_i18n};
use crate::pages::account::AccessDenied;
use domain::Rupiah;
use domain::stats::PesantrenStats;
use leptos::prelude::*;
use leptos_meta::Title;

/// The signed-in pesantren admin's statistics.
#[server(endpoint = "pesantren_stats")]
pub async fn get_pesantren_stats() -> Result<PesantrenStats, AppError> {
    let viewer = crate::auth::server::with_role(&[domain::Role::PesantrenAdmin]).await?;
    let pesantren_id = viewer
        .pesantren_id
        .ok_or_else(|| AppError::Forbidden.answer())?;
    let db = crate::context::database()?;
    let fail = |e| AppError::internal("loading pesantren statistics", e);
    let (name, _) = db::accounts::pesantren_name(&db, pesantren_id)
        .await
        .map_err(fail)?
        .ok_or(AppError::NotFound)?;
    db::queries::pesantren_stats::load(&db, pesantren_id, name, time::OffsetDateTime::now_utc())
        .await
        .map_err(fail)
}

/// The statistics page.
#[component]
pub fn PesantrenStatsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_pesantren_stats());
    view! {
        <Title text=move || i18n.stats().title />
        <section class="dashboard stats">
            <h1>{move || i18n.stats().title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(stats) => stats_view(stats).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn stats_view(s: PesantrenStats) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let t = crate::i18n::stats_strings(locale);
    let this_month = s.months.last().cloned();
    let (year_orders, year_revenue) = s
        .months
        .iter()
        .fold((0, 0), |(o, r), m| (o + m.orders, r + m.revenue.0));
    let max = s
        .months
        .iter()
        .map(|m| m.revenue.0)
        .max()
        .unwrap_or(0)
        .max(1);
    let bars: Vec<Bar> = s
        .months
        .iter()
        .map(|m| {
            let label = month_label(locale, &m.month);
            let value = m.revenue.to_string();
            Bar {
                title: (t.month_bar)(&label, m.orders, &value),
                percent: u32::try_from(m.revenue.0.saturating_mul(100) / max).unwrap_or(0),
                label,
                value,
                class: "band-sangat_baik".into(),
            }
        })
        .collect();
    let month_rows = s
        .months
        .iter()
        .rev()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{month_label(locale, &m.month)}</th>
                    <td class="number">{m.orders}</td>
                    <td class="number">{m.revenue.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let top = if s.top_products.is_empty() {
        view! { <p class="empty">{move || i18n.stats().no_sales}</p> }.into_any()
    } else {
        view! {
            <table class="progress-table">
                <thead><tr>
                    <th scope="col">{move || i18n.stats().product}</th>
                    <th scope="col">{move || i18n.stats().units}</th>
                    <th scope="col">{move || i18n.stats().revenue}</th>
                </tr></thead>
                <tbody>
                    {s.top_products.into_iter().map(|p| view! {
                        <tr><th scope="row">{p.name}</th><td class="number">{p.units}</td><td class="number">{p.revenue.to_string()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let counts = |items: Vec<(String, String, u64)>| {
        view! {
            <ul class="count-list">
                {items.into_iter().map(|(href, label, n)| {
                    let label = if href.is_empty() {
                        view! { <span>{label}</span> }.into_any()
                    } else {
                        view! { <a href=href>{label}</a> }.into_any()
                    };
                    view! { <li>{label} <strong>{n}</strong></li> }
                }).collect_view()}
            </ul>
        }
    };
    let statuses = s
        .orders_by_status
        .iter()
        .map(|&(st, n)| {
            (
                format!("/kelola/pesanan?status={}", st.code()),
                order_status(locale, st).to_owned(),
                n,
            )
        })
        .collect();
    let states = s
        .listings_by_state
        .iter()
        .map(|&(st, n)| (String::new(), listing_state(locale, st).to_owned(), n))
        .collect();
    let pillars = s
        .sellers_by_pillar
        .iter()
        .map(|&(p, n)| (String::new(), p.name().to_owned(), n))
        .collect();
    view! {
        <p class="muted">{s.pesantren_name}</p>
        <dl class="figures">
            <div>
                <dt>{move || i18n.stats().this_month}</dt>
                <dd>{this_month.as_ref().map(|m| m.revenue.to_string())}</dd>
                <dd class="muted">{move || (i18n.stats().completed_orders)(this_month.as_ref().map_or(0, |m| m.orders))}</dd>
            </div>
            <div>
                <dt>{move || i18n.stats().twelve_months}</dt>
                <dd>{Rupiah(year_revenue).to_string()}</dd>
                <dd class="muted">{move || (i18n.stats().completed_orders)(year_orders)}</dd>
            </div>
        </dl>
        <h2>{move || i18n.stats().sales_chart}</h2>
        <BarChart bars=bars title=t.sales_chart.to_owned() id="sales-chart" />
        <div class="table-scroll">
            <table class="progress-table">
                <thead><tr>
                    <th scope="col">{move || i18n.stats().month}</th>
                    <th scope="col">{move || i18n.stats().orders}</th>
                    <th scope="col">{move || i18n.stats().revenue}</th>
                </tr></thead>
                <tbody>{month_rows}</tbody>
            </table>
        </div>
        <h2>{move || i18n.stats().top_products}</h2>
        {top}
        <div class="stats-columns">
            <section>
                <h2>{move || i18n.stats().orders_by_status}</h2>
                {counts(statuses)}
            </section>
            <section>
                <h2>{move || i18n.stats().listings_by_state}</h2>
                {counts(states)}
            </section>
            <section>
                <h2>{move || i18n.stats().sellers_by_pillar}</h2>
                {counts(pillars)}
            </section>
        </div>
    }
}

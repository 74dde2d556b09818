//! The dashboard lists as downloads (programme admins): `/program/unduh.{csv,xlsx}` (progress
//! per kabupaten/kota, with the page's year, measure and order) and
//! `/program/produk/unduh.{csv,xlsx}` (the curation list with its filters, every page) and
//! `/program/daftar-pesantren/unduh.{csv,xlsx}` (every pesantren, with the list's filters).
//!
//! Route → the same filter parsing as the page → the same query, read in batches → the
//! writer in `export.rs`.

use crate::export::{BATCH, Cell, Export, Format};
use axum::extract::{Path, RawQuery};
use axum::response::{IntoResponse, Redirect, Response};
use db::DatabaseConnection;
use db::queries::catalogue::Catalogue;
use domain::Locale;
use domain::targets::{Metric, ProgressQuery, band};
use http::StatusCode;
use std::sync::Arc;

/// What the download handlers need.
#[derive(Clone)]
pub struct Downloads {
    /// The database.
    pub db: DatabaseConnection,
    /// Reference data (region names).
    pub catalogue: Arc<Catalogue>,
    /// The site's public origin, for the links in the files.
    pub origin: app::context::PublicOrigin,
}

type Route = axum::routing::MethodRouter<leptos::prelude::LeptosOptions>;

/// The routes, to merge into the application's router (inside the session layer).
pub fn routes(downloads: Downloads) -> axum::Router<leptos::prelude::LeptosOptions> {
    axum::Router::new()
        .route(
            "/program/unduh.{format}",
            route(downloads.clone(), "/program", progress),
        )
        .route(
            "/program/produk/unduh.{format}",
            route(downloads.clone(), "/program/produk", curation),
        )
        .route(
            "/program/daftar-pesantren/unduh.{format}",
            route(downloads, "/program/daftar-pesantren", pesantren_list),
        )
}

/// A download of the list at `list`: programme admins only (a visitor is sent to log in and
/// back to the list), `.csv` or `.xlsx`; `export` reads the list's URL query and starts it.
fn route(
    downloads: Downloads,
    list: &'static str,
    export: fn(&Downloads, &str) -> Export,
) -> Route {
    axum::routing::get(
        move |auth: auth::AuthSession, Path(format): Path<String>, RawQuery(raw): RawQuery| {
            let downloads = downloads.clone();
            async move {
                if let Some(answer) = refused(&auth, list) {
                    return answer;
                }
                let Some(format) = Format::from_extension(&format) else {
                    return StatusCode::NOT_FOUND.into_response();
                };
                export(&downloads, &raw.unwrap_or_default()).respond(format)
            }
        },
    )
}

/// The cursor after a full batch (name and id of its last row), `None` after the last one.
fn cursor_after<T>(items: &[T], key: impl Fn(&T) -> (String, i32)) -> Option<(String, i32)> {
    if items.len() as u64 == BATCH {
        items.last().map(key)
    } else {
        None
    }
}

/// Only programme admins; a visitor is sent to log in first.
fn refused(auth: &auth::AuthSession, back: &str) -> Option<Response> {
    match auth.user.as_ref() {
        None => Some(Redirect::to(&format!("/masuk?next={back}")).into_response()),
        Some(user) if user.viewer().role != domain::Role::ProgrammeAdmin => {
            Some(StatusCode::FORBIDDEN.into_response())
        }
        Some(_) => None,
    }
}

fn stem(what: &str) -> String {
    format!("opop-{what}-{}", db::wib::today())
}

fn query_value(raw: &str, key: &str) -> String {
    form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// The progress table: province first, then the regions in the page's order.
fn progress(downloads: &Downloads, raw: &str) -> Export {
    let query = ProgressQuery::parse(
        &query_value(raw, "tahun"),
        &query_value(raw, "ukuran"),
        &query_value(raw, "urut"),
        db::wib::this_year(),
    );
    let province = app::i18n::programme_strings(Locale::Id).province;
    let mut headers = vec!["Kode wilayah", "Kabupaten/Kota"];
    for metric in Metric::ALL {
        let (achieved, target, percent, band) = progress_headers(*metric);
        headers.extend([achieved, target, percent, band]);
    }
    let db = downloads.db.clone();
    let catalogue = downloads.catalogue.clone();
    Export::start(
        stem(&format!("capaian-{}", query.year)),
        headers,
        move |_: Option<()>| {
            let db = db.clone();
            let catalogue = catalogue.clone();
            async move {
                let mut rows =
                    db::queries::programme::progress(&db, catalogue.refs(), query.year, province)
                        .await?;
                if !rows.is_empty() {
                    let mut regions = rows.split_off(1);
                    domain::targets::sort_rows(&mut regions, query.metric, query.sort);
                    rows.extend(regions);
                }
                let rows = rows.iter().map(progress_row).collect();
                Ok::<_, db::DbErr>((rows, None))
            }
        },
    )
}

fn progress_headers(metric: Metric) -> (&'static str, &'static str, &'static str, &'static str) {
    match metric {
        Metric::FlagshipProducts => (
            "Produk unggulan",
            "Target produk unggulan",
            "Capaian produk unggulan (%)",
            "Predikat produk unggulan",
        ),
        Metric::Pesantren => (
            "Pesantren bergabung",
            "Target pesantren",
            "Capaian pesantren (%)",
            "Predikat pesantren",
        ),
        Metric::SantriSellers => (
            "Penjual santri",
            "Target penjual santri",
            "Capaian penjual santri (%)",
            "Predikat penjual santri",
        ),
    }
}

fn progress_row(row: &domain::targets::ProgressRow) -> Vec<Cell> {
    let mut cells = vec![
        Cell::from(row.region_code.clone().unwrap_or_default()),
        Cell::from(row.name.clone()),
    ];
    for metric in Metric::ALL {
        let (achieved, target) = row.figure(*metric);
        let percent = row.percent(*metric);
        cells.push(Cell::from(achieved));
        cells.push(target.map_or(Cell::from(""), |t| Cell::from(i64::from(t))));
        cells.push(percent.map_or(Cell::from(""), |p| Cell::from(i64::from(p))));
        cells.push(Cell::from(
            percent.map_or("", |p| app::i18n::band_name(Locale::Id, band(p))),
        ));
    }
    cells
}

/// The programme's product list with its filters.
fn curation(downloads: &Downloads, raw: &str) -> Export {
    let refs = downloads.catalogue.refs();
    let filter = domain::curation::CurationFilter::parse(
        |key| query_value(raw, key),
        |r| refs.region(r).is_some(),
        |c| refs.category_by_slug(c).is_some(),
    );
    let headers = vec![
        "Produk",
        "Pesantren",
        "Kabupaten/Kota",
        "Harga (Rp)",
        "Tingkat kurasi",
        "Unggulan",
        "Status",
        "Tautan",
    ];
    let db = downloads.db.clone();
    let catalogue = downloads.catalogue.clone();
    let origin = downloads.origin.0.clone();
    Export::start(stem("kurasi-produk"), headers, move |after| {
        let db = db.clone();
        let catalogue = catalogue.clone();
        let filter = filter.clone();
        let origin = origin.clone();
        async move {
            let items =
                db::curation::curation_rows(&db, catalogue.refs(), &filter, after, BATCH).await?;
            let next = cursor_after(&items, |i| (i.name.clone(), i.id));
            let rows = items
                .into_iter()
                .map(|i| {
                    vec![
                        Cell::from(i.name),
                        Cell::from(i.pesantren_name),
                        Cell::from(i.region_name),
                        Cell::from(i.price.0),
                        Cell::from(app::i18n::curation_level_name(Locale::Id, i.level)),
                        Cell::from(if i.flagship { "Ya" } else { "Tidak" }),
                        Cell::from(app::i18n::listing_state(Locale::Id, i.state)),
                        Cell::from(format!("{origin}/produk/{}", i.slug)),
                    ]
                })
                .collect();
            Ok::<_, db::DbErr>((rows, next))
        }
    })
}

/// Every pesantren, with the list's filters.
fn pesantren_list(downloads: &Downloads, raw: &str) -> Export {
    let refs = downloads.catalogue.refs();
    let filter = domain::pesantren_list::PesantrenListFilter::parse(
        &query_value(raw, "q"),
        &query_value(raw, "wilayah"),
        &query_value(raw, "status"),
        |c| refs.region(c).is_some(),
    );
    let headers = vec![
        "Pesantren",
        "Kode wilayah",
        "Kabupaten/Kota",
        "Status verifikasi",
        "Penjual",
        "Produk terbit",
        "Bergabung",
        "Tautan",
    ];
    let db = downloads.db.clone();
    let catalogue = downloads.catalogue.clone();
    let origin = downloads.origin.0.clone();
    Export::start(stem("pesantren"), headers, move |after| {
        let db = db.clone();
        let catalogue = catalogue.clone();
        let filter = filter.clone();
        let origin = origin.clone();
        async move {
            let items =
                db::queries::pesantren_list::rows(&db, catalogue.refs(), &filter, after, BATCH)
                    .await?;
            let next = cursor_after(&items, |i| (i.name.clone(), i.id));
            let rows = items
                .into_iter()
                .map(|i| {
                    vec![
                        Cell::from(i.name),
                        Cell::from(i.region_code),
                        Cell::from(i.region_name),
                        Cell::from(app::i18n::verification_name(Locale::Id, i.state)),
                        Cell::from(i.sellers),
                        Cell::from(i.published),
                        Cell::from(i.joined_on),
                        Cell::from(format!("{origin}/pesantren/{}", i.slug)),
                    ]
                })
                .collect();
            Ok::<_, db::DbErr>((rows, next))
        }
    })
}

//! The open data API for agencies and partners: read-only JSON under `/api/v1`, only
//! published, public data (published products, verified pesantren, counts), the same filters
//! as the catalogue and the directory, an OpenAPI 3.1 document at `/api/v1/openapi.json`, CORS
//! for GET from any origin, and a rate limit per client address.
//!
//! Route → handler here → the same parsing and queries as the pages (`domain::catalogue`,
//! `db::queries`) → these JSON shapes, each described by its `ToSchema`.

use app::context::PublicOrigin;
use axum::Json;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use db::DatabaseConnection;
use db::queries::catalogue::Catalogue;
use domain::Locale;
use http::{HeaderMap, StatusCode};
use serde::Serialize;
use std::net::SocketAddr;
use std::sync::Arc;
use utoipa::{OpenApi, ToSchema};

/// Requests per minute per client address (and the burst).
pub const REQUESTS_PER_MINUTE: u32 = 120;

/// What the handlers need.
#[derive(Clone)]
pub struct OpenData {
    /// The database.
    pub db: DatabaseConnection,
    /// The catalogue service (reference data and result cache).
    pub catalogue: Arc<Catalogue>,
    /// The site's public origin, for absolute links.
    pub origin: PublicOrigin,
    /// Requests per client address.
    pub limiter: auth::AddressLimiter,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "OPOP Jawa Timur — data terbuka",
        version = "1",
        description = "Read-only public data of East Java's One Pesantren One Product \
                       programme: published products, verified pesantren and progress counts \
                       per kabupaten/kota. Only public data; at most 120 requests per minute \
                       per client address (429 with Retry-After beyond). Messages follow \
                       `Accept-Language` or `lang=id|en`."
    ),
    paths(products, pesantren, stats, region_stats),
    components(schemas(
        ProductsPage,
        ProductItem,
        PesantrenPage,
        PesantrenItem,
        Correction,
        Stats,
        RegionStats,
        Targets,
        ApiError
    ))
)]
struct ApiDoc;

/// The OpenAPI document.
pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The `/api/v1` router.
pub fn router<S>(open_data: OpenData) -> axum::Router<S> {
    use axum::routing::get;
    use tower_http::cors::{Any, CorsLayer};
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([http::Method::GET, http::Method::HEAD]);
    let document = Arc::new(openapi());
    axum::Router::new()
        .route("/products", get(products))
        .route("/pesantren", get(pesantren))
        .route("/stats", get(stats))
        .route("/regions/{code}/stats", get(region_stats))
        .route(
            "/openapi.json",
            get(move || {
                let document = document.clone();
                async move { Json(document.as_ref().clone()) }
            }),
        )
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            open_data.clone(),
            limit,
        ))
        .layer(cors)
        .with_state(open_data)
}

/// An error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiError {
    /// A stable code: `not_found`, `unknown_region`, `rate_limited`, `internal`.
    pub error: String,
    /// The same in words, in the request's language.
    pub message: String,
}

fn error(status: StatusCode, code: &str, locale: Locale) -> Response {
    (
        status,
        Json(ApiError {
            error: code.to_owned(),
            message: app::i18n::open_data_error(locale, code).to_owned(),
        }),
    )
        .into_response()
}

fn internal(context: &str, e: impl std::fmt::Display, locale: Locale) -> Response {
    tracing::error!(error = %e, "{context}");
    error(StatusCode::INTERNAL_SERVER_ERROR, "internal", locale)
}

fn locale(query: Option<&str>, headers: &HeaderMap) -> Locale {
    app::i18n::locale_for_headers(query, headers).0
}

async fn not_found(RawQuery(query): RawQuery, headers: HeaderMap) -> Response {
    error(
        StatusCode::NOT_FOUND,
        "not_found",
        locale(query.as_deref(), &headers),
    )
}

async fn limit(
    State(open_data): State<OpenData>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if request.method() == http::Method::OPTIONS || open_data.limiter.allow(peer.ip()) {
        return next.run(request).await;
    }
    let locale = locale(request.uri().query(), request.headers());
    let mut response = error(StatusCode::TOO_MANY_REQUESTS, "rate_limited", locale);
    response.headers_mut().insert(
        http::header::RETRY_AFTER,
        http::HeaderValue::from_static("60"),
    );
    response
}

/// A correction made to the filters, as on the catalogue page.
#[derive(Debug, Serialize, ToSchema)]
pub struct Correction {
    /// A stable code, e.g. `unknown_region`, `prices_swapped`, `page_too_high`.
    pub code: String,
    /// The correction in words.
    pub message: String,
}

fn corrections(notices: &[domain::Notice], locale: Locale) -> Vec<Correction> {
    notices
        .iter()
        .map(|&n| Correction {
            code: notice_code(n).to_owned(),
            message: app::i18n::notice(locale, n).to_owned(),
        })
        .collect()
}

fn notice_code(notice: domain::Notice) -> &'static str {
    use domain::Notice::*;
    match notice {
        TextShortened => "text_shortened",
        UnknownCategory => "unknown_category",
        UnknownRegion => "unknown_region",
        UnknownPesantren => "unknown_pesantren",
        UnknownPillar => "unknown_pillar",
        UnreadablePrice => "unreadable_price",
        NegativePrice => "negative_price",
        PricesSwapped => "prices_swapped",
        UnknownSort => "unknown_sort",
        BadPage => "bad_page",
        PageTooHigh => "page_too_high",
        RelevanceWithoutText => "relevance_without_text",
        QueryTooLong => "query_too_long",
    }
}

/// A published product.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProductItem {
    /// URL slug (`/produk/{slug}`).
    pub slug: String,
    /// Name.
    pub name: String,
    /// Price in Rupiah.
    pub price: i64,
    /// The pesantren that sells it.
    pub pesantren: String,
    /// Its kabupaten/kota.
    pub region: String,
    /// Whether it carries a halal certificate.
    pub halal_certified: bool,
    /// Whether any are in stock.
    pub in_stock: bool,
    /// The product page.
    pub url: String,
    /// The cover photo (small size), if any.
    pub photo_url: Option<String>,
}

/// A page of published products.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProductsPage {
    /// Products matching the filters, over all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u32,
    /// Number of pages (at least 1).
    pub pages: u32,
    /// Products per page.
    pub per_page: u32,
    /// Filters that were corrected or ignored.
    pub corrections: Vec<Correction>,
    /// This page's products.
    pub items: Vec<ProductItem>,
}

/// `GET /api/v1/products`.
#[utoipa::path(
    get,
    path = "/api/v1/products",
    tag = "products",
    summary = "Published products, with the catalogue's filters",
    params(
        ("q" = Option<String>, Query, description = "Free text (name, description, pesantren); case and accents do not matter"),
        ("kategori" = Option<String>, Query, description = "Category slug, e.g. `makanan-minuman`"),
        ("wilayah" = Option<String>, Query, description = "Kabupaten/kota code, e.g. `3517`"),
        ("pesantren" = Option<String>, Query, description = "Pesantren slug"),
        ("pilar" = Option<String>, Query, description = "Pillar: `pesantrenpreneur`, `santripreneur`, `sociopreneur`"),
        ("min" = Option<String>, Query, description = "Lowest price in Rupiah (`25000`, `25.000`, `Rp 25.000`)"),
        ("maks" = Option<String>, Query, description = "Highest price in Rupiah"),
        ("halal" = Option<String>, Query, description = "`1`: halal-certified only"),
        ("stok" = Option<String>, Query, description = "`1`: in stock only"),
        ("urut" = Option<String>, Query, description = "Order: `relevan` (with `q`), `terbaru`, `termurah`, `termahal`, `nama`"),
        ("hal" = Option<u32>, Query, description = "Page, from 1 (24 per page)"),
    ),
    responses(
        (status = 200, description = "A page of products; unknown or malformed filters are ignored or corrected and listed in `corrections`", body = ProductsPage),
        (status = 429, description = "Too many requests from this address", body = ApiError),
    )
)]
async fn products(
    State(open_data): State<OpenData>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let raw = query.unwrap_or_default();
    let locale = locale(Some(&raw), &headers);
    let page = match open_data.catalogue.search(&open_data.db, &raw).await {
        Ok(page) => page,
        Err(e) => return internal("open data: products", e, locale),
    };
    let origin = &open_data.origin.0;
    Json(ProductsPage {
        total: page.total,
        page: page.query.page,
        pages: page.pages,
        per_page: domain::catalogue::PAGE_SIZE,
        corrections: corrections(&page.notices, locale),
        items: page
            .products
            .iter()
            .map(|p| ProductItem {
                slug: p.slug.clone(),
                name: p.name.clone(),
                price: p.price.0,
                pesantren: p.pesantren_name.clone(),
                region: p.region_name.clone(),
                halal_certified: p.halal_certified,
                in_stock: p.in_stock,
                url: format!("{origin}/produk/{}", p.slug),
                photo_url: p.photo_url.as_ref().map(|u| format!("{origin}{u}")),
            })
            .collect(),
    })
    .into_response()
}

/// A verified pesantren.
#[derive(Debug, Serialize, ToSchema)]
pub struct PesantrenItem {
    /// URL slug (`/pesantren/{slug}`).
    pub slug: String,
    /// Name.
    pub name: String,
    /// Kabupaten/kota code.
    pub region_code: String,
    /// Kabupaten/kota.
    pub region: String,
    /// Its cooperative (Kopontren), if any.
    pub cooperative: Option<String>,
    /// Published products.
    pub product_count: u64,
    /// The profile page.
    pub url: String,
}

/// A page of verified pesantren.
#[derive(Debug, Serialize, ToSchema)]
pub struct PesantrenPage {
    /// Pesantren matching the filters, over all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u32,
    /// Number of pages (at least 1).
    pub pages: u32,
    /// Pesantren per page.
    pub per_page: u32,
    /// Filters that were corrected or ignored.
    pub corrections: Vec<Correction>,
    /// This page's pesantren, by name.
    pub items: Vec<PesantrenItem>,
}

/// `GET /api/v1/pesantren`.
#[utoipa::path(
    get,
    path = "/api/v1/pesantren",
    tag = "pesantren",
    summary = "Verified pesantren, with the directory's filters",
    params(
        ("q" = Option<String>, Query, description = "Part of the name"),
        ("wilayah" = Option<String>, Query, description = "Kabupaten/kota code, e.g. `3517`"),
        ("hal" = Option<u32>, Query, description = "Page, from 1"),
    ),
    responses(
        (status = 200, description = "A page of pesantren", body = PesantrenPage),
        (status = 429, description = "Too many requests from this address", body = ApiError),
    )
)]
async fn pesantren(
    State(open_data): State<OpenData>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let raw = query.unwrap_or_default();
    let locale = locale(Some(&raw), &headers);
    let refs = open_data.catalogue.refs();
    let directory = match db::queries::pesantren_pages::directory(&open_data.db, refs, &raw).await {
        Ok(d) => d,
        Err(e) => return internal("open data: pesantren", e, locale),
    };
    let origin = &open_data.origin.0;
    Json(PesantrenPage {
        total: directory.total,
        page: directory.query.page,
        pages: directory.pages,
        per_page: domain::pesantren::DIRECTORY_PAGE_SIZE,
        corrections: corrections(&directory.notices, locale),
        items: directory
            .items
            .into_iter()
            .map(|p| PesantrenItem {
                url: format!("{origin}/pesantren/{}", p.slug),
                slug: p.slug,
                name: p.name,
                region_code: p.region_code,
                region: p.region_name,
                cooperative: p.cooperative_name,
                product_count: p.product_count,
            })
            .collect(),
    })
    .into_response()
}

/// This year's targets of a region or the province (`null` where none is set).
#[derive(Debug, Serialize, ToSchema)]
pub struct Targets {
    /// The year (Western Indonesian Time).
    pub year: i32,
    /// Published flagship products.
    pub flagship_products: Option<i32>,
    /// Verified pesantren.
    pub pesantren: Option<i32>,
    /// Santripreneur sellers.
    pub santri_sellers: Option<i32>,
}

/// Live counts of a kabupaten/kota or the province.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionStats {
    /// Kabupaten/kota code; `null` for the whole province.
    pub code: Option<String>,
    /// Name.
    pub name: String,
    /// Published products.
    pub published_products: u64,
    /// Published flagship ("unggulan") products.
    pub flagship_products: u64,
    /// Verified pesantren.
    pub pesantren: u64,
    /// Santripreneur sellers.
    pub santri_sellers: u64,
    /// This year's targets.
    pub targets: Targets,
}

/// The province and every kabupaten/kota.
#[derive(Debug, Serialize, ToSchema)]
pub struct Stats {
    /// The whole province.
    pub province: RegionStats,
    /// The 38 kabupaten/kota, by name.
    pub regions: Vec<RegionStats>,
}

async fn all_stats(open_data: &OpenData, locale: Locale) -> Result<Stats, db::DbErr> {
    use domain::targets::Metric;
    let year = db::wib::this_year();
    let refs = open_data.catalogue.refs();
    let province_name = app::i18n::programme_strings(locale).province;
    let rows = db::queries::programme::progress(&open_data.db, refs, year, province_name).await?;
    let published = db::queries::programme::published_counts(&open_data.db).await?;
    let mut all = rows.into_iter().map(|row| {
        let count = |m: Metric| row.figure(m).0;
        let target = |m: Metric| row.figure(m).1;
        RegionStats {
            published_products: match &row.region_code {
                Some(code) => published.get(code).copied().unwrap_or(0),
                None => published.values().sum(),
            },
            flagship_products: count(Metric::FlagshipProducts),
            pesantren: count(Metric::Pesantren),
            santri_sellers: count(Metric::SantriSellers),
            targets: Targets {
                year,
                flagship_products: target(Metric::FlagshipProducts),
                pesantren: target(Metric::Pesantren),
                santri_sellers: target(Metric::SantriSellers),
            },
            code: row.region_code.clone(),
            name: row.name.clone(),
        }
    });
    let Some(province) = all.next() else {
        return Err(db::DbErr::Custom(
            "progress without the province row".into(),
        ));
    };
    Ok(Stats {
        province,
        regions: all.collect(),
    })
}

/// `GET /api/v1/stats`.
#[utoipa::path(
    get,
    path = "/api/v1/stats",
    tag = "stats",
    summary = "Live counts and this year's targets for the province and each kabupaten/kota",
    responses(
        (status = 200, description = "The province and the 38 kabupaten/kota", body = Stats),
        (status = 429, description = "Too many requests from this address", body = ApiError),
    )
)]
async fn stats(
    State(open_data): State<OpenData>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let locale = locale(query.as_deref(), &headers);
    match all_stats(&open_data, locale).await {
        Ok(stats) => Json(stats).into_response(),
        Err(e) => internal("open data: stats", e, locale),
    }
}

/// `GET /api/v1/regions/{code}/stats`.
#[utoipa::path(
    get,
    path = "/api/v1/regions/{code}/stats",
    tag = "stats",
    summary = "Live counts and this year's targets for one kabupaten/kota",
    params(("code" = String, Path, description = "Kabupaten/kota code, e.g. `3517` (Kabupaten Jombang)")),
    responses(
        (status = 200, description = "The region's counts", body = RegionStats),
        (status = 404, description = "No kabupaten/kota of East Java has this code", body = ApiError),
        (status = 429, description = "Too many requests from this address", body = ApiError),
    )
)]
async fn region_stats(
    State(open_data): State<OpenData>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let locale = locale(query.as_deref(), &headers);
    if open_data.catalogue.refs().region(&code).is_none() {
        return error(StatusCode::NOT_FOUND, "unknown_region", locale);
    }
    match all_stats(&open_data, locale).await {
        Ok(stats) => match stats
            .regions
            .into_iter()
            .find(|r| r.code.as_deref() == Some(code.as_str()))
        {
            Some(region) => Json(region).into_response(),
            None => error(StatusCode::NOT_FOUND, "unknown_region", locale),
        },
        Err(e) => internal("open data: region stats", e, locale),
    }
}

//! `opop serve` and `opop migrate`: the HTTP application and its start-up.

use crate::CommandError;
use crate::cli::{MigrateArgs, MigrateDirection, ServeArgs};
use app::context::PublicOrigin;
use app::{App, shell};
use axum::{Router, routing::get};
use db::DatabaseConnection;
use db::queries::catalogue::Catalogue;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::path::Path;
use std::sync::Arc;
use tower_http::{compression::CompressionLayer, services::ServeDir, trace::TraceLayer};

/// Options for Leptos: where the built client lives and under which name.
pub fn leptos_options(site_root: &Path, addr: std::net::SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("opop")
        .site_root(site_root.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .env(leptos::config::Env::PROD)
        .build()
}

/// The whole HTTP application: pages, server functions, media and static files.
/// Where photos are kept and how `/media` serves them.
#[derive(Clone)]
pub struct Media {
    /// The store uploads go to.
    pub store: Arc<dyn media::MediaStore>,
    /// The folder to serve `/media` from directly; `None` serves it through the store.
    pub folder: Option<std::path::PathBuf>,
}

impl Media {
    /// Photos in a local folder.
    pub fn local(dir: &Path) -> Media {
        Media {
            store: Arc::new(media::LocalFolder::new(dir)),
            folder: Some(dir.to_owned()),
        }
    }

    /// `local` or `s3://BUCKET` (see `opop serve --help`).
    pub fn from_setting(setting: &str, dir: &Path) -> Result<Media, CommandError> {
        if setting == "local" {
            return Ok(Media::local(dir));
        }
        let Some(bucket) = setting.strip_prefix("s3://").filter(|b| !b.is_empty()) else {
            return Err(CommandError::Refused(format!(
                "--media-store {setting:?}: use `local` or `s3://BUCKET`"
            )));
        };
        let store = media::S3Store::new(bucket.trim_end_matches('/'), None)
            .map_err(CommandError::Refused)?;
        Ok(Media {
            store: Arc::new(store),
            folder: None,
        })
    }
}

/// `GET /media/{*name}` from the store (for stores that are not a local folder).
async fn media_from_store(
    store: Arc<dyn media::MediaStore>,
    name: &str,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    match store.get(name).await {
        Ok(Some(bytes)) => (
            [
                (http::header::CONTENT_TYPE, "image/jpeg"),
                (
                    http::header::CACHE_CONTROL,
                    "public, max-age=31536000, immutable",
                ),
            ],
            bytes,
        )
            .into_response(),
        Ok(None) => http::StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, name, "reading a photo from the store");
            http::StatusCode::BAD_GATEWAY.into_response()
        }
    }
}

/// Reads the catalogue's reference data once.
pub async fn router(
    db: DatabaseConnection,
    options: LeptosOptions,
    media: Media,
    public_origin: &str,
    limits: auth::RateLimits,
) -> Result<Router, CommandError> {
    let origin = PublicOrigin(public_origin.trim_end_matches('/').to_owned());
    let catalogue = Arc::new(Catalogue::new(&db).await?);
    let limiter = auth::LoginLimiter::new(limits);
    let open_data = crate::open_data::OpenData {
        db: db.clone(),
        catalogue: catalogue.clone(),
        origin: origin.clone(),
        limiter: auth::AddressLimiter::per_minute(limits.api_per_address_per_minute),
    };
    let downloads = crate::downloads::Downloads {
        db: db.clone(),
        catalogue: catalogue.clone(),
        origin: origin.clone(),
    };
    let sessions = auth::layer(db.clone(), origin.0.starts_with("https://"));
    let allowed_origin = auth::cross_site::AllowedOrigin(origin.0.clone());
    let store = media.store.clone();
    let uploads = crate::photo_upload::PhotoUploads {
        db: db.clone(),
        store: store.clone(),
    };
    let pages = Arc::new(crate::page_cache::PageCache::new(db.clone()).await);
    let routes = generate_route_list(App);
    // Pages, server functions and uploads: with the login session and the page cache.
    let app = Router::new()
        .route(
            "/saya/produk/{id}/foto",
            crate::photo_upload::listing_route(uploads.clone()),
        )
        .route(
            "/kelola/profil/foto",
            crate::photo_upload::pesantren_route(uploads.clone()),
        )
        .route(
            "/program/berita/{id}/foto",
            crate::photo_upload::news_route(uploads),
        )
        .route(
            "/kelola/impor/unggah",
            crate::product_import::upload_route(db.clone()),
        )
        .route(
            "/kelola/impor/templat.csv",
            crate::product_import::template_route(),
        )
        .merge(crate::downloads::routes(downloads))
        .leptos_routes_with_context(
            &options,
            routes,
            {
                let store = store.clone();
                move || {
                    provide_context(db.clone());
                    provide_context(catalogue.clone());
                    provide_context(origin.clone());
                    provide_context(limiter.clone());
                    provide_context(store.clone());
                }
            },
            {
                let options = options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler(shell))
        .layer(sessions);
    // Static files outside the session layer: a signed-in visitor's photos and client files do
    // not each load the session and the user from the database.
    let pkg = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    let app = app
        .route("/healthz", get(|| async { "ok" }))
        .nest("/api/v1", crate::open_data::router(open_data))
        // The client as compressed once at build time (`scripts/precompress.py`) when the
        // browser accepts it; otherwise plain, compressed per request by the layer below.
        .nest_service(
            "/pkg",
            ServeDir::new(pkg).precompressed_br().precompressed_gzip(),
        );
    let app = match &media.folder {
        Some(dir) => app.nest_service("/media", ServeDir::new(dir)),
        None => app.route(
            "/media/{*name}",
            get(
                move |axum::extract::Path(name): axum::extract::Path<String>| {
                    let store = store.clone();
                    async move { media_from_store(store, &name).await }
                },
            ),
        ),
    };
    let app = app
        .layer(axum::middleware::from_fn_with_state(
            allowed_origin,
            auth::cross_site::check,
        ))
        .layer(axum::middleware::map_response(html_cache_headers))
        .layer(axum::middleware::from_fn(remember_language))
        .with_state(options);
    // The page cache wraps the whole application as one service: `Router::layer` would wrap
    // every route, and each request would clone its route's whole layered stack (with the
    // Leptos options and contexts) before a cached page could be answered.
    Ok(Router::new()
        .fallback_service(app)
        .layer(axum::middleware::from_fn_with_state(
            pages,
            crate::page_cache::layer,
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http()))
}

/// Remembers a language chosen by URL (`?lang=en`) in a cookie, so the next page keeps it.
/// Set here, on the response to the very request that chose it: set through Leptos's
/// `ResponseOptions` during rendering, the cookie was seen on another, concurrent request's
/// response (about once in 60 paired browser navigations; see README).
async fn remember_language(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let (locale, chosen) = app::i18n::locale_for_headers(request.uri().query(), request.headers());
    let mut response = next.run(request).await;
    if chosen
        && let Ok(value) = http::HeaderValue::from_str(&format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            app::i18n::LOCALE_COOKIE,
            locale.tag()
        ))
    {
        response
            .headers_mut()
            .append(http::header::SET_COOKIE, value);
    }
    response
}

/// Pages depend on the language cookie and `Accept-Language` and on live data: browsers and
/// proxies must revalidate them and keep languages apart.
async fn html_cache_headers(mut response: axum::response::Response) -> axum::response::Response {
    use http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, VARY};
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        let headers = response.headers_mut();
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        headers.insert(VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    }
    response
}

/// Runs `opop serve` until SIGTERM or ctrl-c.
pub async fn run(
    database_url: &str,
    media_dir: &Path,
    args: ServeArgs,
) -> Result<(), CommandError> {
    let db = if args.skip_migrate {
        db::connect(database_url).await?
    } else {
        crate::open_and_migrate(database_url).await?
    };
    let options = leptos_options(&args.site_root, args.addr);
    let origin = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", args.addr));
    let media = Media::from_setting(&args.media_store, media_dir)?;
    let app = router(
        db.clone(),
        options,
        media,
        &origin,
        auth::RateLimits::default(),
    )
    .await?;
    spawn_session_cleanup(db.clone());
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .map_err(|source| CommandError::Bind {
            addr: args.addr,
            source,
        })?;
    let local = listener.local_addr().map_err(|source| CommandError::Bind {
        addr: args.addr,
        source,
    })?;
    tracing::info!(addr = %local, "opop listening on http://{local}");
    // Responses written in several pieces (static files: headers, then the file) otherwise
    // wait for the client's delayed ACK: 44 ms per request for `/pkg/opop.css`.
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::warn!(error = %e, "cannot set TCP_NODELAY on a connection");
        }
    });
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|source| CommandError::Io {
        context: "serving HTTP".into(),
        source,
    })?;
    tracing::info!("shutting down");
    db.close().await?;
    Ok(())
}

/// Deletes expired login sessions once an hour.
fn spawn_session_cleanup(db: DatabaseConnection) {
    let store = auth::DbSessionStore::new(db);
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            match store.delete_expired().await {
                Ok(n) if n > 0 => tracing::info!(deleted = n, "expired sessions deleted"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "deleting expired sessions failed"),
            }
        }
    });
}

/// Resolves on ctrl-c or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for ctrl-c");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sig) => {
                sig.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// Runs `opop migrate up | down | status`.
pub async fn migrate(database_url: &str, args: MigrateArgs) -> Result<(), CommandError> {
    let conn = db::connect::connect_one(database_url).await?;
    match args.direction {
        MigrateDirection::Up => {
            db::migration::up(&conn, args.steps)
                .await
                .map_err(CommandError::Migration)?;
        }
        MigrateDirection::Down => {
            db::migration::down(&conn, args.steps)
                .await
                .map_err(CommandError::Migration)?;
        }
        MigrateDirection::Status => {}
    }
    for (name, applied) in db::migration::status(&conn)
        .await
        .map_err(CommandError::Migration)?
    {
        println!("{} {name}", if applied { "applied" } else { "pending" });
    }
    conn.close().await?;
    Ok(())
}

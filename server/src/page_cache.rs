//! Whole rendered pages of the public catalogue, kept in memory: `/produk` (every filter set),
//! product pages and the pesantren directory and profiles, as an anonymous visitor sees them.
//!
//! An entry is keyed by language and URL and tagged with the catalogue version read *before*
//! the page was rendered; every request reads the current version (one indexed row; triggers
//! bump it on any change to products, photos or pesantren, from any instance), and an entry
//! with another version is rendered again. So a write is never followed by a stale page: any
//! change after the version was read makes the entry's tag old.
//!
//! Not cached: anyone with a session cookie (the header shows their account), responses that
//! set a cookie (`?lang=`), anything but a 200, and other pages (the home page also shows news).

use app::i18n::locale_for_headers;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, Method, StatusCode, header};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Most pages kept; when full, the cache starts over (a catalogue page is about 60 KB).
pub const MAX_ENTRIES: usize = 2_000;
/// Largest page kept.
const MAX_BODY: usize = 1024 * 1024;

struct Entry {
    version: i64,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

/// The cache and the database whose catalogue version validates it.
pub struct PageCache {
    db: db::DatabaseConnection,
    entries: RwLock<HashMap<String, Arc<Entry>>>,
}

impl PageCache {
    /// An empty cache over this database.
    pub fn new(db: db::DatabaseConnection) -> PageCache {
        PageCache {
            db,
            entries: RwLock::new(HashMap::new()),
        }
    }
}

fn is_catalogue_path(path: &str) -> bool {
    path == "/produk"
        || path == "/pesantren"
        || path
            .strip_prefix("/produk/")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        || path
            .strip_prefix("/pesantren/")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
}

fn has_session_cookie(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|c| c.trim().starts_with(auth::SESSION_COOKIE))
}

/// The cache key of a request, or `None` when the request is not cached.
fn key(request: &Request) -> Option<String> {
    let uri = request.uri();
    if request.method() != Method::GET
        || !is_catalogue_path(uri.path())
        || has_session_cookie(request.headers())
    {
        return None;
    }
    let (locale, chosen_by_url) = locale_for_headers(uri.query(), request.headers());
    if chosen_by_url {
        return None;
    }
    Some(format!(
        "{}|{}",
        locale.tag(),
        uri.path_and_query().map_or("", |p| p.as_str())
    ))
}

/// Says whether a page came from the cache (`hit`) or was rendered (`miss`).
pub const CACHE_HEADER: &str = "x-page-cache";

fn respond(entry: &Entry, hit: bool) -> Response {
    let mut response = Response::new(Body::from(entry.body.clone()));
    *response.status_mut() = entry.status;
    *response.headers_mut() = entry.headers.clone();
    response.headers_mut().insert(
        CACHE_HEADER,
        http::HeaderValue::from_static(if hit { "hit" } else { "miss" }),
    );
    response
}

/// The middleware.
pub async fn layer(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    let Some(key) = key(&request) else {
        return next.run(request).await;
    };
    let version = match db::queries::catalogue::version(&cache.db).await {
        Ok(v) => v,
        Err(e) => {
            tracing::warn!(error = %e, "reading the catalogue version; page not cached");
            return next.run(request).await;
        }
    };
    let hit = cache
        .entries
        .read()
        .ok()
        .and_then(|entries| entries.get(&key).filter(|e| e.version == version).cloned());
    if let Some(entry) = hit {
        return respond(&entry, true);
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "page too large or failed to buffer");
            let mut failed = Response::new(Body::empty());
            *failed.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            return failed;
        }
    };
    let entry = Arc::new(Entry {
        version,
        status: parts.status,
        headers: parts.headers,
        body,
    });
    if let Ok(mut entries) = cache.entries.write() {
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(key, entry.clone());
    }
    respond(&entry, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(uri: &str, headers: &[(&'static str, &str)]) -> Request {
        let mut r = Request::builder().uri(uri);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.body(Body::empty()).expect("request")
    }

    #[test]
    fn only_anonymous_catalogue_pages_are_cached_per_language() {
        assert_eq!(
            key(&request("/produk?q=kopi", &[])).as_deref(),
            Some("id|/produk?q=kopi")
        );
        assert_eq!(
            key(&request("/produk/kopi-1", &[("accept-language", "en-US")])).as_deref(),
            Some("en|/produk/kopi-1")
        );
        assert_eq!(
            key(&request("/pesantren", &[("cookie", "opop_lang=en")])).as_deref(),
            Some("en|/pesantren")
        );
        assert_eq!(key(&request("/produk?lang=en", &[])), None, "sets a cookie");
        assert_eq!(
            key(&request("/produk", &[("cookie", "opop_session=abc")])),
            None
        );
        assert_eq!(key(&request("/", &[])), None, "home shows news");
        assert_eq!(key(&request("/saya/produk", &[])), None);
        assert_eq!(key(&request("/produk/a/b", &[])), None);
        let mut post = request("/produk", &[]);
        *post.method_mut() = Method::POST;
        assert_eq!(key(&post), None);
    }
}

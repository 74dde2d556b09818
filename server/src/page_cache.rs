//! Whole rendered pages of the public catalogue, kept in memory: `/produk` (every filter set),
//! product pages and the pesantren directory and profiles, as an anonymous visitor sees them.
//!
//! An entry is keyed by language and URL and tagged with the catalogue version read *before*
//! the page was rendered; every request learns the current version (one indexed row; triggers
//! bump it on any change to products, photos or pesantren, from any process or instance) from
//! a read that started after the request arrived, and an entry with another version is rendered
//! again. So a write is never followed by a stale page: any change after the version was read
//! makes the entry's tag old. On an SQLite file the version is read on the serving thread by a
//! connection of the cache's own ([`db::catalogue_version::LocalVersion`], microseconds); on
//! PostgreSQL concurrent requests share reads through the pool ([`VersionReads`]): a hit then
//! costs a share of one read instead of a read of its own.
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
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use tokio::sync::watch;

/// Most pages kept; when full, the cache starts over (a catalogue page is about 60 KB).
pub const MAX_ENTRIES: usize = 2_000;
/// Largest page kept.
const MAX_BODY: usize = 1024 * 1024;

struct Entry {
    version: i64,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// The body compressed, made on the first hit that accepts it and kept with the entry:
    /// compressing on every hit cost more than everything else a hit does (4.7k req/s with
    /// brotli against 66k plain, bench/README.md).
    brotli: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
}

/// The compressed forms a cached page is kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    fn name(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }
}

/// The best encoding a request accepts: brotli, else gzip, else none (`;q=0` refuses one).
fn accepted_encoding(headers: &HeaderMap) -> Option<Encoding> {
    let mut gzip = false;
    let values = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok());
    for item in values.flat_map(|v| v.split(',')) {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let refused = parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        if refused {
            continue;
        }
        if name.eq_ignore_ascii_case("br") {
            return Some(Encoding::Brotli);
        }
        gzip |= name.eq_ignore_ascii_case("gzip");
    }
    gzip.then_some(Encoding::Gzip)
}

/// Compresses a whole body into one encoding.
type Compressor = fn(&[u8]) -> std::io::Result<Vec<u8>>;

impl Entry {
    /// The body in this encoding, compressed once.
    fn compressed(&self, encoding: Encoding) -> Option<Bytes> {
        use std::io::Write;
        let (cell, compress): (_, Compressor) = match encoding {
            Encoding::Brotli => (&self.brotli, |body| {
                let mut out = brotli::CompressorWriter::new(Vec::new(), 4096, 6, 22);
                out.write_all(body)?;
                out.flush()?;
                Ok(out.into_inner())
            }),
            Encoding::Gzip => (&self.gzip, |body| {
                let mut out =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                out.write_all(body)?;
                out.finish()
            }),
        };
        if let Some(done) = cell.get() {
            return Some(done.clone());
        }
        match compress(&self.body) {
            Ok(bytes) => Some(cell.get_or_init(|| Bytes::from(bytes)).clone()),
            Err(e) => {
                tracing::warn!(error = %e, "compressing a cached page; sent plain");
                None
            }
        }
    }
}

/// The cache and the database whose catalogue version validates it.
pub struct PageCache {
    versions: Versions,
    entries: RwLock<HashMap<String, Arc<Entry>>>,
}

/// Where the current catalogue version comes from.
enum Versions {
    /// Read on the calling thread (an SQLite file).
    Local(db::catalogue_version::LocalVersion),
    /// Read through the pool, one read shared by concurrent requests.
    Shared(Arc<VersionReads>),
}

impl Versions {
    /// The version as of a moment after this call began.
    async fn current(&self) -> Result<i64, String> {
        match self {
            Versions::Local(local) => local.read(),
            Versions::Shared(reads) => reads.current().await,
        }
    }
}

impl PageCache {
    /// An empty cache over this database.
    pub async fn new(db: db::DatabaseConnection) -> PageCache {
        let versions = match db::catalogue_version::LocalVersion::for_database(&db).await {
            Some(local) => {
                tracing::debug!("page cache: catalogue version read on the serving thread");
                Versions::Local(local)
            }
            None => {
                tracing::debug!("page cache: catalogue version read through the pool");
                Versions::Shared(VersionReads::new(db))
            }
        };
        PageCache {
            versions,
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

fn respond(entry: &Entry, hit: bool, encoding: Option<Encoding>) -> Response {
    let compressed = encoding.and_then(|e| Some((e, entry.compressed(e)?)));
    let body = compressed
        .as_ref()
        .map_or_else(|| entry.body.clone(), |(_, bytes)| bytes.clone());
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = entry.status;
    let headers = response.headers_mut();
    *headers = entry.headers.clone();
    headers.remove(header::CONTENT_LENGTH);
    if let Some((encoding, _)) = compressed {
        headers.insert(
            header::CONTENT_ENCODING,
            http::HeaderValue::from_static(encoding.name()),
        );
    }
    // Whether compressed or not, the answer depends on Accept-Encoding.
    headers.append(
        header::VARY,
        http::HeaderValue::from_static("accept-encoding"),
    );
    headers.insert(
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
    let encoding = accepted_encoding(request.headers());
    let version = match cache.versions.current().await {
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
        return respond(&entry, true, encoding);
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
        brotli: OnceLock::new(),
        gzip: OnceLock::new(),
    });
    if let Ok(mut entries) = cache.entries.write() {
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(key, entry.clone());
    }
    respond(&entry, false, encoding)
}

/// The catalogue version, read once for many concurrent requests.
///
/// A request waits for a read that *started after it arrived* (so it sees every write committed
/// before it arrived, from any process or instance), and starts one when none is running. One
/// read runs at a time: under load, the requests that arrive while a read runs all share the next
/// one, so the number of reads per second is bounded by their latency, not by the request rate.
struct VersionReads {
    db: db::DatabaseConnection,
    started: Mutex<Started>,
    finished: watch::Sender<Finished>,
}

/// Reads started so far, and whether one is running.
struct Started {
    count: u64,
    running: bool,
}

/// The last read to finish: its number (in start order) and what it gave.
#[derive(Clone)]
struct Finished {
    number: u64,
    version: Result<i64, String>,
}

impl VersionReads {
    fn new(db: db::DatabaseConnection) -> Arc<VersionReads> {
        Arc::new(VersionReads {
            db,
            started: Mutex::new(Started {
                count: 0,
                running: false,
            }),
            finished: watch::Sender::new(Finished {
                number: 0,
                version: Ok(0),
            }),
        })
    }

    /// The version as of a moment after this call began.
    async fn current(self: &Arc<Self>) -> Result<i64, String> {
        let mut finished = self.finished.subscribe();
        let needed = self.lock().count + 1;
        loop {
            {
                let last = finished.borrow_and_update();
                if last.number >= needed {
                    return last.version.clone();
                }
            }
            let number = {
                let mut started = self.lock();
                (!started.running).then(|| {
                    started.running = true;
                    started.count += 1;
                    started.count
                })
            };
            if let Some(number) = number {
                // A task of its own, so a request that goes away cannot leave the read half done.
                let reads = self.clone();
                tokio::spawn(async move {
                    let version = db::queries::catalogue::version(&reads.db)
                        .await
                        .map_err(|e| e.to_string());
                    reads.lock().running = false;
                    reads.finished.send_replace(Finished { number, version });
                });
            }
            if finished.changed().await.is_err() {
                return Err("the version reader is gone".into());
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Started> {
        self.started
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
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

    #[test]
    fn a_cached_page_is_compressed_once_in_the_best_accepted_encoding() {
        let accepts = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, v.parse().expect("header"));
            accepted_encoding(&h)
        };
        assert_eq!(accepts("gzip, deflate, br, zstd"), Some(Encoding::Brotli));
        assert_eq!(accepts("gzip;q=1.0, br;q=0"), Some(Encoding::Gzip));
        assert_eq!(accepts("identity"), None);
        assert_eq!(accepted_encoding(&HeaderMap::new()), None);

        let page = "<p>Kopi Robusta Lereng Ijen</p>".repeat(200);
        let entry = Entry {
            version: 1,
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from(page.clone()),
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
        };
        let br = entry.compressed(Encoding::Brotli).expect("brotli");
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut plain).expect("decompress");
        assert_eq!(plain, page.as_bytes());
        assert!(br.len() < page.len() / 10, "{} bytes", br.len());
        assert_eq!(
            entry.compressed(Encoding::Brotli).map(|b| b.as_ptr()),
            Some(br.as_ptr()),
            "compressed once, then kept"
        );
        let gz = entry.compressed(Encoding::Gzip).expect("gzip");
        let mut plain = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut plain)
            .expect("gunzip");
        assert_eq!(plain, page);
        let response = respond(&entry, true, Some(Encoding::Gzip));
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_ENCODING)
                .map(|v| v.as_bytes()),
            Some(&b"gzip"[..])
        );
    }

    #[tokio::test]
    async fn concurrent_requests_share_version_reads_and_see_every_write() {
        use sea_orm::ConnectionTrait;
        let db = crate::open_and_migrate("sqlite::memory:")
            .await
            .expect("database");
        let reads = VersionReads::new(db.clone());
        let first = reads.current().await.expect("version");
        db.execute_unprepared("UPDATE catalogue_version SET version = version + 1 WHERE id = 1")
            .await
            .expect("write");
        assert_eq!(
            reads.current().await,
            Ok(first + 1),
            "a write committed before the call is seen"
        );
        let before = reads.lock().count;
        let all = futures::future::join_all((0..200).map(|_| reads.current())).await;
        assert!(all.iter().all(|v| *v == Ok(first + 1)), "{all:?}");
        let used = reads.lock().count - before;
        assert!(
            (1..=2).contains(&used),
            "200 concurrent requests shared {used} reads"
        );
    }
}

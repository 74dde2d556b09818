//! Test helpers: throw-away databases and the whole application served on a free port.

use db::DatabaseConnection;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A throw-away database; PostgreSQL ones are dropped by [`TestDb::drop_database`].
pub struct TestDb {
    /// URL to connect to.
    pub url: String,
    admin_url: Option<String>,
    name: String,
}

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!(
        "{prefix}_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A folder for this test run below `target/`.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique(name));
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Demo photos shared by all tests (the generator skips files that exist).
pub fn media_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("opop-test-media")
}

impl TestDb {
    /// A fresh SQLite file.
    pub fn sqlite() -> TestDb {
        let dir = scratch_dir("sqlite");
        TestDb {
            url: format!("sqlite://{}?mode=rwc", dir.join("opop.sqlite").display()),
            admin_url: None,
            name: String::new(),
        }
    }

    /// A fresh PostgreSQL database, or `None` when no server is configured for tests.
    /// With `OPOP_REQUIRE_POSTGRES=1` (as CI sets it) a missing server fails the test.
    pub async fn postgres() -> Option<TestDb> {
        let Ok(admin_url) = std::env::var("OPOP_TEST_POSTGRES_URL") else {
            assert!(
                std::env::var("OPOP_REQUIRE_POSTGRES").is_err(),
                "OPOP_REQUIRE_POSTGRES is set but OPOP_TEST_POSTGRES_URL is not"
            );
            eprintln!(
                "PostgreSQL not configured (OPOP_TEST_POSTGRES_URL): skipping the PostgreSQL half"
            );
            return None;
        };
        let name = unique("opop_test");
        let admin = db::connect(&admin_url).await.expect("PostgreSQL reachable");
        use sea_orm::ConnectionTrait;
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create database");
        admin.close().await.expect("close admin connection");
        let mut url = url::Url::parse(&admin_url).expect("valid OPOP_TEST_POSTGRES_URL");
        url.set_path(&name);
        Some(TestDb {
            url: url.to_string(),
            admin_url: Some(admin_url),
            name,
        })
    }

    /// Drops a PostgreSQL test database (SQLite files stay under `target/` for inspection).
    pub async fn drop_database(self) {
        if let Some(admin_url) = self.admin_url {
            use sea_orm::ConnectionTrait;
            let admin = db::connect(&admin_url).await.expect("PostgreSQL reachable");
            admin
                .execute_unprepared(&format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                ))
                .await
                .expect("drop database");
            admin.close().await.expect("close admin connection");
        }
    }
}

/// The application serving on a free local port.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The application's database.
    pub db: DatabaseConnection,
    /// An HTTP client that keeps no cookies.
    pub http: reqwest::Client,
}

impl TestApp {
    /// Migrates the database, optionally loads `products` demo products, and serves, with
    /// login rate limits high enough for tests that log in many times.
    pub async fn spawn(url: &str, demo_products: Option<u32>) -> TestApp {
        let generous = auth::RateLimits {
            per_address_per_minute: 10_000,
            per_account_per_minute: 10_000,
            api_per_address_per_minute: 10_000,
        };
        TestApp::spawn_with(url, demo_products, generous, None).await
    }

    /// As [`TestApp::spawn`], with these login rate limits.
    pub async fn spawn_with_limits(
        url: &str,
        demo_products: Option<u32>,
        limits: auth::RateLimits,
    ) -> TestApp {
        TestApp::spawn_with(url, demo_products, limits, None).await
    }

    /// As [`TestApp::spawn`], with these login rate limits and photo store (default: the
    /// shared test media folder).
    pub async fn spawn_with(
        url: &str,
        demo_products: Option<u32>,
        limits: auth::RateLimits,
        media: Option<opop::serve::Media>,
    ) -> TestApp {
        let db = opop::open_and_migrate(url).await.expect("open and migrate");
        if let Some(n) = demo_products {
            opop::seed::load_demo(&db, &media_dir(), n, false)
                .await
                .expect("load demo data");
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("local addr");
        let options = opop::serve::leptos_options(std::path::Path::new("target/site"), addr);
        let router = opop::serve::router(
            db.clone(),
            options,
            media.unwrap_or_else(|| opop::serve::Media::local(&media_dir())),
            &format!("http://{addr}"),
            limits,
        )
        .await
        .expect("router");
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await
        });
        let http = reqwest::Client::builder().build().expect("http client");
        TestApp {
            base: format!("http://{addr}"),
            db,
            http,
        }
    }

    /// GET a path; returns status, headers and body.
    pub async fn get(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (u16, reqwest::header::HeaderMap, String) {
        let mut request = self.http.get(format!("{}{path}", self.base));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        (status, headers, response.text().await.expect("body"))
    }
}

/// A browser-like client with its own cookie jar: posts forms with the site's `Origin` (as a
/// browser does) and follows no redirects, so tests see each answer.
pub struct Browser {
    base: String,
    http: reqwest::Client,
}

impl Browser {
    /// A new browser with an empty cookie jar.
    pub fn new(app: &TestApp) -> Browser {
        Browser {
            base: app.base.clone(),
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("http client"),
        }
    }

    /// POSTs a form to a server function as a script would (JSON answer); returns status,
    /// headers and body.
    pub async fn post(
        &self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (u16, reqwest::header::HeaderMap, String) {
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .header("origin", &self.base)
            .form(form)
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        (status, headers, response.text().await.expect("body"))
    }

    /// POSTs a file as a multipart form field (as a browser's file upload does); returns
    /// status and the `Location` of the redirect.
    pub async fn upload(&self, path: &str, field: &str, bytes: Vec<u8>) -> (u16, String) {
        let part = reqwest::multipart::Part::bytes(bytes).file_name("foto.jpg");
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .header("origin", &self.base)
            .multipart(reqwest::multipart::Form::new().part(field.to_owned(), part))
            .send()
            .await
            .expect("request");
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (response.status().as_u16(), location)
    }

    /// GET a page; returns status and body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request");
        (
            response.status().as_u16(),
            response.text().await.expect("body"),
        )
    }

    /// GET a file; returns status, headers and the bytes.
    pub async fn get_bytes(&self, path: &str) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        (
            status,
            headers,
            response.bytes().await.expect("body").to_vec(),
        )
    }

    /// Logs in; panics if refused.
    pub async fn login(&self, email: &str, password: &str) {
        let (status, _, body) = self
            .post(
                "/api/login",
                &[("email", email), ("password", password), ("next", "/")],
            )
            .await;
        assert_eq!((status, body.as_str()), (200, "null"), "login of {email}");
    }

    /// The signed-in user's id, if any.
    pub async fn user_id(&self) -> Option<i64> {
        let (status, _, body) = self.post("/api/viewer", &[]).await;
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        v.get("id").and_then(serde_json::Value::as_i64)
    }
}

/// A real JPEG of `w` × `h` pixels.
pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 200) as u8, (y % 200) as u8, 120])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .expect("encode");
    out.into_inner()
}

/// A filled-in checkout, for tests that place orders directly.
pub fn a_checkout() -> domain::checkout::ValidCheckout {
    domain::checkout::ValidCheckout {
        name: "Pembeli".into(),
        phone: "6281234567890".into(),
        region: domain::checkout::ShippingRegion::Outside,
        address: "Jl. Uji 1".into(),
        note: None,
    }
}

/// Runs an async check `fn(&str)` against a fresh SQLite file and, when configured, a fresh
/// PostgreSQL database: `on_both_backends!(check_name);` makes `sqlite_check_name` and
/// `postgres_check_name` tests.
macro_rules! on_both_backends {
    ($($check:ident),+ $(,)?) => {
        $(
            ::paste::paste! {
                #[tokio::test]
                async fn [<sqlite_ $check>]() {
                    $check(&$crate::support::TestDb::sqlite().url).await;
                }

                #[tokio::test]
                async fn [<postgres_ $check>]() {
                    if let Some(db) = $crate::support::TestDb::postgres().await {
                        $check(&db.url).await;
                        db.drop_database().await;
                    }
                }
            }
        )+
    };
}
pub(crate) use on_both_backends;

//! Server-only accounts for opop: password hashing, login sessions stored in the database (so
//! several server instances share them), the login backend for `axum-login`, rate limits on
//! login and registration, and the check that refuses cross-site state-changing requests.

pub mod backend;
pub mod cross_site;
pub mod password;
pub mod rate_limit;
pub mod session_store;

pub use backend::{Backend, Credentials, User};
pub use rate_limit::{AddressLimiter, LoginLimiter, RateLimits};
pub use session_store::DbSessionStore;

/// The login session of a request (`leptos_axum::extract::<AuthSession>()`).
pub type AuthSession = axum_login::AuthSession<Backend>;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "opop_session";

/// A session ends after this long without a request.
pub const IDLE_EXPIRY: time::Duration = time::Duration::days(14);

/// The session and login layer for the router. Cookies are `HttpOnly`, `SameSite=Lax`, and
/// `Secure` when the site is served over https (`secure`).
pub fn layer(
    db: db::DatabaseConnection,
    secure: bool,
) -> axum_login::AuthManagerLayer<Backend, DbSessionStore> {
    use tower_sessions::{Expiry, SessionManagerLayer, cookie::SameSite};
    let sessions = SessionManagerLayer::new(DbSessionStore::new(db.clone()))
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(IDLE_EXPIRY));
    axum_login::AuthManagerLayerBuilder::new(Backend::new(db), sessions).build()
}

/// 32 random bytes from the operating system, URL-safe hex: invite links, unguessable secrets.
pub fn random_token() -> String {
    use rand::TryRngCore;
    let mut bytes = [0u8; 32];
    if let Err(e) = rand::rngs::OsRng.try_fill_bytes(&mut bytes) {
        // Without the OS generator there is no safe token; fail loudly rather than weakly.
        panic!("the operating system's random generator failed: {e}");
    }
    hex(&bytes)
}

/// SHA-256 of a token, hex: what the database stores instead of the token itself.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

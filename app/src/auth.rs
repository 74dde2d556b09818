//! Who is signed in, what their role allows, and the short-lived messages ("flash") a form post
//! leaves in the session for the page it redirects back to.
//!
//! Every state-changing form on the site is a plain `<form method="post">` to a server
//! function. It works the same with JavaScript off; after hydration the pages add inline
//! validation as the user types. A server function answers a browser's form post with a
//! redirect: to the next page on success, back to the form (its input and messages in the
//! flash) on failure.

use crate::error::AppError;
use domain::{AccountError, ListingErrors, ListingInput, Viewer};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in user, if any (for the header).
#[server(endpoint = "viewer")]
pub async fn get_viewer() -> Result<Option<Viewer>, AppError> {
    Ok(server::session().await?.user.map(|u| u.viewer()))
}

/// Why a login was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginProblem {
    /// Unknown email or wrong password (never says which).
    WrongCredentials,
    /// Too many attempts from this address or for this account.
    TooManyAttempts,
}

/// What a form post leaves for the page it returns to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Flash {
    /// The login form as typed, and why it was refused.
    Login {
        /// Email as typed.
        email: String,
        /// Why.
        problem: LoginProblem,
    },
    /// The registration form as typed, and what was refused.
    Register {
        /// Name as typed.
        name: String,
        /// Email as typed.
        email: String,
        /// Refused fields (`"name"`, `"email"`, `"password"`) with their problems.
        errors: Vec<(String, AccountError)>,
        /// Too many attempts.
        rate_limited: bool,
    },
    /// The password change was refused.
    Password {
        /// The current password was wrong.
        current_wrong: bool,
        /// What is wrong with the new one.
        problem: Option<AccountError>,
    },
    /// The listing form as typed, and its refused fields.
    Listing {
        /// The product edited (`None` for a new one).
        id: Option<i32>,
        /// The form as typed.
        input: Box<ListingInput>,
        /// Its refused fields.
        errors: ListingErrors,
    },
    /// The pesantren profile form as typed, and its refused fields.
    Profile {
        /// The form as typed.
        input: Box<domain::pesantren_form::ProfileInput>,
        /// Its refused fields.
        errors: Vec<(
            domain::pesantren_form::ProfileField,
            domain::pesantren_form::ProfileProblem,
        )>,
    },
    /// The checkout form as typed, its refused fields, and why no order was placed.
    Checkout {
        /// The form as typed.
        input: Box<domain::checkout::CheckoutInput>,
        /// Its refused fields.
        errors: Vec<(
            domain::checkout::CheckoutField,
            domain::checkout::CheckoutProblem,
        )>,
        /// Why no order was placed, when the form itself was fine.
        refusal: Option<domain::checkout::CheckoutRefusal>,
    },
    /// The news editor as typed, and its refused fields.
    News {
        /// The post edited (`None` for a new one).
        id: Option<i32>,
        /// The form as typed.
        input: Box<domain::news::NewsInput>,
        /// Its refused fields.
        errors: Vec<(domain::news::NewsField, domain::news::NewsProblem)>,
    },
    /// A one-line message on the next page.
    Notice(FlashNotice),
}

/// One-line messages after a form post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FlashNotice {
    /// A listing was saved.
    ListingSaved,
    /// The password was changed.
    PasswordChanged,
    /// A decision was recorded.
    Done,
    /// A rejection needs a reason.
    RejectReasonMissing,
    /// The listing is no longer waiting for a decision.
    DecisionStale,
    /// A seller was removed.
    SellerRemoved,
    /// A new invite link (shown once).
    InviteLink(String),
    /// A photo was added.
    PhotoAdded,
    /// A photo was refused, and why.
    PhotoRefused(domain::media::PhotoProblem),
    /// A product went into the cart.
    AddedToCart,
    /// The cart changed.
    CartUpdated,
    /// A product did not go into the cart, and why.
    CartRefused(domain::cart::CartProblem),
    /// Orders were placed (how many).
    OrdersPlaced(usize),
    /// An order moved to this status.
    OrderNow(domain::OrderStatus),
    /// An action on an order was refused, and why.
    OrderRefused(domain::OrderRefusal),
    /// A listing cannot be approved before the programme verifies the pesantren.
    PesantrenUnverified,
    /// A pesantren was verified or refused.
    VerificationDone,
    /// A refusal needs a note.
    NoteMissing,
    /// A product's curation was saved (how many fields changed).
    Curated(usize),
    /// A target was saved.
    TargetSaved,
    /// A target was refused.
    TargetInvalid,
    /// A news post was saved.
    NewsSaved,
    /// An uploaded product file was refused, and why.
    ImportRefused(domain::import::FileProblem),
    /// Products were imported (how many).
    Imported(usize),
    /// That file was imported before; nothing was imported again.
    ImportAlreadyDone,
    /// Something failed; try again.
    Failed,
}

/// Server-side helpers of the server functions.
#[cfg(feature = "ssr")]
pub mod server {
    use super::Flash;
    use crate::error::AppError;
    use domain::{Role, Viewer};

    const FLASH_KEY: &str = "flash";

    /// The request's login session.
    pub async fn session() -> Result<auth::AuthSession, AppError> {
        leptos_axum::extract::<auth::AuthSession>()
            .await
            .map_err(|e| AppError::internal("reading the login session", e))
    }

    /// The signed-in user, or 401.
    pub async fn signed_in() -> Result<Viewer, AppError> {
        session()
            .await?
            .user
            .map(|u| u.viewer())
            .ok_or_else(|| AppError::Unauthorized.answer())
    }

    /// The signed-in pesantren admin's pesantren; 401 or 403 for anyone else.
    pub async fn pesantren_admin() -> Result<i32, AppError> {
        with_role(&[Role::PesantrenAdmin])
            .await?
            .pesantren_id
            .ok_or_else(|| AppError::Forbidden.answer())
    }

    /// The signed-in user if their role is one of `roles`; 401 or 403 otherwise.
    pub async fn with_role(roles: &[Role]) -> Result<Viewer, AppError> {
        let viewer = signed_in().await?;
        if roles.contains(&viewer.role) {
            Ok(viewer)
        } else {
            Err(AppError::Forbidden.answer())
        }
    }

    /// Leaves a message for the next page of this session.
    pub async fn set_flash(flash: &Flash) -> Result<(), AppError> {
        session()
            .await?
            .session
            .insert(FLASH_KEY, flash)
            .await
            .map_err(|e| AppError::internal("storing a flash message", e))
    }

    /// Takes the message left for this page, if any (it is shown once).
    pub async fn take_flash() -> Option<Flash> {
        let session = session().await.ok()?;
        match session.session.remove::<Flash>(FLASH_KEY).await {
            Ok(flash) => flash,
            Err(e) => {
                tracing::warn!(error = %e, "unreadable flash message dropped");
                None
            }
        }
    }

    /// The client's address (for rate limits).
    pub async fn client_address() -> std::net::IpAddr {
        use axum::extract::ConnectInfo;
        leptos_axum::extract::<ConnectInfo<std::net::SocketAddr>>()
            .await
            .map(|ConnectInfo(addr)| addr.ip())
            .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
    }

    /// The login rate limiter.
    pub fn limiter() -> Result<auth::LoginLimiter, AppError> {
        leptos::prelude::use_context::<auth::LoginLimiter>()
            .ok_or_else(|| AppError::internal("context", "no login rate limiter"))
    }

    /// Redirects the browser (303-style after a form post; a header for script calls).
    pub fn go(path: &str) {
        leptos_axum::redirect(path);
    }

    /// A local path to return to after login: only paths on this site (`/...`, not `//host`).
    pub fn safe_next(next: &str) -> String {
        if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
            next.to_owned()
        } else {
            "/".to_owned()
        }
    }
}

/// The signed-in user, loaded once per page for the header and the pages.
pub fn use_viewer() -> Resource<Result<Option<Viewer>, AppError>> {
    if let Some(r) = use_context::<Resource<Result<Option<Viewer>, AppError>>>() {
        return r;
    }
    let r = Resource::new(|| (), |_| get_viewer());
    provide_context(r);
    r
}

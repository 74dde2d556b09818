//! What the server puts into every request's context, and typed access to it.

/// The site's public origin (`https://opop.example`), for absolute URLs in shared links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicOrigin(pub String);

/// The database connection (server only).
#[cfg(feature = "ssr")]
pub fn database() -> Result<db::DatabaseConnection, crate::error::AppError> {
    leptos::prelude::use_context::<db::DatabaseConnection>()
        .ok_or_else(|| crate::error::AppError::internal("context", "no database connection"))
}

/// The catalogue service with its result cache (server only).
#[cfg(feature = "ssr")]
pub fn catalogue()
-> Result<std::sync::Arc<db::queries::catalogue::Catalogue>, crate::error::AppError> {
    leptos::prelude::use_context::<std::sync::Arc<db::queries::catalogue::Catalogue>>()
        .ok_or_else(|| crate::error::AppError::internal("context", "no catalogue service"))
}

/// The public origin, or an empty string (relative links) when none was configured.
#[cfg(feature = "ssr")]
pub fn public_origin() -> String {
    leptos::prelude::use_context::<PublicOrigin>()
        .map(|o| o.0)
        .unwrap_or_default()
}

/// Where photos are stored (server only).
#[cfg(feature = "ssr")]
pub fn media_store() -> Result<std::sync::Arc<dyn media::MediaStore>, crate::error::AppError> {
    leptos::prelude::use_context::<std::sync::Arc<dyn media::MediaStore>>()
        .ok_or_else(|| crate::error::AppError::internal("context", "no media store"))
}

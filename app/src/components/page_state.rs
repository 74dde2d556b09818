//! What a page shows while its data loads, and when loading failed.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Shown while a page's data loads.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="loading">{move || i18n.t().loading}</p> }
}

/// Shown when loading failed: a plain apology (the detail is in the server log) and, on the
/// server, status 500 so monitors and crawlers see the failure.
#[component]
pub fn LoadFailed() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    let i18n = use_i18n();
    view! { <p class="error" role="alert">{move || i18n.t().error_generic}</p> }
}

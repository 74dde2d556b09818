//! The 404 page, served with status 404.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// Shown for every unknown address.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t().not_found_title />
        <section class="not-found">
            <h1>{move || i18n.t().not_found_title}</h1>
            <p>{move || i18n.t().not_found_text}</p>
            <p>
                <a href="/">{move || i18n.t().back_home}</a>
            </p>
        </section>
    }
}

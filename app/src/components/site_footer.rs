//! The footer on every page.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The site footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.t().footer_text}</p>
            <p>
                <a href="/data">{move || i18n.t().footer_open_data}</a>
            </p>
        </footer>
    }
}

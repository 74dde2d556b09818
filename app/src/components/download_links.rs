//! "Download this list: Excel · CSV": links to a list's export with the list's current filters
//! (served by `server/src/downloads.rs`, outside the client-side router).

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Links to `{base}.xlsx?{query}` and `{base}.csv?{query}`; `query` is the list's filters as a
/// URL query string (without `?`, may be empty).
#[component]
pub fn DownloadLinks(base: &'static str, query: String) -> impl IntoView {
    let i18n = use_i18n();
    let href = move |ext: &str| {
        if query.is_empty() {
            format!("{base}.{ext}")
        } else {
            format!("{base}.{ext}?{query}")
        }
    };
    view! {
        <p class="download-links">
            {move || i18n.programme().download} " "
            <a href=href("xlsx") download rel="external">{move || i18n.programme().download_xlsx}</a>
            " · "
            <a href=href("csv") download rel="external">{move || i18n.programme().download_csv}</a>
        </p>
    }
}

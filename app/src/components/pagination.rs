//! Links to the pages of a result list.

use crate::i18n::use_i18n;
use domain::CatalogueQuery;
use leptos::prelude::*;

/// Previous / next and a window of page numbers around the current page. Links go to the
/// catalogue with the same filters, or, with `base`, to `base?hal=N` (a pesantren profile).
#[component]
pub fn Pagination(
    query: CatalogueQuery,
    pages: u32,
    #[prop(optional, into)] base: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = query.page;
    if pages <= 1 {
        return ().into_any();
    }
    let first = current.saturating_sub(2).max(1);
    let last = (current + 2).min(pages);
    let url = move |page: u32| match &base {
        Some(base) if page > 1 => format!("{base}?hal={page}"),
        Some(base) => base.clone(),
        None => query.with_page(page).url(),
    };
    let numbers: Vec<(u32, String)> = std::iter::once(1)
        .chain(first.max(2)..=last.min(pages - 1))
        .chain(std::iter::once(pages))
        .map(|n| (n, url(n)))
        .collect();
    let previous = (current > 1).then(|| url(current - 1));
    let next = (current < pages).then(|| url(current + 1));
    view! {
        <nav class="pagination" aria-label=move || i18n.t().pagination_label>
            {previous
                .map(|href| {
                    view! {
                        <a rel="prev" href=href>
                            {move || i18n.t().previous_page}
                        </a>
                    }
                })}
            {numbers
                .into_iter()
                .map(|(n, href)| {
                    if n == current {
                        view! {
                            <span class="current" aria-current="page">
                                {n}
                            </span>
                        }
                            .into_any()
                    } else {
                        view! { <a href=href>{n}</a> }.into_any()
                    }
                })
                .collect_view()}
            {next
                .map(|href| {
                    view! {
                        <a rel="next" href=href>
                            {move || i18n.t().next_page}
                        </a>
                    }
                })}
            <span class="page-of">{move || (i18n.t().page_of)(current, pages)}</span>
        </nav>
    }
    .into_any()
}

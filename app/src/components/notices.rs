//! The one-line explanations of corrections made to a URL.

use crate::i18n::{notice, use_i18n};
use domain::Notice;
use leptos::prelude::*;

/// Lists what was corrected, one sentence each.
#[component]
pub fn Notices(notices: Vec<Notice>) -> impl IntoView {
    let i18n = use_i18n();
    (!notices.is_empty()).then(|| {
        view! {
            <ul class="notices" role="status">
                {notices
                    .into_iter()
                    .map(|n| view! { <li>{move || notice(i18n.locale(), n)}</li> })
                    .collect_view()}
            </ul>
        }
    })
}

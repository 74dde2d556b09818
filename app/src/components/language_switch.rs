//! The language switch: a link to the same page with `?lang=` set to the other language. The
//! server answers in that language and remembers the choice in a cookie (`remember_language`
//! in the server), so it works the same with and without JavaScript.

use crate::i18n::{LOCALE_PARAM, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A link to the page in the other language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let other = i18n.locale().other();
    let mut query: Vec<String> = location
        .query
        .get_untracked()
        .into_iter()
        .filter(|(k, _)| k != LOCALE_PARAM)
        .map(|(k, v)| {
            let mut pair = form_urlencoded::Serializer::new(String::new());
            pair.append_pair(&k, &v);
            pair.finish()
        })
        .collect();
    query.push(format!("{LOCALE_PARAM}={}", other.tag()));
    let href = format!("{}?{}", location.pathname.get_untracked(), query.join("&"));
    view! {
        <a
            class="language-switch"
            href=href
            hreflang=other.tag()
            lang=other.tag()
            aria-label=i18n.t().switch_language_label
            data-testid="language-switch"
        >
            {i18n.t().switch_language}
        </a>
    }
}

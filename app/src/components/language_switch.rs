//! The language switch: a plain link (`?lang=en`) that works without JavaScript; after
//! hydration it switches in place, remembers the choice in a cookie and keeps the URL in step.

use crate::i18n::{LOCALE_PARAM, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A link to the page in the other language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = move || {
        let other = i18n.locale().other();
        let mut query: Vec<String> = location
            .query
            .get()
            .into_iter()
            .filter(|(k, _)| k != LOCALE_PARAM)
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        query.push(format!("{LOCALE_PARAM}={}", other.tag()));
        format!("{}?{}", location.pathname.get(), query.join("&"))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let next = i18n.locale().other();
        i18n.set(next);
        #[cfg(feature = "hydrate")]
        browser::remember(next);
    };
    view! {
        <a
            class="language-switch"
            href=href
            hreflang=move || i18n.locale().other().tag()
            aria-label=move || i18n.t().switch_language_label
            data-testid="language-switch"
            on:click=on_click
        >
            {move || i18n.t().switch_language}
        </a>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::i18n::{LOCALE_COOKIE, LOCALE_PARAM};
    use domain::Locale;
    use wasm_bindgen::JsCast;

    /// Sets the cookie, `<html lang>` and the `lang` parameter of the current URL.
    pub fn remember(locale: Locale) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        if let Ok(html_doc) = document.clone().dyn_into::<web_sys::HtmlDocument>() {
            let _ = html_doc.set_cookie(&format!(
                "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                locale.tag()
            ));
        }
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", locale.tag());
        }
        let location = window.location();
        let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
            return;
        };
        let mut query: Vec<String> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with(&format!("{LOCALE_PARAM}=")))
            .map(str::to_owned)
            .collect();
        query.push(format!("{LOCALE_PARAM}={}", locale.tag()));
        if let Ok(history) = window.history() {
            let url = format!("{path}?{}", query.join("&"));
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

//! The header on every page: the site's name, the language switch and the main navigation.

use crate::components::language_switch::LanguageSwitch;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The site header.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">"OPOP"</span>
                <span class="brand-text">
                    <span class="brand-name">{move || i18n.t().site_name}</span>
                    <span class="brand-tagline">{move || i18n.t().tagline}</span>
                </span>
            </a>
            <LanguageSwitch />
            <nav class="main-nav" aria-label=move || i18n.t().nav_label>
                <a href="/">{move || i18n.t().nav_home}</a>
                <a href="/produk">{move || i18n.t().nav_catalogue}</a>
                <a href="/pesantren">{move || i18n.t().nav_pesantren}</a>
            </nav>
        </header>
    }
}

//! The header on every page: the site's name, the language switch, the main navigation and the
//! account links (log in, or the signed-in user's pages and log out).

use crate::auth::use_viewer;
use crate::components::language_switch::LanguageSwitch;
use crate::i18n::use_i18n;
use domain::Role;
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
                <AccountLinks />
            </nav>
        </header>
    }
}

/// "Masuk / Daftar", or the signed-in user's pages and "Keluar".
#[component]
fn AccountLinks() -> impl IntoView {
    let i18n = use_i18n();
    let viewer = use_viewer();
    let location = leptos_router::hooks::use_location();
    // After logging in, back to the page the visitor was on.
    let login = move || {
        let here = location.pathname.get();
        if here == "/" || here.starts_with("/masuk") || here.starts_with("/daftar") {
            "/masuk".to_owned()
        } else {
            format!(
                "/masuk?next={}",
                form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>()
            )
        }
    };
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match viewer.await.ok().flatten() {
                    None => view! {
                        <a href=login>{move || i18n.t().nav_login}</a>
                        <a href="/daftar">{move || i18n.t().nav_register}</a>
                    }
                    .into_any(),
                    Some(v) => {
                        let lists = matches!(v.role, Role::Seller | Role::PesantrenAdmin);
                        let manages = v.role == Role::PesantrenAdmin;
                        view! {
                            {lists.then(|| view! { <a href="/saya/produk">{move || i18n.t().nav_my_products}</a> })}
                            {manages.then(|| view! { <a href="/kelola">{move || i18n.t().nav_manage}</a> })}
                            <a href="/akun" class="account-link">{move || i18n.t().nav_account}</a>
                            <form method="post" action="/api/logout" class="logout-form">
                                <button type="submit" class="button-link">{move || i18n.t().nav_logout}</button>
                            </form>
                        }
                        .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

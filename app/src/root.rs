//! The document shell, the router and the choice of language for each request.

use crate::components::{site_footer::SiteFooter, site_header::SiteHeader};
use crate::i18n::provide_i18n;
use crate::lazy_pages::{
    AccountRoute, CartRoute, CheckoutRoute, CurationRoute, ImportPreviewRoute, ImportRoute,
    IncomingOrdersRoute, ListingEditorRoute, LoginRoute, ManageProfileRoute, ManageRoute,
    MyOrdersRoute, MyProductsRoute, NewsAdminRoute, NewsEditorRoute, NewsListRoute, NewsPostRoute,
    OpenDataRoute, OrderRoute, PesantrenListRoute, PesantrenStatsRoute, ProgrammeRoute,
    RegisterRoute, VerificationRoute,
};
use crate::pages::{
    catalogue::CataloguePage, home::HomePage, not_found::NotFound,
    pesantren_directory::PesantrenDirectoryPage, pesantren_profile::PesantrenProfilePage,
    product::ProductPage,
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    Lazy, ParamSegment, SsrMode, StaticSegment,
    components::{Route, Router, Routes},
};

/// The whole HTML document, rendered on the server around [`App`].
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = request_locale().0;
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b6e4f" />
                <link rel="stylesheet" href="/pkg/opop.css" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: language, header, routes, footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // A language chosen by URL is remembered in a cookie by the server's `remember_language`
    // middleware, on this request's own response.
    let (locale, _) = request_locale();
    provide_i18n(locale);
    view! {
        <Router>
            <SiteHeader />
            <main id="main">
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async />
                    <Route path=StaticSegment("produk") view=CataloguePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("produk"), ParamSegment("slug")) view=ProductPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("pesantren") view=PesantrenDirectoryPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("pesantren"), ParamSegment("slug")) view=PesantrenProfilePage ssr=SsrMode::Async />
                    <Route path=StaticSegment("masuk") view={Lazy::<LoginRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("daftar") view={Lazy::<RegisterRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("akun") view={Lazy::<AccountRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("produk")) view={Lazy::<MyProductsRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("produk"), StaticSegment("baru")) view={Lazy::<ListingEditorRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("produk"), ParamSegment("id")) view={Lazy::<ListingEditorRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("kelola") view={Lazy::<ManageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("profil")) view={Lazy::<ManageProfileRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("pesanan")) view={Lazy::<IncomingOrdersRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("statistik")) view={Lazy::<PesantrenStatsRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("impor")) view={Lazy::<ImportRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("impor"), ParamSegment("id")) view={Lazy::<ImportPreviewRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("pesanan")) view={Lazy::<IncomingOrdersRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("program") view={Lazy::<ProgrammeRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("pesantren")) view={Lazy::<VerificationRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("produk")) view={Lazy::<CurationRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("keranjang") view={Lazy::<CartRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("keranjang"), StaticSegment("pesan")) view={Lazy::<CheckoutRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("pesanan") view={Lazy::<MyOrdersRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("data") view={Lazy::<OpenDataRoute>::new()} ssr=SsrMode::Async />
                    <Route path=StaticSegment("berita") view={Lazy::<NewsListRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("berita"), ParamSegment("slug")) view={Lazy::<NewsPostRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("daftar-pesantren")) view={Lazy::<PesantrenListRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("berita")) view={Lazy::<NewsAdminRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("berita"), StaticSegment("baru")) view={Lazy::<NewsEditorRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("berita"), ParamSegment("id")) view={Lazy::<NewsEditorRoute>::new()} ssr=SsrMode::Async />
                    <Route path=(StaticSegment("pesanan"), ParamSegment("id")) view={Lazy::<OrderRoute>::new()} ssr=SsrMode::Async />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}

/// The language of this request and whether the URL chose it (see [`crate::i18n::locale_for`]).
#[cfg(feature = "ssr")]
pub fn request_locale() -> (Locale, bool) {
    let Some(parts) = use_context::<http::request::Parts>() else {
        return (Locale::default(), false);
    };
    crate::i18n::locale_for_headers(parts.uri.query(), &parts.headers)
}

/// The language the server rendered the page in, read from `<html lang>`.
#[cfg(not(feature = "ssr"))]
pub fn request_locale() -> (Locale, bool) {
    #[cfg(feature = "hydrate")]
    let locale = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|tag| Locale::from_tag(&tag))
        .unwrap_or_default();
    #[cfg(not(feature = "hydrate"))]
    let locale = Locale::default();
    (locale, false)
}

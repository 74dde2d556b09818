//! The document shell, the router and the choice of language for each request.

use crate::components::{site_footer::SiteFooter, site_header::SiteHeader};
use crate::i18n::provide_i18n;
use crate::pages::{
    account::AccountPage,
    cart::CartPage,
    catalogue::CataloguePage,
    checkout::CheckoutPage,
    curation::CurationPage,
    home::HomePage,
    incoming_orders::IncomingOrdersPage,
    login::LoginPage,
    manage::ManagePage,
    manage_profile::ManageProfilePage,
    my_products::{ListingEditorPage, MyProductsPage},
    news::{NewsListPage, NewsPostPage},
    news_editor::{NewsAdminPage, NewsEditorPage},
    not_found::NotFound,
    open_data::OpenDataPage,
    orders::{MyOrdersPage, OrderPage},
    pesantren_directory::PesantrenDirectoryPage,
    pesantren_list::PesantrenListPage,
    pesantren_profile::PesantrenProfilePage,
    pesantren_stats::PesantrenStatsPage,
    product::ProductPage,
    product_import::{ImportPage, ImportPreviewPage},
    programme::ProgrammePage,
    register::RegisterPage,
    verification::VerificationPage,
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    ParamSegment, SsrMode, StaticSegment,
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
                <HydrationScripts options islands=true />
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
                    <Route path=StaticSegment("masuk") view=LoginPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("daftar") view=RegisterPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("akun") view=AccountPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("produk")) view=MyProductsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("produk"), StaticSegment("baru")) view=ListingEditorPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("produk"), ParamSegment("id")) view=ListingEditorPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("kelola") view=ManagePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("profil")) view=ManageProfilePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("pesanan")) view=IncomingOrdersPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("statistik")) view=PesantrenStatsPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("impor")) view=ImportPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("kelola"), StaticSegment("impor"), ParamSegment("id")) view=ImportPreviewPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("saya"), StaticSegment("pesanan")) view=IncomingOrdersPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("program") view=ProgrammePage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("pesantren")) view=VerificationPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("produk")) view=CurationPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("keranjang") view=CartPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("keranjang"), StaticSegment("pesan")) view=CheckoutPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("pesanan") view=MyOrdersPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("data") view=OpenDataPage ssr=SsrMode::Async />
                    <Route path=StaticSegment("berita") view=NewsListPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("berita"), ParamSegment("slug")) view=NewsPostPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("daftar-pesantren")) view=PesantrenListPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("berita")) view=NewsAdminPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("berita"), StaticSegment("baru")) view=NewsEditorPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("program"), StaticSegment("berita"), ParamSegment("id")) view=NewsEditorPage ssr=SsrMode::Async />
                    <Route path=(StaticSegment("pesanan"), ParamSegment("id")) view=OrderPage ssr=SsrMode::Async />
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

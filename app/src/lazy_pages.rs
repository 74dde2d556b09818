//! Pages whose code the browser loads only when someone opens them: accounts, sellers',
//! admins' and programme pages, cart and orders. The catalogue, product and pesantren pages
//! stay in the first download, which every buyer needs at once.
//!
//! Each is a `LazyRoute` (Leptos 0.8 code splitting, built with `cargo leptos build --split`):
//! its view function becomes a separate WASM chunk, fetched when the route is first visited
//! (and before hydration when the page is opened directly).

use crate::pages::{
    account::AccountPage,
    cart::CartPage,
    checkout::CheckoutPage,
    curation::CurationPage,
    incoming_orders::IncomingOrdersPage,
    login::LoginPage,
    manage::ManagePage,
    manage_profile::ManageProfilePage,
    my_products::{ListingEditorPage, MyProductsPage},
    news::{NewsListPage, NewsPostPage},
    news_editor::{NewsAdminPage, NewsEditorPage},
    open_data::OpenDataPage,
    orders::{MyOrdersPage, OrderPage},
    pesantren_list::PesantrenListPage,
    pesantren_stats::PesantrenStatsPage,
    product_import::{ImportPage, ImportPreviewPage},
    programme::ProgrammePage,
    register::RegisterPage,
    verification::VerificationPage,
};
use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

macro_rules! lazy_page {
    ($($(#[$doc:meta])* $route:ident => $page:ident),+ $(,)?) => {
        $(
            $(#[$doc])*
            #[derive(Clone, Copy)]
            pub struct $route;

            #[lazy_route]
            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                fn view(_this: Self) -> AnyView {
                    view! { <$page /> }.into_any()
                }
            }
        )+
    };
}

lazy_page!(
    /// `/masuk`.
    LoginRoute => LoginPage,
    /// `/daftar`.
    RegisterRoute => RegisterPage,
    /// `/akun`.
    AccountRoute => AccountPage,
    /// `/saya/produk`.
    MyProductsRoute => MyProductsPage,
    /// `/saya/produk/baru`, `/saya/produk/{id}`.
    ListingEditorRoute => ListingEditorPage,
    /// `/kelola`.
    ManageRoute => ManagePage,
    /// `/kelola/profil`.
    ManageProfileRoute => ManageProfilePage,
    /// `/kelola/pesanan`, `/saya/pesanan`.
    IncomingOrdersRoute => IncomingOrdersPage,
    /// `/kelola/statistik`.
    PesantrenStatsRoute => PesantrenStatsPage,
    /// `/program`.
    ProgrammeRoute => ProgrammePage,
    /// `/program/pesantren`.
    VerificationRoute => VerificationPage,
    /// `/program/produk`.
    CurationRoute => CurationPage,
    /// `/keranjang`.
    CartRoute => CartPage,
    /// `/keranjang/pesan`.
    CheckoutRoute => CheckoutPage,
    /// `/pesanan`.
    MyOrdersRoute => MyOrdersPage,
    /// `/berita`.
    NewsListRoute => NewsListPage,
    /// `/berita/{slug}`.
    NewsPostRoute => NewsPostPage,
    /// `/program/berita`.
    NewsAdminRoute => NewsAdminPage,
    /// `/program/berita/baru`, `/program/berita/{id}`.
    NewsEditorRoute => NewsEditorPage,
    /// `/kelola/impor`.
    ImportRoute => ImportPage,
    /// `/kelola/impor/{id}`.
    ImportPreviewRoute => ImportPreviewPage,
    /// `/program/daftar-pesantren`.
    PesantrenListRoute => PesantrenListPage,
    /// `/data`.
    OpenDataRoute => OpenDataPage,
    /// `/pesanan/{id}`.
    OrderRoute => OrderPage,
);

//! Domain words shared by the server and the browser: money, pillars, product states,
//! languages and the data the pages show. No I/O lives here, so the same rule runs on both sides.

pub mod account;
pub mod cart;
pub mod catalogue;
pub mod checkout;
mod coded;
pub mod curation;
pub mod dashboard;
pub mod home;
pub mod import;
pub mod listing;
pub mod locale;
pub mod media;
pub mod news;
pub mod order;
pub mod pesantren;
pub mod pesantren_form;
pub mod pesantren_list;
pub mod phone;
pub mod pillar;
pub mod product;
pub mod product_state;
pub mod rupiah;
pub mod search;
pub mod stats;
pub mod targets;
pub mod text;

pub use account::{AccountError, Email, Role, Viewer};
pub use catalogue::{CataloguePage, CatalogueQuery, CatalogueSort, FacetOption, Facets, Notice};
pub use dashboard::{
    CategoryOption, ListingEditor, ListingSummary, MyListings, PesantrenAdminPage, ReviewItem,
    SellerSummary,
};
pub use home::{HomeData, NewsSummary, ProductCard, ProgrammeProgress};
pub use listing::{ListingErrors, ListingField, ListingInput, ListingProblem, ValidListing};
pub use locale::Locale;
pub use order::{OrderAction, OrderDetail, OrderRefusal, OrderRole, OrderStatus, OrderSummary};
pub use pesantren::{DirectoryQuery, PesantrenDirectory, PesantrenProfile, PesantrenSummary};
pub use pillar::Pillar;
pub use product::{Photo, ProductDetail};
pub use product_state::{CurationLevel, HalalStatus, ListingState};
pub use rupiah::{Rupiah, RupiahError};

/// The province-wide target of the programme: flagship products ("produk unggulan").
pub const FLAGSHIP_TARGET: u32 = 1_000;

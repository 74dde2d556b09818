//! Read queries, one module per page.

pub mod cards;
pub mod catalogue;
pub mod home;
pub mod meta;
pub mod orders;
pub mod pesantren_list;
pub mod pesantren_pages;
pub mod pesantren_stats;
pub mod product_page;
pub mod programme;

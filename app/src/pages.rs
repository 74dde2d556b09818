//! One file per route.

pub mod account;
pub mod cart;
pub mod catalogue;
pub mod checkout;
pub mod curation;
pub mod home;
pub mod incoming_orders;
pub mod login;
pub mod manage;
pub mod manage_profile;
pub mod my_products;
pub mod news;
pub mod news_editor;
pub mod not_found;
pub mod open_data;
pub mod orders;
pub mod pesantren_directory;
pub mod pesantren_list;
pub mod pesantren_profile;
pub mod pesantren_stats;
pub mod product;
pub mod product_import;
pub mod programme;
pub mod register;
pub mod verification;

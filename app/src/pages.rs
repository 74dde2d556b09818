//! One file per route.

pub mod account;
pub mod catalogue;
pub mod home;
pub mod login;
pub mod manage;
pub mod manage_profile;
pub mod my_products;
pub mod not_found;
pub mod pesantren_directory;
pub mod pesantren_profile;
pub mod product;
pub mod register;

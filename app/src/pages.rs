//! One file per route.

pub mod catalogue;
pub mod home;
pub mod not_found;
pub mod pesantren_directory;
pub mod pesantren_profile;
pub mod product;

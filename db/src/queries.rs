//! Read queries, one module per page.

pub mod home;
pub mod meta;

//! Server-only persistence for opop: the sea-orm entities, the migrations and the queries.
//!
//! This crate is never compiled for the browser: sea-orm and the SQL drivers would bloat
//! (and break) the WASM client, so the `app` crate depends on it only under its `ssr` feature.

pub mod accounts;
pub mod cart;
pub mod catalogue_version;
pub mod connect;
pub mod curation;
pub mod entity;
pub mod import;
pub mod listings;
pub mod migration;
pub mod news;
pub mod orders;
pub mod photos;
pub mod queries;
pub mod wib;

pub use connect::{ConnectError, DatabaseKind, connect};
pub use migration::Migrator;
pub use sea_orm::{DatabaseConnection, DbErr};

//! The opop web application: pages, components, the i18n layer and the server functions they
//! call. Compiled twice: with `ssr` into the server (every page), with `hydrate` into the
//! browser client (only the islands, see [`islands`]).

// The catalogue's results are one deeply nested view type; laying out its async rendering
// needs more than rustc's default query depth (128).
#![recursion_limit = "256"]

pub mod auth;
#[cfg(feature = "ssr")]
pub mod cart_store;
pub mod components;
pub mod context;
pub mod error;
pub mod i18n;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod markdown;
pub mod pages;
pub mod root;

pub use root::{App, shell};

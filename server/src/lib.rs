//! The opop server: command line, HTTP server, migrations and demo data.
//! `main.rs` only parses the command line and reports errors; everything else lives here so
//! integration tests can start the real application in-process.

pub mod admin;
pub mod cli;
pub mod downloads;
pub mod export;
pub mod open_data;
pub mod page_cache;
pub mod photo_upload;
pub mod product_import;
pub mod seed;
pub mod serve;

use db::DatabaseConnection;

/// Opens the database and brings its schema up to date.
pub async fn open_and_migrate(url: &str) -> Result<DatabaseConnection, CommandError> {
    // Migrations run on one connection (see `db::connect::connect_one`), then the pool opens.
    let one = db::connect::connect_one(url).await?;
    db::migration::up(&one, None)
        .await
        .map_err(CommandError::Migration)?;
    if db::connect::is_in_memory(url) {
        // That one connection is the whole database.
        return Ok(one);
    }
    one.close().await?;
    Ok(db::connect(url).await?)
}

/// Why a command failed; printed as one line by `main`.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// The database could not be opened.
    #[error(transparent)]
    Connect(#[from] db::ConnectError),
    /// A migration failed.
    #[error("migration failed: {0}")]
    Migration(db::DbErr),
    /// A database query failed.
    #[error("database error: {0}")]
    Database(#[from] db::DbErr),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: std::net::SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// A file could not be written or read.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The request cannot be carried out as asked.
    #[error("{0}")]
    Refused(String),
}

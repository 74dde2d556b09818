//! Opening the database named by a URL: SQLite (the embedded default) or PostgreSQL.

use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::time::Duration;

/// How much of an SQLite database file is memory-mapped (more than the catalogue of 100,000
/// products needs; pages are mapped as they are read, not reserved).
const MMAP_BYTES: u64 = 512 * 1024 * 1024;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseKind {
    /// An SQLite file (or `sqlite::memory:`).
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// Why the database could not be opened. Each message fits on one line.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The URL is not one opop understands.
    #[error(
        "unsupported database URL {0:?}: use sqlite://path/to/file.sqlite?mode=rwc or postgres://user@host/database"
    )]
    UnsupportedUrl(String),
    /// The folder for an SQLite file could not be created.
    #[error("cannot create the folder for the SQLite database {path:?}: {source}")]
    Folder {
        /// The folder.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The database did not answer or refused the connection.
    #[error("cannot open the database at {url}: {message}")]
    Unreachable {
        /// The URL with any password removed.
        url: String,
        /// The driver's reason, on one line.
        message: String,
    },
}

impl DatabaseKind {
    /// Tells which database a URL names, or refuses it.
    pub fn of_url(url: &str) -> Result<DatabaseKind, ConnectError> {
        if url.starts_with("sqlite:") {
            Ok(DatabaseKind::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            match url::Url::parse(url) {
                Ok(parsed) if parsed.host_str().is_some_and(|h| !h.is_empty()) => {
                    Ok(DatabaseKind::Postgres)
                }
                _ => Err(ConnectError::UnsupportedUrl(redact(url))),
            }
        } else {
            Err(ConnectError::UnsupportedUrl(redact(url)))
        }
    }
}

/// Removes the password from a URL before it is shown or logged.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Setting a password only fails for URLs that cannot have one, which has a password here.
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// The file path inside an SQLite URL, if it names a file.
fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Opens the database: for SQLite, creates the file's folder, turns on WAL, foreign keys and
/// a busy timeout on every connection.
pub async fn connect(url: &str) -> Result<DatabaseConnection, ConnectError> {
    open(url, false).await
}

/// Opens the database with a single connection, for migrations: on SQLite a second connection
/// of a pool can still hold the schema as it was before the last statement of another one, and
/// then refuses to create an index that was just dropped ("already exists").
pub async fn connect_one(url: &str) -> Result<DatabaseConnection, ConnectError> {
    open(url, true).await
}

/// Whether a URL names an SQLite database that lives in memory (one connection holds it).
pub fn is_in_memory(url: &str) -> bool {
    url.starts_with("sqlite:") && sqlite_file(url).is_none()
}

async fn open(url: &str, one: bool) -> Result<DatabaseConnection, ConnectError> {
    let kind = DatabaseKind::of_url(url)?;
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5));
    match kind {
        DatabaseKind::Sqlite => {
            if let Some(path) = sqlite_file(url)
                && let Some(parent) = std::path::Path::new(path).parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent).map_err(|source| ConnectError::Folder {
                    path: parent.display().to_string(),
                    source,
                })?;
            }
            let in_memory = is_in_memory(url);
            // An in-memory database lives in one connection; a file is shared by a small pool.
            options
                .max_connections(if in_memory || one { 1 } else { 8 })
                .min_connections(1);
            options.map_sqlx_sqlite_opts(|opts| {
                use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
                opts.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5))
                    // Read the file through a memory map shared by every connection of the
                    // pool (and with the OS page cache) instead of a read() per page into
                    // each connection's own 2 MB cache: catalogue queries at 100,000 products
                    // p50 15 -> 11 ms, p99 75 -> 33 ms (bench/README.md).
                    .pragma("mmap_size", MMAP_BYTES.to_string())
            });
        }
        DatabaseKind::Postgres => {
            options
                .max_connections(if one { 1 } else { 16 })
                .min_connections(1);
        }
    }
    Database::connect(options)
        .await
        .map_err(|e| ConnectError::Unreachable {
            url: redact(url),
            message: one_line(&e.to_string()),
        })
}

/// The driver's message on one line; a pool time-out means the server never answered.
fn one_line(text: &str) -> String {
    if text.contains("pool timed out") {
        return "no answer within 5 s (is the server running and the address right?)".to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Begins a transaction that will write. On SQLite it starts as `BEGIN IMMEDIATE`: a deferred
/// transaction that reads first and writes later fails with "database is locked" when another
/// connection wrote in between (seen with two photo uploads at once); taking the write lock at
/// the start makes it wait for its turn instead (up to the busy timeout). PostgreSQL ignores
/// the mode.
pub async fn begin_write(
    db: &sea_orm::DatabaseConnection,
) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_backends_and_refuses_the_rest() {
        assert_eq!(
            DatabaseKind::of_url("sqlite://data/opop.sqlite?mode=rwc").ok(),
            Some(DatabaseKind::Sqlite)
        );
        assert_eq!(
            DatabaseKind::of_url("sqlite::memory:").ok(),
            Some(DatabaseKind::Sqlite)
        );
        assert_eq!(
            DatabaseKind::of_url("postgres://postgres@127.0.0.1/test").ok(),
            Some(DatabaseKind::Postgres)
        );
        assert_eq!(
            DatabaseKind::of_url("postgresql://u:p@db:5432/x").ok(),
            Some(DatabaseKind::Postgres)
        );
        assert!(DatabaseKind::of_url("mysql://root@localhost/x").is_err());
        assert!(DatabaseKind::of_url("data/opop.sqlite").is_err());
        assert!(DatabaseKind::of_url("postgres://").is_err());
    }

    #[test]
    fn passwords_never_appear_in_messages() {
        let err = DatabaseKind::of_url("mysql://root:secret@localhost/x")
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|m| !m.contains("secret")));
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
    }

    #[test]
    fn finds_the_sqlite_file() {
        assert_eq!(
            sqlite_file("sqlite://data/opop.sqlite?mode=rwc"),
            Some("data/opop.sqlite")
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
    }
}

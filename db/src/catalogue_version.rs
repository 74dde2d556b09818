//! The catalogue version read on the calling thread, for the page cache's check on every
//! request.
//!
//! The pool's SQLite connections each live on a thread of their own: a query is handed to that
//! thread and its answer handed back, two thread switches that cost more than the read of one
//! row. Under load on two cores those switches were most of what a cached page cost beyond a
//! plain handler (bench/README.md). For an SQLite file this opens read-only connections of its
//! own (one per core) and reads the version row with one of them right where it is asked for: a
//! few microseconds, no switch. They read the same file, so they see every commit of this
//! process and of any other (the CLI, a second server) as soon as it is made.
//!
//! PostgreSQL and in-memory SQLite get `None`: the caller reads through the pool instead.

use rusqlite::{Connection, OpenFlags};
use sea_orm::DatabaseConnection;
use std::sync::Mutex;
use std::time::Duration;

/// The query, the same row as [`crate::queries::catalogue::version`].
const VERSION: &str = "SELECT version FROM catalogue_version WHERE id = 1";

/// Read-only connections to the SQLite file behind a pool, for the version row: one per core,
/// so the threads serving requests do not wait for each other's read (with one connection
/// they did, 3 % of the time under load).
pub struct LocalVersion {
    connections: Vec<Mutex<Connection>>,
}

impl LocalVersion {
    /// A reader for the file behind `db`, or `None` when `db` is not an SQLite file whose
    /// version row can be read this way (PostgreSQL, an in-memory database, a database not
    /// migrated yet).
    pub async fn for_database(db: &DatabaseConnection) -> Option<LocalVersion> {
        if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
            return None;
        }
        let options = db.get_sqlite_connection_pool().connect_options();
        let path = options.get_filename();
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        let open = || {
            // An in-memory database has a made-up name and no file: opening without CREATE
            // fails.
            let c = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            // A read waits for a lock only while another connection recovers or resets the
            // write-ahead log; never long, and this runs on a thread serving requests.
            c.busy_timeout(Duration::from_millis(200))?;
            Ok::<_, rusqlite::Error>(Mutex::new(c))
        };
        let local = LocalVersion {
            connections: (0..cores).map(|_| open()).collect::<Result<_, _>>().ok()?,
        };
        // Only when it reads the same row the pool does (the version only grows: a write in
        // between moves it, but not outside the two local reads).
        let before = local.read().ok()?;
        let through_pool = crate::queries::catalogue::version(db).await.ok()?;
        let after = local.read().ok()?;
        (before <= through_pool && through_pool <= after).then_some(local)
    }

    /// The version as committed when this call began.
    pub fn read(&self) -> Result<i64, String> {
        // The first connection no other thread is using; if all are busy, wait for the first.
        let free = self.connections.iter().find_map(|c| c.try_lock().ok());
        let connection = match free {
            Some(connection) => connection,
            None => self.connections[0]
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        };
        connection
            .prepare_cached(VERSION)
            .and_then(|mut statement| statement.query_row([], |row| row.get(0)))
            .map_err(|e| e.to_string())
    }
}

//! Full-text search over products: an FTS5 index on SQLite, a tsvector with a GIN index on
//! PostgreSQL, both built from `products.search_text`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: &[&str] = &[
    "CREATE VIRTUAL TABLE products_fts USING fts5(search_text, content='products', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO products_fts(rowid, search_text) SELECT id, search_text FROM products",
    "CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN \
       INSERT INTO products_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN \
       INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER products_fts_update AFTER UPDATE OF search_text ON products BEGIN \
       INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); \
       INSERT INTO products_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
];

const SQLITE_DOWN: &[&str] = &[
    "DROP TRIGGER IF EXISTS products_fts_update",
    "DROP TRIGGER IF EXISTS products_fts_delete",
    "DROP TRIGGER IF EXISTS products_fts_insert",
    "DROP TABLE IF EXISTS products_fts",
];

const POSTGRES_UP: &[&str] = &[
    "ALTER TABLE products ADD COLUMN search_vector tsvector \
       GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    "CREATE INDEX idx_products_search ON products USING GIN (search_vector)",
];

const POSTGRES_DOWN: &[&str] = &[
    "DROP INDEX IF EXISTS idx_products_search",
    "ALTER TABLE products DROP COLUMN IF EXISTS search_vector",
];

async fn run(manager: &SchemaManager<'_>, statements: &[&str]) -> Result<(), DbErr> {
    for sql in statements {
        manager.get_connection().execute_unprepared(sql).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => run(manager, POSTGRES_UP).await,
            _ => run(manager, SQLITE_UP).await,
        }
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => run(manager, POSTGRES_DOWN).await,
            _ => run(manager, SQLITE_DOWN).await,
        }
    }
}

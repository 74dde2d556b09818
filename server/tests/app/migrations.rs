//! Migrations: `up` twice is a no-op; `down` then `up` works; on SQLite and PostgreSQL.

use crate::support::on_both_backends;
use sea_orm::{ConnectionTrait, Statement};

async fn table_count(db: &db::DatabaseConnection, table: &str) -> Option<i64> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT COUNT(*) AS n FROM {table}"),
        ))
        .await
        .ok()??;
    row.try_get::<i64>("", "n").ok()
}

async fn migrations_are_idempotent_and_reversible(url: &str) {
    opop::open_and_migrate(url)
        .await
        .expect("first up")
        .close()
        .await
        .expect("close");
    // Down and up again on one connection, as opop migrates (db::connect::connect_one).
    let db = db::connect::connect_one(url).await.expect("open");
    let status = db::migration::status(&db).await.expect("status");
    let count = status.len();
    assert!(count >= 13, "every table has its migration: {status:?}");
    assert!(status.iter().all(|(_, applied)| *applied));
    assert_eq!(
        table_count(&db, "regions").await,
        Some(38),
        "the 38 kabupaten/kota"
    );
    assert_eq!(table_count(&db, "categories").await, Some(8));

    db::migration::up(&db, None)
        .await
        .expect("second up is a no-op");
    assert_eq!(
        table_count(&db, "regions").await,
        Some(38),
        "no duplicated reference data"
    );

    db::migration::down(&db, Some(u32::try_from(count).expect("count")))
        .await
        .expect("down all");
    assert!(
        db::migration::status(&db)
            .await
            .expect("status")
            .iter()
            .all(|(_, applied)| !*applied)
    );
    assert_eq!(table_count(&db, "products").await, None, "tables are gone");
    assert_eq!(table_count(&db, "sessions").await, None, "tables are gone");

    db::migration::up(&db, None).await.expect("up again");
    assert_eq!(table_count(&db, "regions").await, Some(38));
    assert_eq!(table_count(&db, "products").await, Some(0));
    db.close().await.expect("close");
}

async fn schema_refuses_negative_stock_and_dangling_keys(url: &str) {
    let db = opop::open_and_migrate(url).await.expect("migrate");
    opop::seed::load_demo(&db, &crate::support::media_dir(), 5, false)
        .await
        .expect("seed");
    let backend = db.get_database_backend();
    let result = db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE products SET stock = -1 WHERE id = 1",
        ))
        .await;
    assert!(
        result.is_err(),
        "the CHECK constraint keeps stock at or above zero"
    );
    let result = db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE products SET pesantren_id = 99999 WHERE id = 1",
        ))
        .await;
    assert!(result.is_err(), "foreign keys are enforced");
    db.close().await.expect("close");
}

on_both_backends!(
    migrations_are_idempotent_and_reversible,
    schema_refuses_negative_stock_and_dangling_keys,
);

//! A counter that every write to what the catalogue shows moves forward, kept by triggers so no
//! code path can forget it. Cached catalogue results remember the counter they were computed
//! at and are used only while it has not moved, on every instance sharing the database.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables whose rows the catalogue shows.
const WATCHED: [&str; 3] = ["products", "product_photos", "pesantren"];

async fn run(manager: &SchemaManager<'_>, sql: &str) -> Result<(), DbErr> {
    manager
        .get_connection()
        .execute_unprepared(sql)
        .await
        .map(|_| ())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run(manager, "CREATE TABLE catalogue_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)").await?;
        run(
            manager,
            "INSERT INTO catalogue_version (id, version) VALUES (1, 1)",
        )
        .await?;
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        if postgres {
            run(
                manager,
                "CREATE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN UPDATE catalogue_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$",
            )
            .await?;
        }
        for table in WATCHED {
            let sql = if postgres {
                // Once per statement: a bulk insert moves the counter once.
                format!(
                    "CREATE TRIGGER {table}_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON {table} \
                     FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version()"
                )
            } else {
                format!(
                    "CREATE TRIGGER {table}_catalogue_version_{{op}} AFTER {{OP}} ON {table} BEGIN \
                     UPDATE catalogue_version SET version = version + 1 WHERE id = 1; END"
                )
            };
            if postgres {
                run(manager, &sql).await?;
            } else {
                for op in ["insert", "update", "delete"] {
                    run(
                        manager,
                        &sql.replace("{op}", op).replace("{OP}", &op.to_uppercase()),
                    )
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        for table in WATCHED {
            if postgres {
                run(
                    manager,
                    &format!("DROP TRIGGER IF EXISTS {table}_catalogue_version ON {table}"),
                )
                .await?;
            } else {
                for op in ["insert", "update", "delete"] {
                    run(
                        manager,
                        &format!("DROP TRIGGER IF EXISTS {table}_catalogue_version_{op}"),
                    )
                    .await?;
                }
            }
        }
        if postgres {
            run(manager, "DROP FUNCTION IF EXISTS bump_catalogue_version()").await?;
        }
        run(manager, "DROP TABLE catalogue_version").await
    }
}

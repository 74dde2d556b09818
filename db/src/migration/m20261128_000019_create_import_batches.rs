//! Uploaded product files of a pesantren: the rows that passed the checks wait here for the
//! admin's go-ahead, and the file's hash (unique per pesantren) keeps a file from being
//! imported twice.

use super::m20261128_000002_create_pesantren::Pesantren;
use super::m20261128_000003_create_users::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ImportBatches {
    Table,
    Id,
    PesantrenId,
    UserId,
    FileName,
    FileHash,
    RowCount,
    StagedJson,
    ProblemsJson,
    CreatedAt,
    ImportedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ImportBatches::Table)
                    .col(pk_auto(ImportBatches::Id))
                    .col(integer(ImportBatches::PesantrenId))
                    .col(integer(ImportBatches::UserId))
                    .col(string_len(ImportBatches::FileName, 200))
                    .col(string_len(ImportBatches::FileHash, 64))
                    .col(integer(ImportBatches::RowCount))
                    .col(text(ImportBatches::StagedJson))
                    .col(text(ImportBatches::ProblemsJson))
                    .col(timestamp_with_time_zone(ImportBatches::CreatedAt))
                    .col(timestamp_with_time_zone_null(ImportBatches::ImportedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ImportBatches::Table, ImportBatches::PesantrenId)
                            .to(Pesantren::Table, Pesantren::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ImportBatches::Table, ImportBatches::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_import_batches_file")
                    .table(ImportBatches::Table)
                    .col(ImportBatches::PesantrenId)
                    .col(ImportBatches::FileHash)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ImportBatches::Table).to_owned())
            .await
    }
}

//! Who changed a product's curation level or flagship flag, from what to what, and when.

use super::m20261128_000003_create_users::Users;
use super::m20261128_000005_create_products::Products;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CurationLog {
    Table,
    Id,
    ProductId,
    ChangedBy,
    Field,
    OldValue,
    NewValue,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CurationLog::Table)
                    .col(pk_auto(CurationLog::Id))
                    .col(integer(CurationLog::ProductId))
                    .col(integer(CurationLog::ChangedBy))
                    .col(string_len(CurationLog::Field, 32))
                    .col(string_len(CurationLog::OldValue, 32))
                    .col(string_len(CurationLog::NewValue, 32))
                    .col(timestamp_with_time_zone(CurationLog::ChangedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CurationLog::Table, CurationLog::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CurationLog::Table, CurationLog::ChangedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_curation_log_product")
                    .table(CurationLog::Table)
                    .col(CurationLog::ProductId)
                    .col(CurationLog::ChangedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CurationLog::Table).to_owned())
            .await
    }
}

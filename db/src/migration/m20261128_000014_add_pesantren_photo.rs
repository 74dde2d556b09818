//! A pesantren's photo, set by its admin on the profile page.

use super::m20261128_000002_create_pesantren::Pesantren;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PesantrenPhoto {
    PhotoKey,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Pesantren::Table)
                    .add_column(string_len_null(PesantrenPhoto::PhotoKey, 200))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Pesantren::Table)
                    .drop_column(PesantrenPhoto::PhotoKey)
                    .to_owned(),
            )
            .await
    }
}

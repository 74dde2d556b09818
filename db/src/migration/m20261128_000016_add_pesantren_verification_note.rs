//! Why the programme refused to verify a pesantren (its admin reads it).

use super::m20261128_000002_create_pesantren::Pesantren;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PesantrenVerification {
    VerificationNote,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Pesantren::Table)
                    .add_column(string_len_null(
                        PesantrenVerification::VerificationNote,
                        500,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Pesantren::Table)
                    .drop_column(PesantrenVerification::VerificationNote)
                    .to_owned(),
            )
            .await
    }
}

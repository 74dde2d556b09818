//! Pesantren: the boarding schools whose sellers list products.

use super::m20261128_000001_create_regions::Regions;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Pesantren {
    Table,
    Id,
    Slug,
    Name,
    Nsp,
    RegionCode,
    Address,
    Description,
    CooperativeName,
    Whatsapp,
    Verification,
    VerifiedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Pesantren::Table)
                    .col(pk_auto(Pesantren::Id))
                    .col(string_len_uniq(Pesantren::Slug, 120))
                    .col(string_len(Pesantren::Name, 160))
                    .col(string_len_null(Pesantren::Nsp, 32))
                    .col(string_len(Pesantren::RegionCode, 4))
                    .col(string_len(Pesantren::Address, 300))
                    .col(text(Pesantren::Description))
                    .col(string_len_null(Pesantren::CooperativeName, 160))
                    .col(string_len(Pesantren::Whatsapp, 20))
                    .col(string_len(Pesantren::Verification, 16).default("pending"))
                    .col(timestamp_with_time_zone_null(Pesantren::VerifiedAt))
                    .col(timestamp_with_time_zone(Pesantren::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Pesantren::Table, Pesantren::RegionCode)
                            .to(Regions::Table, Regions::Code)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_pesantren_region")
                    .table(Pesantren::Table)
                    .col(Pesantren::RegionCode)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Pesantren::Table).to_owned())
            .await
    }
}

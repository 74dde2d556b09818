//! Targets: a number to reach for a year, province-wide (no region) or per region.

use super::m20261128_000001_create_regions::Regions;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Targets {
    Table,
    Id,
    Year,
    Metric,
    RegionCode,
    Value,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Targets::Table)
                    .col(pk_auto(Targets::Id))
                    .col(integer(Targets::Year))
                    .col(string_len(Targets::Metric, 32))
                    .col(string_len_null(Targets::RegionCode, 4))
                    .col(integer(Targets::Value).check(Expr::col(Targets::Value).gte(0)))
                    .col(timestamp_with_time_zone(Targets::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Targets::Table, Targets::RegionCode)
                            .to(Regions::Table, Regions::Code)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_targets_year_metric_region")
                    .table(Targets::Table)
                    .col(Targets::Year)
                    .col(Targets::Metric)
                    .col(Targets::RegionCode)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Targets::Table).to_owned())
            .await
    }
}

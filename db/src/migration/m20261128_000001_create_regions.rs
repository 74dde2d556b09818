//! The 38 kabupaten/kota of East Java, loaded from the Kemendagri list.

use sea_orm_migration::{prelude::*, schema::*};

const REGIONS_CSV: &str = include_str!("../../data/jatim-regions.csv");

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Regions {
    Table,
    Code,
    Kind,
    Name,
    Slug,
}

/// The regions as (code, kind, name) rows from the embedded CSV.
pub fn region_rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    REGIONS_CSV.lines().skip(1).filter_map(|line| {
        let mut cols = line.split(',');
        Some((
            cols.next()?.trim(),
            cols.next()?.trim(),
            cols.next()?.trim(),
        ))
    })
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Regions::Table)
                    .col(string_len(Regions::Code, 4).primary_key())
                    .col(string_len(Regions::Kind, 16))
                    .col(string_len(Regions::Name, 64))
                    .col(string_len_uniq(Regions::Slug, 80))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(Regions::Table).columns([
            Regions::Code,
            Regions::Kind,
            Regions::Name,
            Regions::Slug,
        ]);
        for (code, kind, name) in region_rows() {
            let slug = format!("{kind}-{}", name.to_lowercase().replace(' ', "-"));
            insert.values_panic([code.into(), kind.into(), name.into(), slug.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Regions::Table).to_owned())
            .await
    }
}

//! Product categories, with their names in both languages.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Categories {
    Table,
    Id,
    Slug,
    NameId,
    NameEn,
    Position,
}

/// The spec's categories: (slug, Indonesian name, English name).
pub const CATEGORIES: [(&str, &str, &str); 8] = [
    ("makanan-minuman", "Makanan & Minuman", "Food & Drink"),
    ("fesyen-muslim", "Fesyen Muslim", "Muslim Fashion"),
    ("kerajinan", "Kerajinan", "Crafts"),
    (
        "pertanian-peternakan",
        "Pertanian & Peternakan",
        "Agriculture & Livestock",
    ),
    ("herbal-kesehatan", "Herbal & Kesehatan", "Herbal & Health"),
    ("kosmetik", "Kosmetik", "Cosmetics"),
    (
        "wisata-jasa-halal",
        "Wisata & Jasa Halal",
        "Halal Tourism & Services",
    ),
    ("it-digital", "IT & Digital", "IT & Digital"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Categories::Table)
                    .col(pk_auto(Categories::Id))
                    .col(string_len_uniq(Categories::Slug, 60))
                    .col(string_len(Categories::NameId, 80))
                    .col(string_len(Categories::NameEn, 80))
                    .col(integer(Categories::Position))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(Categories::Table).columns([
            Categories::Slug,
            Categories::NameId,
            Categories::NameEn,
            Categories::Position,
        ]);
        for (position, (slug, name_id, name_en)) in (1..).zip(CATEGORIES) {
            insert.values_panic([slug.into(), name_id.into(), name_en.into(), position.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Categories::Table).to_owned())
            .await
    }
}

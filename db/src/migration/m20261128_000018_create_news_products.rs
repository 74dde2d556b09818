//! The products a news post features ("PRODUK UNGGULAN" under the article), in order.

use super::m20261128_000005_create_products::Products;
use super::m20261128_000007_create_news_posts::NewsPosts;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum NewsProducts {
    Table,
    NewsId,
    ProductId,
    Position,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NewsProducts::Table)
                    .col(integer(NewsProducts::NewsId))
                    .col(integer(NewsProducts::ProductId))
                    .col(integer(NewsProducts::Position))
                    .primary_key(
                        Index::create()
                            .col(NewsProducts::NewsId)
                            .col(NewsProducts::ProductId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(NewsProducts::Table, NewsProducts::NewsId)
                            .to(NewsPosts::Table, NewsPosts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(NewsProducts::Table, NewsProducts::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NewsProducts::Table).to_owned())
            .await
    }
}

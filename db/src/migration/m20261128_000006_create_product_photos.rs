//! Product photos: a storage key per photo; the files live in the media store.

use super::m20261128_000005_create_products::Products;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum ProductPhotos {
    Table,
    Id,
    ProductId,
    StorageKey,
    Width,
    Height,
    Position,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProductPhotos::Table)
                    .col(pk_auto(ProductPhotos::Id))
                    .col(integer(ProductPhotos::ProductId))
                    .col(string_len(ProductPhotos::StorageKey, 200))
                    .col(integer(ProductPhotos::Width))
                    .col(integer(ProductPhotos::Height))
                    .col(integer(ProductPhotos::Position))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductPhotos::Table, ProductPhotos::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_product_photos_product")
                    .table(ProductPhotos::Table)
                    .col(ProductPhotos::ProductId)
                    .col(ProductPhotos::Position)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProductPhotos::Table).to_owned())
            .await
    }
}

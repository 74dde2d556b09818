//! Products: every field of the spec; prices in whole rupiah.

use super::m20261128_000001_create_regions::Regions;
use super::m20261128_000002_create_pesantren::Pesantren;
use super::m20261128_000003_create_users::Users;
use super::m20261128_000004_create_categories::Categories;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Products {
    Table,
    Id,
    PesantrenId,
    RegionCode,
    SellerId,
    CategoryId,
    Pillar,
    Name,
    Slug,
    Description,
    SearchText,
    Price,
    Stock,
    Unit,
    WeightGrams,
    HalalStatus,
    HalalCertificateNo,
    PirtNo,
    BpomNo,
    ListingState,
    RejectionReason,
    CurationLevel,
    IsFlagship,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Products::Table)
                    .col(pk_auto(Products::Id))
                    .col(integer(Products::PesantrenId))
                    // The pesantren's region, copied so catalogue filters and facets need no join.
                    .col(string_len(Products::RegionCode, 4))
                    .col(integer(Products::SellerId))
                    .col(integer(Products::CategoryId))
                    .col(string_len(Products::Pillar, 24))
                    .col(string_len(Products::Name, 160))
                    .col(string_len_uniq(Products::Slug, 200))
                    .col(text(Products::Description))
                    // Folded name, pesantren name and description (domain::search), indexed for search.
                    .col(text(Products::SearchText))
                    .col(big_integer(Products::Price).check(Expr::col(Products::Price).gte(0)))
                    .col(integer(Products::Stock).check(Expr::col(Products::Stock).gte(0)))
                    .col(string_len(Products::Unit, 32))
                    .col(integer(Products::WeightGrams))
                    .col(string_len(Products::HalalStatus, 16))
                    .col(string_len_null(Products::HalalCertificateNo, 40))
                    .col(string_len_null(Products::PirtNo, 40))
                    .col(string_len_null(Products::BpomNo, 40))
                    .col(string_len(Products::ListingState, 16))
                    .col(string_len_null(Products::RejectionReason, 500))
                    .col(string_len(Products::CurationLevel, 16))
                    .col(boolean(Products::IsFlagship).default(false))
                    .col(timestamp_with_time_zone_null(Products::PublishedAt))
                    .col(timestamp_with_time_zone(Products::CreatedAt))
                    .col(timestamp_with_time_zone(Products::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Products::Table, Products::PesantrenId)
                            .to(Pesantren::Table, Pesantren::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Products::Table, Products::RegionCode)
                            .to(Regions::Table, Regions::Code)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Products::Table, Products::SellerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Products::Table, Products::CategoryId)
                            .to(Categories::Table, Categories::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        // Every catalogue query starts from the published products. One covering index holds
        // every filter and facet column, so the facet counts are one scan of it; the others
        // serve the sort orders and the seller's and pesantren's own lists.
        let indexes: [(&str, Vec<Products>); 7] = [
            (
                "idx_products_facets",
                vec![
                    Products::ListingState,
                    Products::CategoryId,
                    Products::RegionCode,
                    Products::Pillar,
                    Products::Price,
                    Products::HalalStatus,
                    Products::Stock,
                    Products::PesantrenId,
                ],
            ),
            (
                "idx_products_state_published",
                vec![Products::ListingState, Products::PublishedAt, Products::Id],
            ),
            (
                "idx_products_state_flagship",
                vec![
                    Products::ListingState,
                    Products::IsFlagship,
                    Products::PublishedAt,
                ],
            ),
            (
                "idx_products_state_price",
                vec![Products::ListingState, Products::Price],
            ),
            (
                "idx_products_state_name",
                vec![Products::ListingState, Products::Name],
            ),
            (
                "idx_products_pesantren",
                vec![
                    Products::PesantrenId,
                    Products::ListingState,
                    Products::PublishedAt,
                ],
            ),
            (
                "idx_products_seller",
                vec![Products::SellerId, Products::ListingState],
            ),
        ];
        for (name, cols) in indexes {
            let mut index = Index::create();
            index.name(name).table(Products::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Products::Table).to_owned())
            .await
    }
}

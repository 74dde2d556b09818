//! Orders, their lines, and signed-in buyers' carts. An order copies each product's name,
//! unit and price, so later edits to the product do not change what was ordered.

use super::m20261128_000002_create_pesantren::Pesantren;
use super::m20261128_000003_create_users::Users;
use super::m20261128_000005_create_products::Products;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Orders {
    Table,
    Id,
    BuyerId,
    PesantrenId,
    Status,
    CheckoutKey,
    BuyerName,
    Phone,
    RegionCode,
    Address,
    Note,
    Total,
    Courier,
    TrackingNo,
    CancelReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub enum OrderItems {
    Table,
    Id,
    OrderId,
    ProductId,
    SellerId,
    Pillar,
    Name,
    Unit,
    Price,
    Quantity,
}

#[derive(DeriveIden)]
pub enum CartLines {
    Table,
    UserId,
    ProductId,
    Quantity,
    AddedAt,
}

fn index(name: &str, table: impl IntoIden, cols: &[&'static str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for col in cols {
        index.col(Alias::new(*col));
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Orders::Table)
                    .col(pk_auto(Orders::Id))
                    .col(integer(Orders::BuyerId))
                    .col(integer(Orders::PesantrenId))
                    .col(string_len(Orders::Status, 16))
                    .col(string_len(Orders::CheckoutKey, 64))
                    .col(string_len(Orders::BuyerName, 100))
                    .col(string_len(Orders::Phone, 20))
                    .col(string_len_null(Orders::RegionCode, 8))
                    .col(text(Orders::Address))
                    .col(text_null(Orders::Note))
                    .col(big_integer(Orders::Total))
                    .col(string_len_null(Orders::Courier, 60))
                    .col(string_len_null(Orders::TrackingNo, 60))
                    .col(text_null(Orders::CancelReason))
                    .col(timestamp_with_time_zone(Orders::CreatedAt))
                    .col(timestamp_with_time_zone(Orders::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Orders::Table, Orders::BuyerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Orders::Table, Orders::PesantrenId)
                            .to(Pesantren::Table, Pesantren::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One checkout form makes at most one order per pesantren: a resubmitted form finds
        // the orders it made instead of making new ones.
        manager
            .create_index(
                index(
                    "idx_orders_checkout",
                    Orders::Table,
                    &["buyer_id", "checkout_key", "pesantren_id"],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_orders_pesantren",
                Orders::Table,
                &["pesantren_id", "status", "created_at"],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_orders_buyer",
                Orders::Table,
                &["buyer_id", "created_at"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrderItems::Table)
                    .col(pk_auto(OrderItems::Id))
                    .col(integer(OrderItems::OrderId))
                    .col(integer_null(OrderItems::ProductId))
                    .col(integer(OrderItems::SellerId))
                    .col(string_len(OrderItems::Pillar, 24))
                    .col(string_len(OrderItems::Name, 200))
                    .col(string_len(OrderItems::Unit, 40))
                    .col(big_integer(OrderItems::Price))
                    .col(integer(OrderItems::Quantity))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrderItems::Table, OrderItems::OrderId)
                            .to(Orders::Table, Orders::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrderItems::Table, OrderItems::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrderItems::Table, OrderItems::SellerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_order_items_order",
                OrderItems::Table,
                &["order_id"],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_order_items_seller",
                OrderItems::Table,
                &["seller_id", "order_id"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CartLines::Table)
                    .col(integer(CartLines::UserId))
                    .col(integer(CartLines::ProductId))
                    .col(integer(CartLines::Quantity))
                    .col(timestamp_with_time_zone(CartLines::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(CartLines::UserId)
                            .col(CartLines::ProductId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CartLines::Table, CartLines::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CartLines::Table, CartLines::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CartLines::Table.into_iden(),
            OrderItems::Table.into_iden(),
            Orders::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

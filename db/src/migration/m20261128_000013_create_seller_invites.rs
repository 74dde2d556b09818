//! Single-use invitations a pesantren admin sends to a new seller. Only a hash of the token is
//! stored: the link itself is shown once, to the admin who made it.

use super::m20261128_000002_create_pesantren::Pesantren;
use super::m20261128_000003_create_users::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum SellerInvites {
    Table,
    Id,
    TokenHash,
    PesantrenId,
    Pillar,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    UsedBy,
    UsedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SellerInvites::Table)
                    .col(pk_auto(SellerInvites::Id))
                    .col(string_len_uniq(SellerInvites::TokenHash, 64))
                    .col(integer(SellerInvites::PesantrenId))
                    .col(string_len(SellerInvites::Pillar, 24))
                    .col(integer(SellerInvites::CreatedBy))
                    .col(timestamp_with_time_zone(SellerInvites::CreatedAt))
                    .col(timestamp_with_time_zone(SellerInvites::ExpiresAt))
                    .col(integer_null(SellerInvites::UsedBy))
                    .col(timestamp_with_time_zone_null(SellerInvites::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SellerInvites::Table, SellerInvites::PesantrenId)
                            .to(Pesantren::Table, Pesantren::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SellerInvites::Table, SellerInvites::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SellerInvites::Table, SellerInvites::UsedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_seller_invites_pesantren")
                    .table(SellerInvites::Table)
                    .col(SellerInvites::PesantrenId)
                    .col(SellerInvites::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SellerInvites::Table).to_owned())
            .await
    }
}

//! News posts (Berita) with a Markdown body.

use super::m20261128_000003_create_users::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum NewsPosts {
    Table,
    Id,
    Slug,
    Title,
    BodyMd,
    CoverKey,
    State,
    AuthorId,
    PublishedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NewsPosts::Table)
                    .col(pk_auto(NewsPosts::Id))
                    .col(string_len_uniq(NewsPosts::Slug, 200))
                    .col(string_len(NewsPosts::Title, 200))
                    .col(text(NewsPosts::BodyMd))
                    .col(string_len_null(NewsPosts::CoverKey, 200))
                    .col(string_len(NewsPosts::State, 16))
                    .col(integer_null(NewsPosts::AuthorId))
                    .col(timestamp_with_time_zone_null(NewsPosts::PublishedAt))
                    .col(timestamp_with_time_zone(NewsPosts::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(NewsPosts::Table, NewsPosts::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_news_posts_state_published")
                    .table(NewsPosts::Table)
                    .col(NewsPosts::State)
                    .col(NewsPosts::PublishedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NewsPosts::Table).to_owned())
            .await
    }
}

//! A news post (Berita).

use sea_orm::entity::prelude::*;

/// A news post row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "news_posts")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Markdown body (sanitised when rendered).
    pub body_md: String,
    /// Media-store key of the cover photo.
    pub cover_key: Option<String>,
    /// `draft` or `published`.
    pub state: String,
    /// The programme admin who wrote it.
    pub author_id: Option<i32>,
    /// Publication time.
    pub published_at: Option<TimeDateTimeWithTimeZone>,
    /// Creation time.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations of a news post.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

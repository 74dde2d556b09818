//! What the home page shows: progress figures, the flagship shelf and the latest news.

use super::cards;
use crate::entity::{news_post, pesantren, product, user};
use domain::{
    FLAGSHIP_TARGET, HomeData, ListingState, NewsSummary, Pillar, ProductCard, ProgrammeProgress,
    media::{PHOTO_WIDTHS, photo_url},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait, Order},
};

/// How many flagship products the shelf shows.
pub const SHELF_SIZE: u64 = 8;
/// How many news posts the home page lists.
pub const NEWS_COUNT: u64 = 3;

/// Loads everything the home page needs.
pub async fn load(db: &impl ConnectionTrait) -> Result<HomeData, DbErr> {
    Ok(HomeData {
        progress: progress(db).await?,
        flagship: flagship_shelf(db, SHELF_SIZE).await?,
        news: latest_news(db, NEWS_COUNT).await?,
    })
}

fn published() -> sea_orm::sea_query::SimpleExpr {
    product::Column::ListingState.eq(ListingState::Published.code())
}

/// The programme's progress from live data.
pub async fn progress(db: &impl ConnectionTrait) -> Result<ProgrammeProgress, DbErr> {
    let flagship_products = product::Entity::find()
        .filter(published())
        .filter(product::Column::IsFlagship.eq(true))
        .count(db)
        .await?;
    let products = product::Entity::find()
        .filter(published())
        .count(db)
        .await?;
    let pesantren = pesantren::Entity::find()
        .filter(pesantren::Column::Verification.eq("verified"))
        .count(db)
        .await?;
    let per_pillar: Vec<(Option<String>, i64)> = user::Entity::find()
        .select_only()
        .column(user::Column::Pillar)
        .column_as(user::Column::Id.count(), "n")
        .filter(user::Column::Role.eq("seller"))
        .group_by(user::Column::Pillar)
        .into_tuple()
        .all(db)
        .await?;
    let sellers_per_pillar = Pillar::ALL
        .into_iter()
        .map(|p| {
            let n = per_pillar
                .iter()
                .find(|(code, _)| code.as_deref() == Some(p.code()))
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
            (p, n)
        })
        .collect();
    Ok(ProgrammeProgress {
        flagship_products,
        flagship_target: FLAGSHIP_TARGET,
        pesantren,
        products,
        sellers_per_pillar,
    })
}

/// The newest published flagship products, with their cover photo.
pub async fn flagship_shelf(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<ProductCard>, DbErr> {
    let mut q = cards::card_select();
    q.and_where(
        Expr::col((product::Entity, product::Column::ListingState))
            .eq(ListingState::Published.code()),
    )
    .and_where(Expr::col((product::Entity, product::Column::IsFlagship)).eq(true))
    .order_by((product::Entity, product::Column::PublishedAt), Order::Desc)
    .order_by((product::Entity, product::Column::Id), Order::Desc)
    .limit(limit);
    cards::load(db, &q).await
}

/// The latest published news posts.
pub async fn latest_news(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<NewsSummary>, DbErr> {
    let posts = news_post::Entity::find()
        .filter(news_post::Column::State.eq("published"))
        .order_by_desc(news_post::Column::PublishedAt)
        .limit(limit)
        .all(db)
        .await?;
    Ok(posts.into_iter().map(news_summary).collect())
}

/// A published post as lists show it.
pub fn news_summary(p: news_post::Model) -> NewsSummary {
    NewsSummary {
        excerpt: excerpt(&p.body_md, 220),
        published_on: p.published_at.map(crate::wib::date).unwrap_or_default(),
        cover_url: p.cover_key.map(|k| photo_url(&k, PHOTO_WIDTHS[1])),
        slug: p.slug,
        title: p.title,
    }
}

/// The first paragraph of a Markdown text as plain text, cut at a word boundary.
pub fn excerpt(markdown: &str, max_chars: usize) -> String {
    let paragraph = markdown
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))
        .unwrap_or_default();
    let plain: String = paragraph
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '`' | '>'))
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    if plain.chars().count() <= max_chars {
        return plain;
    }
    let cut: String = plain.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_skips_headings_strips_marks_and_cuts_at_words() {
        let md = "# Judul\n\nOPOP **menghidupkan** usaha\npesantren.\n\nParagraf kedua.";
        assert_eq!(excerpt(md, 100), "OPOP menghidupkan usaha pesantren.");
        assert_eq!(excerpt(md, 12), "OPOP…");
        assert_eq!(excerpt("", 10), "");
    }
}

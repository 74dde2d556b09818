//! News posts (Berita): the public list and post, the programme's list and editor, featured
//! products and the cover photo.

use crate::entity::{news_post, news_product, product};
use crate::queries::cards;
use crate::queries::home::news_summary;
use domain::ListingState;
use domain::media::{PHOTO_WIDTHS, photo_url};
use domain::news::{
    NEWS_PAGE_SIZE, NewsAdminItem, NewsEditor, NewsInput, NewsListPage, NewsState, ValidNews,
};
use domain::search::slugify;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::{Expr, ExprTrait, Order};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use time::OffsetDateTime;

fn published() -> sea_orm::Select<news_post::Entity> {
    news_post::Entity::find().filter(news_post::Column::State.eq(NewsState::Published.code()))
}

/// A page of published posts, newest first (an out-of-range page gives the last).
pub async fn list(db: &impl ConnectionTrait, page: u64) -> Result<NewsListPage, DbErr> {
    let total = published().count(db).await?;
    let pages = Ord::max(total.div_ceil(NEWS_PAGE_SIZE), 1);
    let page = page.clamp(1, pages);
    let posts = published()
        .order_by_desc(news_post::Column::PublishedAt)
        .order_by_desc(news_post::Column::Id)
        .offset((page - 1) * NEWS_PAGE_SIZE)
        .limit(NEWS_PAGE_SIZE)
        .all(db)
        .await?;
    Ok(NewsListPage {
        posts: posts.into_iter().map(news_summary).collect(),
        page,
        pages,
    })
}

/// A post by its slug with its featured products that are still published; drafts only when
/// `with_drafts` (programme staff).
pub async fn post(
    db: &impl ConnectionTrait,
    slug: &str,
    with_drafts: bool,
) -> Result<Option<(news_post::Model, Vec<domain::ProductCard>)>, DbErr> {
    let mut q = news_post::Entity::find().filter(news_post::Column::Slug.eq(slug));
    if !with_drafts {
        q = q.filter(news_post::Column::State.eq(NewsState::Published.code()));
    }
    let Some(post) = q.one(db).await? else {
        return Ok(None);
    };
    let featured = featured(db, post.id).await?;
    Ok(Some((post, featured)))
}

/// The published products a post features, in order.
async fn featured(
    db: &impl ConnectionTrait,
    news_id: i32,
) -> Result<Vec<domain::ProductCard>, DbErr> {
    let links = news_product::Entity::find()
        .filter(news_product::Column::NewsId.eq(news_id))
        .all(db)
        .await?;
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let position: HashMap<i32, i32> = links.iter().map(|l| (l.product_id, l.position)).collect();
    let mut q = cards::card_select();
    q.and_where(Expr::col((product::Entity, product::Column::Id)).is_in(position.keys().copied()))
        .and_where(
            Expr::col((product::Entity, product::Column::ListingState))
                .eq(ListingState::Published.code()),
        )
        .order_by((product::Entity, product::Column::Id), Order::Asc);
    let mut cards = cards::load(db, &q).await?;
    cards.sort_by_key(|c| position.get(&c.id).copied().unwrap_or(i32::MAX));
    Ok(cards)
}

/// Every post for the programme's list: drafts first, then by date, newest first.
pub async fn admin_list(db: &impl ConnectionTrait) -> Result<Vec<NewsAdminItem>, DbErr> {
    let mut rows = news_post::Entity::find()
        .order_by_desc(news_post::Column::CreatedAt)
        .order_by_desc(news_post::Column::Id)
        .all(db)
        .await?;
    rows.sort_by_key(|p| p.state != NewsState::Draft.code());
    Ok(rows
        .into_iter()
        .map(|p| NewsAdminItem {
            date: crate::wib::date(p.published_at.unwrap_or(p.created_at)),
            state: NewsState::from_code(&p.state).unwrap_or(NewsState::Draft),
            id: p.id,
            slug: p.slug,
            title: p.title,
        })
        .collect())
}

/// The editor's data for a post.
pub async fn editor(db: &impl ConnectionTrait, id: i32) -> Result<Option<NewsEditor>, DbErr> {
    let Some(p) = news_post::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let mut links = news_product::Entity::find()
        .filter(news_product::Column::NewsId.eq(id))
        .all(db)
        .await?;
    links.sort_by_key(|l| l.position);
    let slugs: HashMap<i32, String> = product::Entity::find()
        .filter(product::Column::Id.is_in(links.iter().map(|l| l.product_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.slug))
        .collect();
    let products = links
        .iter()
        .filter_map(|l| slugs.get(&l.product_id).cloned())
        .collect::<Vec<_>>()
        .join("\n");
    let state = NewsState::from_code(&p.state).unwrap_or(NewsState::Draft);
    Ok(Some(NewsEditor {
        id: p.id,
        slug: p.slug,
        input: NewsInput {
            title: p.title,
            body: p.body_md,
            products,
            publish: state == NewsState::Published,
        },
        state,
        cover_url: p.cover_key.map(|k| photo_url(&k, PHOTO_WIDTHS[0])),
    }))
}

/// What saving a post did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveNews {
    /// Saved under this id and slug.
    Saved(i32, String),
    /// Nothing saved: these featured entries are not published products.
    UnknownProducts(Vec<String>),
    /// No post with that id.
    NotFound,
}

fn slug_for(title: &str, id: i32) -> String {
    let base: String = slugify(title).chars().take(120).collect();
    let base = base.trim_end_matches('-');
    if base.is_empty() {
        format!("berita-{id}")
    } else {
        format!("{base}-{id}")
    }
}

/// Creates (`id` = `None`) or updates a post written by `author`, with its featured products,
/// in one transaction. A post's address is made from its title until it is first published,
/// and then kept, so shared links keep working.
pub async fn save(
    db: &DatabaseConnection,
    id: Option<i32>,
    author: i32,
    news: &ValidNews,
) -> Result<SaveNews, DbErr> {
    let txn = crate::connect::begin_write(db).await?;
    let found: HashMap<String, i32> = product::Entity::find()
        .filter(product::Column::Slug.is_in(news.product_slugs.iter().cloned()))
        .filter(product::Column::ListingState.eq(ListingState::Published.code()))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| (p.slug, p.id))
        .collect();
    let unknown: Vec<String> = news
        .product_slugs
        .iter()
        .filter(|s| !found.contains_key(*s))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Ok(SaveNews::UnknownProducts(unknown));
    }
    let now = OffsetDateTime::now_utc();
    let existing = match id {
        Some(id) => match news_post::Entity::find_by_id(id).one(&txn).await? {
            Some(p) => Some(p),
            None => return Ok(SaveNews::NotFound),
        },
        None => None,
    };
    let publish = news.state == NewsState::Published;
    let (id, slug) = match existing {
        Some(p) => {
            let slug = if p.published_at.is_none() {
                slug_for(&news.title, p.id)
            } else {
                p.slug.clone()
            };
            let mut row: news_post::ActiveModel = p.clone().into();
            row.title = Set(news.title.clone());
            row.body_md = Set(news.body.clone());
            row.state = Set(news.state.code().to_owned());
            row.slug = Set(slug.clone());
            if publish && p.published_at.is_none() {
                row.published_at = Set(Some(now));
            }
            row.update(&txn).await?;
            (p.id, slug)
        }
        None => {
            let inserted = news_post::ActiveModel {
                slug: Set(format!("baru-{author}-{}", now.unix_timestamp_nanos())),
                title: Set(news.title.clone()),
                body_md: Set(news.body.clone()),
                cover_key: Set(None),
                state: Set(news.state.code().to_owned()),
                author_id: Set(Some(author)),
                published_at: Set(publish.then_some(now)),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            let slug = slug_for(&news.title, inserted.id);
            news_post::Entity::update_many()
                .col_expr(news_post::Column::Slug, Expr::value(slug.clone()))
                .filter(news_post::Column::Id.eq(inserted.id))
                .exec(&txn)
                .await?;
            (inserted.id, slug)
        }
    };
    news_product::Entity::delete_many()
        .filter(news_product::Column::NewsId.eq(id))
        .exec(&txn)
        .await?;
    let links: Vec<news_product::ActiveModel> = news
        .product_slugs
        .iter()
        .zip(0..)
        .filter_map(|(slug, position)| {
            found
                .get(slug)
                .map(|&product_id| news_product::ActiveModel {
                    news_id: Set(id),
                    product_id: Set(product_id),
                    position: Set(position),
                })
        })
        .collect();
    if !links.is_empty() {
        news_product::Entity::insert_many(links).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(SaveNews::Saved(id, slug))
}

/// Sets a post's cover photo; `None` when there is no such post, else the old photo's key.
pub async fn set_cover(
    db: &impl ConnectionTrait,
    id: i32,
    key: &str,
) -> Result<Option<Option<String>>, DbErr> {
    let Some(p) = news_post::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    news_post::Entity::update_many()
        .col_expr(news_post::Column::CoverKey, Expr::value(key))
        .filter(news_post::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(Some(p.cover_key))
}

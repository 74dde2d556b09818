//! `/berita?hal=` (the news list) and `/berita/{slug}` (a post: cover, date, the sanitised
//! Markdown body, and its "PRODUK UNGGULAN"). Drafts are shown to programme staff only.

use crate::components::news_list::NewsList;
use crate::components::page_state::{LoadFailed, Loading};
use crate::components::product_card::ProductCard;
use crate::error::AppError;
use crate::i18n::{long_date, use_i18n};
use crate::pages::not_found::NotFound;
use domain::news::{NewsListPage, NewsPost, NewsState};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// A page of published posts, newest first.
#[server(endpoint = "news_list")]
pub async fn get_news_list(#[server(default)] hal: String) -> Result<NewsListPage, AppError> {
    let db = crate::context::database()?;
    db::news::list(&db, hal.parse().unwrap_or(1))
        .await
        .map_err(|e| AppError::internal("loading the news list", e))
}

/// A post by its slug (`None`: no such published post, or a draft for anyone but staff).
#[server(endpoint = "news_post")]
pub async fn get_news_post(slug: String) -> Result<Option<NewsPost>, AppError> {
    use domain::media::{PHOTO_WIDTHS, photo_url};
    let staff = crate::auth::server::session()
        .await?
        .user
        .is_some_and(|u| u.viewer().role == domain::Role::ProgrammeAdmin);
    let db = crate::context::database()?;
    let Some((post, featured)) = db::news::post(&db, &slug, staff)
        .await
        .map_err(|e| AppError::internal("loading a news post", e))?
    else {
        return Ok(None);
    };
    Ok(Some(NewsPost {
        body_html: crate::markdown::to_html(&post.body_md),
        excerpt: db::queries::home::excerpt(&post.body_md, 160),
        published_on: post.published_at.map(db::wib::date),
        cover_url: post.cover_key.map(|k| photo_url(&k, PHOTO_WIDTHS[1])),
        state: NewsState::from_code(&post.state).unwrap_or(NewsState::Draft),
        url: format!("{}/berita/{}", crate::context::public_origin(), post.slug),
        slug: post.slug,
        title: post.title,
        featured,
    }))
}

/// The news list.
#[component]
pub fn NewsListPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let data = Resource::new(
        move || query.read().get("hal").unwrap_or_default(),
        get_news_list,
    );
    view! {
        <Title text=move || i18n.news().title />
        <section class="news-page">
            <h1>{move || i18n.news().title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) => list_view(list).into_any(),
                        Err(_) => view! { <LoadFailed /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn list_view(list: NewsListPage) -> impl IntoView {
    let i18n = use_i18n();
    let NewsListPage { posts, page, pages } = list;
    view! {
        <NewsList news=posts />
        {(pages > 1).then(|| view! {
            <nav class="pagination">
                {(page > 1).then(|| view! { <a href=format!("/berita?hal={}", page - 1)>{move || i18n.news().newer}</a> })}
                <span>{move || (i18n.news().page_of)(page, pages)}</span>
                {(page < pages).then(|| view! { <a href=format!("/berita?hal={}", page + 1)>{move || i18n.news().older}</a> })}
            </nav>
        })}
    }
}

/// A post's page.
#[component]
pub fn NewsPostPage() -> impl IntoView {
    let params = use_params_map();
    let post = Resource::new(
        move || params.with(|p| p.get("slug").unwrap_or_default()),
        get_news_post,
    );
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match post.await {
                    Ok(Some(p)) => post_view(p).into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn post_view(p: NewsPost) -> impl IntoView {
    let i18n = use_i18n();
    let url = p.url.clone();
    let origin = url.split("/berita/").next().unwrap_or_default().to_owned();
    let image = p.cover_url.as_ref().map(|c| format!("{origin}{c}"));
    let title = p.title.clone();
    let cover = p.cover_url.clone().map(|src| {
        let alt = move || (i18n.news().cover_alt)(&title);
        view! { <img class="news-cover" src=src width="640" height="360" alt=alt /> }
    });
    let date = p.published_on.clone().map(|d| {
        let shown = d.clone();
        view! {
            <p class="news-date">
                <time datetime=d>{move || long_date(i18n.locale(), &shown)}</time>
            </p>
        }
    });
    let featured = (!p.featured.is_empty()).then(|| {
        view! {
            <section class="flagship news-featured">
                <h2>{move || i18n.news().featured}</h2>
                <div class="shelf">
                    {p.featured.into_iter().map(|card| view! { <ProductCard card /> }).collect_view()}
                </div>
            </section>
        }
    });
    view! {
        <Title text=p.title.clone() />
        <Meta name="description" content=p.excerpt.clone() />
        <Link rel="canonical" href=url.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:title" content=p.title.clone() />
        <Meta property="og:description" content=p.excerpt />
        <Meta property="og:url" content=url />
        {image.map(|src| view! { <Meta property="og:image" content=src /> })}
        <article class="news-post">
            <p><a href="/berita">{move || i18n.news().all_news}</a></p>
            {(p.state == NewsState::Draft).then(|| view! { <p class="flash flash-error">{move || i18n.news().draft_notice}</p> })}
            <h1>{p.title}</h1>
            {date}
            {cover}
            <div class="news-body" inner_html=p.body_html></div>
        </article>
        {featured}
    }
}

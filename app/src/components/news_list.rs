//! A list of news posts with cover, date and excerpt.

use crate::i18n::{long_date, use_i18n};
use domain::NewsSummary;
use leptos::prelude::*;

/// The latest news.
#[component]
pub fn NewsList(news: Vec<NewsSummary>) -> impl IntoView {
    let i18n = use_i18n();
    if news.is_empty() {
        return view! { <p class="empty">{move || i18n.t().news_empty}</p> }.into_any();
    }
    view! {
        <ul class="news-list">
            {news
                .into_iter()
                .map(|post| {
                    let date = post.published_on.clone();
                    let href = format!("/berita/{}", post.slug);
                    view! {
                        <li class="news-item">
                            <article>
                                {post
                                    .cover_url
                                    .map(|src| {
                                        view! {
                                            <img src=src width="640" height="360" loading="lazy" alt="" />
                                        }
                                    })}
                                <h3><a href=href>{post.title}</a></h3>
                                <p class="news-date">
                                    <time datetime=post.published_on>
                                        {move || long_date(i18n.locale(), &date)}
                                    </time>
                                </p>
                                <p class="news-excerpt">{post.excerpt}</p>
                            </article>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

//! The home page: the programme's progress, the flagship shelf and the latest news.

use crate::components::page_state::{LoadFailed, Loading};
use crate::components::{
    news_list::NewsList, product_card::ProductCard, progress_panel::ProgressPanel,
};
use crate::error::AppError;
use crate::i18n::use_i18n;
use domain::HomeData;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Loads the home page's data in one round trip.
#[server(endpoint = "home")]
pub async fn get_home_data() -> Result<HomeData, AppError> {
    let db = crate::context::database()?;
    db::queries::home::load(&db)
        .await
        .map_err(|e| AppError::internal("loading the home page", e))
}

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_home_data());
    view! {
        <Title text=move || i18n.t().home_title />
        <Meta name="description" content=move || i18n.t().home_description />
        <section class="hero">
            <h1>{move || i18n.t().hero_heading}</h1>
            <p>{move || i18n.t().hero_text}</p>
        </section>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(home) => home_sections(home).into_any(),
                    Err(_) => view! { <LoadFailed /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn home_sections(home: HomeData) -> impl IntoView {
    let i18n = use_i18n();
    let HomeData {
        progress,
        flagship,
        news,
    } = home;
    let shelf = if flagship.is_empty() {
        view! { <p class="empty">{move || i18n.t().flagship_empty}</p> }.into_any()
    } else {
        view! {
            <div class="shelf">
                {flagship.into_iter().map(|card| view! { <ProductCard card /> }).collect_view()}
            </div>
        }
        .into_any()
    };
    view! {
        <ProgressPanel progress />
        <section class="flagship" aria-labelledby="flagship-heading">
            <h2 id="flagship-heading">{move || i18n.t().flagship_heading}</h2>
            {shelf}
        </section>
        <section class="news" aria-labelledby="news-heading">
            <h2 id="news-heading">{move || i18n.t().news_heading}</h2>
            <NewsList news />
            <p><a href="/berita">{move || i18n.t().news_all}</a></p>
        </section>
    }
}

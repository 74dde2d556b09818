//! The programme's news: `/program/berita` (every post, drafts first), `/program/berita/baru`
//! and `/program/berita/{id}` (the editor: title, Markdown text, featured products, draft or
//! published, cover photo, and a preview of the saved text), `POST /api/save_news`.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{news_problem, news_state, use_i18n};
use crate::pages::account::AccessDenied;
use crate::pages::programme::ProgrammeNav;
use domain::news::{NewsAdminItem, NewsEditor, NewsField, NewsInput, NewsProblem, NewsState};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

/// The programme's list of posts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsAdmin {
    /// Every post.
    pub posts: Vec<NewsAdminItem>,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// What the editor shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsEditorView {
    /// The saved post (`None` while writing a new one).
    pub saved: Option<NewsEditor>,
    /// The form's values (as typed, after a refused post).
    pub input: NewsInput,
    /// Refused fields of the last post.
    pub errors: Vec<(NewsField, NewsProblem)>,
    /// The saved text as the post's page shows it.
    pub preview_html: String,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// Every post, for programme staff.
#[server(endpoint = "news_admin")]
pub async fn get_news_admin() -> Result<NewsAdmin, AppError> {
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let db = crate::context::database()?;
    let posts = db::news::admin_list(&db)
        .await
        .map_err(|e| AppError::internal("loading the news admin list", e))?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(NewsAdmin { posts, notice })
}

/// The editor of post `id` (empty or `baru`: a new post).
#[server(endpoint = "news_editor")]
pub async fn get_news_editor(#[server(default)] id: String) -> Result<NewsEditorView, AppError> {
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let id = match id.as_str() {
        "" | "baru" => None,
        other => Some(
            other
                .parse::<i32>()
                .map_err(|_| AppError::NotFound.answer())?,
        ),
    };
    let db = crate::context::database()?;
    let saved = match id {
        Some(id) => Some(
            db::news::editor(&db, id)
                .await
                .map_err(|e| AppError::internal("loading a news post", e))?
                .ok_or_else(|| AppError::NotFound.answer())?,
        ),
        None => None,
    };
    let mut view = NewsEditorView {
        input: saved.as_ref().map(|s| s.input.clone()).unwrap_or_default(),
        preview_html: saved
            .as_ref()
            .map(|s| crate::markdown::to_html(&s.input.body))
            .unwrap_or_default(),
        saved,
        errors: Vec::new(),
        notice: None,
    };
    match crate::auth::server::take_flash().await {
        Some(Flash::News {
            id: flash_id,
            input,
            errors,
        }) if flash_id == id => {
            view.input = *input;
            view.errors = errors;
        }
        Some(Flash::Notice(n)) => view.notice = Some(n),
        _ => {}
    }
    Ok(view)
}

/// Saves post `id` (empty: a new one); goes to its editor, or back to the form with the
/// refused fields. Returns those fields (empty when saved).
#[server(endpoint = "save_news")]
pub async fn save_news(
    #[server(default)] id: String,
    input: NewsInput,
) -> Result<Vec<(NewsField, NewsProblem)>, AppError> {
    use crate::auth::server::{go, set_flash};
    let viewer = crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let id = match id.as_str() {
        "" => None,
        other => Some(
            other
                .parse::<i32>()
                .map_err(|_| AppError::BadRequest.answer())?,
        ),
    };
    let form = match id {
        Some(id) => format!("/program/berita/{id}"),
        None => "/program/berita/baru".to_owned(),
    };
    let refuse = |errors: Vec<(NewsField, NewsProblem)>, input: NewsInput| {
        let form = form.clone();
        async move {
            set_flash(&Flash::News {
                id,
                input: Box::new(input),
                errors: errors.clone(),
            })
            .await?;
            go(&form);
            Ok::<_, AppError>(errors)
        }
    };
    let valid = match input.check() {
        Ok(v) => v,
        Err(errors) => return refuse(errors, input).await,
    };
    let db = crate::context::database()?;
    match db::news::save(&db, id, viewer.id, &valid)
        .await
        .map_err(|e| AppError::internal("saving a news post", e))?
    {
        db::news::SaveNews::Saved(id, _) => {
            set_flash(&Flash::Notice(FlashNotice::NewsSaved)).await?;
            go(&format!("/program/berita/{id}"));
            Ok(Vec::new())
        }
        db::news::SaveNews::UnknownProducts(entries) => {
            refuse(
                vec![(NewsField::Products, NewsProblem::UnknownProducts(entries))],
                input,
            )
            .await
        }
        db::news::SaveNews::NotFound => Err(AppError::NotFound.answer()),
    }
}

/// `/program/berita`.
#[component]
pub fn NewsAdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_news_admin());
    view! {
        <Title text=move || i18n.news().admin_title />
        <section class="dashboard news-admin">
            <h1>{move || i18n.news().admin_title}</h1>
            <ProgrammeNav />
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) => admin_view(list).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn admin_view(list: NewsAdmin) -> impl IntoView {
    let i18n = use_i18n();
    let rows = if list.posts.is_empty() {
        view! { <p class="empty">{move || i18n.news().none_yet}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll">
                <table class="progress-table">
                    <thead><tr>
                        <th scope="col">{move || i18n.news().column_title}</th>
                        <th scope="col">{move || i18n.news().column_state}</th>
                        <th scope="col">{move || i18n.news().column_date}</th>
                    </tr></thead>
                    <tbody>
                        {list.posts.into_iter().map(|p| {
                            let state = p.state;
                            view! {
                                <tr>
                                    <th scope="row"><a href=format!("/program/berita/{}", p.id)>{p.title}</a></th>
                                    <td>{move || news_state(i18n.locale(), state)}</td>
                                    <td>{p.date}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <FlashNoticeLine notice=list.notice />
        <p><a class="button-primary" href="/program/berita/baru">{move || i18n.news().new_post}</a></p>
        {rows}
    }
}

/// `/program/berita/baru` and `/program/berita/{id}`.
#[component]
pub fn NewsEditorPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let data = Resource::new(
        move || params.with(|p| p.get("id").unwrap_or_default()),
        get_news_editor,
    );
    view! {
        <Title text=move || i18n.news().edit_title />
        <section class="form-page news-editor">
            <ProgrammeNav />
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(view) => editor_view(view).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn editor_view(v: NewsEditorView) -> impl IntoView {
    let i18n = use_i18n();
    let NewsEditorView {
        saved,
        input,
        errors,
        preview_html,
        notice,
    } = v;
    let message = move |field: NewsField| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(f, p)| {
                let (f, p) = (*f, p.clone());
                view! { <p class="field-message" role="alert">{move || news_problem(i18n.locale(), f, &p)}</p> }
            })
    };
    let id = saved.as_ref().map(|s| s.id);
    let heading = move || {
        if id.is_some() {
            i18n.news().edit_title
        } else {
            i18n.news().new_post
        }
    };
    let publish = input.publish;
    let state_option = move |value: &'static str, state: NewsState, checked: bool| {
        view! {
            <label class="check">
                <input type="radio" name="input[publish]" value=value checked=checked />
                {move || news_state(i18n.locale(), state)}
            </label>
        }
    };
    let cover = match &saved {
        Some(s) => {
            let action = format!("/program/berita/{}/foto", s.id);
            let title = s.input.title.clone();
            let image = s.cover_url.clone().map(|src| {
                let alt = move || (i18n.news().cover_alt)(&title);
                view! { <img class="pesantren-photo" src=src alt=alt width="320" loading="lazy" /> }
            });
            view! {
                {image}
                <form method="post" action=action enctype="multipart/form-data" class="inline-form upload-form">
                    <label for="cover-file">{move || i18n.news().cover_choose}</label>
                    <input id="cover-file" type="file" name="photo" accept="image/jpeg,image/png,image/webp" required />
                    <button type="submit" class="button-primary">{move || i18n.news().cover_upload}</button>
                </form>
            }
            .into_any()
        }
        None => view! { <p class="muted">{move || i18n.news().cover_after_save}</p> }.into_any(),
    };
    let view_link = saved.as_ref().map(|s| {
        view! { <p><a href=format!("/berita/{}", s.slug)>{move || i18n.news().view_post}</a></p> }
    });
    let has_preview = !preview_html.is_empty();
    view! {
        <h1>{heading}</h1>
        <FlashNoticeLine notice=notice />
        {view_link}
        <form method="post" action="/api/save_news" class="stacked-form">
            <input type="hidden" name="id" value=id.map(|i| i.to_string()).unwrap_or_default() />
            <label for="news-title">{move || i18n.news().field_title}</label>
            <input id="news-title" name="input[title]" value=input.title required maxlength="150" />
            {message(NewsField::Title)}
            <label for="news-body">{move || i18n.news().field_body}</label>
            <textarea id="news-body" name="input[body]" rows="16" required>{input.body}</textarea>
            <p class="field-hint">{move || i18n.news().body_hint}</p>
            {message(NewsField::Body)}
            <label for="news-products">{move || i18n.news().field_products}</label>
            <textarea id="news-products" name="input[products]" rows="4">{input.products}</textarea>
            <p class="field-hint">{move || i18n.news().products_hint}</p>
            {message(NewsField::Products)}
            <fieldset>
                <legend>{move || i18n.news().field_state}</legend>
                {state_option("false", NewsState::Draft, !publish)}
                {state_option("true", NewsState::Published, publish)}
            </fieldset>
            <button type="submit" class="button-primary">{move || i18n.news().save}</button>
        </form>
        <section class="photos">
            <h2>{move || i18n.news().cover_heading}</h2>
            {cover}
        </section>
        {has_preview.then(|| view! {
            <section class="news-preview">
                <h2>{move || i18n.news().field_body}</h2>
                <div class="news-body" inner_html=preview_html></div>
            </section>
        })}
    }
}

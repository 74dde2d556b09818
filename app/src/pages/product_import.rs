//! `/kelola/impor` (a pesantren admin uploads a CSV or Excel file of products; the file goes to
//! `POST /kelola/impor/unggah`, see `server/src/product_import.rs`) and `/kelola/impor/{id}`
//! (the preview: how many rows are ready, each refused cell with its row and column, and the
//! button that imports the ready rows, `POST /api/confirm_import`).

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{import_cell_problem, import_column_help, use_i18n};
use crate::pages::account::AccessDenied;
use domain::import::{ImportColumn, ImportPreview};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

/// The upload page: the latest uploads and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportHome {
    /// Latest uploads: id, file name, time, rows, imported.
    pub recent: Vec<(i32, String, String, i32, bool)>,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// The preview and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportPreviewView {
    /// The preview.
    pub preview: ImportPreview,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

#[cfg(feature = "ssr")]
async fn notice() -> Option<FlashNotice> {
    match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    }
}

/// The upload page's data.
#[server(endpoint = "import_home")]
pub async fn get_import_home() -> Result<ImportHome, AppError> {
    let pesantren_id = crate::auth::server::pesantren_admin().await?;
    let db = crate::context::database()?;
    let recent = db::import::recent(&db, pesantren_id)
        .await
        .map_err(|e| AppError::internal("loading the latest imports", e))?;
    Ok(ImportHome {
        recent,
        notice: notice().await,
    })
}

/// The preview of upload `id`.
#[server(endpoint = "import_preview")]
pub async fn get_import_preview(id: String) -> Result<ImportPreviewView, AppError> {
    let pesantren_id = crate::auth::server::pesantren_admin().await?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound.answer())?;
    let db = crate::context::database()?;
    let preview = db::import::preview(&db, pesantren_id, id)
        .await
        .map_err(|e| AppError::internal("loading an import preview", e))?
        .ok_or_else(|| AppError::NotFound.answer())?;
    Ok(ImportPreviewView {
        preview,
        notice: notice().await,
    })
}

/// Imports the ready rows of upload `id`, once; returns how many products were created.
#[server(endpoint = "confirm_import")]
pub async fn confirm_import(id: i32) -> Result<usize, AppError> {
    use crate::auth::server::{go, set_flash};
    let pesantren_id = crate::auth::server::pesantren_admin().await?;
    let db = crate::context::database()?;
    let outcome = db::import::commit(&db, pesantren_id, id)
        .await
        .map_err(|e| AppError::internal("importing products", e))?;
    let (notice, created) = match outcome {
        db::import::Commit::Imported(n) => (FlashNotice::Imported(n), n),
        db::import::Commit::AlreadyImported => (FlashNotice::ImportAlreadyDone, 0),
        db::import::Commit::NotFound => return Err(AppError::NotFound.answer()),
    };
    set_flash(&Flash::Notice(notice)).await?;
    go(&format!("/kelola/impor/{id}"));
    Ok(created)
}

/// `/kelola/impor`.
#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_import_home());
    view! {
        <Title text=move || i18n.import().title />
        <section class="form-page import-page">
            <h1>{move || i18n.import().title}</h1>
            <p><a href="/kelola">{move || i18n.t().manage_title}</a></p>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(home) => home_view(home).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn home_view(home: ImportHome) -> impl IntoView {
    let i18n = use_i18n();
    let columns = ImportColumn::ALL
        .iter()
        .map(|&c| {
            view! {
                <li>
                    <code>{c.header()}</code> ": " {move || import_column_help(i18n.locale(), c)}
                    {(!c.required()).then(|| view! { " (" {move || i18n.import().optional} ")" })}
                </li>
            }
        })
        .collect_view();
    let recent = (!home.recent.is_empty()).then(|| {
        view! {
            <h2>{move || i18n.import().recent}</h2>
            <ul class="change-log">
                {home.recent.into_iter().map(|(id, name, at, rows, imported)| view! {
                    <li>
                        <span class="muted">{at}</span> " "
                        <a href=format!("/kelola/impor/{id}")>{name}</a> " · " {rows} " · "
                        {move || if imported { i18n.import().imported } else { i18n.import().waiting }}
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <FlashNoticeLine notice=home.notice />
        <p>{move || i18n.import().intro}</p>
        <p><a href="/kelola/impor/templat.csv" download rel="external">{move || i18n.import().template}</a></p>
        <form method="post" action="/kelola/impor/unggah" enctype="multipart/form-data" class="stacked-form upload-form">
            <label for="import-file">{move || i18n.import().choose}</label>
            <input id="import-file" type="file" name="file" required
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
            <button type="submit" class="button-primary">{move || i18n.import().upload}</button>
        </form>
        <h2>{move || i18n.import().columns}</h2>
        <ul>{columns}</ul>
        {recent}
    }
}

/// `/kelola/impor/{id}`.
#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let data = Resource::new(
        move || params.with(|p| p.get("id").unwrap_or_default()),
        get_import_preview,
    );
    view! {
        <Title text=move || i18n.import().preview_title />
        <section class="form-page import-page">
            <h1>{move || i18n.import().preview_title}</h1>
            <p><a href="/kelola/impor">{move || i18n.import().another}</a></p>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(view) => preview_view(view).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn preview_view(v: ImportPreviewView) -> impl IntoView {
    let i18n = use_i18n();
    let p = v.preview;
    let bad_rows = p.rows.saturating_sub(p.valid);
    let (rows, valid) = (p.rows, p.valid);
    let action = match (&p.imported_at, p.valid) {
        (Some(at), _) => {
            let at = at.clone();
            view! { <p class="flash">{move || (i18n.import().already)(&at)}</p> }.into_any()
        }
        (None, 0) => view! { <p class="flash flash-error">{move || i18n.import().nothing_valid}</p> }.into_any(),
        (None, n) => view! {
            <p>{move || if p.publishes { i18n.import().publishes } else { i18n.import().reviews }}</p>
            <form method="post" action="/api/confirm_import">
                <input type="hidden" name="id" value=p.id />
                <button type="submit" class="button-primary">{move || (i18n.import().confirm)(n)}</button>
            </form>
        }
        .into_any(),
    };
    let more = p.problem_count.saturating_sub(p.problems.len());
    let problems = (!p.problems.is_empty()).then(|| {
        view! {
            <h2>{move || i18n.import().problems}</h2>
            <div class="table-scroll">
                <table class="progress-table import-problems">
                    <thead><tr>
                        <th scope="col">{move || i18n.import().line}</th>
                        <th scope="col">{move || i18n.import().column}</th>
                        <th scope="col">{move || i18n.import().message}</th>
                    </tr></thead>
                    <tbody>
                        {p.problems.into_iter().map(|x| view! {
                            <tr>
                                <td class="number">{x.line}</td>
                                <td><code>{x.column.header()}</code></td>
                                <td>{move || import_cell_problem(i18n.locale(), x.problem)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p class="muted">{move || (i18n.import().more_problems)(more)}</p> })}
        }
    });
    let sample = (!p.sample.is_empty()).then(|| {
        view! {
            <h2>{move || i18n.import().ready_rows}</h2>
            <div class="table-scroll">
                <table class="progress-table import-ready">
                    <thead><tr>
                        <th scope="col">{move || i18n.import().line}</th>
                        <th scope="col">{move || i18n.import().product}</th>
                        <th scope="col">{move || i18n.import().price}</th>
                        <th scope="col">{move || i18n.import().seller}</th>
                    </tr></thead>
                    <tbody>
                        {p.sample.into_iter().map(|(line, name, price, seller)| view! {
                            <tr>
                                <td class="number">{line}</td>
                                <td>{name}</td>
                                <td>{price}</td>
                                <td>{seller}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    view! {
        <FlashNoticeLine notice=v.notice />
        <p><strong>{p.file_name}</strong></p>
        <p class="results-count">{move || (i18n.import().summary)(rows, valid, bad_rows)}</p>
        {action}
        {problems}
        {sample}
    }
}

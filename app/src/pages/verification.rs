//! `/program/pesantren`: the programme's verification queue. Verify a pesantren (its listings
//! may then go live) or refuse it with a note its admin reads (`POST /api/verify_pesantren`).

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::decision_forms::DecisionForms;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::pages::account::AccessDenied;
use crate::pages::programme::ProgrammeNav;
use domain::curation::{Verification, VerificationItem};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// The queue and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerificationPage {
    /// Pending first, then refused.
    pub items: Vec<VerificationItem>,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// The pesantren not (yet) verified.
#[server(endpoint = "verification_queue")]
pub async fn get_verification_queue() -> Result<VerificationPage, AppError> {
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let db = crate::context::database()?;
    let catalogue = crate::context::catalogue()?;
    let items = db::curation::verification_queue(&db, catalogue.refs())
        .await
        .map_err(|e| AppError::internal("loading the verification queue", e))?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(VerificationPage { items, notice })
}

/// Verifies (`decision` = `verify`) or refuses (`refuse`, with `note`) a pesantren.
#[server(endpoint = "verify_pesantren")]
pub async fn verify_pesantren(
    id: i32,
    decision: String,
    #[server(default)] note: String,
) -> Result<bool, AppError> {
    use crate::auth::server::{go, set_flash};
    crate::auth::server::with_role(&[domain::Role::ProgrammeAdmin]).await?;
    let note = match decision.as_str() {
        "verify" => None,
        "refuse" => match domain::curation::parse_note(&note) {
            Some(n) => Some(n),
            None => {
                set_flash(&Flash::Notice(FlashNotice::NoteMissing)).await?;
                go("/program/pesantren");
                return Ok(false);
            }
        },
        _ => return Err(AppError::BadRequest.answer()),
    };
    let db = crate::context::database()?;
    let done = db::curation::decide_verification(&db, id, note.as_deref())
        .await
        .map_err(|e| AppError::internal("verifying a pesantren", e))?;
    set_flash(&Flash::Notice(if done {
        FlashNotice::VerificationDone
    } else {
        FlashNotice::DecisionStale
    }))
    .await?;
    go("/program/pesantren");
    Ok(done)
}

/// The verification queue.
#[component]
pub fn VerificationPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_verification_queue());
    view! {
        <Title text=move || i18n.programme().verification_title />
        <section class="dashboard">
            <h1>{move || i18n.programme().verification_title}</h1>
            <ProgrammeNav />
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => queue_view(page).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn queue_view(page: VerificationPage) -> impl IntoView {
    let i18n = use_i18n();
    let list = if page.items.is_empty() {
        view! { <p class="empty">{move || i18n.programme().verification_empty}</p> }.into_any()
    } else {
        view! {
            <ul class="review-queue">
                {page.items.into_iter().map(|p| {
                    let state = move || match p.state {
                        Verification::Rejected => i18n.programme().refused,
                        _ => i18n.programme().pending,
                    };
                    view! {
                        <li class="review-item">
                            <h3>
                                <a href=format!("/pesantren/{}", p.slug)>{p.name}</a>
                                <span class="state-badge">{state}</span>
                            </h3>
                            <p class="listing-meta">
                                <span>{p.region_name}</span>
                                {p.nsp.map(|n| view! { <span>"NSP " {n}</span> })}
                                <span>{p.joined_at}</span>
                            </p>
                            <p class="description">{p.address}</p>
                            {p.note.map(|n| view! { <p class="rejection">{n}</p> })}
                            <DecisionForms action="/api/verify_pesantren" id=p.id
                                approve=("verify", |i| i.programme().verify)
                                refuse=("refuse", |i| i.programme().refuse)
                                reason=("note", |i| i.programme().refusal_note) />
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <FlashNoticeLine notice=page.notice />
        {list}
    }
}

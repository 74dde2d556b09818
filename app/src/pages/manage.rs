//! `/kelola`: the pesantren admin's page. The review queue of its sellers' submitted listings
//! (approve, or reject with a reason the seller reads), its sellers with their listing counts
//! (remove: the account stays, the listings are archived), and single-use invite links.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::decision_forms::DecisionForms;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::pages::account::AccessDenied;
use domain::curation::Verification;
use domain::{PesantrenAdminPage, Pillar, Rupiah};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// How long an invite link works.
pub const INVITE_DAYS: i64 = 7;

/// The admin page's data and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagePage {
    /// Queue and sellers.
    pub page: PesantrenAdminPage,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

#[cfg(feature = "ssr")]
async fn admin() -> Result<(domain::Viewer, i32), AppError> {
    let viewer = crate::auth::server::with_role(&[domain::Role::PesantrenAdmin]).await?;
    let pesantren = viewer
        .pesantren_id
        .ok_or_else(|| AppError::Forbidden.answer())?;
    Ok((viewer, pesantren))
}

/// The signed-in pesantren admin's page.
#[server(endpoint = "manage_page")]
pub async fn get_manage_page() -> Result<ManagePage, AppError> {
    let (_, pesantren_id) = admin().await?;
    let db = crate::context::database()?;
    let fail = |e| AppError::internal("loading the pesantren admin page", e);
    let (pesantren_name, pesantren_slug) = db::accounts::pesantren_name(&db, pesantren_id)
        .await
        .map_err(fail)?
        .ok_or(AppError::NotFound)?;
    let queue = db::listings::review_queue(&db, pesantren_id)
        .await
        .map_err(fail)?;
    let sellers = db::accounts::pesantren_sellers(&db, pesantren_id)
        .await
        .map_err(fail)?;
    let (verification, verification_note) = db::curation::verification_of(&db, pesantren_id)
        .await
        .map_err(fail)?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(ManagePage {
        page: PesantrenAdminPage {
            pesantren_name,
            pesantren_slug,
            queue,
            sellers,
            verification,
            verification_note,
        },
        notice,
    })
}

#[cfg(feature = "ssr")]
async fn back_to_manage(notice: FlashNotice) -> Result<(), AppError> {
    crate::auth::server::set_flash(&Flash::Notice(notice)).await?;
    crate::auth::server::go("/kelola");
    Ok(())
}

/// Approves (`decision` = `approve`) or rejects (`reject`, with `reason`) a submitted listing of
/// the admin's pesantren. Another pesantren's listing answers 404.
#[server(endpoint = "review_listing")]
pub async fn review_listing(
    id: i32,
    decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use db::listings::Decision;
    let (_, pesantren_id) = admin().await?;
    let decision = match decision.as_str() {
        "approve" => Decision::Approve,
        "reject" => {
            let reason = reason.trim();
            if reason.is_empty() || reason.chars().count() > 500 {
                return back_to_manage(FlashNotice::RejectReasonMissing).await;
            }
            Decision::Reject(reason.to_owned())
        }
        _ => return back_to_manage(FlashNotice::Failed).await,
    };
    let db = crate::context::database()?;
    if decision == Decision::Approve
        && !db::curation::is_verified(&db, pesantren_id)
            .await
            .map_err(|e| AppError::internal("reading a pesantren's verification", e))?
    {
        return back_to_manage(FlashNotice::PesantrenUnverified).await;
    }
    let exists = db::listings::pesantren_of(&db, id)
        .await
        .map_err(|e| AppError::internal("reading a listing", e))?
        == Some(pesantren_id);
    if !exists {
        return Err(AppError::NotFound.answer());
    }
    let applied = db::listings::decide(&db, pesantren_id, id, &decision)
        .await
        .map_err(|e| AppError::internal("recording a review decision", e))?;
    back_to_manage(if applied {
        FlashNotice::Done
    } else {
        FlashNotice::DecisionStale
    })
    .await
}

/// Removes a seller from the admin's pesantren (their listings are archived).
#[server(endpoint = "remove_seller")]
pub async fn remove_seller(id: i32) -> Result<(), AppError> {
    let (_, pesantren_id) = admin().await?;
    let db = crate::context::database()?;
    let removed = db::accounts::remove_seller(&db, pesantren_id, id)
        .await
        .map_err(|e| AppError::internal("removing a seller", e))?;
    if !removed {
        return Err(AppError::NotFound.answer());
    }
    back_to_manage(FlashNotice::SellerRemoved).await
}

/// Makes a single-use invite link for a seller under `pillar`; returns the link.
#[server(endpoint = "create_invite")]
pub async fn create_invite(pillar: String) -> Result<String, AppError> {
    let (viewer, pesantren_id) = admin().await?;
    let Some(pillar) = Pillar::from_code(&pillar) else {
        back_to_manage(FlashNotice::Failed).await?;
        return Ok(String::new());
    };
    let token = auth::random_token();
    let db = crate::context::database()?;
    db::accounts::create_invite(
        &db,
        pesantren_id,
        pillar,
        viewer.id,
        auth::token_hash(&token),
        time::OffsetDateTime::now_utc() + time::Duration::days(INVITE_DAYS),
    )
    .await
    .map_err(|e| AppError::internal("creating an invite", e))?;
    let link = format!(
        "{}/daftar?undangan={token}",
        crate::context::public_origin()
    );
    back_to_manage(FlashNotice::InviteLink(link.clone())).await?;
    Ok(link)
}

/// The pesantren admin's page.
#[component]
pub fn ManagePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_manage_page());
    view! {
        <Title text=move || i18n.t().manage_title />
        <section class="dashboard">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => manage_view(d).into_any(),
                        Err(e) => view! { <h1>{move || i18n.t().manage_title}</h1><AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn manage_view(d: ManagePage) -> impl IntoView {
    let i18n = use_i18n();
    let ManagePage { page, notice } = d;
    let invite_link = match &notice {
        Some(FlashNotice::InviteLink(link)) => Some(link.clone()),
        _ => None,
    };
    let unverified = (page.verification != Verification::Verified).then(|| {
        let note = page.verification_note.clone();
        view! {
            <p class="flash flash-error" role="status">
                {move || i18n.programme().unverified_notice}
                {note.map(|n| view! { " " <strong>{n}</strong> })}
            </p>
        }
    });
    let queue = if page.queue.is_empty() {
        view! { <p class="empty">{move || i18n.t().review_empty}</p> }.into_any()
    } else {
        view! {
            <ul class="review-queue">
                {page.queue.into_iter().map(|item| view! {
                    <li class="review-item">
                        <h3>{item.name}</h3>
                        <p class="listing-meta">
                            <span>{move || (i18n.t().by_seller)(&item.seller_name)}</span>
                            <span>{item.pillar.name()}</span>
                            <span>{Rupiah::to_string(&item.price)} " / " {item.unit}</span>
                            <span>{move || format!("{}: {}", i18n.t().field_stock, item.stock)}</span>
                            {item.halal_certificate.map(|c| view! { <span>{c}</span> })}
                        </p>
                        <p class="description">{item.description}</p>
                        <DecisionForms action="/api/review_listing" id=item.id
                            approve=("approve", |i| i.t().approve)
                            refuse=("reject", |i| i.t().reject)
                            reason=("reason", |i| i.t().reject_reason_label) />
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let sellers = if page.sellers.is_empty() {
        view! { <p class="empty">{move || i18n.t().no_sellers}</p> }.into_any()
    } else {
        view! {
            <ul class="seller-rows">
                {page.sellers.into_iter().map(|s| view! {
                    <li>
                        <div>
                            <strong>{s.display_name}</strong>
                            " " <span>{s.pillar.map(|p| p.name())}</span>
                            <br /><span class="muted">{s.email}</span>
                        </div>
                        <span>{move || (i18n.t().seller_counts)(s.published, s.submitted, s.active)}</span>
                        // A second step before a destructive action; works without JavaScript.
                        <details class="confirm">
                            <summary>{move || i18n.t().remove_seller}</summary>
                            <p class="muted">{move || i18n.t().remove_seller_explained}</p>
                            <form method="post" action="/api/remove_seller">
                                <input type="hidden" name="id" value=s.id />
                                <button type="submit" class="button-secondary">{move || i18n.t().remove_seller_confirm}</button>
                            </form>
                        </details>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="dashboard-head">
            <h1>{move || i18n.t().manage_title}</h1>
            <a href=format!("/pesantren/{}", page.pesantren_slug)>{page.pesantren_name}</a>
            <a href="/kelola/profil">{move || i18n.t().profile_edit_link}</a>
            <a href="/kelola/pesanan">{move || i18n.shop().nav_incoming}</a>
            <a href="/kelola/statistik">{move || i18n.stats().title}</a>
            <a href="/kelola/impor">{move || i18n.import().title}</a>
        </div>
        <FlashNoticeLine notice=notice />
        {unverified}
        {invite_link.map(|link| view! { <p class="invite-link"><code>{link}</code></p> })}
        <h2>{move || i18n.t().review_heading}</h2>
        {queue}
        <h2>{move || i18n.t().sellers_heading}</h2>
        {sellers}
        <h2>{move || i18n.t().invite_heading}</h2>
        <form method="post" action="/api/create_invite" class="inline-form">
            <label for="invite-pillar">{move || i18n.t().field_pillar}</label>
            <select id="invite-pillar" name="pillar">
                {[Pillar::Santripreneur, Pillar::Sosiopreneur].into_iter().map(|p| view! {
                    <option value=p.code()>{p.name()}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="button-primary">{move || i18n.t().invite_create}</button>
        </form>
    }
}

//! `/akun`: who is signed in, and changing the password (which logs out every other session).

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::form_field::FormField;
use crate::components::page_state::{LoadFailed, Loading};
use crate::error::AppError;
use crate::i18n::{account_error, role, use_i18n};
use domain::{AccountError, Viewer, account};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// What the account page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountPageData {
    /// The signed-in user.
    pub viewer: Viewer,
    /// The current password typed was wrong.
    pub current_wrong: bool,
    /// What is wrong with the new password typed.
    pub problem: Option<AccountError>,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// The account page's data (401 without a login).
#[server(endpoint = "account_page")]
pub async fn get_account_page() -> Result<AccountPageData, AppError> {
    let viewer = crate::auth::server::signed_in().await?;
    let mut data = AccountPageData {
        viewer,
        current_wrong: false,
        problem: None,
        notice: None,
    };
    match crate::auth::server::take_flash().await {
        Some(Flash::Password {
            current_wrong,
            problem,
        }) => {
            data.current_wrong = current_wrong;
            data.problem = problem;
        }
        Some(Flash::Notice(n)) => data.notice = Some(n),
        _ => {}
    }
    Ok(data)
}

/// Changes the signed-in user's password. Returns whether it changed.
#[server(endpoint = "change_password")]
pub async fn change_password(current: String, new: String) -> Result<bool, AppError> {
    use crate::auth::server::{client_address, go, limiter, session, set_flash};
    let mut auth = session().await?;
    let Some(user) = auth.user.clone() else {
        return Err(AppError::Unauthorized.answer());
    };
    let refuse = |current_wrong: bool, problem: Option<AccountError>| async move {
        set_flash(&Flash::Password {
            current_wrong,
            problem,
        })
        .await?;
        go("/akun");
        Ok(false)
    };
    if !limiter()?.allow(client_address().await, &user.row.email) {
        return refuse(true, None).await;
    }
    if !auth::password::verify(current, user.row.password_hash.clone()).await {
        return refuse(true, None).await;
    }
    if let Err(e) = account::check_new_password(&new, &user.row.email) {
        return refuse(false, Some(e)).await;
    }
    let hash = auth::password::hash(new)
        .await
        .map_err(|e| AppError::internal("hashing a password", e))?;
    let db = crate::context::database()?;
    db::accounts::set_password_hash(&db, user.row.id, hash)
        .await
        .map_err(|e| AppError::internal("changing a password", e))?;
    // The session's check value follows the new hash: this session stays, every other one ends.
    let row = db::accounts::find_by_id(&db, user.row.id)
        .await
        .map_err(|e| AppError::internal("reading an account", e))?
        .ok_or(AppError::NotFound)?;
    auth.login(&auth::User::new(row))
        .await
        .map_err(|e| AppError::internal("renewing a session", e))?;
    set_flash(&Flash::Notice(FlashNotice::PasswordChanged)).await?;
    go("/akun");
    Ok(true)
}

/// The account page.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_account_page());
    view! {
        <Title text=move || i18n.t().account_title />
        <section class="form-page">
            <h1>{move || i18n.t().account_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => account_view(d).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn account_view(d: AccountPageData) -> impl IntoView {
    let i18n = use_i18n();
    let viewer = d.viewer;
    let email = viewer.email.clone();
    let summary =
        move || (i18n.t().signed_in_as)(&viewer.display_name, role(i18n.locale(), viewer.role));
    view! {
        <FlashNoticeLine notice=d.notice />
        <p>{summary}</p>
        <h2>{move || i18n.t().change_password_heading}</h2>
        <PasswordForm email current_wrong=d.current_wrong problem=d.problem />
        <form method="post" action="/api/logout">
            <button type="submit" class="button-secondary">{move || i18n.t().nav_logout}</button>
        </form>
    }
}

/// The password change form: in the browser (an island) the new password is checked against
/// the shared rule as it is typed.
#[cfg_attr(feature = "hydrate", island(lazy))]
#[cfg_attr(not(feature = "hydrate"), island)]
pub fn PasswordForm(
    email: String,
    current_wrong: bool,
    problem: Option<AccountError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(None::<String>);
    let new_message = Signal::derive(move || {
        let e = match typed.get() {
            Some(p) => account::check_new_password(&p, &email).err(),
            None => problem,
        };
        e.map(|e| account_error(i18n.locale(), e).to_owned())
    });
    let current_message =
        Signal::derive(move || current_wrong.then(|| i18n.t().current_password_wrong.to_owned()));
    crate::islands::mark_live();
    view! {
        <form method="post" action="/api/change_password" class="stacked-form">
            <FormField label=|t| t.current_password_label name="current" kind="password"
                autocomplete="current-password" value="" message=current_message />
            <FormField label=|t| t.new_password_label name="new" kind="password"
                autocomplete="new-password" value="" message=new_message hint=|t| t.password_hint
                on_input=Callback::new(move |v| typed.set(Some(v))) />
            <button type="submit" class="button-primary">{move || i18n.t().change_password_heading}</button>
        </form>
    }
}

/// What a page shows when the user may not see it: a login link (401) or a plain refusal (403,
/// 404), with the status set on the server.
#[component]
pub fn AccessDenied(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    let _ = error.clone().answer();
    // Back to this page after logging in.
    let here = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let login = format!(
        "/masuk?next={}",
        form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>()
    );
    match error {
        AppError::Unauthorized => view! {
            <p class="flash" role="alert">{move || i18n.t().login_required}</p>
            <p><a class="button-primary" href=login>{move || i18n.t().nav_login}</a></p>
        }
        .into_any(),
        AppError::Forbidden | AppError::NotFound => {
            view! { <p class="flash flash-error" role="alert">{move || i18n.t().forbidden}</p> }
                .into_any()
        }
        AppError::Internal | AppError::Transport | AppError::BadRequest => {
            view! { <LoadFailed /> }.into_any()
        }
    }
}

//! `/masuk`: log in with email and password; `POST /api/login` and `POST /api/logout`.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::LoginProblem;
use crate::components::form_field::FormField;
use crate::components::page_state::{LoadFailed, Loading};
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// What the login form shows: the email typed last time and why it was refused.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LoginForm {
    /// Email as typed.
    pub email: String,
    /// Why the last attempt was refused.
    pub problem: Option<LoginProblem>,
}

/// The login form's state after a refused post.
#[server(endpoint = "login_form")]
pub async fn get_login_form() -> Result<LoginForm, AppError> {
    Ok(match crate::auth::server::take_flash().await {
        Some(Flash::Login { email, problem }) => LoginForm {
            email,
            problem: Some(problem),
        },
        _ => LoginForm::default(),
    })
}

#[cfg(feature = "ssr")]
fn login_url(next: &str) -> String {
    let mut url = String::from("/masuk");
    if next != "/" {
        url.push_str("?next=");
        url.extend(form_urlencoded::byte_serialize(next.as_bytes()));
    }
    url
}

/// Logs in. Returns `None` on success (and redirects to `next`), or why it was refused (and
/// redirects back to the form). The message never says whether the email exists.
#[server(endpoint = "login")]
pub async fn login(
    email: String,
    password: String,
    #[server(default)] next: String,
) -> Result<Option<LoginProblem>, AppError> {
    use crate::auth::server::{client_address, go, limiter, safe_next, session, set_flash};
    let next = safe_next(&next);
    let back = login_url(&next);
    let refuse = |problem: LoginProblem, email: String| async move {
        set_flash(&Flash::Login { email, problem }).await?;
        go(&back);
        Ok(Some(problem))
    };
    if !limiter()?.allow(client_address().await, &email) {
        return refuse(LoginProblem::TooManyAttempts, email).await;
    }
    let mut auth = session().await?;
    let user = auth
        .authenticate(auth::Credentials {
            email: email.clone(),
            password,
        })
        .await
        .map_err(|e| AppError::internal("checking a password", e))?;
    let Some(user) = user else {
        return refuse(LoginProblem::WrongCredentials, email).await;
    };
    auth.login(&user)
        .await
        .map_err(|e| AppError::internal("starting a session", e))?;
    crate::cart_store::join_at_login(user.row.id).await?;
    go(&next);
    Ok(None)
}

/// Logs out and returns to the home page.
#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    let mut auth = crate::auth::server::session().await?;
    auth.logout()
        .await
        .map_err(|e| AppError::internal("ending a session", e))?;
    crate::auth::server::go("/");
    Ok(())
}

/// The login page.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let form = Resource::new(|| (), |_| get_login_form());
    view! {
        <Title text=move || i18n.t().login_title />
        <section class="form-page">
            <h1>{move || i18n.t().login_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match form.await {
                        Ok(f) => login_form(f, next()).into_any(),
                        Err(_) => view! { <LoadFailed /> }.into_any(),
                    }
                })}
            </Suspense>
            <p><a href="/daftar">{move || i18n.t().login_register_prompt}</a></p>
        </section>
    }
}

fn login_form(f: LoginForm, next: String) -> impl IntoView {
    let i18n = use_i18n();
    let problem = f.problem;
    view! {
        {problem.map(|p| view! {
            <p class="flash flash-error" role="alert">
                {move || match p {
                    LoginProblem::WrongCredentials => i18n.t().login_failed,
                    LoginProblem::TooManyAttempts => i18n.t().too_many_attempts,
                }}
            </p>
        })}
        <form method="post" action="/api/login" class="stacked-form">
            <input type="hidden" name="next" value=next />
            <FormField label=|t| t.email_label name="email" kind="email" inputmode="email"
                autocomplete="username" value=f.email message=Signal::derive(|| None::<String>) />
            <FormField label=|t| t.password_label name="password" kind="password"
                autocomplete="current-password" value="" message=Signal::derive(|| None::<String>) />
            <button type="submit" class="button-primary">{move || i18n.t().login_title}</button>
        </form>
    }
}

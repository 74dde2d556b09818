//! `/daftar`: create an account. Without an invite it is a buyer's account; with a pesantren's
//! invite link (`/daftar?undangan=...`) it is a seller of that pesantren.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::components::form_field::FormField;
use crate::components::page_state::{LoadFailed, Loading};
use crate::error::AppError;
use crate::i18n::{account_error, use_i18n};
use domain::{AccountError, Pillar, account};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The invite a registration link carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteInfo {
    /// The pillar the seller will sell under.
    pub pillar: Pillar,
    /// The pesantren's name.
    pub pesantren_name: String,
}

/// What the registration page shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterForm {
    /// The valid invite of the link, if any.
    pub invite: Option<InviteInfo>,
    /// The link carried an invite that is used, expired or unknown.
    pub invite_invalid: bool,
    /// Name as typed last time.
    pub name: String,
    /// Email as typed last time.
    pub email: String,
    /// Refused fields.
    pub errors: Vec<(String, AccountError)>,
    /// Too many attempts.
    pub rate_limited: bool,
}

/// What a registration post answers: nothing refused means the account was made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterReply {
    /// Refused fields (`"name"`, `"email"`, `"password"`) with their problems.
    pub errors: Vec<(String, AccountError)>,
    /// Too many attempts from this address or for this email.
    pub rate_limited: bool,
}

/// The registration form for an invite token (empty for none).
#[server(endpoint = "register_form")]
pub async fn get_register_form(invite: String) -> Result<RegisterForm, AppError> {
    let mut form = RegisterForm::default();
    if !invite.is_empty() {
        let db = crate::context::database()?;
        let found = db::accounts::open_invite(
            &db,
            &auth::token_hash(&invite),
            time::OffsetDateTime::now_utc(),
        )
        .await
        .map_err(|e| AppError::internal("reading an invite", e))?;
        match found {
            Some((row, pesantren_name)) => {
                form.invite = Pillar::from_code(&row.pillar).map(|pillar| InviteInfo {
                    pillar,
                    pesantren_name,
                });
            }
            None => form.invite_invalid = true,
        }
    }
    if let Some(Flash::Register {
        name,
        email,
        errors,
        rate_limited,
    }) = crate::auth::server::take_flash().await
    {
        form.name = name;
        form.email = email;
        form.errors = errors;
        form.rate_limited = rate_limited;
    }
    Ok(form)
}

/// Creates an account and signs it in; or answers what was refused (and sends the browser back
/// to the form). An invite that was used or expired meanwhile answers 404 (the form then says so).
#[server(endpoint = "register")]
pub async fn register(
    name: String,
    email: String,
    password: String,
    #[server(default)] invite: String,
) -> Result<RegisterReply, AppError> {
    use crate::auth::server::{client_address, go, limiter, session, set_flash};
    use db::accounts::{CreateUserError, NewUser};
    let back = if invite.is_empty() {
        "/daftar".to_owned()
    } else {
        format!(
            "/daftar?undangan={}",
            form_urlencoded::byte_serialize(invite.as_bytes()).collect::<String>()
        )
    };
    let mut errors = Vec::new();
    let display_name = account::check_display_name(&name)
        .map_err(|e| errors.push(("name".to_owned(), e)))
        .ok();
    let parsed = domain::Email::parse(&email)
        .map_err(|e| errors.push(("email".to_owned(), e)))
        .ok();
    if let Err(e) = account::check_new_password(&password, &email) {
        errors.push(("password".to_owned(), e));
    }
    let typed_email = email.clone();
    let refuse = |errors: Vec<(String, AccountError)>, rate_limited: bool| async move {
        set_flash(&Flash::Register {
            name,
            email: typed_email,
            errors: errors.clone(),
            rate_limited,
        })
        .await?;
        go(&back);
        Ok(RegisterReply {
            errors,
            rate_limited,
        })
    };
    let allowed = limiter()?.allow(client_address().await, &email);
    let (Some(display_name), Some(parsed), true, true) =
        (display_name, parsed, errors.is_empty(), allowed)
    else {
        return refuse(errors, !allowed).await;
    };
    let db = crate::context::database()?;
    let hash = auth::password::hash(password)
        .await
        .map_err(|e| AppError::internal("hashing a password", e))?;
    let new = NewUser {
        email: parsed,
        password_hash: hash,
        display_name,
        role: domain::Role::Buyer,
        pillar: None,
        pesantren_id: None,
    };
    let created = if invite.is_empty() {
        db::accounts::create_user(&db, new).await
    } else {
        db::accounts::register_with_invite(&db, &auth::token_hash(&invite), new).await
    };
    let user = match created {
        Ok(user) => user,
        Err(CreateUserError::EmailTaken) => {
            let taken = vec![("email".to_owned(), AccountError::EmailUnavailable)];
            return refuse(taken, false).await;
        }
        // The form, reloaded, says the invite is no longer valid.
        Err(CreateUserError::InviteInvalid) => return Err(AppError::NotFound.answer()),
        Err(CreateUserError::Db(e)) => return Err(AppError::internal("creating an account", e)),
    };
    let is_seller = user.role == domain::Role::Seller.code();
    let user_id = user.id;
    session()
        .await?
        .login(&auth::User::new(user))
        .await
        .map_err(|e| AppError::internal("starting a session", e))?;
    // A visitor who filled a cart first goes back to it.
    let had_cart = crate::cart_store::join_at_login(user_id).await?;
    go(if is_seller {
        "/saya/produk"
    } else if had_cart {
        "/keranjang"
    } else {
        "/"
    });
    Ok(RegisterReply::default())
}

/// The registration page.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let invite = move || query.read().get("undangan").unwrap_or_default();
    let form = Resource::new(invite, get_register_form);
    view! {
        <Title text=move || i18n.t().register_title />
        <section class="form-page">
            <h1>{move || i18n.t().register_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match form.await {
                        Ok(f) => register_form(f, invite()).into_any(),
                        Err(_) => view! { <LoadFailed /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn register_form(f: RegisterForm, invite: String) -> impl IntoView {
    let i18n = use_i18n();
    let banner = match (&f.invite, f.invite_invalid) {
        (Some(inv), _) => {
            let (pillar, name) = (inv.pillar.name(), inv.pesantren_name.clone());
            Some(view! { <p class="flash">{move || (i18n.t().register_invited)(pillar, &name)}</p> }.into_any())
        }
        (None, true) => Some(view! { <p class="flash flash-error" role="alert">{move || i18n.t().invite_invalid}</p> }.into_any()),
        (None, false) => None,
    };
    let limited = f.rate_limited.then(|| view! { <p class="flash flash-error" role="alert">{move || i18n.t().too_many_attempts}</p> });
    view! {
        {banner}
        {limited}
        <RegisterFields invite name=f.name email=f.email errors=f.errors />
    }
}

/// The registration form. In the browser (an island) the shared rules run as the user types;
/// until then, and with JavaScript off, the server's messages show.
#[cfg_attr(feature = "hydrate", island(lazy))]
#[cfg_attr(not(feature = "hydrate"), island)]
pub fn RegisterFields(
    invite: String,
    name: String,
    email: String,
    errors: Vec<(String, AccountError)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let server_error = |field: &str| {
        errors
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, e)| *e)
    };
    let typed_email_value = RwSignal::new(email.clone());
    let typed_password = RwSignal::new(None::<String>);
    let typed_name = RwSignal::new(None::<String>);
    let typed_email = RwSignal::new(false);
    let (name_err, email_err, password_err) = (
        server_error("name"),
        server_error("email"),
        server_error("password"),
    );
    let name_message = Signal::derive(move || {
        let e = match typed_name.get() {
            Some(n) => account::check_display_name(&n).err(),
            None => name_err,
        };
        e.map(|e| account_error(i18n.locale(), e).to_owned())
    });
    let email_message = Signal::derive(move || {
        let e = if typed_email.get() {
            domain::Email::parse(&typed_email_value.get()).err()
        } else {
            email_err
        };
        e.map(|e| account_error(i18n.locale(), e).to_owned())
    });
    let password_message = Signal::derive(move || {
        let e = match typed_password.get() {
            Some(p) => account::check_new_password(&p, &typed_email_value.get()).err(),
            None => password_err,
        };
        e.map(|e| account_error(i18n.locale(), e).to_owned())
    });
    crate::islands::mark_live();
    view! {
        <form method="post" action="/api/register" class="stacked-form">
            <input type="hidden" name="invite" value=invite />
            <FormField label=|t| t.name_label name="name" autocomplete="name" value=name
                message=name_message on_input=Callback::new(move |v| typed_name.set(Some(v))) />
            <FormField label=|t| t.email_label name="email" kind="email" inputmode="email"
                autocomplete="username" value=email message=email_message
                on_input=Callback::new(move |v| { typed_email_value.set(v); typed_email.set(true); }) />
            <FormField label=|t| t.password_label name="password" kind="password"
                autocomplete="new-password" value="" message=password_message
                hint=|t| t.password_hint
                on_input=Callback::new(move |v| typed_password.set(Some(v))) />
            <button type="submit" class="button-primary">{move || i18n.t().register_submit}</button>
        </form>
    }
}

//! `/kelola/profil`: the pesantren admin edits the pesantren's public profile (text, address,
//! cooperative, WhatsApp) and its photo. The name, region and verification belong to the
//! programme and are not edited here.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::form_field::FormField;
use crate::components::live_form::LiveForm;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::pages::account::AccessDenied;
use domain::pesantren_form::{ProfileField, ProfileInput, ProfileProblem};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// What the profile editor shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileEditor {
    /// The pesantren's name.
    pub name: String,
    /// Its public page's slug.
    pub slug: String,
    /// Its photo (small size URL).
    pub photo_url: Option<String>,
    /// The form's values.
    pub input: ProfileInput,
    /// Refused fields of the last post.
    pub errors: Vec<(ProfileField, ProfileProblem)>,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

/// The signed-in pesantren admin's profile editor.
#[server(endpoint = "profile_editor")]
pub async fn get_profile_editor() -> Result<ProfileEditor, AppError> {
    let pesantren_id = crate::auth::server::pesantren_admin().await?;
    let db = crate::context::database()?;
    let (profile, name, slug, photo) = db::accounts::pesantren_profile(&db, pesantren_id)
        .await
        .map_err(|e| AppError::internal("loading a pesantren profile", e))?
        .ok_or(AppError::NotFound)?;
    let mut editor = ProfileEditor {
        name,
        slug,
        photo_url: photo
            .as_deref()
            .map(|k| domain::media::photo_url(k, domain::media::PHOTO_WIDTHS[0])),
        input: ProfileInput::from_valid(&profile),
        errors: Vec::new(),
        notice: None,
    };
    match crate::auth::server::take_flash().await {
        Some(Flash::Profile { input, errors }) => {
            editor.input = *input;
            editor.errors = errors;
        }
        Some(Flash::Notice(n)) => editor.notice = Some(n),
        _ => {}
    }
    Ok(editor)
}

/// Saves the profile. Returns the refused fields (empty when saved).
#[server(endpoint = "save_profile")]
pub async fn save_profile(
    input: ProfileInput,
) -> Result<Vec<(ProfileField, ProfileProblem)>, AppError> {
    use crate::auth::server::{go, set_flash};
    let pesantren_id = crate::auth::server::pesantren_admin().await?;
    let valid = match input.validate() {
        Ok(v) => v,
        Err(errors) => {
            set_flash(&Flash::Profile {
                input: Box::new(input),
                errors: errors.clone(),
            })
            .await?;
            go("/kelola/profil");
            return Ok(errors);
        }
    };
    let db = crate::context::database()?;
    db::accounts::update_pesantren_profile(&db, pesantren_id, &valid)
        .await
        .map_err(|e| AppError::internal("saving a pesantren profile", e))?;
    set_flash(&Flash::Notice(FlashNotice::Done)).await?;
    go("/kelola/profil");
    Ok(Vec::new())
}

/// The profile editor page.
#[component]
pub fn ManageProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_profile_editor());
    view! {
        <Title text=move || i18n.t().profile_edit_title />
        <section class="form-page">
            <h1>{move || i18n.t().profile_edit_title}</h1>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(e) => profile_view(e).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn problem_text(t: &'static crate::i18n::Strings, p: ProfileProblem) -> &'static str {
    match p {
        ProfileProblem::Required => t.problem_required,
        ProfileProblem::TooLong => t.problem_too_long,
        ProfileProblem::PhoneInvalid => t.problem_phone,
    }
}

fn profile_view(e: ProfileEditor) -> impl IntoView {
    let i18n = use_i18n();
    let name = e.name.clone();
    let photo = e.photo_url.clone().map(|url| {
        let alt = move || (i18n.t().pesantren_photo_alt)(&name);
        view! { <img class="pesantren-photo" src=url alt=alt width="320" loading="lazy" /> }
    });
    view! {
        <p><a href=format!("/pesantren/{}", e.slug)>{e.name.clone()}</a></p>
        <FlashNoticeLine notice=e.notice />
        <ProfileForm input=e.input errors=e.errors />
        <section class="photos">
            <h2>{move || i18n.t().pesantren_photo_heading}</h2>
            {photo}
            <form method="post" action="/kelola/profil/foto" enctype="multipart/form-data" class="inline-form upload-form">
                <label for="photo-file">{move || i18n.t().photo_choose}</label>
                <input id="photo-file" type="file" name="photo" accept="image/jpeg,image/png,image/webp" required />
                <button type="submit" class="button-primary">{move || i18n.t().photo_upload}</button>
            </form>
        </section>
    }
}

/// The profile form, checked as it is typed (an island: the rule runs in the browser).
#[cfg_attr(feature = "hydrate", island(lazy))]
#[cfg_attr(not(feature = "hydrate"), island)]
pub fn ProfileForm(
    input: ProfileInput,
    errors: Vec<(ProfileField, ProfileProblem)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = LiveForm::new(input.clone());
    let message = move |field: ProfileField| {
        let server = errors.iter().find(|(f, _)| *f == field).map(|(_, p)| *p);
        form.message(field, server, move |p| problem_text(i18n.t(), p).to_owned())
    };
    let set =
        move |field: ProfileField, apply: fn(&mut ProfileInput, String)| form.setter(field, apply);
    let on_submit = form.on_submit();
    crate::islands::mark_live();
    let ProfileInput {
        description,
        address,
        cooperative,
        whatsapp,
    } = input;
    view! {
        <form method="post" action="/api/save_profile" class="stacked-form" on:submit=on_submit novalidate>
            <FormField label=|t| t.field_profile_description name="input[description]" value=description multiline=true
                message=message(ProfileField::Description) on_input=set(ProfileField::Description, |i, v| i.description = v) />
            <FormField label=|t| t.field_address name="input[address]" value=address autocomplete="street-address"
                message=message(ProfileField::Address) on_input=set(ProfileField::Address, |i, v| i.address = v) />
            <FormField label=|t| t.field_cooperative name="input[cooperative]" value=cooperative
                message=message(ProfileField::Cooperative) on_input=set(ProfileField::Cooperative, |i, v| i.cooperative = v) />
            <FormField label=|t| t.field_whatsapp name="input[whatsapp]" value=whatsapp kind="tel" inputmode="tel"
                autocomplete="tel" hint=|t| t.whatsapp_hint
                message=message(ProfileField::Whatsapp) on_input=set(ProfileField::Whatsapp, |i, v| i.whatsapp = v) />
            <button type="submit" class="button-primary">{move || i18n.t().save}</button>
        </form>
    }
}

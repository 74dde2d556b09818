//! `/saya/produk`: a seller's listings by state, with counts; `/saya/produk/baru` and
//! `/saya/produk/{id}`: the listing editor. A listing is saved as a draft or submitted for the
//! pesantren's review; the seller can never publish it themselves.

#[cfg(feature = "ssr")]
use crate::auth::Flash;
use crate::auth::FlashNotice;
use crate::components::flash_notice::FlashNoticeLine;
use crate::components::form_field::FormField;
use crate::components::live_form::LiveForm;
use crate::components::page_state::Loading;
use crate::error::AppError;
use crate::i18n::{halal_status, listing_problem, listing_state, use_i18n};
use crate::pages::account::AccessDenied;
use domain::{
    HalalStatus, ListingEditor, ListingErrors, ListingField, ListingInput, ListingState,
    MyListings, Rupiah,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// The seller's dashboard data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyListingsPage {
    /// Their listings.
    pub listings: MyListings,
    /// A notice from the last post.
    pub notice: Option<FlashNotice>,
}

#[cfg(feature = "ssr")]
async fn lister() -> Result<(domain::Viewer, i32, domain::Pillar), AppError> {
    use domain::Role;
    let viewer = crate::auth::server::with_role(&[Role::Seller, Role::PesantrenAdmin]).await?;
    match (viewer.pesantren_id, viewer.listing_pillar()) {
        (Some(pesantren), Some(pillar)) => Ok((viewer, pesantren, pillar)),
        _ => Err(AppError::Forbidden.answer()),
    }
}

/// The signed-in seller's listings.
#[server(endpoint = "my_listings")]
pub async fn get_my_listings() -> Result<MyListingsPage, AppError> {
    let (viewer, _, _) = lister().await?;
    let db = crate::context::database()?;
    let items = db::listings::for_seller(&db, viewer.id)
        .await
        .map_err(|e| AppError::internal("loading a seller's listings", e))?;
    let notice = match crate::auth::server::take_flash().await {
        Some(Flash::Notice(n)) => Some(n),
        _ => None,
    };
    Ok(MyListingsPage {
        listings: MyListings { items },
        notice,
    })
}

/// The listing editor and the notice of the last post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditorPage {
    /// The editor.
    pub editor: ListingEditor,
    /// A notice from the last post (saved, photo added or refused).
    pub notice: Option<FlashNotice>,
}

/// The editor for a new listing (`id` = 0) or one of the seller's own.
#[server(endpoint = "listing_editor")]
pub async fn get_listing_editor(id: i32) -> Result<EditorPage, AppError> {
    let (viewer, _, pillar) = lister().await?;
    let db = crate::context::database()?;
    let categories = db::listings::categories(&db)
        .await
        .map_err(|e| AppError::internal("loading categories", e))?;
    let mut editor = ListingEditor {
        id: None,
        state: None,
        rejection_reason: None,
        pillar,
        input: ListingInput {
            halal_status: HalalStatus::None.code().to_owned(),
            ..ListingInput::default()
        },
        errors: ListingErrors::default(),
        categories,
        photos: Vec::new(),
    };
    if id != 0 {
        let Some(p) = db::listings::owned(&db, viewer.id, id)
            .await
            .map_err(|e| AppError::internal("loading a listing", e))?
        else {
            return Err(AppError::NotFound.answer());
        };
        editor.id = Some(p.id);
        editor.state = ListingState::from_code(&p.listing_state);
        editor.input = ListingInput::from_valid(&db::listings::to_valid(&p));
        editor.pillar = domain::Pillar::from_code(&p.pillar).unwrap_or(pillar);
        editor.rejection_reason = p.rejection_reason;
        editor.photos = db::photos::for_product(&db, p.id)
            .await
            .map_err(|e| AppError::internal("loading photos", e))?
            .into_iter()
            .map(|ph| domain::media::EditorPhoto {
                id: ph.id,
                url: domain::media::photo_url(&ph.storage_key, domain::media::PHOTO_WIDTHS[0]),
                width: u32::try_from(ph.width).unwrap_or(0),
                height: u32::try_from(ph.height).unwrap_or(0),
            })
            .collect();
    }
    let mut notice = None;
    match crate::auth::server::take_flash().await {
        Some(Flash::Listing {
            id: flash_id,
            input,
            errors,
        }) if flash_id == editor.id => {
            editor.input = *input;
            editor.errors = errors;
        }
        Some(Flash::Notice(n)) => notice = Some(n),
        _ => {}
    }
    Ok(EditorPage { editor, notice })
}

/// Saves a listing (`id` = 0 creates one) as a draft (`intent` = `draft`) or for review
/// (`submit`). Returns the refused fields; empty when saved.
#[server(endpoint = "save_listing")]
pub async fn save_listing(
    #[server(default)] id: i32,
    #[server(default)] intent: String,
    input: ListingInput,
) -> Result<ListingErrors, AppError> {
    use crate::auth::server::{go, set_flash};
    use db::listings::SaveOutcome;
    use domain::listing::SaveIntent;
    let (viewer, pesantren_id, pillar) = lister().await?;
    let intent = if intent == "submit" {
        SaveIntent::Submit
    } else {
        SaveIntent::Draft
    };
    let back = if id == 0 {
        "/saya/produk/baru".to_owned()
    } else {
        format!("/saya/produk/{id}")
    };
    let refuse = |errors: ListingErrors, input: ListingInput| async move {
        set_flash(&Flash::Listing {
            id: (id != 0).then_some(id),
            input: Box::new(input),
            errors: errors.clone(),
        })
        .await?;
        go(&back);
        Ok(errors)
    };
    let valid = match input.validate() {
        Ok(v) => v,
        Err(errors) => return refuse(errors, input).await,
    };
    let db = crate::context::database()?;
    let outcome = if id == 0 {
        db::listings::create(&db, viewer.id, pesantren_id, pillar, &valid, intent).await
    } else {
        db::listings::update(&db, viewer.id, id, &valid, intent).await
    }
    .map_err(|e| AppError::internal("saving a listing", e))?;
    match outcome {
        SaveOutcome::Saved(saved, _) => {
            set_flash(&Flash::Notice(FlashNotice::ListingSaved)).await?;
            // A draft stays open in the editor (photos can be added once it exists).
            if intent == SaveIntent::Draft {
                go(&format!("/saya/produk/{saved}"));
            } else {
                go("/saya/produk");
            }
            Ok(ListingErrors::default())
        }
        SaveOutcome::UnknownCategory => {
            let errors = ListingErrors(vec![(
                ListingField::Category,
                domain::ListingProblem::CategoryUnknown,
            )]);
            refuse(errors, input).await
        }
        SaveOutcome::NotFound => Err(AppError::NotFound.answer()),
    }
}

/// Reorders, makes the cover of, or deletes (`action` = `cover`, `earlier`, `later`, `delete`)
/// a photo of one of the seller's own listings.
#[server(endpoint = "photo_action")]
pub async fn photo_action(product: i32, photo: i32, action: String) -> Result<(), AppError> {
    use db::photos::PhotoAction;
    let (viewer, _, _) = lister().await?;
    let db = crate::context::database()?;
    let owned = db::listings::owned(&db, viewer.id, product)
        .await
        .map_err(|e| AppError::internal("loading a listing", e))?
        .filter(|p| p.listing_state != ListingState::Archived.code());
    let action = match action.as_str() {
        "cover" => Some(PhotoAction::Cover),
        "earlier" => Some(PhotoAction::Earlier),
        "later" => Some(PhotoAction::Later),
        "delete" => Some(PhotoAction::Delete),
        _ => None,
    };
    let (Some(_), Some(action)) = (owned, action) else {
        return Err(AppError::NotFound.answer());
    };
    let applied = db::photos::apply(&db, product, photo, action)
        .await
        .map_err(|e| AppError::internal("changing a photo", e))?;
    match applied {
        None => return Err(AppError::NotFound.answer()),
        Some(Some(key)) => {
            let store = crate::context::media_store()?;
            for width in domain::media::PHOTO_WIDTHS {
                if let Err(e) = store.delete(&media::store::file_name(&key, width)).await {
                    tracing::warn!(error = %e, "deleting a photo file failed");
                }
            }
        }
        Some(None) => {}
    }
    crate::auth::server::set_flash(&Flash::Notice(FlashNotice::Done)).await?;
    crate::auth::server::go(&format!("/saya/produk/{product}"));
    Ok(())
}

/// Archives one of the seller's own listings.
#[server(endpoint = "archive_listing")]
pub async fn archive_listing(id: i32) -> Result<(), AppError> {
    let (viewer, _, _) = lister().await?;
    let db = crate::context::database()?;
    let archived = db::listings::archive(&db, viewer.id, id)
        .await
        .map_err(|e| AppError::internal("archiving a listing", e))?;
    if !archived {
        return Err(AppError::NotFound.answer());
    }
    crate::auth::server::set_flash(&Flash::Notice(FlashNotice::Done)).await?;
    crate::auth::server::go("/saya/produk");
    Ok(())
}

/// "Produk saya".
#[component]
pub fn MyProductsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_my_listings());
    let query = use_query_map();
    let filter = move || {
        query
            .read()
            .get("status")
            .and_then(|s| ListingState::from_code(&s))
    };
    view! {
        <Title text=move || i18n.t().my_products_title />
        <section class="dashboard">
            <div class="dashboard-head">
                <h1>{move || i18n.t().my_products_title}</h1>
                <a class="button-primary" href="/saya/produk/baru">{move || i18n.t().new_listing}</a>
                <a href="/saya/pesanan">{move || i18n.shop().nav_incoming}</a>
            </div>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => listings_view(d, filter()).into_any(),
                        Err(e) => view! { <AccessDenied error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn listings_view(d: MyListingsPage, filter: Option<ListingState>) -> impl IntoView {
    let i18n = use_i18n();
    let tabs = std::iter::once(None)
        .chain(ListingState::ALL.iter().copied().map(Some))
        .map(|state| {
            let count = state.map_or(d.listings.items.len(), |s| d.listings.count(s));
            let href = state.map_or("/saya/produk".to_owned(), |s| {
                format!("/saya/produk?status={}", s.code())
            });
            let current = (state == filter).then_some("page");
            view! {
                <a href=href aria-current=current>
                    {move || state.map_or(i18n.t().all_states, |s| listing_state(i18n.locale(), s))}
                    " " <span class="count">{count}</span>
                </a>
            }
        })
        .collect_view();
    let items: Vec<_> = d
        .listings
        .items
        .into_iter()
        .filter(|l| filter.is_none_or(|f| l.state == f))
        .collect();
    let list = if items.is_empty() {
        view! { <p class="empty">{move || i18n.t().no_listings}</p> }.into_any()
    } else {
        view! {
            <ul class="listing-rows">
                {items.into_iter().map(|l| {
                    let state = l.state;
                    let reason = l.rejection_reason.clone().map(|r| view! {
                        <p class="rejection"><strong>{move || i18n.t().rejection_reason_label}</strong> " " {r}</p>
                    });
                    let public = (state == ListingState::Published).then(|| view! {
                        <a href=format!("/produk/{}", l.slug)>{move || i18n.t().view_public}</a>
                    });
                    let editable = state != ListingState::Archived;
                    view! {
                        <li class=format!("listing-row state-{}", state.code())>
                            <div>
                                <strong>{l.name}</strong>
                                <span class="state-badge">{move || listing_state(i18n.locale(), state)}</span>
                            </div>
                            <div class="listing-meta">
                                <span>{Rupiah::to_string(&l.price)}</span>
                                <span>{move || format!("{}: {}", i18n.t().field_stock, l.stock)}</span>
                                <span>{l.updated}</span>
                            </div>
                            {reason}
                            <div class="row-actions">
                                {editable.then(|| view! { <a href=format!("/saya/produk/{}", l.id)>{move || i18n.t().edit}</a> })}
                                {public}
                                {editable.then(|| view! {
                                    <form method="post" action="/api/archive_listing">
                                        <input type="hidden" name="id" value=l.id />
                                        <button type="submit" class="button-link">{move || i18n.t().archive}</button>
                                    </form>
                                })}
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <FlashNoticeLine notice=d.notice />
        <nav class="state-tabs">{tabs}</nav>
        {list}
    }
}

/// The listing editor (new, or `/saya/produk/{id}`).
#[component]
pub fn ListingEditorPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i32>().ok())
            .filter(|id| *id > 0)
            .unwrap_or(0)
    };
    let editor = Resource::new(id, get_listing_editor);
    view! {
        <section class="form-page">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match editor.await {
                        Ok(page) => editor_view(page.editor, page.notice).into_any(),
                        Err(e) => view! {
                            <Title text=move || i18n.t().editor_edit_title />
                            <AccessDenied error=e />
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn editor_view(e: ListingEditor, notice: Option<FlashNotice>) -> impl IntoView {
    let i18n = use_i18n();
    let title = if e.id.is_some() {
        |t: &'static crate::i18n::Strings| t.editor_edit_title
    } else {
        |t: &'static crate::i18n::Strings| t.editor_new_title
    };
    let has_errors = !e.errors.is_empty();
    let state_line = e.state.map(|s| view! {
        <p class="state-line"><span class="state-badge">{move || listing_state(i18n.locale(), s)}</span></p>
    });
    let reason = e.rejection_reason.clone().map(|r| view! {
        <p class="rejection"><strong>{move || i18n.t().rejection_reason_label}</strong> " " {r}</p>
    });
    let (id, photos) = (e.id, e.photos.clone());
    let editor = ListingEditor {
        photos: Vec::new(),
        rejection_reason: None,
        ..e
    };
    view! {
        <Title text=move || title(i18n.t()) />
        <h1>{move || title(i18n.t())}</h1>
        <FlashNoticeLine notice=notice />
        {state_line}
        {reason}
        {has_errors.then(|| view! { <p class="flash flash-error" role="alert">{move || i18n.t().form_has_errors}</p> })}
        <ListingForm editor />
        {photos_section(id, photos)}
    }
}

/// The listing form, checked as it is typed (an island: the rule runs in the browser).
#[cfg_attr(feature = "hydrate", island(lazy))]
#[cfg_attr(not(feature = "hydrate"), island)]
pub fn ListingForm(editor: ListingEditor) -> impl IntoView {
    let e = editor;
    let i18n = use_i18n();
    let form = LiveForm::new(e.input.clone());
    let input = form.input();
    let server_errors = e.errors.clone();
    let message = move |field: ListingField| {
        form.message(field, server_errors.get(field), move |p| {
            listing_problem(i18n.locale(), p)
        })
    };
    let set =
        move |field: ListingField, apply: fn(&mut ListingInput, String)| form.setter(field, apply);
    let on_submit = form.on_submit();
    let published_note = (e.state == Some(ListingState::Published))
        .then(|| view! { <p class="field-hint">{move || i18n.t().published_edit_note}</p> });
    let category = e.input.category.clone();
    let categories = e.categories.clone();
    let category_message = message(ListingField::Category);
    let halal_message = message(ListingField::HalalStatus);
    let current_halal = e.input.halal_status.clone();
    let certified = move || input.with(|i| i.halal_status == HalalStatus::Certified.code());
    crate::islands::mark_live();
    let ListingInput {
        name,
        description,
        price,
        stock,
        unit,
        weight,
        halal_certificate,
        pirt,
        bpom,
        ..
    } = e.input;
    view! {
        <form method="post" action="/api/save_listing" class="stacked-form listing-form" on:submit=on_submit novalidate>
            <input type="hidden" name="id" value=e.id.unwrap_or(0) />
            <p class="pillar-line">{move || i18n.t().field_pillar} ": " <strong>{e.pillar.name()}</strong></p>
            <FormField label=|t| t.field_name name="input[name]" value=name
                message=message(ListingField::Name) on_input=set(ListingField::Name, |i, v| i.name = v) />
            <div class="field" class:field-invalid=move || category_message.get().is_some()>
                <label for="field-category">{move || i18n.t().field_category}</label>
                <select id="field-category" name="input[category]"
                    on:change=move |ev| set(ListingField::Category, |i, v| i.category = v).run(event_target_value(&ev))>
                    <option value="">{move || i18n.t().choose_category}</option>
                    {categories.into_iter().map(|c| {
                        let selected = c.id.to_string() == category;
                        view! {
                            <option value=c.id selected=selected>
                                {move || if i18n.locale() == domain::Locale::En { c.name_en.clone() } else { c.name_id.clone() }}
                            </option>
                        }
                    }).collect_view()}
                </select>
                <p class="field-message" aria-live="polite">{move || category_message.get()}</p>
            </div>
            <FormField label=|t| t.field_description name="input[description]" value=description multiline=true
                message=message(ListingField::Description) on_input=set(ListingField::Description, |i, v| i.description = v) />
            <div class="field-row">
                <FormField label=|t| t.field_price name="input[price]" value=price inputmode="numeric"
                    message=message(ListingField::Price) on_input=set(ListingField::Price, |i, v| i.price = v) />
                <FormField label=|t| t.field_stock name="input[stock]" value=stock inputmode="numeric"
                    message=message(ListingField::Stock) on_input=set(ListingField::Stock, |i, v| i.stock = v) />
            </div>
            {published_note}
            <div class="field-row">
                <FormField label=|t| t.field_unit name="input[unit]" value=unit
                    message=message(ListingField::Unit) on_input=set(ListingField::Unit, |i, v| i.unit = v) />
                <FormField label=|t| t.field_weight name="input[weight]" value=weight inputmode="numeric"
                    message=message(ListingField::Weight) on_input=set(ListingField::Weight, |i, v| i.weight = v) />
            </div>
            <fieldset class="field" class:field-invalid=move || halal_message.get().is_some()>
                <legend>{move || i18n.t().field_halal_status}</legend>
                {HalalStatus::ALL.iter().map(|s| {
                    let s = *s;
                    let checked = s.code() == current_halal;
                    view! {
                        <label class="choice">
                            <input type="radio" name="input[halal_status]" value=s.code() checked=checked
                                on:change=move |_| set(ListingField::HalalStatus, |i, v| i.halal_status = v).run(s.code().to_owned()) />
                            {move || halal_status(i18n.locale(), s)}
                        </label>
                    }
                }).collect_view()}
                <p class="field-message" aria-live="polite">{move || halal_message.get()}</p>
            </fieldset>
            <div class:js-hidden=move || !certified()>
                <FormField label=|t| t.field_halal_certificate name="input[halal_certificate]" value=halal_certificate
                    message=message(ListingField::HalalCertificate)
                    on_input=set(ListingField::HalalCertificate, |i, v| i.halal_certificate = v) />
            </div>
            <div class="field-row">
                <FormField label=|t| t.field_pirt name="input[pirt]" value=pirt
                    message=message(ListingField::Pirt) on_input=set(ListingField::Pirt, |i, v| i.pirt = v) />
                <FormField label=|t| t.field_bpom name="input[bpom]" value=bpom
                    message=message(ListingField::Bpom) on_input=set(ListingField::Bpom, |i, v| i.bpom = v) />
            </div>
            <div class="form-actions">
                <button type="submit" name="intent" value="submit" class="button-primary">{move || i18n.t().submit_for_review}</button>
                <button type="submit" name="intent" value="draft" class="button-secondary">{move || i18n.t().save_draft}</button>
            </div>
        </form>
    }
}

fn photos_section(id: Option<i32>, photos: Vec<domain::media::EditorPhoto>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(id) = id else {
        return view! {
            <section class="photos">
                <h2>{move || i18n.t().photos_heading}</h2>
                <p class="field-hint">{move || i18n.t().photos_after_save}</p>
            </section>
        }
        .into_any();
    };
    let count = photos.len();
    let full = count >= domain::media::MAX_PHOTOS;
    let items = photos
        .into_iter()
        .enumerate()
        .map(|(i, ph)| {
            let action = move |name: &'static str, label: fn(&'static crate::i18n::Strings) -> &'static str| {
                view! {
                    <form method="post" action="/api/photo_action">
                        <input type="hidden" name="product" value=id />
                        <input type="hidden" name="photo" value=ph.id />
                        <input type="hidden" name="action" value=name />
                        <button type="submit" class="button-link">{move || label(i18n.t())}</button>
                    </form>
                }
            };
            view! {
                <li class="photo-item">
                    <img src=ph.url.clone() width="160" height=(ph.height * 160 / ph.width.max(1)).to_string() alt="" loading="lazy" />
                    {(i == 0).then(|| view! { <span class="cover-badge">{move || i18n.t().cover_label}</span> })}
                    <div class="row-actions">
                        {(i > 0).then(|| action("cover", |t| t.photo_cover))}
                        {(i > 0).then(|| action("earlier", |t| t.photo_earlier))}
                        {(i + 1 < count).then(|| action("later", |t| t.photo_later))}
                        {action("delete", |t| t.photo_delete)}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="photos">
            <h2>{move || i18n.t().photos_heading}</h2>
            <p class="field-hint">{move || i18n.t().photos_hint}</p>
            <ul class="photo-grid">{items}</ul>
            {(!full).then(|| view! {
                <form method="post" action=format!("/saya/produk/{id}/foto") enctype="multipart/form-data" class="inline-form upload-form">
                    <label for="photo-file">{move || i18n.t().photo_choose}</label>
                    <input id="photo-file" type="file" name="photo" accept="image/jpeg,image/png,image/webp" required />
                    <button type="submit" class="button-primary">{move || i18n.t().photo_upload}</button>
                </form>
            })}
        </section>
    }
    .into_any()
}

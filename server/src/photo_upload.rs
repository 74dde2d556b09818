//! Photo uploads, as plain multipart form posts (they work without JavaScript), answered with a
//! redirect back to the form and a one-line message in the session's flash:
//! `POST /saya/produk/{id}/foto` (a seller adds a photo to their listing),
//! `POST /kelola/profil/foto` (a pesantren admin sets the pesantren's photo) and
//! `POST /program/berita/{id}/foto` (programme staff set a news post's cover photo).

use app::auth::{Flash, FlashNotice};
use axum::extract::{Multipart, Path};
use axum::response::{IntoResponse, Redirect, Response};
use domain::media::{MAX_PHOTOS, PhotoProblem};
use http::StatusCode;
use media::MediaStore;
use std::sync::Arc;

/// What the upload handler needs.
#[derive(Clone)]
pub struct PhotoUploads {
    /// The database.
    pub db: db::DatabaseConnection,
    /// Where photos are stored.
    pub store: Arc<dyn MediaStore>,
}

type Route = axum::routing::MethodRouter<leptos::prelude::LeptosOptions>;

/// A body limit a little above the 8 MB photo limit (multipart framing).
fn limit() -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(media::MAX_UPLOAD_BYTES + 64 * 1024)
}

/// `POST /saya/produk/{id}/foto`.
pub fn listing_route(uploads: PhotoUploads) -> Route {
    axum::routing::post(
        move |auth: auth::AuthSession, path: Path<i32>, multipart: Multipart| {
            let uploads = uploads.clone();
            async move { upload(uploads, auth, path, multipart).await }
        },
    )
    .layer(limit())
}

/// `POST /kelola/profil/foto`.
pub fn pesantren_route(uploads: PhotoUploads) -> Route {
    axum::routing::post(move |auth: auth::AuthSession, multipart: Multipart| {
        let uploads = uploads.clone();
        async move { upload_pesantren(uploads, auth, multipart).await }
    })
    .layer(limit())
}

/// `POST /program/berita/{id}/foto`.
pub fn news_route(uploads: PhotoUploads) -> Route {
    axum::routing::post(
        move |auth: auth::AuthSession, path: Path<i32>, multipart: Multipart| {
            let uploads = uploads.clone();
            async move { upload_news_cover(uploads, auth, path, multipart).await }
        },
    )
    .layer(limit())
}

async fn set_flash(session: &tower_sessions::Session, notice: FlashNotice) {
    if let Err(e) = session.insert("flash", Flash::Notice(notice)).await {
        tracing::warn!(error = %e, "storing a flash message failed");
    }
}

/// Reads the `photo` field and processes it.
async fn receive(mut multipart: Multipart) -> Result<media::ProcessedPhoto, PhotoProblem> {
    let bytes = loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("photo") => match field.bytes().await {
                Ok(b) => break b,
                Err(_) => return Err(PhotoProblem::TooLarge),
            },
            Ok(Some(_)) => {}
            Ok(None) => return Err(PhotoProblem::Empty),
            Err(_) => return Err(PhotoProblem::TooLarge),
        }
    };
    tokio::task::spawn_blocking(move || media::process(&bytes))
        .await
        .unwrap_or(Err(PhotoProblem::Damaged))
}

/// Stores every size of a processed photo under a new server-made key below `prefix`.
async fn store_sizes(
    store: &dyn MediaStore,
    prefix: &str,
    processed: media::ProcessedPhoto,
) -> std::io::Result<String> {
    let key = format!("{prefix}/{}", &auth::random_token()[..24]);
    for (width, jpeg) in processed.sizes {
        store
            .put(&media::store::file_name(&key, width), jpeg)
            .await?;
    }
    Ok(key)
}

async fn upload_pesantren(
    uploads: PhotoUploads,
    auth: auth::AuthSession,
    multipart: Multipart,
) -> Response {
    let back = "/kelola/profil";
    let Some(user) = auth.user.as_ref() else {
        return Redirect::to("/masuk?next=/kelola/profil").into_response();
    };
    let viewer = user.viewer();
    let (domain::Role::PesantrenAdmin, Some(pesantren_id)) = (viewer.role, viewer.pesantren_id)
    else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let processed = match receive(multipart).await {
        Ok(p) => p,
        Err(problem) => {
            set_flash(&auth.session, FlashNotice::PhotoRefused(problem)).await;
            return Redirect::to(back).into_response();
        }
    };
    let prefix = format!("pesantren/{pesantren_id}");
    let key = match store_sizes(uploads.store.as_ref(), &prefix, processed).await {
        Ok(key) => key,
        Err(e) => return internal("storing a photo", e),
    };
    match db::accounts::set_pesantren_photo(&uploads.db, pesantren_id, &key).await {
        Ok(old) => {
            if let Some(old) = old {
                delete_files(uploads.store.as_ref(), &old).await;
            }
            set_flash(&auth.session, FlashNotice::PhotoAdded).await;
            Redirect::to(back).into_response()
        }
        Err(e) => internal("recording a pesantren photo", e),
    }
}

async fn upload_news_cover(
    uploads: PhotoUploads,
    auth: auth::AuthSession,
    Path(id): Path<i32>,
    multipart: Multipart,
) -> Response {
    let back = format!("/program/berita/{id}");
    let Some(user) = auth.user.as_ref() else {
        return Redirect::to(&format!("/masuk?next={back}")).into_response();
    };
    if user.viewer().role != domain::Role::ProgrammeAdmin {
        return StatusCode::FORBIDDEN.into_response();
    }
    let processed = match receive(multipart).await {
        Ok(p) => p,
        Err(problem) => {
            set_flash(&auth.session, FlashNotice::PhotoRefused(problem)).await;
            return Redirect::to(&back).into_response();
        }
    };
    let key = match store_sizes(uploads.store.as_ref(), &format!("news/{id}"), processed).await {
        Ok(key) => key,
        Err(e) => return internal("storing a cover photo", e),
    };
    match db::news::set_cover(&uploads.db, id, &key).await {
        Ok(Some(old)) => {
            if let Some(old) = old {
                delete_files(uploads.store.as_ref(), &old).await;
            }
            set_flash(&auth.session, FlashNotice::PhotoAdded).await;
            Redirect::to(&back).into_response()
        }
        Ok(None) => {
            delete_files(uploads.store.as_ref(), &key).await;
            StatusCode::NOT_FOUND.into_response()
        }
        Err(e) => internal("recording a cover photo", e),
    }
}

async fn upload(
    uploads: PhotoUploads,
    auth: auth::AuthSession,
    Path(product_id): Path<i32>,
    multipart: Multipart,
) -> Response {
    let editor = format!("/saya/produk/{product_id}");
    let Some(user) = auth.user.as_ref() else {
        return Redirect::to(&format!("/masuk?next={editor}")).into_response();
    };
    let viewer = user.viewer();
    let owned = match db::listings::owned(&uploads.db, viewer.id, product_id).await {
        Ok(Some(p)) if p.listing_state != domain::ListingState::Archived.code() => p,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return internal("reading a listing", e),
    };
    let refuse = |problem: PhotoProblem| {
        let session = auth.session.clone();
        let editor = editor.clone();
        async move {
            set_flash(&session, FlashNotice::PhotoRefused(problem)).await;
            Redirect::to(&editor).into_response()
        }
    };
    match db::photos::for_product(&uploads.db, owned.id).await {
        Ok(p) if p.len() >= MAX_PHOTOS => return refuse(PhotoProblem::TooMany).await,
        Ok(_) => {}
        Err(e) => return internal("counting photos", e),
    }
    let processed = match receive(multipart).await {
        Ok(p) => p,
        Err(problem) => return refuse(problem).await,
    };
    let prefix = format!("products/{}", owned.id);
    let (width, height) = (processed.width, processed.height);
    let key = match store_sizes(uploads.store.as_ref(), &prefix, processed).await {
        Ok(key) => key,
        Err(e) => return internal("storing a photo", e),
    };
    match db::photos::add(&uploads.db, owned.id, &key, width, height).await {
        Ok(true) => {
            set_flash(&auth.session, FlashNotice::PhotoAdded).await;
            Redirect::to(&editor).into_response()
        }
        Ok(false) => {
            delete_files(uploads.store.as_ref(), &key).await;
            refuse(PhotoProblem::TooMany).await
        }
        Err(e) => internal("recording a photo", e),
    }
}

/// Removes every stored size of a photo (failures are logged: an orphan file is harmless).
pub async fn delete_files(store: &dyn MediaStore, key: &str) {
    for width in domain::media::PHOTO_WIDTHS {
        if let Err(e) = store.delete(&media::store::file_name(key, width)).await {
            tracing::warn!(error = %e, key, "deleting a photo file failed");
        }
    }
}

fn internal(context: &str, error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "{context}");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

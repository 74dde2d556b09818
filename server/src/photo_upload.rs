//! `POST /saya/produk/{id}/foto`: a seller adds a photo to their listing. A plain multipart form
//! post (it works without JavaScript); the answer is a redirect back to the listing editor,
//! with a one-line message in the session's flash.

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

/// The route, with a body limit a little above the 8 MB photo limit (multipart framing).
pub fn route(uploads: PhotoUploads) -> axum::routing::MethodRouter<leptos::prelude::LeptosOptions> {
    axum::routing::post(
        move |auth: auth::AuthSession, path: Path<i32>, multipart: Multipart| {
            let uploads = uploads.clone();
            async move { upload(uploads, auth, path, multipart).await }
        },
    )
    .layer(axum::extract::DefaultBodyLimit::max(
        media::MAX_UPLOAD_BYTES + 64 * 1024,
    ))
}

async fn upload(
    uploads: PhotoUploads,
    auth: auth::AuthSession,
    Path(product_id): Path<i32>,
    mut multipart: Multipart,
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
    let flash = |notice: FlashNotice| {
        let session = auth.session.clone();
        let editor = editor.clone();
        async move {
            if let Err(e) = session.insert("flash", Flash::Notice(notice)).await {
                tracing::warn!(error = %e, "storing a flash message failed");
            }
            Redirect::to(&editor).into_response()
        }
    };
    let refuse = |problem: PhotoProblem| flash(FlashNotice::PhotoRefused(problem));
    let bytes = loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("photo") => match field.bytes().await {
                Ok(b) => break b,
                Err(_) => return refuse(PhotoProblem::TooLarge).await,
            },
            Ok(Some(_)) => {}
            Ok(None) => return refuse(PhotoProblem::Empty).await,
            Err(_) => return refuse(PhotoProblem::TooLarge).await,
        }
    };
    match db::photos::for_product(&uploads.db, owned.id).await {
        Ok(p) if p.len() >= MAX_PHOTOS => return refuse(PhotoProblem::TooMany).await,
        Ok(_) => {}
        Err(e) => return internal("counting photos", e),
    }
    let processed = match tokio::task::spawn_blocking(move || media::process(&bytes)).await {
        Ok(Ok(p)) => p,
        Ok(Err(problem)) => return refuse(problem).await,
        Err(e) => return internal("processing a photo", e),
    };
    let key = format!("products/{}/{}", owned.id, &auth::random_token()[..24]);
    for (width, jpeg) in processed.sizes {
        if let Err(e) = uploads
            .store
            .put(&media::store::file_name(&key, width), jpeg)
            .await
        {
            return internal("storing a photo", e);
        }
    }
    match db::photos::add(
        &uploads.db,
        owned.id,
        &key,
        processed.width,
        processed.height,
    )
    .await
    {
        Ok(true) => flash(FlashNotice::PhotoAdded).await,
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

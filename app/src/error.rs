//! The one error type of the application. Each variant names its HTTP status; internal detail
//! is logged on the server and never sent to the browser.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// What can go wrong in a server function, as the browser sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// 404: the object does not exist (or the caller may not know it exists).
    #[error("not found")]
    NotFound,
    /// 401: the request needs a signed-in user.
    #[error("login required")]
    Unauthorized,
    /// 403: the signed-in user's role may not do this.
    #[error("forbidden")]
    Forbidden,
    /// 400: the request's arguments could not be read (a tampered or truncated form).
    #[error("bad request")]
    BadRequest,
    /// 500: something failed inside the server; the detail is in the server log.
    #[error("internal error")]
    Internal,
    /// 400/500: the server-function transport failed (bad request body, network, ...).
    #[error("request failed")]
    Transport,
}

impl AppError {
    /// The HTTP status that goes with the error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::BadRequest => 400,
            AppError::Internal | AppError::Transport => 500,
        }
    }

    /// Sets the response's status to this error's (server functions answer 401/403/404, not
    /// 500) and returns the error. A browser's plain form post (JavaScript off) is not shown a
    /// bare status: without a login it goes to the login page (and back afterwards), otherwise
    /// back to the page it came from.
    #[cfg(feature = "ssr")]
    pub fn answer(self) -> AppError {
        use leptos::prelude::use_context;
        let parts = use_context::<http::request::Parts>();
        let form_post = parts.as_ref().is_some_and(|p| {
            p.method == http::Method::POST
                && p.headers
                    .get(http::header::ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.contains("text/html"))
        });
        if form_post {
            if self == AppError::Unauthorized {
                let back = parts
                    .as_ref()
                    .and_then(|p| p.headers.get(http::header::REFERER))
                    .and_then(|v| v.to_str().ok())
                    .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
                    .and_then(|rest| rest.find('/').map(|i| &rest[i..]))
                    .unwrap_or("/")
                    .to_owned();
                leptos_axum::redirect(&format!(
                    "/masuk?next={}",
                    form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>()
                ));
            }
            // Otherwise leptos_axum sends the browser back to the Referer.
            return self;
        }
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>()
            && let Ok(status) = http::StatusCode::from_u16(self.status())
        {
            response.set_status(status);
        }
        self
    }

    /// Logs an internal failure and returns the opaque error the browser may see.
    #[cfg(feature = "ssr")]
    pub fn internal(context: &str, error: impl std::fmt::Display) -> AppError {
        tracing::error!(%error, "{context}");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        tracing::warn!(error = %value, "server function transport error");
        match value {
            // The request itself is wrong: 400, not a server failure.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => {
                #[cfg(feature = "ssr")]
                return AppError::BadRequest.answer();
                #[cfg(not(feature = "ssr"))]
                AppError::BadRequest
            }
            _ => AppError::Transport,
        }
    }
}
